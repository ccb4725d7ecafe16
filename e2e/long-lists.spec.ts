import type { Page } from "@playwright/test";
import { createTestUser, e2eDb, expect, expectNoSeriousA11yViolations, test, type TestUser } from "./fixtures";

// Long lists render 50 rows a page with plain links between pages (lib/pagination.ts, components/ui/pagination.tsx).
test.describe("long lists a page at a time", () => {
  test("a resident with 60 people pages through them by keyboard, at phone width, with the filters kept", async ({ page, login }) => {
    const user = await createTestUser();
    await e2eDb().person.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        residentId: user.id,
        name: `Dr. Page ${String(i).padStart(2, "0")}`,
        role: i % 2 ? ("ATTENDING" as const) : ("CHIEF_RESIDENT" as const),
      })),
    });
    await login(user);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/people?sort=name");
    await expect(page.getByText("1–50 of 60 people")).toBeVisible();
    await expect(page.getByRole("link", { name: /^Dr\. Page/ })).toHaveCount(50);
    const pages = page.getByRole("navigation", { name: "Pages of people" });
    await expect(pages.locator('[aria-current="page"]')).toHaveText("Page 1");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "/people scrolls sideways").toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);

    await pages.getByRole("link", { name: "Next" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/people\?sort=name&page=2$/);
    await expect(page.getByText("51–60 of 60 people")).toBeVisible();
    await expect(page.getByRole("link", { name: "Dr. Page 59" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Dr\. Page/ })).toHaveCount(10);

    // A filter that keeps fewer than a page shows no page links.
    await page.goto("/people?sort=name&role=ATTENDING");
    await expect(page.getByText("30 of 60 people")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Pages of people" })).toHaveCount(0);
  });

  // Meetings, asks, "what have I told whom" and evidence: 51 or more rows show page 1 of 2 and move to page 2, on a
  // desktop and at phone width. A screenshot of each page at 390 px goes to test-results/ for a look at the layout.
  const day = (n: number) => new Date(Date.UTC(2026, 7, 1 + (n % 28)));
  const onePerson = async (user: TestUser) =>
    (await e2eDb().person.create({ data: { residentId: user.id, name: "Dr. Long List", role: "ATTENDING" }, select: { id: true } })).id;

  const lists: {
    name: string;
    path: string;
    nav: string;
    count: RegExp;
    seed: (user: TestUser) => Promise<unknown>;
    rows: (page: Page) => ReturnType<Page["getByRole"]>;
    next: RegExp;
  }[] = [
    {
      name: "meetings",
      path: "/meetings",
      nav: "Pages of meetings",
      count: /1–50 of 51 meetings/,
      seed: async (user) => {
        const personId = await onePerson(user);
        await e2eDb().meeting.createMany({
          data: Array.from({ length: 51 }, (_, i) => ({ residentId: user.id, personId, kind: "ADVICE" as const, scheduledOn: day(i) })),
        });
      },
      rows: (page) => page.getByRole("link", { name: /^Advice meeting with Dr\. Long List/ }),
      next: /\/meetings\?page=2$/,
    },
    {
      name: "asks",
      path: "/asks",
      nav: "Pages of asks",
      count: /1–50 of 52 asks/,
      seed: async (user) => {
        // One open ask per person and kind: 13 people asked for all four kinds.
        const people = await e2eDb().person.createManyAndReturn({
          data: Array.from({ length: 13 }, (_, i) => ({ residentId: user.id, name: `Dr. Asked ${String(i).padStart(2, "0")}`, role: "ATTENDING" as const })),
          select: { id: true },
        });
        const kinds = ["LETTER", "INTEL", "INTRODUCTION", "ADVOCACY"] as const;
        await e2eDb().ask.createMany({ data: people.flatMap((p) => kinds.map((kind) => ({ residentId: user.id, personId: p.id, kind }))) });
      },
      rows: (page) => page.getByRole("link", { name: /^Dr\. Asked/ }),
      next: /\/asks\?page=2$/,
    },
    {
      name: "messages",
      path: "/messages",
      nav: "Pages of programs",
      count: /1–50 of 51 programs/,
      seed: (user) =>
        e2eDb().program.createMany({
          data: Array.from({ length: 51 }, (_, i) => ({
            residentId: user.id,
            name: `Long List Program ${String(i).padStart(2, "0")}`,
            institution: "General",
          })),
        }),
      rows: (page) => page.getByRole("link", { name: /^Long List Program/ }),
      next: /\/messages\?page=2$/,
    },
    {
      name: "drafts",
      path: "/messages",
      nav: "Pages of drafts",
      count: /1–50 of 51 drafts/,
      seed: async (user) => {
        const cycle = await e2eDb().matchCycle.create({
          data: {
            residentId: user.id,
            name: "Drafts Match",
            applicationsOpen: new Date("2026-06-03"),
            rankListDeadline: new Date("2027-03-03"),
            matchWeekMonday: new Date("2027-03-15"),
            soapEnd: new Date("2027-03-18"),
            matchDay: new Date("2027-03-19"),
            trainingStart: new Date("2027-07-01"),
          },
        });
        const programs = await e2eDb().program.createManyAndReturn({
          data: Array.from({ length: 51 }, (_, i) => ({ residentId: user.id, name: `Drafted ${String(i).padStart(2, "0")}`, institution: "General" })),
          select: { id: true },
        });
        await e2eDb().messageDraft.createMany({
          data: programs.map((p) => ({
            residentId: user.id,
            programId: p.id,
            cycleId: cycle.id,
            kind: "THANK_YOU" as const,
            subject: "Thanks",
            body: "Thank you.",
          })),
        });
      },
      rows: (page) => page.getByRole("link", { name: / to Drafted \d+, General$/ }),
      next: /\/messages\?drafts=2$/,
    },
    {
      name: "evidence",
      path: "/evidence",
      nav: "Pages of quotes",
      count: /1–50 of 51 quotes/,
      seed: async (user) => {
        const personId = await onePerson(user);
        await e2eDb().feedbackQuote.createMany({
          data: Array.from({ length: 51 }, (_, i) => ({ residentId: user.id, personId, receivedOn: day(i), quote: `Long list praise ${i}` })),
        });
      },
      rows: (page) => page.locator("blockquote"),
      next: /\/evidence\?quotes=2$/,
    },
  ];

  for (const list of lists) {
    for (const width of [1280, 390]) {
      test(`${list.name}: page 1 of 2 and on to page 2 at ${width} px`, async ({ page, login }) => {
        const user = await createTestUser();
        await list.seed(user);
        await login(user);
        await page.setViewportSize({ width, height: 900 });
        await page.goto(list.path);
        await expect(page.getByText(list.count)).toBeVisible();
        await expect(list.rows(page)).toHaveCount(50);
        const pages = page.getByRole("navigation", { name: list.nav });
        await expect(pages.locator('[aria-current="page"]')).toHaveText("Page 1");
        await expect(pages.getByRole("link", { name: "Page 2" })).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${list.path} scrolls sideways`).toBeLessThanOrEqual(0);
        if (width === 390) {
          await expectNoSeriousA11yViolations(page);
          await pages.scrollIntoViewIfNeeded();
          await page.screenshot({ path: test.info().outputPath(`${list.name}-390.png`), fullPage: false });
        }

        await pages.getByRole("link", { name: "Next" }).focus();
        await page.keyboard.press("Enter");
        await expect(page).toHaveURL(list.next);
        await expect(pages.locator('[aria-current="page"]')).toHaveText("Page 2");
        await expect(list.rows(page)).not.toHaveCount(0);
        expect(await list.rows(page).count()).toBeLessThan(50);
      });
    }
  }
});
