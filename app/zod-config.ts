// Imported first by main.tsx, before the core parses anything: zod probes for eval (new Function)
// to speed up object parsing, and the page's Content-Security-Policy forbids eval. The probe is
// caught, but Chromium still reports it as a CSP violation; jitless mode skips it.
import { z } from "zod";

z.config({ jitless: true });
