import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed";
import { E2E_PASSWORD, createTestUser, e2eDb, expect, expectNoSeriousA11yViolations, setClock, test } from "./fixtures";

test.describe("sign-up and sign-in", () => {
  test("a new resident signs up, is onboarded and lands on the dashboard", async ({ page }) => {
    const email = `new.resident.${Date.now()}@example.org`;
    // The first week of a July program year: the ordinary plan (a sign-up late in the year gets the late-start plan).
    await setClock(page, "2026-07-06T12:00:00Z");
    await page.goto("/");
    await page.getByRole("link", { name: "Create an account" }).click();
    await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel("Your name").fill("Priya Raman");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
    await expect(page.getByLabel("Your name")).toHaveValue("Priya Raman");

    await page.getByLabel("Password").fill("a sensible passphrase");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page).toHaveURL(/\/onboarding$/);
    await expect(page.getByRole("heading", { name: "Welcome, Priya Raman" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText("Choose your track.")).toBeVisible();

    await page.getByLabel("Your track").selectOption("PRELIM_SURGERY");
    await page.getByLabel("Program", { exact: true }).fill("Preliminary Surgery");
    await page.getByLabel("Institution").fill("St. Brigid Medical Center");
    await page.getByRole("radio", { name: "Yes" }).check();
    await page.getByLabel("Visa status").selectOption("H1B");
    await page.getByRole("button", { name: "Continue" }).click();

    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Hello, Priya" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Your first week" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("a wrong password says so and keeps the email", async ({ page }) => {
    const user = await createTestUser();
    await page.goto("/login");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password don't match an account. Check both and try again.");
    await expect(page.getByLabel("Email")).toHaveValue(user.email);
    await expect(page).toHaveURL(/\/login/);
  });

  test("repeated failures make the account wait a moment and say how long", async ({ page }) => {
    const user = await createTestUser();
    await page.goto("/login");
    await page.getByLabel("Email").fill(user.email);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("Password").fill(`wrong guess ${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toContainText("don't match");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
    // The fifth failure set a one-second wait; the owner's password is refused until it is over, then works.
    await e2eDb().signInThrottle.update({ where: { accountKey: user.email }, data: { nextAttemptAt: new Date(Date.now() + 60_000) } });
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      /^Too many wrong passwords for this account\. Try again in \d+ seconds, or reset your password\.$/,
    );
    await expect(page).toHaveURL(/\/login/);
    await e2eDb().signInThrottle.update({ where: { accountKey: user.email }, data: { nextAttemptAt: new Date(Date.now() - 1) } });
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("a forged or garbled session cookie gets the sign-in page, never the app", async ({ page }) => {
    for (const value of ["not-a-token", "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.BBBB.CCCC"]) {
      await page.context().addCookies([{ name: "next-auth.session-token", value, domain: "127.0.0.1", path: "/", httpOnly: true, sameSite: "Lax" }]);
      await page.goto("/dashboard");
      await expect(page).toHaveURL(/\/login/);
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
      await expect(page.getByText("Hello,")).toHaveCount(0);
    }
  });

  test("the demo resident signs in and out", async ({ page }) => {
    const demo = DEMO_ACCOUNTS[0];
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Email").fill(demo.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Hello, Amira" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1/);
    await expect(page.getByText("You have signed out.")).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the demo advisor lands on the advisor home", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(DEMO_ACCOUNTS[2].email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/advisor$/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/advisor$/);
  });

  test("the app works at phone width", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/login");
    await page.getByLabel("Email").fill(DEMO_ACCOUNTS[1].email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Hello, Daniel" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
