import { describe, expect, it } from 'vitest';
import { aboutParagraphs, identityLines, licenceLine } from './site-identity';

const empty = { publisher: '', licenceNumber: '', licenceDate: '', licenceIssuer: '', editorInChief: '', address: '', phone: '', email: '', hotline: '' };

describe("the footer's legal identity", () => {
  it('prints the licence the way the papers do, with what is known of it', () => {
    const licence = { licenceNumber: '123/GP-BTTTT', licenceDate: '05/03/2024', licenceIssuer: 'Bộ Thông tin và Truyền thông' };
    expect(licenceLine(licence)).toBe('Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 05/03/2024');
    expect(licenceLine({ ...licence, licenceDate: '' })).toBe('Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp');
    expect(licenceLine({ ...licence, licenceIssuer: '' })).toBe('Giấy phép số 123/GP-BTTTT cấp ngày 05/03/2024');
    expect(licenceLine({ ...licence, licenceIssuer: '', licenceDate: '' })).toBe('Giấy phép số 123/GP-BTTTT');
    expect(licenceLine({ ...licence, licenceNumber: '' })).toBeNull();
  });

  it('leaves out what the admin has not filled in', () => {
    expect(identityLines(empty)).toEqual({ responsible: [], contacts: [] });
    const { responsible, contacts } = identityLines({ ...empty, publisher: 'UBND tỉnh Bình Dương', editorInChief: 'Nguyễn Văn A', hotline: '0913 456 789' });
    expect(responsible).toEqual(['Cơ quan chủ quản: UBND tỉnh Bình Dương', 'Tổng biên tập: Nguyễn Văn A']);
    expect(contacts).toEqual([{ label: 'Đường dây nóng', text: '0913 456 789', href: 'tel:0913456789' }]);
  });

  it('links phones to what a phone dials and the email to a message', () => {
    const { contacts } = identityLines({ ...empty, phone: '+84 (236) 3822.123', email: 'toasoan@bao.vn' });
    expect(contacts).toEqual([
      { label: 'Điện thoại', text: '+84 (236) 3822.123', href: 'tel:+842363822123' },
      { label: 'Email', text: 'toasoan@bao.vn', href: 'mailto:toasoan@bao.vn' },
    ]);
  });
});

describe('the about page', () => {
  it('starts a paragraph at each blank line, whatever the line endings', () => {
    expect(aboutParagraphs('Báo ra đời năm 1945.\r\n\r\n  Trụ sở tại Thủ Dầu Một.\nMở cửa mọi ngày.\n\n\n')).toEqual(['Báo ra đời năm 1945.', 'Trụ sở tại Thủ Dầu Một.\nMở cửa mọi ngày.']);
    expect(aboutParagraphs('  \n\n ')).toEqual([]);
  });
});
