'use client';

import { useActionState } from 'react';
import { DateTimeField } from '@/components/ui/date-time-field';
import { FieldError } from '@/components/ui/field-error';
import type { ActionState } from '@/lib/actions';
import { TitleFields } from '@/components/desk/title-fields';
import { AssigneeBoxes } from './topic-form';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

const input = 'mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1';
const mainButton = 'rounded bg-masthead px-4 py-2 font-semibold text-white disabled:opacity-60';
const plainButton = 'rounded border border-neutral-500 bg-white px-4 py-2 font-semibold hover:border-brand disabled:opacity-60';

function Status({ state }: { state: ActionState }) {
  return (
    <p role="status" className={`text-sm ${state.ok ? 'text-success' : 'text-danger'}`}>
      {state.message}
    </p>
  );
}

/** "Viết bài": opens the topic's draft in the editor. */
export function WriteFromTopicButton({ topicId, action }: { topicId: number; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="topicId" value={topicId} />
      <button type="submit" disabled={pending} className={mainButton}>
        Viết bài
      </button>
      <Status state={state} />
    </form>
  );
}

export function ApproveTopicForm({ topicId, action }: { topicId: number; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="rounded border border-line bg-white p-3" noValidate>
      <h3 className="font-semibold">Duyệt đề tài</h3>
      <p className="text-sm text-muted">Người đề xuất sẽ viết bài. Muốn giao cho người khác, dùng “Giao đề tài”.</p>
      <input type="hidden" name="topicId" value={topicId} />
      <div className="mt-2 max-w-xs">
        <label htmlFor="approve-deadline" className="block text-sm font-semibold">
          Hạn nộp bài (không bắt buộc)
        </label>
        <DateTimeField id="approve-deadline" name="deadline" withTime defaultValue={state.values?.deadline} key={state.nonce} aria-describedby="approve-deadline-error" />
        <FieldError id="approve-deadline-error" errors={state.fieldErrors?.deadline} />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={mainButton}>
          Duyệt đề tài
        </button>
        <Status state={state} />
      </div>
    </form>
  );
}

export function DeclineTopicForm({ topicId, action }: { topicId: number; action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="rounded border border-line bg-white p-3" noValidate>
      <h3 className="font-semibold">Từ chối đề tài</h3>
      <input type="hidden" name="topicId" value={topicId} />
      <label htmlFor="decline-reason" className="mt-2 block text-sm font-semibold">
        Lý do (người đề xuất sẽ đọc)
      </label>
      <textarea id="decline-reason" name="reason" rows={2} defaultValue={state.values?.reason} key={state.nonce} className={input} aria-describedby="decline-reason-error" />
      <FieldError id="decline-reason-error" errors={state.fieldErrors?.reason} />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={plainButton}>
          Từ chối
        </button>
        <Status state={state} />
      </div>
    </form>
  );
}

export function AssignTopicForm({
  topicId,
  action,
  people,
  assigned,
  deadline,
  expectedOn,
}: {
  topicId: number;
  action: Action;
  people: { id: number; name: string; role: string }[];
  assigned: number[];
  deadline: string;
  expectedOn: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = state.ok === false ? state.values : undefined;
  return (
    <form action={formAction} className="rounded border border-line bg-white p-3" noValidate>
      <h3 className="font-semibold">Giao đề tài</h3>
      <input type="hidden" name="topicId" value={topicId} />
      <div className="mt-2">
        <AssigneeBoxes people={people} checked={assigned} values={v} errors={state.fieldErrors?.assigneeIds} key={`p${state.nonce}`} />
      </div>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="assign-deadline" className="block text-sm font-semibold">
            Hạn nộp bài
          </label>
          <DateTimeField id="assign-deadline" name="deadline" withTime defaultValue={v?.deadline ?? deadline} key={`h${state.nonce}`} aria-describedby="assign-deadline-error" />
          <FieldError id="assign-deadline-error" errors={state.fieldErrors?.deadline} />
        </div>
        <div>
          <label htmlFor="assign-day" className="block text-sm font-semibold">
            Ngày dự kiến đăng
          </label>
          <DateTimeField id="assign-day" name="expectedOn" defaultValue={v?.expectedOn ?? expectedOn} key={`d${state.nonce}`} aria-describedby="assign-day-error" />
          <FieldError id="assign-day-error" errors={state.fieldErrors?.expectedOn} />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={mainButton}>
          Giao đề tài
        </button>
        <Status state={state} />
      </div>
    </form>
  );
}

/** The admin names the thư ký tòa soạn: by role and/or named editors (as a level of the sign-off chain). */
export function TopicPlannersForm({
  action,
  roles,
  userIds,
  people,
}: {
  action: Action;
  roles: string[];
  userIds: number[];
  people: { id: number; name: string; role: string }[];
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="mt-2 grid gap-3" noValidate>
      <TitleFields value={{ roles, userIds }} people={people} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={plainButton}>
          Lưu thư ký tòa soạn
        </button>
        <Status state={state} />
      </div>
    </form>
  );
}
