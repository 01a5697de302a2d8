'use client';

import { useActionState } from 'react';
import { DateTimeField } from '@/components/ui/date-time-field';
import { FieldError } from '@/components/ui/field-error';
import type { ActionState } from '@/lib/actions';

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
type Person = { id: number; name: string; role: string };

const input = 'mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1';
const mainButton = 'rounded bg-masthead px-4 py-2 font-semibold text-white disabled:opacity-60';

/** The people a topic is given to: one checkbox each (`assignee-<id>`). */
export function AssigneeBoxes({ people, checked = [], values, errors }: { people: Person[]; checked?: number[]; values?: Record<string, string>; errors?: string[] }) {
  return (
    <fieldset aria-describedby="assignees-error">
      <legend className="text-sm font-semibold">Giao cho phóng viên</legend>
      <ul className="mt-1 grid gap-1 sm:grid-cols-2">
        {people.map((p) => (
          <li key={p.id}>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name={`assignee-${p.id}`} value="1" defaultChecked={values ? values[`assignee-${p.id}`] === '1' : checked.includes(p.id)} />
              {p.name}
              <span className="text-xs text-muted">{p.role}</span>
            </label>
          </li>
        ))}
      </ul>
      <FieldError id="assignees-error" errors={errors} />
    </fieldset>
  );
}

/**
 * Proposing a topic (đề xuất đề tài). The thư ký sees two more fields, the reporters and the
 * deadline: a topic given to someone at once is approved.
 */
export function TopicForm({
  action,
  sections,
  people,
  planner,
  defaultDay,
}: {
  action: Action;
  sections: { id: number; name: string }[];
  people: Person[];
  planner: boolean;
  defaultDay: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = state.values ?? {};
  const err = state.fieldErrors ?? {};
  const k = state.nonce ?? '';
  return (
    <form action={formAction} className="mt-4 grid max-w-3xl gap-4 rounded border border-line bg-white p-4" noValidate>
      <div>
        <label htmlFor="topic-title" className="block text-sm font-semibold">
          Tên đề tài (tạm)
        </label>
        <input id="topic-title" name="title" defaultValue={v.title} key={`t${k}`} className={input} aria-describedby="title-error" />
        <FieldError id="title-error" errors={err.title} />
      </div>
      <div>
        <label htmlFor="topic-angle" className="block text-sm font-semibold">
          Hướng khai thác
        </label>
        <textarea id="topic-angle" name="angle" rows={4} defaultValue={v.angle} key={`a${k}`} className={input} aria-describedby="angle-error" />
        <FieldError id="angle-error" errors={err.angle} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="topic-section" className="block text-sm font-semibold">
            Chuyên mục
          </label>
          <select id="topic-section" name="sectionId" defaultValue={v.sectionId ?? ''} key={`s${k}`} className={input} aria-describedby="section-error">
            <option value="">— Chọn chuyên mục —</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          <FieldError id="section-error" errors={err.sectionId} />
        </div>
        <div>
          <label htmlFor="topic-day" className="block text-sm font-semibold">
            Ngày dự kiến đăng
          </label>
          <DateTimeField id="topic-day" name="expectedOn" defaultValue={v.expectedOn ?? defaultDay} key={`d${k}`} aria-describedby="day-error" />
          <FieldError id="day-error" errors={err.expectedOn} />
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="topic-media" className="block text-sm font-semibold">
            Ảnh, video cần có
          </label>
          <textarea id="topic-media" name="mediaNeeds" rows={2} defaultValue={v.mediaNeeds} key={`m${k}`} className={input} aria-describedby="media-error" />
          <FieldError id="media-error" errors={err.mediaNeeds} />
        </div>
        <div>
          <label htmlFor="topic-sources" className="block text-sm font-semibold">
            Nguồn tin, nhân vật
          </label>
          <textarea id="topic-sources" name="sources" rows={2} defaultValue={v.sources} key={`n${k}`} className={input} aria-describedby="sources-error" />
          <FieldError id="sources-error" errors={err.sources} />
        </div>
      </div>
      {planner ? (
        <div className="grid gap-4 rounded border border-dashed border-neutral-400 p-3">
          <p className="text-sm text-muted">Thư ký tòa soạn: chọn phóng viên và hạn nộp để giao ngay (đề tài được duyệt luôn). Để trống nếu chỉ ghi lại đề xuất.</p>
          <AssigneeBoxes people={people} values={state.values} errors={err.assigneeIds} key={`p${k}`} />
          <div className="max-w-xs">
            <label htmlFor="topic-deadline" className="block text-sm font-semibold">
              Hạn nộp bài
            </label>
            <DateTimeField id="topic-deadline" name="deadline" withTime defaultValue={v.deadline} key={`h${k}`} aria-describedby="deadline-error" />
            <FieldError id="deadline-error" errors={err.deadline} />
          </div>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={mainButton}>
          {planner ? 'Lưu đề tài' : 'Gửi đề xuất'}
        </button>
        <p role="status" className={state.ok ? 'text-sm text-success' : 'text-sm text-danger'}>
          {state.message}
        </p>
      </div>
    </form>
  );
}
