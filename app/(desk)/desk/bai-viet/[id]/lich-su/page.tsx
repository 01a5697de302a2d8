import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ConflictView } from '@/components/desk/conflict-view';
import { RevisionDiffView } from '@/components/desk/diff-text';
import { RestoreRevisionButton } from '@/components/desk/restore-revision-button';
import { getArticleForDesk } from '@/lib/articles/desk';
import { compareRevisions, getConflictPair, listRevisions, REVISIONS_SHOWN, type RevisionSummary } from '@/lib/articles/revisions';
import { now } from '@/lib/clock';
import { canEditArticle, statusLabelOf } from '@/lib/articles/workflow';
import { requireDeskUser } from '@/lib/auth/session';
import { refusedOnDesk } from '@/lib/desk-pages';
import { formatPublishedAt } from '@/lib/dates';
import { isDomainError } from '@/lib/errors';
import { restoreRevisionAction } from './actions';

const revisionId = z.coerce.number().int().positive().max(2_147_483_647);

function revisionLabel(r: Pick<RevisionSummary, 'stale' | 'version'>) {
  return r.stale ? `bản bị từ chối (sửa từ phiên bản ${r.version})` : `phiên bản ${r.version}`;
}

export default async function RevisionHistory({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id: raw }, query] = await Promise.all([params, searchParams]);
  const user = await requireDeskUser('desk.enter', `/desk/bai-viet/${raw}/lich-su`);
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const found = await getArticleForDesk({ actor: user, id }).catch(refusedOnDesk);
  if (!found) notFound();
  const { article } = found;

  const [revisions, conflict] = await Promise.all([
    listRevisions({ actor: user, articleId: id }),
    getConflictPair({ actor: user, articleId: id }),
  ]);
  // By default: the latest save against the one before it.
  const picked = (key: string, fallback?: number) => {
    const parsed = revisionId.safeParse(query[key]);
    return parsed.success ? parsed.data : fallback;
  };
  const toId = picked('den', revisions[0]?.id);
  const fromId = picked('tu', revisions[1]?.id);
  let comparison: Awaited<ReturnType<typeof compareRevisions>> | null = null;
  let compareError = '';
  if (fromId && toId && fromId !== toId) {
    try {
      comparison = await compareRevisions({ actor: user, articleId: id, fromId, toId });
    } catch (err) {
      if (!isDomainError(err)) throw err;
      compareError = err.message;
    }
  } else if (fromId && fromId === toId) {
    compareError = 'Hãy chọn hai phiên bản khác nhau để so sánh.';
  }
  const editable = canEditArticle(article, user);
  const current = revisions.find((r) => !r.stale && r.version === article.version);

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-muted">
          <Link href={`/desk/bai-viet/${id}`} className="underline">
            ← Quay lại bài viết
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">Lịch sử phiên bản</h1>
        <p className="mt-1">
          <span className="font-serif text-lg">{article.title}</span> · phiên bản hiện tại {article.version} · trạng thái{' '}
          <strong data-testid="article-status">{statusLabelOf(article, now())}</strong>
        </p>
      </div>

      {conflict ? <ConflictView theirs={conflict.theirs} mine={conflict.mine} /> : null}

      <section aria-labelledby="cac-phien-ban" className="rounded border border-line bg-white p-4">
        <h2 id="cac-phien-ban" className="font-semibold">
          Các lần lưu ({revisions.length})
        </h2>
        {revisions.length === REVISIONS_SHOWN ? (
          <p className="text-sm text-muted">Chỉ hiện {REVISIONS_SHOWN} lần lưu gần nhất; các bản cũ hơn vẫn được giữ.</p>
        ) : null}
        <p className="text-sm text-muted">Mới nhất ở trên. Chọn hai bản (“từ” là bản cũ hơn, “đến” là bản mới hơn) rồi bấm “So sánh”.</p>
        <form id="so-sanh" method="get" className="mt-2">
          <button type="submit" className="rounded bg-masthead px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-dark">
            So sánh hai bản đã chọn
          </button>
        </form>
        <div className="mt-3 overflow-x-auto">
          <table className="table-cards w-full text-left text-sm">
            <caption className="sr-only">Các phiên bản đã lưu của bài, mới nhất trước</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-3">
                  Phiên bản
                </th>
                <th scope="col" className="py-2 pr-3">
                  Lưu lúc
                </th>
                <th scope="col" className="py-2 pr-3">
                  Người lưu
                </th>
                <th scope="col" className="py-2 pr-3">
                  Số chữ
                </th>
                <th scope="col" className="py-2 pr-3">
                  Từ
                </th>
                <th scope="col" className="py-2 pr-3">
                  Đến
                </th>
                {editable ? (
                  <th scope="col" className="py-2">
                    <span className="sr-only">Khôi phục</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.id} className={`border-b border-line align-top ${r.stale ? 'bg-amber-50' : ''}`} data-testid="revision-row">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <span className="font-semibold">{r.stale ? `Sửa từ phiên bản ${r.version}` : `Phiên bản ${r.version}`}</span>
                    {r.id === current?.id ? <span className="ml-2 rounded bg-neutral-200 px-1.5 text-xs">bản hiện tại</span> : null}
                    {r.stale ? (
                      <span className="block font-semibold text-amber-900" data-testid="stale-mark">
                        bản bị từ chối do xung đột — đã giữ lại
                      </span>
                    ) : null}
                    <span className="block font-serif text-muted">{r.title}</span>
                  </th>
                  <td className="py-2 pr-3 whitespace-nowrap" data-label="Lưu lúc">{formatPublishedAt(r.savedAt)}</td>
                  <td className="py-2 pr-3" data-label="Người lưu">{r.savedByName ?? '—'}</td>
                  <td className="py-2 pr-3" data-label="Số chữ">{r.words.toLocaleString('vi-VN')}</td>
                  <td className="py-2 pr-3" data-label="So sánh từ">
                    <input
                      type="radio"
                      name="tu"
                      value={r.id}
                      form="so-sanh"
                      defaultChecked={r.id === fromId}
                      aria-label={`So sánh từ ${revisionLabel(r)}`}
                      className="h-4 w-4"
                    />
                  </td>
                  <td className="py-2 pr-3" data-label="So sánh đến">
                    <input
                      type="radio"
                      name="den"
                      value={r.id}
                      form="so-sanh"
                      defaultChecked={r.id === toId}
                      aria-label={`So sánh đến ${revisionLabel(r)}`}
                      className="h-4 w-4"
                    />
                  </td>
                  {editable ? (
                    <td className="py-2">
                      {r.id === current?.id ? null : (
                        <RestoreRevisionButton
                          action={restoreRevisionAction}
                          articleId={id}
                          revisionId={r.id}
                          version={article.version}
                          label={revisionLabel(r)}
                        />
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="so-sanh-ket-qua" className="rounded border border-line bg-white p-4">
        <h2 id="so-sanh-ket-qua" className="font-semibold">
          {comparison
            ? `So sánh ${revisionLabel(comparison.from)} với ${revisionLabel(comparison.to)}`
            : 'So sánh'}
        </h2>
        {comparison ? (
          <>
            <p className="text-sm text-muted">
              <ins className="bg-green-100 text-green-950 underline decoration-2">Gạch chân</ins>: thêm vào ở bản sau.{' '}
              <del className="bg-red-100 text-red-950 line-through decoration-2">Gạch ngang</del>: bỏ đi so với bản trước.
            </p>
            <div className="mt-3">
              <RevisionDiffView diff={comparison.diff} />
            </div>
          </>
        ) : (
          <p className="mt-1 text-sm" role={compareError ? 'alert' : undefined}>
            {compareError || 'Bài mới có một lần lưu: chưa có gì để so sánh.'}
          </p>
        )}
      </section>
    </div>
  );
}
