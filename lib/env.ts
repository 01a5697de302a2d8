import path from 'node:path';
import { z } from 'zod';

/** Configuration, parsed once. Every setting has a default that runs the embedded demo. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  AUTH_SECRET: z.string().min(16).optional(),
  SITE_URL: z.string().url().default('http://localhost:3000'),
  SITE_NAME: z.string().min(1).default('Tòa Soạn'),
  SITE_DATELINE: z.string().default('TS.VN - '),
  SEED_DEMO: z.enum(['0', '1']).optional(),
  /**
   * How many proxies (nginx, a load balancer) stand in front of the app and append to
   * X-Forwarded-For. 0: the app is reached directly and the socket address is the client.
   */
  TRUSTED_PROXIES: z.coerce.number().int('TRUSTED_PROXIES phải là số nguyên').min(0).max(10).default(0),
  /** Shared store for rate limits across instances; without it the limits live in the database. */
  REDIS_URL: z.string().url().optional(),
});

function parseEnv() {
  const raw: Record<string, string | undefined> = {
    ...process.env,
    AUTH_SECRET: process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET,
  };
  for (const key of Object.keys(raw)) if (raw[key] === '') delete raw[key];
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình môi trường không hợp lệ:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return {
    ...env,
    dataDir: path.resolve(env.DATA_DIR),
    /** Demo accounts and stories are seeded into an empty database outside production, or when asked. */
    seedDemo: env.SEED_DEMO ? env.SEED_DEMO === '1' : env.NODE_ENV !== 'production',
  };
}

export type Env = ReturnType<typeof parseEnv>;

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
