import { CommentsModeForm, SiteSettingsForm } from '@/components/desk/settings-forms';
import { listSections } from '@/lib/articles/public';
import { requireDeskUser } from '@/lib/auth/session';
import { getSiteSettings } from '@/lib/settings';
import { saveSettingsAction, setCommentsModeAction } from './actions';
import { TopicPlannersForm } from '@/components/planning/topic-decisions';
import { roleLabels } from '@/lib/auth/permissions';
import { getTopicPlanners, listPossiblePlanners } from '@/lib/planning/planners';
import { saveTopicPlannersAction } from '../de-tai/actions';

export default async function SettingsPage() {
  const user = await requireDeskUser('settings.manage', '/desk/cai-dat');
  const [site, sections, planners, plannerPeople] = await Promise.all([getSiteSettings(), listSections(), getTopicPlanners(), listPossiblePlanners({ actor: user })]);
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <section aria-labelledby="cai-dat-chung">
        <h1 id="cai-dat-chung" className="mb-4 text-2xl font-bold">
          Cài đặt trang báo
        </h1>
        <SiteSettingsForm action={saveSettingsAction} initial={site} />
      </section>
      <section aria-labelledby="binh-luan-chuyen-muc">
        <h2 id="binh-luan-chuyen-muc" className="mb-4 text-xl font-bold">
          Bình luận theo chuyên mục
        </h2>
        <ul className="space-y-2 rounded border border-line bg-white p-4">
          {sections.map((s) => (
            <li key={s.id}>
              <CommentsModeForm action={setCommentsModeAction} target="section" id={s.id} mode={s.commentsMode} inheritLabel="Theo mặc định của trang" label={s.name} />
            </li>
          ))}
        </ul>
        <section aria-labelledby="thu-ky-toa-soan" className="mt-8">
          <h2 id="thu-ky-toa-soan" className="text-xl font-bold">
            Thư ký tòa soạn (duyệt và giao đề tài)
          </h2>
          <div className="mt-2 rounded border border-line bg-white p-4">
            <p className="text-sm text-muted">Người duyệt, từ chối và giao đề tài trên Kế hoạch đề tài: theo vai trò, hoặc chỉ những người được chọn.</p>
            <TopicPlannersForm
              action={saveTopicPlannersAction}
              roles={planners.roles}
              userIds={planners.userIds}
              people={plannerPeople.map((p) => ({ id: p.id, name: p.name, role: roleLabels[p.role] }))}
            />
          </div>
        </section>
      </section>
    </div>
  );
}
