'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * The administration links (users, sections, settings …) folded under one "Quản trị" in the desk bar:
 * a <details>, so it opens with the keyboard and without script; the script only closes it when the
 * person goes elsewhere, presses Escape or clicks outside. On a phone it is not positioned itself, so
 * its panel hangs under the whole header and is not clipped by the sideways-scrolling row it ends.
 */
export function AdminMenu({ links }: { links: { href: string; label: string }[] }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    ref.current?.removeAttribute('open');
  }, [pathname]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const menu = ref.current;
      if (e.key !== 'Escape' || !menu?.open) return;
      menu.open = false;
      menu.querySelector('summary')?.focus();
    };
    const onClick = (e: MouseEvent) => {
      const menu = ref.current;
      if (menu?.open && !menu.contains(e.target as Node)) menu.open = false;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, []);

  const isCurrent = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  const here = links.some((l) => isCurrent(l.href));
  return (
    <details ref={ref} className="group shrink-0 sm:relative" data-testid="admin-menu">
      <summary
        className={`flex cursor-pointer list-none items-center gap-1 whitespace-nowrap rounded px-2 py-1.5 text-sm hover:bg-neutral-700 [&::-webkit-details-marker]:hidden ${here ? 'bg-neutral-700' : ''}`}
      >
        Quản trị
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 group-open:rotate-180" fill="currentColor">
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
        </svg>
      </summary>
      <nav aria-label="Quản trị" className="absolute inset-x-4 top-full z-30 mt-1 rounded border border-neutral-700 bg-neutral-900 py-1 shadow-lg sm:inset-x-auto sm:right-0 sm:mt-2 sm:w-52">
        <ul className="text-sm">
          {links.map((l) => {
            const current = isCurrent(l.href);
            return (
              <li key={l.href}>
                <Link href={l.href} aria-current={current ? 'page' : undefined} className={`block px-4 py-2 hover:bg-neutral-700 ${current ? 'font-semibold' : ''}`}>
                  {l.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </details>
  );
}
