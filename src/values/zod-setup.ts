// zod compiles object parsers with `new Function` where eval is allowed, and probes for it first.
// A page under a Content-Security-Policy without 'unsafe-eval' (ours, for one) reports that probe
// as a violation even though zod catches it, so in a browser (a page or a worker, which gets the
// page's policy too) the core parses without eval. Every module that builds zod schemas imports
// this first: it must run before any schema exists.
import { z } from "zod";

const inBrowser = typeof document !== "undefined" || typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== "undefined";
if (inBrowser) z.config({ jitless: true });
