/**
 * What a new password must be: long enough, not the person's email, not one of the passwords
 * everybody tries first. Plain TypeScript: the set-password page and the account page share it.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

// Lower-case; a password is compared lower-cased and without spaces.
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '12345678910',
  '0123456789',
  '1234567890a',
  '123456789a',
  'a123456789',
  '123456789@',
  '1111111111',
  '0000000000',
  '1234512345',
  'qwertyuiop',
  'qwerty1234',
  'qwerty12345',
  'asdfghjkl1',
  '1qaz2wsx3edc',
  'password12',
  'password123',
  'password@123',
  'passw0rd123',
  'abc1234567',
  'abcd123456',
  'abcd@12345',
  'iloveyou12',
  'iloveyou123',
  'admin12345',
  'admin@1234',
  'admin@123456',
  'matkhau123',
  'matkhau@123',
  'matkhau1234',
  'matkhaumoi1',
  'matkhaucuatoi',
  'anhyeuem123',
  'emyeuanh123',
  'toasoan123',
  'toasoan2026',
  'toasoan@2026',
  'vietnam123',
  'vietnam1234',
  'hanoi12345',
  'saigon1234',
  'baomoi1234',
]);

/** Vietnamese messages for every rule the password breaks (empty: the password is acceptable). */
export function passwordProblems(password: string, email: string): string[] {
  const value = password.normalize('NFC');
  const problems: string[] = [];
  // Count characters as people see them ("ệ" is one), not UTF-16 units.
  const length = [...value].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push(`Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`);
  if (length > PASSWORD_MAX_LENGTH) problems.push(`Mật khẩu dài quá ${PASSWORD_MAX_LENGTH} ký tự.`);
  const plain = value.toLowerCase().replace(/\s+/g, '');
  const mail = email.trim().toLowerCase();
  const localPart = mail.split('@')[0] ?? '';
  if (plain && (plain === mail || (localPart.length >= 3 && plain === localPart))) {
    problems.push('Mật khẩu không được trùng với email.');
  }
  if (COMMON_PASSWORDS.has(plain)) problems.push('Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.');
  return problems;
}
