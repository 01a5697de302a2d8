import { count, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import type { Database } from '@/db/client';
import {
  articleCredits,
  articleTags,
  articleViews,
  articles,
  auditLog,
  comments,
  type RichNode,
  sections,
  settings,
  tags,
  type User,
  users,
} from '@/db/schema';
import { parseCreditNames } from '@/lib/articles/credits';
import { renderRichText, richTextToPlain } from '@/lib/articles/rich-text';
import { hashPassword } from '@/lib/auth/passwords';
import { storeImage } from '@/lib/media/images';
import { mediaUrl } from '@/lib/media/storage';
import { slugify } from '@/lib/text';
import { type SeedArticle, type SeedBlock, seedArticles } from './articles';
import { seedPlanning } from './planning';
import { seedRoyalties } from './royalties';

export const DEMO_PASSWORD = 'ToaSoan@2026';

export const demoSections = [
  ['thoi-su', 'Thời sự'],
  ['chinh-tri', 'Chính trị'],
  ['kinh-te', 'Kinh tế'],
  ['xa-hoi', 'Xã hội'],
  ['van-hoa', 'Văn hóa'],
  ['the-thao', 'Thể thao'],
  ['giao-duc', 'Giáo dục'],
  ['suc-khoe', 'Sức khỏe'],
] as const;

export const demoUsers = [
  { email: 'admin@toasoan.test', name: 'Trần Quốc Bảo', role: 'admin' },
  { email: 'bientap@toasoan.test', name: 'Lê Thị Thu Hà', role: 'editor' },
  { email: 'phongvien@toasoan.test', name: 'Nguyễn Minh Anh', role: 'reporter' },
  { email: 'kiemduyet@toasoan.test', name: 'Phạm Văn Đức', role: 'moderator' },
  { email: 'ketoan@toasoan.test', name: 'Võ Thị Mai', role: 'accountant' },
] as const;

/** Seeds the demo newsroom into an empty database (first start of the quick start). */
export async function seedDemoIfEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return false;
  await seedDemo(db);
  return true;
}

/** Safe to run twice: what exists (by email, section slug, article slug) is left alone. */
export async function seedDemo(db: Database): Promise<void> {
  const sectionIds = new Map<string, number>();
  for (const [i, [slug, name]] of demoSections.entries()) {
    await db.insert(sections).values({ slug, name, position: i }).onConflictDoNothing();
    const [s] = await db.select().from(sections).where(eq(sections.slug, slug));
    sectionIds.set(slug, s.id);
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const byRole = new Map<string, User>();
  for (const u of demoUsers) {
    const [existing] = await db.select().from(users).where(eq(sql`lower(${users.email})`, u.email));
    const user = existing ?? (await db.insert(users).values({ ...u, passwordHash }).returning())[0];
    byRole.set(u.role, user);
  }
  const reporter = byRole.get('reporter')!;
  const moderator = byRole.get('moderator')!;

  const now = Date.now();
  for (const story of seedArticles) {
    const slug = slugify(story.title);
    const [exists] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug));
    if (exists) continue;
    const { body, coverId } = await buildBody(db, story.body);
    const publishedAt = new Date(now - story.hoursAgo * 3600_000);
    const [article] = await db
      .insert(articles)
      .values({
        slug,
        title: story.title,
        lead: story.lead,
        body,
        bodyHtml: renderRichText(body),
        bodyText: richTextToPlain(body),
        credit: story.credit,
        coverMediaId: coverId,
        sectionId: sectionIds.get(story.section)!,
        authorId: reporter.id,
        status: 'published',
        publishAt: publishedAt,
        publishedAt,
        createdAt: publishedAt,
        updatedAt: publishedAt,
        viewCount: Math.round(5000 / story.hoursAgo),
      })
      .returning();
    // Reads spread over the hours since it went live, from every kind of source, so that "most read"
    // ranks and the desk's statistics draw something on a fresh demo.
    const reads = demoReads(article.id, publishedAt, now, article.viewCount);
    if (reads.length) await db.insert(articleViews).values(reads).onConflictDoNothing();
    await db.insert(auditLog).values(demoSignoffTrail(article.id, publishedAt, reporter.id, byRole.get('editor')!.id, seedArticles.indexOf(story)));
    const people = parseCreditNames(story.credit);
    if (people.length) await db.insert(articleCredits).values(people.map((p) => ({ articleId: article.id, ...p }))).onConflictDoNothing();
    for (const name of story.tags) {
      const tagSlug = slugify(name);
      await db.insert(tags).values({ slug: tagSlug, name }).onConflictDoNothing();
      const [tag] = await db.select().from(tags).where(eq(tags.slug, tagSlug));
      await db.insert(articleTags).values({ articleId: article.id, tagId: tag.id }).onConflictDoNothing();
    }
    for (const [i, c] of (story.comments ?? []).entries()) {
      const createdAt = new Date(publishedAt.getTime() + (i + 1) * 17 * 60_000);
      const moderatedAt = c.status === 'pending' ? null : demoModerationTime(createdAt, now, seedArticles.indexOf(story) * 7 + i);
      const [comment] = await db
        .insert(comments)
        .values({
          articleId: article.id,
          authorName: c.name,
          body: c.body,
          status: c.status,
          createdAt,
          ...(moderatedAt ? { moderatedBy: moderator.id, moderatedAt, reason: c.status === 'rejected' ? c.reason : null } : {}),
        })
        .returning({ id: comments.id });
      // The verdict's audit entry, as the moderation queue writes it (lib/comments/comments.ts applyVerdict).
      if (moderatedAt) {
        const batch = `demo-${comment.id}`;
        await db.insert(auditLog).values({
          actorId: moderator.id,
          action: c.status === 'approved' ? 'comment.approve' : 'comment.reject',
          subjectType: 'comment',
          subjectId: String(comment.id),
          before: { status: 'pending', reports: 0, reason: null, moderatedBy: null, moderatedAt: null, batch },
          after: { status: c.status, reason: c.status === 'rejected' ? c.reason : undefined, reports: 0, moderatedAt: moderatedAt.toISOString(), batch },
          at: moderatedAt,
        });
      }
    }
  }

  await seedDeskWork(db, sectionIds, reporter);
  await seedPlanning(db, { sectionIds, reporter, editor: byRole.get('editor')! });
  await seedRoyalties(db, { reporter, editor: byRole.get('editor')! });
  await seedDemoIdentity(db);
}

/**
 * The demo paper's legal identity, so the footer and "Giới thiệu" look like a real báo điện tử's on
 * a fresh clone. All of it is invented (there is no tỉnh Sông Lam); an admin replaces it in Cài đặt.
 */
export const demoIdentity = {
  publisher: 'Tỉnh ủy Sông Lam',
  licenceNumber: '86/GP-BTTTT',
  licenceDate: '12/03/2024',
  licenceIssuer: 'Bộ Thông tin và Truyền thông',
  editorInChief: 'Hoàng Văn Sơn',
  address: 'Số 15 đường Lê Lợi, phường Phú Cường, tỉnh Sông Lam',
  phone: '0274 3822 100',
  email: 'toasoan@toasoan.test',
  hotline: '0909 115 115',
  aboutText: [
    'Tòa Soạn (TS.VN) là báo điện tử của Tỉnh ủy Sông Lam, tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh Sông Lam. Báo cập nhật tin tức thời sự, chính trị, kinh tế, xã hội, văn hóa, thể thao, giáo dục và sức khỏe trong tỉnh, trong nước và quốc tế.',
    'Tòa soạn tiếp nhận tin bài, ảnh, phản ánh của bạn đọc qua email và đường dây nóng ghi ở cuối trang, 24 giờ mỗi ngày.',
    'Đây là tờ báo mẫu của phần mềm Tòa Soạn: tên tỉnh, cơ quan, giấy phép và người trong trang đều là hư cấu.',
  ].join('\n\n'),
};

async function seedDemoIdentity(db: Database) {
  for (const [key, value] of Object.entries(demoIdentity)) await db.insert(settings).values({ key, value }).onConflictDoNothing();
}

const HOUR = 3600_000;
/** Shares of the demo's readers by source: search and Facebook first, Zalo close behind, as Vietnamese papers see it. */
const demoSourceShares = [
  ['search', 0.32],
  ['social', 0.26],
  ['zalo', 0.18],
  ['direct', 0.12],
  ['internal', 0.09],
  ['other', 0.03],
] as const;

/**
 * A story's reads hour by hour from its publication to now (at most four days): most in its first
 * hours, fading after, busier in the Vietnamese day than at night; `total` reads in all.
 */
export function demoReads(articleId: number, publishedAt: Date, now: number, total: number) {
  const first = Math.floor(publishedAt.getTime() / HOUR);
  const last = Math.min(Math.floor(now / HOUR), first + 96);
  const weights: number[] = [];
  for (let h = first; h <= last; h++) {
    const vnHour = (h + 7) % 24;
    const daytime = vnHour >= 6 && vnHour <= 22 ? 1 : 0.25;
    weights.push(Math.exp(-(h - first) / 20) * daytime);
  }
  const cells = weights.flatMap((w, i) => demoSourceShares.map(([source, share], j) => ({ hour: new Date((first + i) * HOUR), source, weight: w * share * (1 + ((articleId + i + j) % 5) / 10) })));
  const sum = cells.reduce((a, c) => a + c.weight, 0) || 1;
  // Whole reads that add up to `total`: each cell takes what its running share rounds to.
  let running = 0;
  return cells
    .map((c) => {
      const before = Math.round((running / sum) * total);
      running += c.weight;
      return { articleId, hour: c.hour, source: c.source, views: Math.round((running / sum) * total) - before };
    })
    .filter((r) => r.views > 0);
}

/**
 * The sign-off trail of a published demo story, hours before it went live: sent, approved, published;
 * every third story was sent back once first. The desk's time-to-publish figures read these rows.
 */
/**
 * When the demo moderator gave a comment its verdict: between 6 minutes and about 2 hours after it came
 * in, varied by `n` as a working day varies, and never later than a minute before the seed's now.
 */
function demoModerationTime(createdAt: Date, now: number, n: number): Date {
  const waits = [6, 14, 22, 35, 48, 65, 90, 125];
  return new Date(Math.min(createdAt.getTime() + waits[n % waits.length] * 60_000, now - 60_000));
}

function demoSignoffTrail(articleId: number, publishedAt: Date, reporterId: number, editorId: number, index: number) {
  const at = (hoursBefore: number) => new Date(publishedAt.getTime() - hoursBefore * HOUR);
  const subject = { subjectType: 'article', subjectId: String(articleId) };
  const sentBack = index % 3 === 0;
  return [
    { ...subject, actorId: reporterId, action: 'article.submit', before: { status: 'draft' }, after: { status: 'in_review', reviewLevel: 1 }, at: at(sentBack ? 9 + (index % 4) : 5 + (index % 4)) },
    ...(sentBack
      ? [
          { ...subject, actorId: editorId, action: 'article.return', before: { status: 'in_review', reviewLevel: 1 }, after: { status: 'returned', reviewLevel: 0 }, at: at(7) },
          { ...subject, actorId: reporterId, action: 'article.submit', before: { status: 'returned' }, after: { status: 'in_review', reviewLevel: 1 }, at: at(4.5) },
        ]
      : []),
    { ...subject, actorId: editorId, action: 'article.approve', before: { status: 'in_review', reviewLevel: 1 }, after: { status: 'approved', reviewLevel: 0 }, at: at(1 + (index % 3) * 0.5) },
    { ...subject, actorId: editorId, action: 'article.publish', before: { status: 'approved' }, after: { status: 'published', publishAt: publishedAt.toISOString() }, at: at(0) },
  ];
}

/** A story waiting for the editor and a draft in progress, so every desk page has work on it. */
async function seedDeskWork(db: Database, sectionIds: Map<string, number>, reporter: User) {
  const pending: { title: string; lead: string; section: string; status: 'in_review' | 'draft'; paragraphs: string[] }[] = [
    {
      title: 'Phường An Lạc ra mắt tổ công nghệ số cộng đồng',
      lead: 'Hai mươi tình nguyện viên trẻ sẽ hướng dẫn người cao tuổi cài đặt định danh điện tử và thanh toán không dùng tiền mặt.',
      section: 'xa-hoi',
      status: 'in_review',
      paragraphs: [
        'Sáng nay, UBND phường An Lạc tổ chức ra mắt tổ công nghệ số cộng đồng với 20 thành viên là đoàn viên thanh niên trên địa bàn.',
        'Tổ sẽ trực tại nhà văn hóa các khu phố vào sáng thứ Bảy hằng tuần để hỗ trợ người dân cài đặt ứng dụng, nộp hồ sơ trực tuyến và nhận diện các cuộc gọi lừa đảo.',
      ],
    },
    {
      title: 'Nông dân xã Tân Hòa chuyển đổi sang trồng bưởi hữu cơ',
      lead: 'Sau ba năm thử nghiệm, mười hai hộ đã có vụ bưởi hữu cơ đầu tiên được doanh nghiệp bao tiêu.',
      section: 'kinh-te',
      status: 'draft',
      paragraphs: ['Bản nháp: cần bổ sung số liệu sản lượng và ý kiến của Hội Nông dân xã.'],
    },
  ];
  for (const p of pending) {
    const slug = slugify(p.title);
    const [exists] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug));
    if (exists) continue;
    const body = {
      type: 'doc' as const,
      content: p.paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    };
    await db.insert(articles).values({
      slug,
      title: p.title,
      lead: p.lead,
      body,
      bodyHtml: renderRichText(body),
      bodyText: richTextToPlain(body),
      credit: `Tin: ${reporter.name}`,
      sectionId: sectionIds.get(p.section)!,
      authorId: reporter.id,
      status: p.status,
    });
  }
}

async function buildBody(db: Database, blocks: SeedBlock[]): Promise<{ body: { type: 'doc'; content: RichNode[] }; coverId: number | null }> {
  const content: RichNode[] = [];
  let coverId: number | null = null;
  const text = (t: string): RichNode[] => [{ type: 'text', text: t }];
  for (const block of blocks) {
    if ('p' in block) content.push({ type: 'paragraph', content: text(block.p) });
    else if ('h' in block) content.push({ type: 'heading', attrs: { level: 2 }, content: text(block.h) });
    else if ('quote' in block) content.push({ type: 'blockquote', content: [{ type: 'paragraph', content: text(`“${block.quote}”`) }] });
    else {
      const f = block.figure;
      const stored = await storeImage(db, await illustration(f.hue), { alt: f.alt, caption: f.caption, credit: f.credit });
      coverId ??= stored.id;
      content.push({
        type: 'figure',
        attrs: {
          mediaId: stored.id,
          src: mediaUrl(stored.storageKey),
          width: stored.width,
          height: stored.height,
          alt: f.alt,
          caption: f.caption,
          credit: f.credit,
        },
      });
    }
  }
  return { body: { type: 'doc', content }, coverId };
}

/** A landscape drawn for the demo (no stock photos to ship): sky, sun, hills, a river. */
async function illustration(hue: number): Promise<Buffer> {
  const h = ((hue % 360) + 360) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="hsl(${h},70%,78%)"/><stop offset="1" stop-color="hsl(${(h + 40) % 360},60%,92%)"/>
  </linearGradient></defs>
  <rect width="1600" height="1000" fill="url(#sky)"/>
  <circle cx="${1150 + (h % 200)}" cy="260" r="110" fill="hsl(${(h + 20) % 360},90%,70%)"/>
  <path d="M0 640 Q 300 420 620 600 T 1200 560 T 1600 600 V1000 H0 Z" fill="hsl(${(h + 120) % 360},35%,45%)"/>
  <path d="M0 760 Q 400 620 820 740 T 1600 700 V1000 H0 Z" fill="hsl(${(h + 140) % 360},40%,32%)"/>
  <path d="M0 900 Q 500 820 900 880 T 1600 860 V1000 H0 Z" fill="hsl(${(h + 200) % 360},55%,55%)"/>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
}

export type { SeedArticle };
