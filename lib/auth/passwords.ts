import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's default algorithm) with OWASP's recommended memory/time cost.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Unknown email: compare against a throwaway hash anyway, so timing does not tell who has an account. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummy ??= hashPassword('không-phải-mật-khẩu-của-ai');
  await verifyPassword(await dummy, password);
  return false;
}
