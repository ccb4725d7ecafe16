import type { Page } from "@playwright/test";
import { createTestUser, e2eDb, expect, expectNoSeriousA11yViolations, signIn, test } from "./fixtures";

test.describe("advisor view and privacy", () => {
  test("a resident shares two sections; the advisor sees exactly those, read-only; revoking ends access on the next navigation; views are logged", async ({
    page,
    browser,
    login,
  }) => {
    test.setTimeout(180_000);
    const resident = await createTestUser();
    await e2eDb().target.create({
      data: { residentId: resident.id, specialty: "internal-medicine", geoStance: "ANYWHERE", planB: "RESEARCH_YEAR", planBDetail: "Secret plan B detail" },
    });
    await e2eDb().person.create({
      data: { residentId: resident.id, name: "Dr. Ines Valdivia", role: "PROGRAM_DIRECTOR", isAList: true, privateNotes: "Private note about Dr. Valdivia" },
    });
    const advisor = await createTestUser("new");

    // The resident invites the advisor with two scopes.
    await login(resident);
    await page.goto("/advisors");
    await expectNoSeriousA11yViolations(page);
    const invite = page.getByRole("region", { name: "Invite an advisor" });
    await invite.getByLabel("Advisor's email").fill(advisor.email);
    for (const scope of ["Targets and decisions", "People and touches", "Asks and letters"]) {
      const box = invite.getByRole("checkbox", { name: new RegExp(`^${scope}`) });
      if (scope === "Asks and letters") await box.uncheck();
      else await box.check();
    }
    await invite.getByRole("button", { name: "Create invitation" }).click();
    const link = await invite.getByLabel("Invitation link").inputValue();
    expect(link).toMatch(/\/advisor\/accept\/[A-Za-z0-9_-]+$/);

    // The advisor, signed in with an account that has no role yet, accepts.
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.20.1.1" } });
    const advisorPage: Page = await context.newPage();
    await signIn(context, advisor);
    await advisorPage.goto(new URL(link).pathname);
    await expect(advisorPage.getByText(`${resident.name}`).first()).toBeVisible();
    await advisorPage.getByRole("button", { name: "Accept and view their plan" }).click();
    await expect(advisorPage.getByRole("heading", { level: 1, name: resident.name })).toBeVisible();

    const sections = advisorPage.getByRole("navigation", { name: "Shared sections" });
    await expect(sections.getByRole("link")).toHaveText(["Overview", "Targets", "People", "Meeting packet"]);
    await sections.getByRole("link", { name: "Targets" }).click();
    await expect(advisorPage.getByText("Internal medicine")).toBeVisible();
    await expect(advisorPage.getByText("Secret plan B detail")).toHaveCount(0);
    await expect(advisorPage.getByRole("main").getByRole("button")).toHaveCount(0);
    await expect(advisorPage.getByRole("main").locator("form, input, select, textarea")).toHaveCount(0);
    await expectNoSeriousA11yViolations(advisorPage);
    await sections.getByRole("link", { name: "People" }).click();
    await advisorPage.getByRole("link", { name: "Dr. Ines Valdivia" }).click();
    await expect(advisorPage.getByRole("heading", { level: 1, name: "Dr. Ines Valdivia" })).toBeVisible();
    await expect(advisorPage.getByText("Private note about Dr. Valdivia")).toHaveCount(0);
    await expect(advisorPage.getByRole("main").locator("form, input, select, textarea")).toHaveCount(0);

    // An unshared section is "not found".
    const asks = await advisorPage.goto(`/advisor/residents/${resident.id}/asks`);
    expect(asks?.status()).toBe(404);

    // The printable packet, rendered to PDF by Chromium and as a print-media screenshot.
    await advisorPage.goto(`/advisor/residents/${resident.id}/packet`);
    await expect(advisorPage.getByRole("heading", { name: `Meeting packet: ${resident.name}` })).toBeVisible();
    await advisorPage.emulateMedia({ media: "print" });
    await expect(advisorPage.getByRole("navigation", { name: "Main" })).toBeHidden();
    await advisorPage.screenshot({ path: "test-results/advisor-packet-print.png", fullPage: true });
    const pdf = await advisorPage.pdf({ format: "Letter", printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await advisorPage.emulateMedia({ media: "screen" });
    await advisorPage.goto(`/advisor/residents/${resident.id}/targets`);

    // The resident sees who looked at what, then revokes.
    await page.reload();
    const log = page.getByRole("region", { name: "Who looked at what" });
    await expect(log.getByRole("row").filter({ hasText: advisor.name }).filter({ hasText: "Targets" }).first()).toBeVisible();
    await expect(log.getByRole("row").filter({ hasText: "People" }).first()).toBeVisible();
    await expect(log.getByRole("row").filter({ hasText: "Meeting packet" }).first()).toBeVisible();
    await page.getByRole("button", { name: `Stop sharing with ${advisor.name}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Stop sharing" }).click();
    await expect(page.getByText(/^Ended: /)).toBeVisible();

    // The advisor's open page fails on its next navigation.
    await advisorPage.getByRole("navigation", { name: "Shared sections" }).getByRole("link", { name: "People" }).click();
    await expect(advisorPage.getByRole("heading", { name: "Not found" })).toBeVisible();
    await advisorPage.goto("/advisor");
    await expect(advisorPage.getByText("No resident is sharing with you right now.")).toBeVisible();
    await context.close();
  });
});
