// zod compiles object parsers with `new Function` where eval is allowed, and probes for it first.
// A page under a Content-Security-Policy without 'unsafe-eval' (ours, for one) reports that probe
// as a violation even though zod catches it, so in a browser the core parses without eval.
// Every module that builds zod schemas imports this first: it must run before any schema exists.
import { z } from "zod";

if (typeof document !== "undefined") z.config({ jitless: true });
