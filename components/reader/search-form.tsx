import type { Section } from '@/db/schema';
import { DateTimeField } from '@/components/ui/date-time-field';
import { FieldError } from '@/components/ui/field-error';
import { displayDay } from '@/lib/dates';
import { ChevronRightIcon } from '@/components/ui/icons';
import { QUERY_MAX } from '@/lib/search/query';

type Props = {
  /** What the reader sent, as typed: a refused search keeps it. */
  values: Record<string, string>;
  sections: Pick<Section, 'slug' | 'name'>[];
  fieldErrors?: Record<string, string[] | undefined>;
};

const filters = ['chuyen-muc', 'tu-ngay', 'den-ngay'];

const control = 'mt-1 w-full rounded border border-neutral-500 bg-paper px-3 py-2 text-base text-ink';

/** A plain GET form: it searches without JavaScript, and every search has its own URL. */
export function SearchForm({ values, sections, fieldErrors = {} }: Props) {
  const field = (name: string) => ({
    id: `tim-kiem-${name}`,
    name,
    defaultValue: values[name] ?? '',
    'aria-invalid': fieldErrors[name]?.length ? true : undefined,
    'aria-describedby': `tim-kiem-${name}-loi`,
  });
  return (
    <form action="/tim-kiem" method="get" role="search" aria-label="Tìm kiếm bài viết" className="space-y-3 rounded bg-panel p-4">
      <div>
        <label htmlFor="tim-kiem-q" className="text-sm font-semibold">
          Từ khóa
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input {...field('q')} type="search" maxLength={QUERY_MAX} className={control} />
          <button type="submit" className="mt-1 shrink-0 rounded bg-masthead px-5 py-2 font-semibold text-white hover:bg-brand-dark">
            Tìm kiếm
          </button>
        </div>
        <FieldError id="tim-kiem-q-loi" errors={fieldErrors.q} />
      </div>
      {/* Folded away until wanted, so the results start on a phone's first screen; open when a filter is in use. */}
      <details open={filters.some((f) => values[f] || fieldErrors[f]?.length)} className="group">
        <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-1 text-sm font-semibold text-brand sm:min-h-6 [&::-webkit-details-marker]:hidden">
          <ChevronRightIcon className="h-4 w-4 transition-transform group-open:rotate-90" />
          Lọc theo chuyên mục, thời gian
        </summary>
      <div className="mt-2 grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor="tim-kiem-chuyen-muc" className="text-sm font-semibold">
            Chuyên mục
          </label>
          <select {...field('chuyen-muc')} className={control}>
            <option value="">Tất cả chuyên mục</option>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
          <FieldError id="tim-kiem-chuyen-muc-loi" errors={fieldErrors['chuyen-muc']} />
        </div>
        <div>
          <label htmlFor="tim-kiem-tu-ngay" className="text-sm font-semibold">
            Từ ngày
          </label>
          <DateTimeField {...field('tu-ngay')} defaultValue={displayDay(values['tu-ngay'])} className={control} />
          <FieldError id="tim-kiem-tu-ngay-loi" errors={fieldErrors['tu-ngay']} />
        </div>
        <div>
          <label htmlFor="tim-kiem-den-ngay" className="text-sm font-semibold">
            Đến ngày
          </label>
          <DateTimeField {...field('den-ngay')} defaultValue={displayDay(values['den-ngay'])} className={control} />
          <FieldError id="tim-kiem-den-ngay-loi" errors={fieldErrors['den-ngay']} />
        </div>
      </div>
      </details>
      <p className="text-sm text-muted">Gõ có dấu hay không dấu đều được; từ cuối cùng có thể gõ dở.</p>
    </form>
  );
}
