import { E2E_PASSWORD, createTestUser, e2eDb, expect, expectNoSeriousA11yViolations, sessionCookieFor, signIn, test } from "./fixtures";

test.describe("where you are signed in", () => {
  test("settings lists the sessions, signs out another device, and signs out everywhere after asking", async ({ page, playwright }) => {
    const user = await createTestUser();
    const here = (await signIn(page.context(), user)).sessionId;
    const phone = await e2eDb().session.create({
      data: {
        userId: user.id,
        expiresAt: new Date(Date.now() + 86_400_000),
        userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      },
    });
    const laptop = await sessionCookieFor(user);

    await page.goto("/settings");
    const list = page.getByRole("list").filter({ hasText: "This device" });
    await expect(list.getByRole("listitem")).toHaveCount(3);
    await expect(list.getByRole("listitem").filter({ hasText: "This device" })).toContainText("on Linux");
    await expect(list.getByRole("listitem").filter({ hasText: "Safari on iOS (phone)" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: "test-results/settings-sessions-desktop.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "test-results/settings-sessions-phone.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    await list.getByRole("button", { name: "Sign out Safari on iOS (phone)" }).click();
    await expect(list.getByRole("listitem")).toHaveCount(2);
    expect(await e2eDb().session.count({ where: { id: phone.id } })).toBe(0);

    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    const dialog = page.getByRole("dialog", { name: "Sign out everywhere?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Keep it" }).click();
    expect(await e2eDb().session.count({ where: { userId: user.id } })).toBe(2);

    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await dialog.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/login\?signedOutEverywhere=1/);
    await expect(page.getByText("You have signed out on every device.")).toBeVisible();
    expect(await e2eDb().session.count({ where: { userId: user.id } })).toBe(0);
    const other = await playwright.request.newContext();
    expect((await other.get(`${new URL(page.url()).origin}/api/me/export`, { headers: { cookie: `next-auth.session-token=${laptop.value}` } })).status()).toBe(
      401,
    );
    await other.dispose();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
    expect(here).toBeTruthy();
  });

  test("changing the password keeps this browser signed in and ends the others", async ({ page }) => {
    const user = await createTestUser();
    await signIn(page.context(), user);
    const other = await sessionCookieFor(user);
    await page.goto("/settings");
    const form = page.locator("form").filter({ has: page.getByLabel("Current password") });
    await form.getByLabel("Current password").fill("not the password");
    await form.getByLabel("New password", { exact: true }).fill("a brand new password here");
    await form.getByLabel("Repeat the new password").fill("a brand new password here");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByText("That is not your current password.")).toBeVisible();

    await form.getByLabel("Current password").fill(E2E_PASSWORD);
    await form.getByLabel("New password", { exact: true }).fill("a brand new password here");
    await form.getByLabel("Repeat the new password").fill("a brand new password here");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("status")).toHaveText("Password changed. Your other devices are signed out.");
    expect(await e2eDb().session.count({ where: { id: other.sessionId } })).toBe(0);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/dashboard$/);
  });
});
