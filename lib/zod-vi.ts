import { z } from 'zod';

// Any message a schema does not spell out itself comes in Vietnamese.
z.config(z.locales.vi());
