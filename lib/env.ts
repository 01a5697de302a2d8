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
  /**
   * Photos go to an S3-compatible store (AWS S3, MinIO, Viettel Cloud, VNPT, FPT Cloud, BizFly…)
   * when S3_BUCKET is set; otherwise to DATA_DIR/uploads on local disk.
   */
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'S3_BUCKET phải là tên bucket hợp lệ: 3–63 ký tự, chữ thường, số, dấu chấm hoặc gạch ngang')
    .optional(),
  /** The store's address; unset means AWS S3 itself (chosen by S3_REGION). */
  S3_ENDPOINT: z
    .string()
    .url('S3_ENDPOINT phải là một địa chỉ đầy đủ, ví dụ https://s3.example.vn')
    .refine((u) => /^https?:\/\//.test(u), 'S3_ENDPOINT phải bắt đầu bằng http:// hoặc https://')
    .optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** Bucket in the path (https://host/bucket/key) rather than in the host name; default on when S3_ENDPOINT is set. */
  S3_FORCE_PATH_STYLE: z.enum(['0', '1', 'true', 'false'], { message: 'S3_FORCE_PATH_STYLE phải là 1 hoặc 0' }).optional(),
});

/** The S3 settings other than the bucket: setting any of them without S3_BUCKET is a half-made configuration. */
const s3Companions = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_REGION', 'S3_FORCE_PATH_STYLE'] as const;

export const envMessages = {
  s3WithoutBucket: (set: string[]) =>
    `chưa đặt, trong khi ${set.join(', ')} đã đặt: ảnh sẽ không lên kho S3 mà vẫn ghi vào đĩa. Hãy đặt S3_BUCKET, hoặc bỏ các biến S3_* để lưu ảnh trên đĩa`,
  s3MissingKey: 'chưa đặt: kho S3 (S3_BUCKET) cần cả S3_ACCESS_KEY_ID và S3_SECRET_ACCESS_KEY',
};

const checked = schema.superRefine((e, ctx) => {
  if (!e.S3_BUCKET) return;
  for (const name of ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
    if (!e[name]) ctx.addIssue({ code: 'custom', path: [name], message: envMessages.s3MissingKey });
  }
});

export type S3Config = {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
};

/** Reads the configuration from `source` (the process environment); exported for its tests. */
export function parseEnv(source: Record<string, string | undefined> = process.env) {
  const raw: Record<string, string | undefined> = {
    ...source,
    AUTH_SECRET: source.AUTH_SECRET || source.NEXTAUTH_SECRET,
  };
  for (const key of Object.keys(raw)) if (raw[key] === '') delete raw[key];
  const parsed = checked.safeParse(raw);
  const issues = parsed.success ? [] : parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  // Read from the raw input: S3_REGION has a default, so the parsed value cannot tell whether it was given.
  const orphans = raw.S3_BUCKET ? [] : s3Companions.filter((name) => raw[name] !== undefined);
  if (orphans.length) issues.push(`  S3_BUCKET: ${envMessages.s3WithoutBucket(orphans)}`);
  if (!parsed.success || issues.length) throw new Error(`Cấu hình môi trường không hợp lệ:\n${issues.join('\n')}`);
  const env = parsed.data;
  const s3: S3Config | null = env.S3_BUCKET
    ? {
        bucket: env.S3_BUCKET,
        endpoint: env.S3_ENDPOINT,
        region: env.S3_REGION,
        accessKeyId: env.S3_ACCESS_KEY_ID!,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
        forcePathStyle: env.S3_FORCE_PATH_STYLE ? ['1', 'true'].includes(env.S3_FORCE_PATH_STYLE) : !!env.S3_ENDPOINT,
      }
    : null;
  return {
    ...env,
    dataDir: path.resolve(env.DATA_DIR),
    /** Demo accounts and stories are seeded into an empty database outside production, or when asked. */
    seedDemo: env.SEED_DEMO ? env.SEED_DEMO === '1' : env.NODE_ENV !== 'production',
    /** Where photos are stored: an S3-compatible bucket, or null for DATA_DIR/uploads. */
    s3,
  };
}

export type Env = ReturnType<typeof parseEnv>;

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
