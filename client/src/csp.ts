/**
 * Imported first by main.ts, before any zod schema exists: zod probes `new Function("")` to decide whether to
 * compile fast object parsers, and under the server's CSP (script-src 'self', no 'unsafe-eval') that probe is
 * reported as a violation. jitless mode never tries.
 */
import { z } from "zod";

z.config({ jitless: true });
