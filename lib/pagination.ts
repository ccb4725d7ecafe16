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
