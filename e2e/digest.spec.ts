import { unsubscribeToken } from "../lib/auth/unsubscribe-token";
import { toolEnv } from "../lib/env";
import { e2eDb, expect, expectNoSeriousA11yViolations, test } from "./fixtures";

test.describe("weekly digest: a day and hour of the resident's choosing, and one-click unsubscribe", () => {
  test("choose Monday 07:00 in a time zone, then stop the digest from the email's link without signing in", async ({ page, browser, login }) => {
    const user = await login();
    await page.goto("/settings");
    await expect(page.getByText("Weekly digest: on, but no day chosen yet: nothing is sent until you choose one")).toBeVisible();
    await page.getByLabel("Day").selectOption({ label: "Monday" });
    await page.getByLabel("Hour").selectOption({ label: "07:00" });
    await page.getByLabel("Time zone").selectOption("America/Chicago");
    await page.getByRole("button", { name: "Start the weekly digest" }).click();
    await expect(page.getByText("Saved. Your first digest goes out at the next time you chose.")).toBeVisible();
    await expect(page.getByText("Weekly digest: on, Mondays at 7:00 (America/Chicago)")).toBeVisible();
    // The form shows what was saved, not an empty choice.
    await expect(page.getByLabel("Time zone")).toHaveValue("America/Chicago");
    expect(await e2eDb().user.findUniqueOrThrow({ where: { id: user.id }, select: { digestWeekday: true, digestHour: true, timeZone: true } })).toEqual({
      digestWeekday: 1,
      digestHour: 7,
      timeZone: "America/Chicago",
    });
    await expectNoSeriousA11yViolations(page);
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "test-results/screens/digest-settings-390.png", fullPage: true });

    // The link in the email, opened where nobody is signed in.
    const anonymous = await browser.newContext();
    const mail = await anonymous.newPage();
    await mail.goto(`/unsubscribe/${unsubscribeToken(user.id, toolEnv().E2E_NEXTAUTH_SECRET)}`);
    await expect(mail.getByRole("heading", { name: "Weekly digest" })).toBeVisible();
    await expectNoSeriousA11yViolations(mail);
    await mail.screenshot({ path: "test-results/screens/unsubscribe.png", fullPage: true });
    // Opening the page changed nothing; the button does.
    expect((await e2eDb().user.findUniqueOrThrow({ where: { id: user.id } })).digestEnabled).toBe(true);
    await mail.getByRole("button", { name: "Turn off the weekly digest" }).click();
    await expect(mail.getByRole("status")).toContainText("The weekly digest is off");
    expect((await e2eDb().user.findUniqueOrThrow({ where: { id: user.id } })).digestEnabled).toBe(false);
    await anonymous.close();

    const forged = await page.goto(`/unsubscribe/${unsubscribeToken(user.id, "some-other-secret-some-other-secret")}`);
    expect(forged?.status()).toBe(404);
  });
});
