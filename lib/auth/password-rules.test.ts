import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-rules';

describe('password strength', () => {
  it('accepts a long, personal passphrase', () => {
    expect(passwordProblems('Nắng sớm trên sông Hàn', 'hoa@toasoan.test')).toEqual([]);
  });

  it('counts characters as people see them', () => {
    // 10 letters, some with two accents: 10 characters in NFC, more in NFD or UTF-16.
    expect(passwordProblems('Nguyễnthịệ', 'a@b.vn')).toEqual([]);
    expect(passwordProblems('Nguyễnthị'.normalize('NFD'), 'a@b.vn')).toEqual(['Mật khẩu cần ít nhất 10 ký tự.']);
  });

  it('refuses the email, or its name part, in any case', () => {
    expect(passwordProblems('Phongvien.Moi@ToaSoan.test', 'phongvien.moi@toasoan.test')).toContain('Mật khẩu không được trùng với email.');
    expect(passwordProblems('phongvien.moi', 'phongvien.moi@toasoan.test')).toContain('Mật khẩu không được trùng với email.');
  });

  it('refuses the passwords everybody tries first', () => {
    for (const common of ['1234567890', 'MatKhau123', 'password123', 'Toasoan@2026', 'qwerty uiop']) {
      expect(passwordProblems(common, 'x@y.vn')).toContain('Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.');
    }
  });

  it('refuses an overlong password', () => {
    expect(passwordProblems('a'.repeat(257), 'x@y.vn')).toEqual(['Mật khẩu dài quá 256 ký tự.']);
  });
});
