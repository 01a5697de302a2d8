import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleEditor } from '@/components/desk/article-editor';
import { DraftSaveProvider } from '@/components/desk/editor/draft-save';
import { WorkflowButtons } from '@/components/desk/workflow-buttons';
import { editorDraftOf, getArticleForDesk } from '@/lib/articles/desk';
import { articlePath, listSections } from '@/lib/articles/public';
import { canEditArticle, isScheduled, moves, statusLabelOf } from '@/lib/articles/workflow';
// Sign-off hooks (chain levels, live edits, corrections): lib/articles/{chain,signoff,live-edits}.ts
import { getSignoffChain } from '@/lib/articles/chain';
import { pendingTagsOf, textForEditor } from '@/lib/articles/live-edits';
import { availableSignoffMoves } from '@/lib/articles/signoff';
import { now } from '@/lib/clock';
import { getSignoffTrail } from '@/lib/articles/signoff-trail';
import { ReturnedBanner, SignoffPanel, SignoffTrail, WaitingLevel } from './signoff-panel';
import { can } from '@/lib/auth/permissions';
import { requireDeskUser } from '@/lib/auth/session';
import { refusedOnDesk } from '@/lib/desk-pages';
import { formatPublishedAt, formatVietnamDateTime } from '@/lib/dates';
import { moveArticleAction, pinToFrontPageAction } from '../actions';
import { PinForm } from '@/components/desk/pin-form';
import { PresenceBanner } from '@/components/desk/presence-banner';

const noteLabels = { return: 'Trả bài', note: 'Ghi chú', takedown: 'Gỡ bài', correction: 'Đính chính' } as const;

export default async function EditArticle({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const user = await requireDeskUser('desk.enter', `/desk/bai-viet/${raw}`);
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const found = await getArticleForDesk({ actor: user, id }).catch(refusedOnDesk);
  if (!found) notFound();
  const { article, section, authorName, notes, tags, cover, lastSavedAt } = found;

  const at = now();
  const [sections, chain, trail] = await Promise.all([
    listSections(),
    getSignoffChain({ sectionId: article.sectionId }),
    getSignoffTrail({ actor: user, articleId: article.id }),
  ]);
  const editable = canEditArticle(article, user);
  const scheduled = isScheduled(article, at);
  const live = article.status === 'published' && !scheduled;
  const approvedBy = trail.filter((s) => s.kind === 'approve').map((s) => s.actorId);
  const options = availableSignoffMoves({ ...article, approvedBy: chain.distinctApprovers ? approvedBy.filter((x): x is number => x !== null) : [] }, user, chain, at).map(
    (m) => ({ move: m, label: moves[m].label }),
  );
  const returned = article.status === 'returned' ? notes.find((n) => n.kind === 'return') : undefined;

  return (
    <DraftSaveProvider>
    <div className="grid gap-8 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <p className="text-sm text-muted">
          <Link href="/desk/bai-viet" className="underline">
            Bài của tôi
          </Link>{' '}
          · Người viết: {authorName} · <Link href={`/desk/bai-viet/${article.id}/lich-su`} className="underline">Lịch sử phiên bản</Link>
        </p>
        <PresenceBanner articleId={article.id} />
        {returned ? <ReturnedBanner by={returned.authorName} at={returned.createdAt} reason={returned.body} /> : null}
        <h1 className="mt-1 text-2xl font-bold">{editable ? 'Sửa bài' : article.title}</h1>
        <p className="mt-1">
          Trạng thái:{' '}
          <strong data-testid="article-status" title={scheduled ? `Lên trang báo lúc ${formatPublishedAt(article.publishedAt!)}` : undefined}>
            {statusLabelOf(article, at)}
          </strong>
          <WaitingLevel article={article} chain={chain} />
          {live && section ? (
            <>
              {' '}
              ·{' '}
              <Link href={articlePath(article, section.slug)} prefetch={false} className="text-brand underline">
                Xem trên trang báo
              </Link>
            </>
          ) : null}
        </p>
        <div className="mt-6">
          {editable ? (
            <ArticleEditor
              userId={user.id}
              articleId={article.id}
              version={article.version}
              initial={editorDraftOf(textForEditor(article), pendingTagsOf(article) ?? tags.map((t) => t.name))}
              sections={sections}
              cover={cover}
              slug={article.slug}
              savedAt={lastSavedAt.toISOString()}
              status={article.status}
            />
          ) : (
            <div className="rounded border border-line bg-white p-4">
              <p className="mb-3 text-sm text-muted">
                <Link href={`/xem-truoc/${article.id}`} target="_blank" prefetch={false} className="underline">
                  Xem trước như trên trang báo
                </Link>
              </p>
              <p className="font-serif font-bold">{article.lead}</p>
              <div className="article-body mt-4" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
              <p className="text-right font-bold">{article.credit}</p>
            </div>
          )}
        </div>
      </div>
      <aside className="space-y-6">
        <WorkflowButtons
          articleId={article.id}
          options={options}
          action={moveArticleAction}
          authorName={authorName}
          scheduledAt={scheduled ? formatVietnamDateTime(article.publishedAt!) : undefined}
        />
        <SignoffTrail trail={trail} chain={chain} />
        <SignoffPanel article={article} user={user} chain={chain} live={live} />
        {live && can(user.role, 'article.publish') ? (
          <PinForm articleId={article.id} rank={article.pinnedRank} hasCover={article.coverMediaId !== null} action={pinToFrontPageAction} />
        ) : null}
        <section aria-labelledby="ghi-chu" className="rounded border border-line bg-white p-4">
          <h2 id="ghi-chu" className="font-semibold">
            Ghi chú biên tập
          </h2>
          {notes.length === 0 ? (
            <p className="mt-2 text-sm text-muted">Chưa có ghi chú.</p>
          ) : (
            <ul className="mt-2 space-y-3 text-sm">
              {notes.map((n) => (
                <li key={n.id} data-testid="review-note">
                  <p className="font-semibold">
                    {noteLabels[n.kind]} · {n.authorName} · {formatPublishedAt(n.createdAt)}
                  </p>
                  <p className="whitespace-pre-line">{n.body}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </aside>
    </div>
    </DraftSaveProvider>
  );
}
