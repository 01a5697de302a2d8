import Link from 'next/link';
import { TopicForm } from '@/components/planning/topic-form';
import { listSections } from '@/lib/articles/public';
import { roleLabels } from '@/lib/auth/permissions';
import { requireDeskUser } from '@/lib/auth/session';
import { now as clockNow } from '@/lib/clock';
import { formatVietnamDate } from '@/lib/dates';
import { isTopicPlanner } from '@/lib/planning/planners';
import { listTopicWriters } from '@/lib/planning/topics';
import { proposeTopicAction } from '../actions';

export default async function NewTopic() {
  const user = await requireDeskUser('topic.propose', '/desk/de-tai/moi');
  const [sections, planner] = await Promise.all([listSections(), isTopicPlanner({ actor: user })]);
  const people = planner ? await listTopicWriters({ actor: user }) : [];
  return (
    <>
      <p className="text-sm">
        <Link href="/desk/de-tai" className="underline">
          Kế hoạch đề tài
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-bold">{planner ? 'Thêm đề tài' : 'Đề xuất đề tài'}</h1>
      <p className="mt-1 max-w-3xl text-sm text-muted">
        {planner
          ? 'Ghi đề tài vào kế hoạch. Chọn phóng viên và hạn nộp để giao ngay.'
          : 'Thư ký tòa soạn sẽ duyệt, giao hoặc từ chối đề xuất (kèm lý do); bạn nhận thông báo ở chuông.'}
      </p>
      <TopicForm
        action={proposeTopicAction}
        sections={sections.map((s) => ({ id: s.id, name: s.name }))}
        people={people.map((p) => ({ id: p.id, name: p.name, role: roleLabels[p.role] }))}
        planner={planner}
        defaultDay={formatVietnamDate(new Date(clockNow().getTime() + 24 * 3600_000))}
      />
    </>
  );
}
