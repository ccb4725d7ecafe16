import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** Page numbers to offer: the first, the last, and two either side of the current one; null marks a gap. */
export function pageNumbers(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? [null, p] : [p]));
}

/**
 * Links to the other pages of a long list: plain links (they work before hydration and from the keyboard), the
 * current page marked with aria-current, each at least 44 px tall, wrapping on a phone. Renders nothing for one page.
 */
export function Pagination({ page, pageCount, href, label }: { page: number; pageCount: number; href: (page: number) => string; label: string }) {
  if (pageCount <= 1) return null;
  const link = (p: number, text: string, rel?: "prev" | "next") => (
    <Link href={href(p)} rel={rel} className={buttonClass("secondary", "px-3")}>
      {text}
    </Link>
  );
  return (
    <nav aria-label={label} className="mt-4">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? <li>{link(page - 1, "Previous", "prev")}</li> : null}
        {pageNumbers(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className={buttonClass("primary", "px-3")}>
                  <span className="sr-only">Page </span>
                  {p}
                </span>
              ) : (
                <Link href={href(p)} aria-label={`Page ${p}`} className={buttonClass("secondary", "px-3")}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount ? <li>{link(page + 1, "Next", "next")}</li> : null}
      </ul>
    </nav>
  );
}

/**
 * The URL of a list page with the current query kept and `page` set (the first page has no `page`). A page with two
 * lists names each list's page with its own parameter (`param`) and keeps the other's in `query`.
 */
export function pageHref(path: string, query: Record<string, string | number | undefined>, page: number, param = "page"): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== "" && key !== param) params.set(key, String(value));
  if (page > 1) params.set(param, String(page));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** "51–100 of 120 asks" above a list that has more than one page; nothing for one page. */
export function PageRange({ of: { from, to, total, pageCount }, noun }: { of: { from: number; to: number; total: number; pageCount: number }; noun: string }) {
  if (pageCount <= 1) return null;
  return (
    <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
      {from}–{to} of {total} {noun}
    </p>
  );
}
