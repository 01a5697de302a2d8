import { z } from 'zod';
import '@/lib/zod-vi';
import { parseVietnamDateTime } from '@/lib/dates';
import { titleFromForm } from '@/lib/auth/titles';
import { dayParam } from '@/lib/day-param';
import { idParam, idSchema } from '@/lib/ids';
import { type TopicStatus, topicStatusParams } from './machine';

/** `dd/mm/yyyy HH:mm` from the date-time field, Vietnam time; empty = none. */
const deadlineField = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const at = parseVietnamDateTime(v);
    if (at) return at;
    ctx.addIssue({ code: 'custom', message: 'Hạn nộp không hợp lệ, hãy gõ theo dạng dd/mm/yyyy hh:mm (giờ 24).' });
    return z.NEVER;
  });

const requiredDay = z
  .string({ message: 'Vui lòng chọn ngày dự kiến đăng.' })
  .trim()
  .min(1, 'Vui lòng chọn ngày dự kiến đăng.')
  .pipe(dayParam)
  .transform((v) => v!);

/**
 * The people a topic is given to arrive as checkboxes `assignee-<id>` (a form posts one value per
 * name, so each person has a box of their own); collected into `assigneeIds`.
 */
function withAssignees<T extends z.ZodRawShape>(shape: T) {
  const box = /^assignee-(\d{1,9})$/;
  return z
    .looseObject(shape)
    .transform((v) => {
      const ids = Object.keys(v)
        .map((k) => box.exec(k)?.[1])
        .filter((id): id is string => !!id)
        .map(Number);
      return { ...(v as z.output<z.ZodObject<T>>), assigneeIds: [...new Set(ids)] };
    });
}

export const topicFormSchema = withAssignees({
  title: z.string().trim().min(5, 'Tên đề tài cần ít nhất 5 ký tự.').max(200, 'Tên đề tài dài quá 200 ký tự.'),
  angle: z.string().trim().max(3000, 'Hướng khai thác dài quá 3.000 ký tự.').default(''),
  sectionId: z.string({ message: 'Vui lòng chọn chuyên mục.' }).min(1, 'Vui lòng chọn chuyên mục.').transform(Number).pipe(idSchema),
  expectedOn: requiredDay,
  mediaNeeds: z.string().trim().max(1000, 'Phần ảnh, video dài quá 1.000 ký tự.').default(''),
  sources: z.string().trim().max(2000, 'Phần nguồn tin dài quá 2.000 ký tự.').default(''),
  deadline: deadlineField,
});

export const approveTopicSchema = z.object({ topicId: idParam, deadline: deadlineField });
export const declineTopicSchema = z.object({
  topicId: idParam,
  reason: z.string().trim().min(1, 'Vui lòng ghi rõ lý do từ chối.').max(1000, 'Lý do dài quá 1.000 ký tự.'),
});
export const assignTopicSchema = withAssignees({ topicId: idParam, deadline: deadlineField, expectedOn: requiredDay.optional() });
export const writeTopicSchema = z.object({ topicId: idParam });

/** The admin's choice of thư ký: the roles (`role-editor`, `role-admin`) and named people (`person-<id>`). */
export const plannersFormSchema = z.looseObject({}).transform((v) => titleFromForm(v));

const statusByParam = Object.fromEntries(Object.entries(topicStatusParams).map(([k, v]) => [v, k])) as Record<string, TopicStatus>;

/** The board's filters in the address bar: `?tuan=…&trang-thai=qua-han&chuyen-muc=3&phong-vien=7&xem=chuyen-muc`. */
export const boardParamsSchema = z.object({
  tuan: dayParam.optional().catch(undefined),
  'trang-thai': z
    .string()
    .optional()
    .transform((v) => (v ? statusByParam[v] : undefined))
    .catch(undefined),
  'chuyen-muc': idParam.optional().catch(undefined),
  'phong-vien': idParam.optional().catch(undefined),
  xem: z.enum(['ngay', 'chuyen-muc']).optional().catch(undefined),
});
