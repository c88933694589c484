/**
 * Imported first by main.tsx: zod probes `new Function` to decide whether to compile its parsers, and under the
 * server's Content-Security-Policy (no 'unsafe-eval') Chromium reports that probe as a violation. Jitless skips it.
 */
import { z } from 'zod';

z.config({ jitless: true });
