import { describe, expect, it } from 'vitest';
import { authOptions } from './options';
import { safeDestination } from './destination';

const origin = 'https://toasoan.example';
const home = '/desk/bai-viet';

describe('the address after signing in', () => {
  it('keeps a path on our own site, with its query', () => {
    expect(safeDestination('/desk/bai-viet/12', origin, home)).toBe('/desk/bai-viet/12');
    expect(safeDestination('/desk/binh-luan?trang=2#c5', origin, home)).toBe('/desk/binh-luan?trang=2#c5');
    expect(safeDestination('/desk/ti%E1%BA%BFng-vi%E1%BB%87t', origin, home)).toBe('/desk/ti%E1%BA%BFng-vi%E1%BB%87t');
  });

  it.each([
    '/%09/evil.example',
    '/\t/evil.example',
    '/%0A/evil.example',
    '/\n/evil.example',
    '/%0D%0A/evil.example',
    '//evil.example',
    '/\\evil.example',
    '/\\\\evil.example',
    '/%5Cevil.example',
    '/%2F%2Fevil.example',
    '%2F%2Fevil.example',
    '/%2F/evil.example',
    'javascript:alert(1)',
    '/javascript:alert(1)//%0a',
    'https://evil.example/desk',
    'http://toasoan.example.evil.example/',
    ' /desk',
    'desk',
    '',
    '/%E0%A4%A',
  ])('sends %j to the desk home', (next) => {
    const to = safeDestination(next, origin, home);
    expect(to).toBe(home);
    // Whatever came back, a browser lands on our site.
    expect(new URL(to, origin).origin).toBe(origin);
  });

  it('ignores what is not one string', () => {
    expect(safeDestination(undefined, origin, home)).toBe(home);
    expect(safeDestination(['/desk/the', '//evil.example'], origin, home)).toBe('/desk/the');
    expect(safeDestination({ href: '/desk' }, origin, home)).toBe(home);
  });
});

describe("next-auth's redirect callback", () => {
  const redirect = (url: string) => authOptions().callbacks!.redirect!({ url, baseUrl: origin });
  it('keeps our own addresses and sends every other one to the desk', async () => {
    expect(await redirect(`${origin}/dang-nhap`)).toBe(`${origin}/dang-nhap`);
    expect(await redirect('/desk/the')).toBe(`${origin}/desk/the`);
    for (const hostile of ['https://evil.example/', `${origin}.evil.example/`, '/\t/evil.example', '//evil.example', `${origin}//evil.example`]) {
      expect(await redirect(hostile)).toBe(`${origin}/desk`);
    }
  });
});
