import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import type { User } from '@/db/schema';
import type { Permission } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { withDoor } from '@/lib/doors';
import { type DomainErrorCode, isDomainError } from '@/lib/errors';
import './zod-vi';

export type ActionState = {
  ok?: boolean;
  message?: string;
  /** Why a refusal happened, for programs and tests: the DomainError code (`invalid_input` for field errors). */
  code?: DomainErrorCode;
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the person typed, handed back so that a refused form loses nothing. */
  values?: Record<string, string>;
  /** A one-time link to hand to someone (a password invitation), shown once. */
  link?: string;
  /** Changes on every answer: forms key their fields on it to show the values handed back. */
  nonce?: string;
};

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

/** What goes back to the browser: passwords never, not even to the person who typed them. */
function echoed(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password|confirm/i.test(key)));
}

export function toActionError(err: unknown, values?: Record<string, string>): ActionState {
  unstable_rethrow(err);
  if (isDomainError(err)) return { ok: false, code: err.code, message: err.message, values, ...(err.fieldErrors ? { fieldErrors: err.fieldErrors } : {}) };
  console.error(err);
  return { ok: false, message: 'Đã có lỗi ngoài ý muốn. Nội dung bạn nhập vẫn còn, vui lòng thử lại.', values };
}

/**
 * Every desk action goes through here: session → permission → zod → domain call. No action can
 * forget a step, and every failure comes back as a Vietnamese message with the input intact.
 */
export function deskAction<S extends z.ZodType>(
  permission: Permission,
  schema: S,
  run: (input: z.output<S>, user: User) => Promise<ActionState | void>,
) {
  return withDoor(async (_prev: ActionState, formData: FormData): Promise<ActionState> => stamp(await runDesk(formData)), {
    kind: 'desk',
    permission,
  });
  async function runDesk(formData: FormData): Promise<ActionState> {
    const input = formValues(formData);
    const values = echoed(input);
    try {
      const user = await requireUser(permission);
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        return {
          ok: false,
          code: 'invalid_input',
          message: 'Vui lòng kiểm tra lại các ô được đánh dấu.',
          fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
          values,
        };
      }
      return (await run(parsed.data, user)) ?? { ok: true };
    } catch (err) {
      return toActionError(err, values);
    }
  }
}

/** Public actions (a reader's comment): zod and domain errors, no session. */
export function publicAction<S extends z.ZodType>(schema: S, run: (input: z.output<S>) => Promise<ActionState | void>) {
  return withDoor(async (_prev: ActionState, formData: FormData): Promise<ActionState> => stamp(await runPublic(formData)), {
    kind: 'public',
  });
  async function runPublic(formData: FormData): Promise<ActionState> {
    const input = formValues(formData);
    const values = echoed(input);
    try {
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        return {
          ok: false,
          code: 'invalid_input',
          message: 'Vui lòng kiểm tra lại các ô được đánh dấu.',
          fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
          values,
        };
      }
      return (await run(parsed.data)) ?? { ok: true };
    } catch (err) {
      return toActionError(err, values);
    }
  }
}

function stamp(state: ActionState): ActionState {
  return { ...state, nonce: crypto.randomUUID() };
}
