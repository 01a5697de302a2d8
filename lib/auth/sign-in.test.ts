import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { createUser } from '@/test/fixtures';
import { unique, withTestDatabase } from '@/test/database';
import { checkCredentials, signInMessages } from './options';

withTestDatabase();

describe('signing in', () => {
  it('accepts the right password, whatever the case of the email', async () => {
    const user = await createUser({ role: 'editor', password: 'đúng-mật-khẩu' });
    const signedIn = await checkCredentials({ email: user.email.toUpperCase(), password: 'đúng-mật-khẩu' }, unique('ip'));
    expect(signedIn.id).toBe(user.id);
  });

  it('accepts a password typed in NFD as the same password', async () => {
    const user = await createUser({ role: 'reporter', password: 'Hòa bình 2026' });
    const signedIn = await checkCredentials({ email: user.email, password: 'Hòa bình 2026'.normalize('NFD') }, unique('ip'));
    expect(signedIn.id).toBe(user.id);
  });

  it('gives the same message for an unknown email and a wrong password', async () => {
    const user = await createUser({ role: 'reporter' });
    await expect(checkCredentials({ email: user.email, password: 'sai' }, unique('ip'))).rejects.toThrow(signInMessages.invalid);
    await expect(checkCredentials({ email: `${unique('khong-co')}@toasoan.test`, password: 'sai' }, unique('ip'))).rejects.toThrow(
      signInMessages.invalid,
    );
  });

  it('refuses malformed input with a Vietnamese message', async () => {
    for (const bad of [{}, { email: 'không-phải-email', password: 'x' }, { email: 'a@b.vn', password: '' }, { email: 'a@b.vn', password: 'x'.repeat(300) }]) {
      await expect(checkCredentials(bad, unique('ip'))).rejects.toThrow(signInMessages.malformed);
    }
  });

  it('locks an account after 5 failures in 15 minutes, even for the right password', async () => {
    const user = await createUser({ role: 'editor', password: 'mat-khau-that' });
    for (let i = 0; i < 5; i++) {
      await expect(checkCredentials({ email: user.email, password: `sai-${i}` }, unique('ip'))).rejects.toThrow(signInMessages.invalid);
    }
    await expect(checkCredentials({ email: user.email, password: 'mat-khau-that' }, unique('ip'))).rejects.toThrow(signInMessages.limited);
  });

  it('limits one IP to 5 failures across accounts', async () => {
    const ip = unique('ip');
    for (let i = 0; i < 5; i++) {
      const user = await createUser({ role: 'reporter' });
      await expect(checkCredentials({ email: user.email, password: 'sai' }, ip)).rejects.toThrow(signInMessages.invalid);
    }
    const fresh = await createUser({ role: 'reporter', password: 'dung-roi' });
    await expect(checkCredentials({ email: fresh.email, password: 'dung-roi' }, ip)).rejects.toThrow(signInMessages.limited);
    // Another IP is not affected.
    expect((await checkCredentials({ email: fresh.email, password: 'dung-roi' }, unique('ip'))).id).toBe(fresh.id);
  });

  it('refuses a deactivated account', async () => {
    const user = await createUser({ role: 'editor', password: 'van-dung' });
    const db = await getDb();
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    await expect(checkCredentials({ email: user.email, password: 'van-dung' }, unique('ip'))).rejects.toThrow(signInMessages.invalid);
  });
});
