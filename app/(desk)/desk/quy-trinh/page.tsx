import Link from 'next/link';
import { z } from 'zod';
import { ChainEditor, DropSectionChainButton } from '@/components/desk/chain-editor';
import { getSignoffChain, hasOwnSignoffChain, listPossibleSignoffPeople } from '@/lib/articles/chain';
import { listSections } from '@/lib/articles/public';
import { roleLabels } from '@/lib/auth/permissions';
import { requireDeskUser } from '@/lib/auth/session';
import { dropSectionChainAction, saveSignoffChainAction, setDistinctApproversAction } from './actions';
import { SignoffRuleForm } from '@/components/desk/signoff-rule-form';

const paramsSchema = z.object({ 'chuyen-muc': z.coerce.number().int().positive().optional().catch(undefined) });

/** The admin's page for the sign-off chain: the newsroom's, or one section's own. */
export default async function SignoffChainPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireDeskUser('workflow.manage', '/desk/quy-trinh');
  const raw = await searchParams;
  const { 'chuyen-muc': wanted } = paramsSchema.parse({ 'chuyen-muc': Array.isArray(raw['chuyen-muc']) ? raw['chuyen-muc'][0] : raw['chuyen-muc'] });
  const sections = await listSections();
  const section = sections.find((s) => s.id === wanted) ?? null;
  const [chain, people, own] = await Promise.all([
    getSignoffChain({ sectionId: section?.id }),
    listPossibleSignoffPeople({ actor: user }),
    section ? hasOwnSignoffChain({ sectionId: section.id }) : Promise.resolve(false),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold">Quy trình duyệt bài</h1>
      <p className="mt-2 max-w-3xl text-sm text-muted">
        Phóng viên gửi bài, bài lần lượt qua từng cấp duyệt dưới đây; duyệt ở cấp cuối thì bài chờ xuất bản. Ở cấp nào cũng có thể trả bài kèm lý do.
        Mỗi cấp do mọi người giữ một vai trò duyệt, hoặc do những người được chỉ định (ví dụ một biên tập viên giữ chức Thư ký tòa soạn).
      </p>
      <nav aria-label="Áp dụng cho" className="mt-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <Link href="/desk/quy-trinh" aria-current={section ? undefined : 'page'} className={`block rounded border px-3 py-1.5 ${section ? 'border-neutral-400 bg-white' : 'border-neutral-900 bg-neutral-900 text-white'}`}>
              Toàn tòa soạn
            </Link>
          </li>
          {sections.map((s) => (
            <li key={s.id}>
              <Link
                href={`/desk/quy-trinh?chuyen-muc=${s.id}`}
                aria-current={section?.id === s.id ? 'page' : undefined}
                className={`block rounded border px-3 py-1.5 ${section?.id === s.id ? 'border-neutral-900 bg-neutral-900 text-white' : 'border-neutral-400 bg-white'}`}
              >
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {section ? (
        <p className="mt-3 text-sm">
          {own ? `Chuyên mục ${section.name} có quy trình riêng. ` : `Chuyên mục ${section.name} đang dùng quy trình chung; lưu dưới đây để đặt quy trình riêng. `}
          {own ? <DropSectionChainButton sectionId={section.id} action={dropSectionChainAction} /> : null}
        </p>
      ) : null}
      <ChainEditor
        key={section?.id ?? 'all'}
        initial={chain.levels.map((l) => ({ ...l, roles: l.roles.filter((r): r is 'editor' | 'admin' => r === 'editor' || r === 'admin') }))}
        people={people.map((p) => ({ ...p, name: `${p.name} (${roleLabels[p.role]})` }))}
        sectionId={section?.id ?? null}
        action={saveSignoffChainAction}
      />
      <SignoffRuleForm key={`rule-${section?.id ?? 'all'}`} on={Boolean(chain.distinctApprovers)} sectionId={section?.id ?? null} action={setDistinctApproversAction} />
    </>
  );
}
