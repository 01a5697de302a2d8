import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, passwordTokens, type User, users } from '@/db/schema';
import { unique, withTestDatabase } from '@/test/database';
import { createUser } from '@/test/fixtures';
import { changeOwnPassword, updateOwnName, wrongCurrentPassword } from './account';
import { changeUserAccess, inviteUser, listUsers, resetUserPassword } from './admin';
import { checkCredentials, signInMessages } from './sign-in';
import { findPasswordLink, PASSWORD_LINK_LIMIT, PASSWORD_LINK_TTL_MS, passwordLinkMessages, setPasswordFromLink } from './password-links';

const { getDb } = withTestDatabase();

let admin: User;
let editor: User;

beforeAll(async () => {
  [admin, editor] = await Promise.all([createUser({ role: 'admin' }), createUser({ role: 'editor' })]);
});

const newEmail = () => `${unique('moi')}@toasoan.test`;
const GOOD = 'Nắng sớm trên sông Hàn 2026';

async function sessionVersion(id: number) {
  const db = await getDb();
  const [row] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, id));
  return row.sv;
}

describe('inviting a new colleague', () => {
  it('creates an account nobody can use until the invited person sets a password through the link', async () => {
    const email = newEmail();
    const { user, token } = await inviteUser({ actor: admin, name: '  Lê  Thị   Hoa ', email: email.toUpperCase(), role: 'reporter' });
    expect(user).toMatchObject({ name: 'Lê Thị Hoa', email, role: 'reporter', active: true });
    expect((await listUsers({ actor: admin })).find((u) => u.id === user.id)?.invited).toBe(true);

    // Only a hash of the token is stored.
    const db = await getDb();
    const stored = await db.select().from(passwordTokens).where(eq(passwordTokens.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).not.toContain(token);
    expect(stored[0].expiresAt.getTime() - stored[0].createdAt.getTime()).toBeGreaterThan(PASSWORD_LINK_TTL_MS - 60_000);

    await expect(checkCredentials({ email, password: GOOD }, unique('ip'))).rejects.toThrow(signInMessages.invalid);
    expect(await findPasswordLink({ token, ip: unique('ip') })).toMatchObject({ email, name: 'Lê Thị Hoa', purpose: 'invite' });

    await setPasswordFromLink({ token, password: GOOD, ip: unique('ip') });
    const signedIn = await checkCredentials({ email, password: GOOD }, unique('ip'));
    expect(signedIn.id).toBe(user.id);
    expect((await listUsers({ actor: admin })).find((u) => u.id === user.id)?.invited).toBe(false);

    const acts = await db.select().from(auditLog).where(and(eq(auditLog.subjectType, 'user'), eq(auditLog.subjectId, String(user.id))));
    expect(acts.map((a) => a.action).sort()).toEqual(['user.invite', 'user.password_set']);
  });

  it('refuses an email that already has an account, whatever its case', async () => {
    await expect(inviteUser({ actor: admin, name: 'Trùng', email: editor.email.toUpperCase(), role: 'reporter' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('is for admins only', async () => {
    await expect(listUsers({ actor: editor })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(inviteUser({ actor: editor, name: 'Ai đó', email: newEmail(), role: 'admin' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses a used link, and a link past its 72 hours', async () => {
    const { token } = await inviteUser({ actor: admin, name: 'Người một', email: newEmail(), role: 'reporter' });
    await setPasswordFromLink({ token, password: GOOD, ip: unique('ip') });
    await expect(setPasswordFromLink({ token, password: `${GOOD}!`, ip: unique('ip') })).rejects.toThrow(passwordLinkMessages.invalid);
    expect(await findPasswordLink({ token, ip: unique('ip') })).toBeNull();

    const second = await inviteUser({ actor: admin, name: 'Người hai', email: newEmail(), role: 'reporter' });
    const later = new Date(Date.now() + PASSWORD_LINK_TTL_MS + 60_000);
    expect(await findPasswordLink({ token: second.token, ip: unique('ip'), now: later })).toBeNull();
    await expect(setPasswordFromLink({ token: second.token, password: GOOD, ip: unique('ip'), now: later })).rejects.toThrow(passwordLinkMessages.invalid);
  });

  it('keeps the link usable when the chosen password is too weak, and says why in Vietnamese', async () => {
    const email = newEmail();
    const { token } = await inviteUser({ actor: admin, name: 'Người ba', email, role: 'reporter' });
    await expect(setPasswordFromLink({ token, password: 'ngan', ip: unique('ip') })).rejects.toThrow('ít nhất 10 ký tự');
    await expect(setPasswordFromLink({ token, password: email, ip: unique('ip') })).rejects.toThrow('trùng với email');
    await expect(setPasswordFromLink({ token, password: 'matkhau123', ip: unique('ip') })).rejects.toThrow('quá phổ biến');
    await setPasswordFromLink({ token, password: GOOD, ip: unique('ip') });
  });

  it('stops one IP that keeps trying wrong links', async () => {
    const ip = unique('ip');
    for (let i = 0; i < PASSWORD_LINK_LIMIT.max; i++) expect(await findPasswordLink({ token: 'a'.repeat(64), ip })).toBeNull();
    const { token } = await inviteUser({ actor: admin, name: 'Người bốn', email: newEmail(), role: 'reporter' });
    await expect(findPasswordLink({ token, ip })).rejects.toMatchObject({ code: 'rate_limited' });
    await expect(setPasswordFromLink({ token, password: GOOD, ip })).rejects.toMatchObject({ code: 'rate_limited' });
  });
});

describe('resetting a password', () => {
  it('signs the person out everywhere, voids the old password and the older link, and gives a new link', async () => {
    const person = await createUser({ role: 'reporter', password: 'mật-khẩu-cũ-lâu-rồi' });
    const svBefore = await sessionVersion(person.id);
    const first = await resetUserPassword({ actor: admin, userId: person.id });
    expect(await sessionVersion(person.id)).toBeGreaterThan(svBefore);
    await expect(checkCredentials({ email: person.email, password: 'mật-khẩu-cũ-lâu-rồi' }, unique('ip'))).rejects.toThrow(signInMessages.invalid);

    const second = await resetUserPassword({ actor: admin, userId: person.id });
    expect(await findPasswordLink({ token: first.token, ip: unique('ip') })).toBeNull();
    expect(await findPasswordLink({ token: second.token, ip: unique('ip') })).toMatchObject({ purpose: 'reset' });
    await setPasswordFromLink({ token: second.token, password: GOOD, ip: unique('ip') });
    expect((await checkCredentials({ email: person.email, password: GOOD }, unique('ip'))).id).toBe(person.id);
  });

  it('is not how an admin changes their own password', async () => {
    await expect(resetUserPassword({ actor: admin, userId: admin.id })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('changing access', () => {
  it('never lets an admin lock or demote themselves', async () => {
    await expect(changeUserAccess({ actor: admin, userId: admin.id, change: { active: false } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(changeUserAccess({ actor: admin, userId: admin.id, change: { role: 'editor' } })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('signs a demoted person out and records the change', async () => {
    const other = await createUser({ role: 'editor' });
    const sv = await sessionVersion(other.id);
    await changeUserAccess({ actor: admin, userId: other.id, change: { role: 'reporter' } });
    expect(await sessionVersion(other.id)).toBe(sv + 1);
  });
});

describe('my account', () => {
  it('changes my name, and my password only with the current one', async () => {
    const me = await createUser({ role: 'moderator', password: 'mật-khẩu-hiện-tại' });
    await updateOwnName({ actor: me, name: 'Phạm  Văn Kiểm' });
    const db = await getDb();
    const [row] = await db.select().from(users).where(eq(users.id, me.id));
    expect(row.name).toBe('Phạm Văn Kiểm');

    await expect(changeOwnPassword({ actor: me, currentPassword: 'sai-rồi', newPassword: GOOD })).rejects.toThrow(wrongCurrentPassword);
    await expect(changeOwnPassword({ actor: me, currentPassword: 'mật-khẩu-hiện-tại', newPassword: 'ngắn' })).rejects.toMatchObject({ code: 'invalid_input' });
    const { sessionVersion: sv } = await changeOwnPassword({ actor: me, currentPassword: 'mật-khẩu-hiện-tại', newPassword: GOOD });
    expect(sv).toBe(row.sessionVersion + 1);
    expect((await checkCredentials({ email: me.email, password: GOOD }, unique('ip'))).id).toBe(me.id);
  });
});
