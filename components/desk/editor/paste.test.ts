import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from './paste';

describe('cleanPastedHtml', () => {
  it('strips Word markup and keeps the words', () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style>p.MsoNormal{margin:0}</style></head>
<body><!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->
<p class="MsoNormal" style="mso-line-height:150%">Người dân <b>Tân Hòa</b><o:p></o:p></p><!--StartFragment--></body></html>`;
    const out = cleanPastedHtml(word);
    expect(out).not.toMatch(/<style|<o:p|<xml|<meta|StartFragment|OfficeDocumentSettings|MsoNormal\{/);
    expect(out).toContain('Người dân <b>Tân Hòa</b>');
  });

  it('unwraps the Google Docs bold wrapper so the whole paste is not bold', () => {
    const gdocs = '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b"><p dir="ltr"><span style="font-weight:700">Đậm</span> thường</p></b>';
    const out = cleanPastedHtml(gdocs);
    expect(out).not.toMatch(/docs-internal-guid|<meta/);
    expect(out).toBe('<p dir="ltr"><span style="font-weight:700">Đậm</span> thường</p>');
  });

  it('makes pasted headings subheadings: h1 → h2, h4–h6 → h3', () => {
    expect(cleanPastedHtml('<h1 class="x">Một</h1><h5>Năm</h5>')).toBe('<h2 class="x">Một</h2><h3>Năm</h3>');
  });

  it('drops scripts and pasted images', () => {
    expect(cleanPastedHtml('<p>a<script>alert(1)</script><img src="x" onerror="alert(1)">b</p>')).toBe('<p>ab</p>');
  });
});
