import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ paths: [] as string[], tags: [] as string[] }));
vi.mock('next/cache', () => ({
  revalidatePath: (path: string) => calls.paths.push(path),
  revalidateTag: (tag: string) => calls.tags.push(tag),
  unstable_cache: (fn: () => unknown) => fn,
}));

const { POST } = await import('@/app/api/bo-nho-dem/het-han/route');
const { internalToken } = await import('./own-instance');

const noParams = { params: Promise.resolve({}) };

describe('the instance’s own expiry route', () => {
  it('takes the whole expiry of a tag carried by two hundred stories (tens of kilobytes), not only small ones', async () => {
    // A tag renamed on 200 live stories: 200 story addresses of about a hundred characters each.
    const paths = Array.from({ length: 200 }, (_, i) => `/thoi-su/${'phuong-phu-cuong-mo-them-diem-sinh-hoat-cong-dong-va-thu-vien-so-cho-nguoi-dan'.slice(0, 90)}-${i + 1}`);
    const touched = { paths, tags: ['tu-khoa:ky-niem', 'tim-kiem'], search: true, memos: false, gone: false };
    const body = JSON.stringify(touched);
    expect(body.length).toBeGreaterThan(16 * 1024);

    const res = await POST(
      new Request('http://127.0.0.1:3000/api/bo-nho-dem/het-han', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-toasoan-token': internalToken() },
        body,
      }),
      noParams,
    );
    expect(res.status).toBe(200);
    expect(calls.paths).toEqual(paths);
    expect(calls.tags).toEqual(['tu-khoa:ky-niem', 'tim-kiem']);
  });
});
