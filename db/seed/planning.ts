import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { articles, topicAssignees, topics, type User } from '@/db/schema';
import { startOfVietnamDay } from '@/lib/dates';
import { slugify } from '@/lib/text';
import { vietnamIsoDay } from '@/lib/dates';

const DAY = 24 * 3600_000;
const HOUR = 3600_000;

/**
 * A week of the demo newsroom's plan, dated from the moment of seeding, so the board is not empty
 * on a fresh clone: a proposal waiting for the thư ký, an assignment due tomorrow, a late draft,
 * a story handed in, one published, one declined. Safe to run twice (by title).
 */
export async function seedPlanning(db: Database, { sectionIds, reporter, editor }: { sectionIds: Map<string, number>; reporter: User; editor: User }) {
  const now = Date.now();
  const at = (ms: number) => new Date(now + ms);
  const storyId = async (title: string) => (await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slugify(title))))[0]?.id ?? null;
  const [published] = await db
    .select({ id: articles.id, title: articles.title, publishedAt: articles.publishedAt, sectionId: articles.sectionId })
    .from(articles)
    .where(and(eq(articles.status, 'published'), eq(articles.authorId, reporter.id), inArray(articles.sectionId, [sectionIds.get('xa-hoi')!, sectionIds.get('thoi-su')!])))
    .limit(1);
  const plan: {
    title: string;
    section: string;
    expectedIn: number;
    decision: 'proposed' | 'approved' | 'declined';
    deadlineIn?: number;
    story?: number | null;
    proposer: User;
    angle: string;
    mediaNeeds?: string;
    sources?: string;
    reason?: string;
  }[] = [
    {
      title: 'Bữa sáng 0 đồng ở cổng bệnh viện tỉnh',
      section: 'xa-hoi',
      expectedIn: 2 * DAY,
      decision: 'proposed',
      proposer: reporter,
      angle: 'Một ngày với nhóm thiện nguyện nấu 300 suất ăn sáng cho người nhà bệnh nhân: ai góp gạo, ai đứng bếp, ai được ăn.',
      mediaNeeds: 'Ảnh lúc 5 giờ sáng, video ngắn dọc cho mạng xã hội',
      sources: 'Chị Lan (trưởng nhóm), phòng công tác xã hội bệnh viện',
    },
    {
      title: 'Giá rau tăng sau đợt mưa lớn',
      section: 'kinh-te',
      expectedIn: 1 * DAY,
      decision: 'approved',
      deadlineIn: 1 * DAY,
      proposer: editor,
      angle: 'Khảo sát ba chợ đầu mối và hai siêu thị; so sánh với tuần trước; ý kiến Sở Công Thương về nguồn cung.',
      mediaNeeds: 'Ảnh chợ đầu mối, bảng giá',
      sources: 'Ban quản lý chợ, Sở Công Thương',
    },
    {
      title: 'Nông dân xã Tân Hòa chuyển đổi sang trồng bưởi hữu cơ',
      section: 'kinh-te',
      expectedIn: 0,
      decision: 'approved',
      deadlineIn: -1 * DAY,
      story: await storyId('Nông dân xã Tân Hòa chuyển đổi sang trồng bưởi hữu cơ'),
      proposer: reporter,
      angle: 'Ba năm chuyển đổi: chi phí, năng suất, đầu ra; doanh nghiệp bao tiêu nói gì.',
      sources: 'Hội Nông dân xã, hợp tác xã Tân Hòa',
    },
    {
      title: 'Phường An Lạc ra mắt tổ công nghệ số cộng đồng',
      section: 'xa-hoi',
      expectedIn: 1 * DAY,
      decision: 'approved',
      deadlineIn: 0,
      story: await storyId('Phường An Lạc ra mắt tổ công nghệ số cộng đồng'),
      proposer: reporter,
      angle: 'Tổ công nghệ số hướng dẫn người cao tuổi dùng định danh điện tử.',
    },
    ...(published
      ? [
          {
            title: published.title,
            section: published.sectionId === sectionIds.get('thoi-su') ? 'thoi-su' : 'xa-hoi',
            expectedIn: published.publishedAt!.getTime() - now,
            decision: 'approved' as const,
            deadlineIn: published.publishedAt!.getTime() - now,
            story: published.id,
            proposer: editor,
            angle: 'Đề tài thư ký giao, đã lên trang.',
          },
        ]
      : []),
    {
      title: 'Toàn cảnh giải chạy bộ vì trẻ em vùng cao',
      section: 'the-thao',
      expectedIn: 3 * DAY,
      decision: 'declined',
      proposer: reporter,
      angle: 'Phóng sự ảnh về giải chạy.',
      reason: 'Ban Thể thao đã nhận đề tài này, bạn phối hợp chụp ảnh cùng họ.',
    },
  ];
  for (const t of plan) {
    const [exists] = await db.select({ id: topics.id }).from(topics).where(eq(topics.title, t.title));
    if (exists) continue;
    const createdAt = at(Math.min(t.expectedIn, 0) - 2 * DAY);
    const [topic] = await db
      .insert(topics)
      .values({
        title: t.title,
        angle: t.angle,
        sectionId: sectionIds.get(t.section)!,
        expectedOn: vietnamIsoDay(at(t.expectedIn)),
        mediaNeeds: t.mediaNeeds ?? '',
        sources: t.sources ?? '',
        proposerId: t.proposer.id,
        decision: t.decision,
        declineReason: t.reason ?? null,
        decidedBy: t.decision === 'proposed' ? null : editor.id,
        decidedAt: t.decision === 'proposed' ? null : new Date(createdAt.getTime() + 3 * HOUR),
        // A deadline is a time of day the desk would set: 17:00 Vietnam time on its day.
        deadline: t.deadlineIn === undefined ? null : new Date(startOfVietnamDay(at(t.deadlineIn)).getTime() + 17 * HOUR),
        articleId: t.story ?? null,
        createdAt,
        updatedAt: createdAt,
      })
      .returning();
    if (t.decision === 'approved') await db.insert(topicAssignees).values({ topicId: topic.id, userId: reporter.id, assignedAt: topic.decidedAt! });
  }
}
