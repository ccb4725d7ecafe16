import { describe, expect, it } from "vitest";
import { LIST_PAGE_SIZE, pageOf, pageParamSchema, readPage } from "@/lib/pagination";

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

describe("readPage", () => {
  // The reads a DAL function passes: LIMIT/OFFSET over an ordered list, recorded so the test sees what was asked for.
  function source(n: number) {
    const reads: [number, number][] = [];
    const rows = async (skip: number, take: number) => {
      reads.push([skip, take]);
      return list(n).slice(skip, skip + take);
    };
    return { reads, rows, count: async () => n };
  }

  it.each([
    { n: 0, requested: undefined, page: 1, pageCount: 1, from: 0, to: 0, reads: [[0, 50]] },
    { n: 51, requested: 2, page: 2, pageCount: 2, from: 51, to: 51, reads: [[50, 50]] },
    { n: 120, requested: 3, page: 3, pageCount: 3, from: 101, to: 120, reads: [[100, 50]] },
    // Past the end: the empty read is followed by a read of the last page.
    {
      n: 120,
      requested: 9,
      page: 3,
      pageCount: 3,
      from: 101,
      to: 120,
      reads: [
        [400, 50],
        [100, 50],
      ],
    },
    {
      n: 7,
      requested: 4,
      page: 1,
      pageCount: 1,
      from: 1,
      to: 7,
      reads: [
        [150, 50],
        [0, 50],
      ],
    },
  ])("$n rows, page $requested", async ({ n, requested, page, pageCount, from, to, reads }) => {
    const s = source(n);
    const p = await readPage(requested, s.count, s.rows);
    expect(p).toMatchObject({ page, pageCount, from, to, total: n });
    expect(p.items).toEqual(list(n).slice(from ? from - 1 : 0, to));
    expect(s.reads).toEqual(reads);
  });

  it("reads no more than a page", async () => {
    const s = source(10_000);
    expect((await readPage(1, s.count, s.rows)).items).toHaveLength(LIST_PAGE_SIZE);
    expect((await readPage(2, s.count, s.rows, 3)).items).toEqual([4, 5, 6]);
  });
});
