import type { SiteSettings } from './settings';

type Identity = Pick<SiteSettings, 'publisher' | 'licenceNumber' | 'licenceDate' | 'licenceIssuer' | 'editorInChief' | 'address' | 'phone' | 'email' | 'hotline'>;

/** How to reach the paper, each with its label; a tel: link keeps only what a phone dials. */
export type Contact = { label: string; text: string; href: string };

/**
 * The licence line as Vietnamese papers print it: "Giấy phép số 123/GP-BTTTT do Bộ Thông tin và
 * Truyền thông cấp ngày 05/03/2024". Null without a number; the issuer and the date may be missing.
 */
export function licenceLine({ licenceNumber, licenceDate, licenceIssuer }: Pick<Identity, 'licenceNumber' | 'licenceDate' | 'licenceIssuer'>): string | null {
  if (!licenceNumber) return null;
  const issued = [licenceIssuer && `do ${licenceIssuer}`, 'cấp', licenceDate && `ngày ${licenceDate}`].filter(Boolean);
  return issued.length > 1 ? `Giấy phép số ${licenceNumber} ${issued.join(' ')}` : `Giấy phép số ${licenceNumber}`;
}

/** The footer's legal identity, line by line, leaving out whatever the admin has not filled in. */
export function identityLines(site: Identity): { responsible: string[]; contacts: Contact[] } {
  const responsible = [
    site.publisher && `Cơ quan chủ quản: ${site.publisher}`,
    licenceLine(site),
    site.editorInChief && `Tổng biên tập: ${site.editorInChief}`,
    site.address && `Địa chỉ: ${site.address}`,
  ].filter((l): l is string => Boolean(l));
  const dial = (n: string) => `tel:${n.replace(/[^\d+]/g, '')}`;
  const contacts: (Contact | '')[] = [
    site.phone && { label: 'Điện thoại', text: site.phone, href: dial(site.phone) },
    site.hotline && { label: 'Đường dây nóng', text: site.hotline, href: dial(site.hotline) },
    site.email && { label: 'Email', text: site.email, href: `mailto:${site.email}` },
  ];
  return { responsible, contacts: contacts.filter((c): c is Contact => Boolean(c)) };
}

/** The about text as paragraphs: a blank line starts a new one, a single line break stays inside. */
export function aboutParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
