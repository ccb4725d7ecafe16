import { describe, expect, it } from "vitest";
import { LIST_PAGE_SIZE, pageOf, pageParamSchema } from "@/lib/pagination";

const list = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("pageOf", () => {
  it.each([
    { n: 0, requested: undefined, page: 1, pageCount: 1, from: 0, to: 0, shown: 0 },
    { n: 7, requested: undefined, page: 1, pageCount: 1, from: 1, to: 7, shown: 7 },
    { n: 50, requested: 1, page: 1, pageCount: 1, from: 1, to: 50, shown: 50 },
    { n: 51, requested: 1, page: 1, pageCount: 2, from: 1, to: 50, shown: 50 },
    { n: 51, requested: 2, page: 2, pageCount: 2, from: 51, to: 51, shown: 1 },
    { n: 120, requested: 3, page: 3, pageCount: 3, from: 101, to: 120, shown: 20 },
    { n: 120, requested: 9, page: 3, pageCount: 3, from: 101, to: 120, shown: 20 },
    { n: 120, requested: 0, page: 1, pageCount: 3, from: 1, to: 50, shown: 50 },
  ])("$n items, page $requested", ({ n, requested, page, pageCount, from, to, shown }) => {
    const p = pageOf(list(n), requested);
    expect(p).toMatchObject({ page, pageCount, from, to, total: n });
    expect(p.items).toHaveLength(shown);
    expect(p.items[0]).toBe(shown ? from : undefined);
  });

  it("never shows more than a page", () => {
    expect(pageOf(list(10_000), 1).items).toHaveLength(LIST_PAGE_SIZE);
    expect(pageOf(list(10), 2, 3).items).toEqual([4, 5, 6]);
  });
});

describe("pageParamSchema", () => {
  it.each([
    ["2", 2],
    ["1", 1],
    ["0", undefined],
    ["-3", undefined],
    ["2.5", undefined],
    ["abc", undefined],
    [undefined, undefined],
    [["2", "3"], undefined],
  ])("%j reads as %j", (raw, expected) => {
    expect(pageParamSchema.parse(raw)).toBe(expected);
  });
});
