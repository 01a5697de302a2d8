import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { createUser } from '@/test/fixtures';
import { unique, withTestDatabase } from '@/test/database';
import { resetRateLimit } from '@/lib/rate-limit';
import { mintKnownDevice } from './known-device';
import { checkCredentials, SIGN_IN_LIMITS, signInMessages, signInPairKey } from './sign-in';

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

  it('never locks the owner out: five wrong passwords from five addresses, then the owner signs in', async () => {
    const user = await createUser({ role: 'admin', password: 'mat-khau-that' });
    for (let i = 0; i < 5; i++) {
      await expect(checkCredentials({ email: user.email, password: `sai-${i}` }, unique('ip'))).rejects.toThrow(signInMessages.invalid);
    }
    expect((await checkCredentials({ email: user.email, password: 'mat-khau-that' }, unique('ip'))).id).toBe(user.id);
  });

  it('makes one address that keeps guessing one account wait, longer and longer, but not the owner elsewhere', async () => {
    const user = await createUser({ role: 'editor', password: 'mat-khau-that' });
    const attacker = unique('ip');
    for (let i = 0; i < 5; i++) {
      await expect(checkCredentials({ email: user.email, password: `sai-${i}` }, attacker)).rejects.toThrow(signInMessages.invalid);
    }
    // Even the right password waits from there: guessing gains nothing.
    await expect(checkCredentials({ email: user.email, password: 'mat-khau-that' }, attacker)).rejects.toThrow('thử lại sau 1 phút');
    expect((await checkCredentials({ email: user.email, password: 'mat-khau-that' }, unique('ip'))).id).toBe(user.id);
    // The minute passes (its counter is gone); five more guesses, and the wait grows to a quarter hour.
    await resetRateLimit(signInPairKey(user.email, attacker), SIGN_IN_LIMITS.pair[0]);
    for (let i = 0; i < 4; i++) {
      await expect(checkCredentials({ email: user.email, password: `lai-sai-${i}` }, attacker)).rejects.toThrow(signInMessages.invalid);
    }
    await expect(checkCredentials({ email: user.email, password: 'lai-sai' }, attacker)).rejects.toThrow(/thử lại sau 1[0-5] phút/);
  });

  it('lets the owner in from a browser that signed in before, even from the address under attack', async () => {
    const user = await createUser({ role: 'admin', password: 'mat-khau-that' });
    const office = unique('ip');
    const device = mintKnownDevice(user.id);
    for (let i = 0; i < SIGN_IN_LIMITS.address.max; i++) {
      await checkCredentials({ email: user.email, password: `sai-${i}` }, office).catch(() => {});
    }
    await expect(checkCredentials({ email: user.email, password: 'mat-khau-that' }, office)).rejects.toThrow('thử lại sau');
    expect((await checkCredentials({ email: user.email, password: 'mat-khau-that' }, office, device)).id).toBe(user.id);
    // A cookie made for another account, or forged, counts for nothing.
    const other = await createUser({ role: 'reporter' });
    await expect(checkCredentials({ email: user.email, password: 'mat-khau-that' }, office, mintKnownDevice(other.id))).rejects.toThrow('thử lại sau');
    await expect(checkCredentials({ email: user.email, password: 'mat-khau-that' }, office, `${user.id}.abc.def`)).rejects.toThrow('thử lại sau');
  });

  it('counts 20 parallel guesses atomically: exactly 5 reach the password check', async () => {
    const user = await createUser({ role: 'reporter', password: 'mat-khau-that' });
    const ip = unique('ip');
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => checkCredentials({ email: user.email, password: `sai-${i}` }, ip)));
    const messages = outcomes.map((o) => (o.status === 'rejected' ? (o.reason as Error).message : 'vào được'));
    expect(messages.filter((m) => m === signInMessages.invalid)).toHaveLength(SIGN_IN_LIMITS.pair[0].max);
    expect(messages.filter((m) => m.includes('thử lại sau'))).toHaveLength(20 - SIGN_IN_LIMITS.pair[0].max);
  });

  it('slows an unknown email exactly like a known one', async () => {
    const ip = unique('ip');
    const nobody = `${unique('khong-co')}@toasoan.test`;
    for (let i = 0; i < 5; i++) await expect(checkCredentials({ email: nobody, password: 'sai' }, ip)).rejects.toThrow(signInMessages.invalid);
    await expect(checkCredentials({ email: nobody, password: 'sai' }, ip)).rejects.toThrow('thử lại sau 1 phút');
  });

  it('limits one address across accounts, and no other address', async () => {
    const ip = unique('ip');
    for (let i = 0; i < SIGN_IN_LIMITS.address.max; i++) {
      await expect(checkCredentials({ email: `${unique('ai-do')}@toasoan.test`, password: 'sai' }, ip)).rejects.toThrow(signInMessages.invalid);
    }
    const fresh = await createUser({ role: 'reporter', password: 'dung-roi' });
    await expect(checkCredentials({ email: fresh.email, password: 'dung-roi' }, ip)).rejects.toThrow('thử lại sau');
    expect((await checkCredentials({ email: fresh.email, password: 'dung-roi' }, unique('ip'))).id).toBe(fresh.id);
  });

  it('forgets the failures of a pair once the owner gets in', async () => {
    const user = await createUser({ role: 'editor', password: 'mat-khau-that' });
    const ip = unique('ip');
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 4; i++) await expect(checkCredentials({ email: user.email, password: 'sai' }, ip)).rejects.toThrow(signInMessages.invalid);
      expect((await checkCredentials({ email: user.email, password: 'mat-khau-that' }, ip)).id).toBe(user.id);
    }
  });

  it('refuses a deactivated account', async () => {
    const user = await createUser({ role: 'editor', password: 'van-dung' });
    const db = await getDb();
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    await expect(checkCredentials({ email: user.email, password: 'van-dung' }, unique('ip'))).rejects.toThrow(signInMessages.invalid);
  });
});
