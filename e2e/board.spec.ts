import type { Browser, Page } from "@playwright/test";
import { createTestUser, e2eDb, expect, expectNoSeriousA11yViolations, signIn, test, type TestUser } from "./fixtures";

async function openAs(browser: Browser, user: TestUser): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}` } });
  await signIn(context, user);
  return context.newPage();
}

test.describe("cohort board, live", () => {
  test("a rumour appears live for another member, gets confirmed live, draws interest and a flag; outsiders get not found", async ({ page, browser, login }) => {
    test.setTimeout(180_000);
    const [a, b, c, outsider] = await Promise.all([createTestUser(), createTestUser(), createTestUser(), createTestUser()]);
    const cohort = await e2eDb().cohort.create({
      data: {
        name: `Prelim IM e2e ${Date.now()}`,
        programName: "Preliminary Internal Medicine",
        institution: "Riverside University Hospital",
        year: 2026,
        track: "PRELIM_MEDICINE",
        memberships: { create: [{ userId: a.id, role: "MODERATOR" }, { userId: b.id }, { userId: c.id }] },
      },
    });

    await login(a);
    const pageB = await openAs(browser, b);
    await pageB.goto(`/board/${cohort.id}`);
    await expect(pageB.getByText("No posts yet.")).toBeVisible();
    await expect(pageB.getByText(/^Live:/)).toBeVisible();
    await expectNoSeriousA11yViolations(pageB);

    // A posts a rumour.
    await page.goto(`/board/${cohort.id}/new`);
    await page.getByLabel("Kind of post").selectOption({ label: "Opening (categorical or advanced)" });
    await page.getByLabel("Position").selectOption({ label: "PGY-2" });
    await page.getByLabel("Specialty").selectOption({ label: "Internal medicine" });
    await page.getByLabel("Program", { exact: true }).fill("Internal Medicine Residency");
    await page.getByLabel("Institution").fill("Harborview Regional Medical Center");
    await page.getByLabel("Title").fill("PGY-2 internal medicine spot may open in January");
    await page.getByLabel("Details").fill("A PGY-2 position may open mid-year after a resident switched specialties.");
    await page.getByLabel("How you heard it").fill("A senior resident on nights");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Post to the board" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "PGY-2 internal medicine spot may open in January" })).toBeVisible();
    const postUrl = new URL(page.url()).pathname;

    // B sees it appear without reloading, then confirms it with a source.
    const card = pageB.getByRole("listitem").filter({ hasText: "PGY-2 internal medicine spot may open in January" });
    await expect(card).toBeVisible();
    await expect(card.getByText("Rumour", { exact: true })).toBeVisible();
    await card.getByRole("button", { name: /^Confirm/ }).click();
    await card.getByLabel(/Source/).selectOption({ label: "Email from the program coordinator or PD" });
    await card.getByRole("button", { name: "Confirm", exact: true }).click();
    await expect(card.getByText("Confirmed", { exact: true })).toBeVisible();

    // A, on the post page, sees it become confirmed without reloading.
    await expect(page.getByText("Confirmed", { exact: true }).first()).toBeVisible();
    await expect(page.getByText(`Confirmed by ${b.name}`)).toBeVisible();

    // B marks interest; the author sees who.
    await card.getByRole("button", { name: /I'm interested/ }).click();
    await expect(card.getByRole("button", { name: /I'm interested \(1\)/ })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByText(`Interested: ${b.name}`)).toBeVisible();

    // A third member flags it.
    const pageC = await openAs(browser, c);
    await pageC.goto(postUrl);
    await pageC.getByLabel("Why?").selectOption({ label: "It is about a person, not a position" });
    await pageC.getByRole("button", { name: "Flag this post" }).click();
    // With three members one flag reaches the threshold (the smaller of 3 and 20% of members): the post is hidden.
    await expect(pageC).toHaveURL(new RegExp(`/board/${cohort.id}\\?notice=hidden$`));
    await expect(pageC.getByText("it is hidden until a moderator reviews it")).toBeVisible();
    await expect(pageC.getByText("PGY-2 internal medicine spot may open in January")).toHaveCount(0);
    expect(await e2eDb().postFlag.count({ where: { userId: c.id } })).toBe(1);
    // The author, who moderates this cohort, sees it go into review on the open page.
    await expect(page.getByText("Hidden pending review")).toBeVisible();

    // Someone outside the cohort following the link gets "not found".
    const pageD = await openAs(browser, outsider);
    const response = await pageD.goto(postUrl);
    expect(response?.status()).toBe(404);
    await expect(pageD.getByRole("heading", { name: "Not found" })).toBeVisible();
    const api = await pageD.request.get(`/api/cohorts/${cohort.id}/posts`);
    expect(api.status()).toBe(404);
  });
});
