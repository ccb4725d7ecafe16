// Long lists render a page at a time: a page of a list that grows with a resident's data costs the same however much
// there is (docs/performance.md, "Bounded lists"). Pages are numbered from 1 and named in the URL (?page=2).
import { z } from "zod";

/** Rows per page of a list that grows without bound (people, programs, meetings). */
export const LIST_PAGE_SIZE = 50;

/** `?page=` as a page number: anything that is not a whole number from 1 up reads as the first page. */
export const pageParamSchema = z.coerce.number().int().min(1).max(100_000).optional().catch(undefined);

export type Page<T> = {
  items: T[];
  /** The page shown, within 1..pageCount (a page past the end shows the last one). */
  page: number;
  pageCount: number;
  /** How many items there are on all pages together. */
  total: number;
  /** 1-based positions of the first and last item shown (0 and 0 for an empty list). */
  from: number;
  to: number;
};

/** One page of an already ordered list. */
export function pageOf<T>(items: readonly T[], requested: number | undefined, size: number = LIST_PAGE_SIZE): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(Math.max(1, requested ?? 1), pageCount);
  const start = (page - 1) * size;
  const shown = items.slice(start, start + size);
  return { items: shown, page, pageCount, total: items.length, from: shown.length ? start + 1 : 0, to: start + shown.length };
}

/**
 * One page read from the database rather than sliced from a whole list: `rows(skip, take)` reads the page with
 * LIMIT/OFFSET, `count()` counts what the same query keeps, both at once. A page past the end (a stale link after
 * deletions) reads the last page instead of showing nothing.
 */
export async function readPage<T>(
  requested: number | undefined,
  count: () => Promise<number>,
  rows: (skip: number, take: number) => Promise<T[]>,
  size: number = LIST_PAGE_SIZE,
): Promise<Page<T>> {
  const wanted = Math.max(1, requested ?? 1);
  const [first, total] = await Promise.all([rows((wanted - 1) * size, size), count()]);
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(wanted, pageCount);
  const items = page === wanted ? first : await rows((page - 1) * size, size);
  const from = items.length ? (page - 1) * size + 1 : 0;
  return { items, page, pageCount, total, from, to: from ? from + items.length - 1 : 0 };
}
