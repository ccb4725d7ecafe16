import type { Browser, Page } from "@playwright/test";
import { createTestUser, e2eDb, expect, expectNoSeriousA11yViolations, signIn, test, type TestUser } from "./fixtures";

async function openAs(browser: Browser, user: TestUser): Promise<Page> {
  const context = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}` },
  });
  await signIn(context, user);
  return context.newPage();
}

test.describe("cohort board, live", () => {
  test("a rumour appears live for another member, gets confirmed live, draws interest and a flag; outsiders get not found", async ({
    page,
    browser,
    login,
  }) => {
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

    // B sees it appear without reloading. "I heard it too" counts but leaves it a rumour (issue 15).
    const card = pageB.getByRole("listitem").filter({ hasText: "PGY-2 internal medicine spot may open in January" });
    await expect(card).toBeVisible();
    await expect(card.getByText("Rumour", { exact: true })).toBeVisible();
    await card.getByRole("button", { name: "I heard it too" }).click();
    await expect(card.getByRole("button", { name: "I heard it too" })).toHaveAttribute("aria-pressed", "true");
    await expect(card.getByText("1 member heard it too")).toBeVisible();
    await expect(card.getByText("Rumour", { exact: true })).toBeVisible();
    await expect(page.getByText(`Heard it too: ${b.name}`)).toBeVisible();
    await expect(page.getByText("Rumour", { exact: true }).first()).toBeVisible();

    // A javascript: link is refused next to the field, with what B typed still there; a web link confirms it.
    await card.getByRole("button", { name: "Confirm with a source" }).click();
    await card.getByLabel("Source", { exact: true }).selectOption({ label: "Email from the program coordinator or PD" });
    await card.getByLabel("Link to the source (optional)").fill("javascript:alert(1)");
    await card.getByRole("button", { name: "Confirm", exact: true }).click();
    await expect(card.getByText("Use a web link that starts with http:// or https://, or leave the link empty.")).toBeVisible();
    await expect(card.getByLabel("Link to the source (optional)")).toHaveValue("javascript:alert(1)");
    await expect(card.getByText("Rumour", { exact: true })).toBeVisible();
    await card.getByLabel("Link to the source (optional)").fill("https://example.org/im/positions");
    await card.getByRole("button", { name: "Confirm", exact: true }).click();
    await expect(card.getByText("Confirmed", { exact: true })).toBeVisible();
    await expect(card.getByText("1 confirmation", { exact: true })).toBeVisible();

    // A, on the post page, sees it become confirmed without reloading.
    await expect(page.getByText("Confirmed", { exact: true }).first()).toBeVisible();
    await expect(page.getByText(`Confirmed by ${b.name}`)).toBeVisible();
    await expect(page.getByText("1 confirmation", { exact: true })).toBeVisible();

    // B marks interest; the author sees who.
    await card.getByRole("button", { name: /I'm interested/ }).click();
    await expect(card.getByRole("button", { name: /I'm interested \(1\)/ })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByText(`Interested: ${b.name}`)).toBeVisible();

    // A third member flags it: one member's flag is not enough to hide a post (issue 13).
    const pageC = await openAs(browser, c);
    await pageC.goto(postUrl);
    await pageC.getByLabel("Why?").selectOption({ label: "It is about a person, not a position" });
    await pageC.getByRole("button", { name: "Flag this post" }).click();
    await expect(pageC.getByText("You flagged this post. Moderators will review it.")).toBeVisible();
    expect(await e2eDb().postFlag.count({ where: { userId: c.id } })).toBe(1);
    expect((await e2eDb().boardPost.findFirstOrThrow({ where: { cohortId: cohort.id } })).status).toBe("VISIBLE");

    // A second member's flag hides it.
    await pageB.goto(postUrl);
    await pageB.getByLabel("Why?").selectOption({ label: "It is not true" });
    await pageB.getByRole("button", { name: "Flag this post" }).click();
    await expect(pageB).toHaveURL(new RegExp(`/board/${cohort.id}\\?notice=hidden$`));
    await expect(pageB.getByText("That post is now hidden until a moderator reviews it.")).toBeVisible();
    await expect(pageB.getByText("PGY-2 internal medicine spot may open in January")).toHaveCount(0);
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

test.describe("cohort bans", () => {
  test("a removed member's invitation link stops working until a moderator lifts the ban", async ({ page, browser, login }) => {
    test.setTimeout(120_000);
    const [moderator, member] = await Promise.all([createTestUser(), createTestUser()]);
    const cohort = await e2eDb().cohort.create({
      data: {
        name: `Prelim IM bans ${Date.now()}`,
        programName: "Preliminary Internal Medicine",
        institution: "Riverside University Hospital",
        year: 2026,
        track: "PRELIM_MEDICINE",
        memberships: { create: [{ userId: moderator.id, role: "MODERATOR" }] },
      },
    });

    // The moderator makes an invitation link; the member joins with it.
    await login(moderator);
    await page.goto(`/board/${cohort.id}/members`);
    await expect(page.getByText("Nobody has been removed. Only moderators see this list.")).toBeVisible();
    await page.getByRole("button", { name: "Create invitation link" }).click();
    const link = await page.getByRole("textbox", { name: /Share this link/ }).inputValue();
    const joinPath = new URL(link).pathname;
    const pageM = await openAs(browser, member);
    await pageM.goto(joinPath);
    await pageM.getByRole("button", { name: `Join ${cohort.name}` }).click();
    await expect(pageM).toHaveURL(new RegExp(`/board/${cohort.id}$`));

    // Removal asks first, then the member is listed as removed.
    await page.reload();
    await page.getByRole("button", { name: `Remove ${member.name}` }).click();
    const removeDialog = page.getByRole("dialog", { name: `Remove ${member.name}?` });
    await expect(removeDialog.getByText(/cannot rejoin, even with an invitation/)).toBeVisible();
    await removeDialog.getByRole("button", { name: "Remove member" }).click();
    await expect(page.getByRole("heading", { name: "Removed (1)" })).toBeVisible();
    await expect(page.getByRole("button", { name: `Lift ban on ${member.name}` })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The same link no longer lets them in, and says why.
    await pageM.goto(joinPath);
    await pageM.getByRole("button", { name: `Join ${cohort.name}` }).click();
    await expect(pageM.getByRole("main").getByRole("alert")).toContainText("A moderator removed you from this cohort");
    await expect(pageM).toHaveURL(new RegExp(`${joinPath}$`));
    expect(await e2eDb().cohortMembership.count({ where: { cohortId: cohort.id, userId: member.id } })).toBe(0);

    // At phone width the members page does not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "test-results/members-removed-390.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Lifting the ban asks first; then the same link works again.
    await page.getByRole("button", { name: `Lift ban on ${member.name}` }).click();
    await page
      .getByRole("dialog", { name: `Lift the ban on ${member.name}?` })
      .getByRole("button", { name: "Lift ban" })
      .click();
    await expect(page.getByRole("heading", { name: "Removed (0)" })).toBeVisible();
    await pageM.reload();
    await pageM.getByRole("button", { name: `Join ${cohort.name}` }).click();
    await expect(pageM).toHaveURL(new RegExp(`/board/${cohort.id}$`));
  });
});
