import { CommentsModeForm, SiteSettingsForm } from '@/components/desk/settings-forms';
import { listSections } from '@/lib/articles/public';
import { requireDeskUser } from '@/lib/auth/session';
import { getSiteSettings } from '@/lib/settings';
import { saveSettingsAction, setCommentsModeAction } from './actions';

export default async function SettingsPage() {
  await requireDeskUser('settings.manage', '/desk/cai-dat');
  const [site, sections] = await Promise.all([getSiteSettings(), listSections()]);
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
      </section>
    </div>
  );
}
