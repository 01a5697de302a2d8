import { z } from 'zod';

// Any message a schema does not spell out itself comes in Vietnamese.
z.config(z.locales.vi());

// In the browser, no JIT: zod probes for `new Function` once, and although it catches the refusal,
// the desk's CSP (no 'unsafe-eval') reports it as a violation. The server keeps the faster parsers.
if (typeof window !== 'undefined') z.config({ jitless: true });
