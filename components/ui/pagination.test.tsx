import { describe, expect, it } from "vitest";
import { pageHref, pageNumbers } from "@/components/ui/pagination";

describe("pageNumbers", () => {
  it.each([
    { page: 1, pageCount: 1, expected: [1] },
    { page: 1, pageCount: 3, expected: [1, 2, 3] },
    { page: 1, pageCount: 10, expected: [1, 2, 3, null, 10] },
    { page: 5, pageCount: 10, expected: [1, null, 3, 4, 5, 6, 7, null, 10] },
    { page: 4, pageCount: 10, expected: [1, 2, 3, 4, 5, 6, null, 10] },
    { page: 10, pageCount: 10, expected: [1, null, 8, 9, 10] },
  ])("page $page of $pageCount", ({ page, pageCount, expected }) => {
    expect(pageNumbers(page, pageCount)).toEqual(expected);
  });
});

describe("pageHref", () => {
  it("keeps the filters, drops empty ones and names no page for the first", () => {
    expect(pageHref("/people", { q: "chief", role: undefined, sort: "name" }, 3)).toBe("/people?q=chief&sort=name&page=3");
    expect(pageHref("/people", { q: "", sort: "name" }, 1)).toBe("/people?sort=name");
    expect(pageHref("/plan/log", { month: undefined }, 1)).toBe("/plan/log");
  });

  it("pages one of two lists by its own parameter and keeps the other list's page", () => {
    expect(pageHref("/evidence", { quotes: 2 }, 3, "projects")).toBe("/evidence?quotes=2&projects=3");
    expect(pageHref("/evidence", { projects: 3, quotes: 2 }, 1, "quotes")).toBe("/evidence?projects=3");
    expect(pageHref("/evidence", { projects: undefined }, 2, "quotes")).toBe("/evidence?quotes=2");
  });
});
