import type { Page } from "@playwright/test";
import { E2E_PASSWORD, e2eDb, expect, expectNoSeriousA11yViolations, setClock, test } from "./fixtures";

// A resident who first opens Prelim Scout on 27 November, five months into a July program year: the late-start plan is
// their dashboard, and nothing they are shown was due before the day they signed up.
const SIGN_UP = "2026-11-27T10:00:00Z";

async function signUpAndOnboard(page: Page, name: string) {
  await setClock(page, SIGN_UP);
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(`late.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.org`);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByText(/Two questions/)).toHaveCount(0);
  await expect(page.getByLabel("Program start date")).toHaveValue("2026-07-01");
  await page.getByLabel("Your track").selectOption({ label: "Preliminary medicine" });
  await page.getByLabel("Program", { exact: true }).fill("Preliminary Internal Medicine");
  await page.getByLabel("Institution").fill("Mercy General Hospital");
  await page.getByRole("radio", { name: "Yes" }).check();
  await page.getByLabel("Visa status").selectOption({ label: "J-1 visa" });
  await page.getByLabel("Target specialty").selectOption({ label: "Neurology" });
  await page.getByRole("radio", { name: "Prefer a region" }).check();
  await page.getByRole("textbox", { name: "Region" }).fill("Midwest");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Every date the page shows in "Mon 3 Aug 2026" form. */
async function datesShown(page: Page): Promise<string[]> {
  const text = await page.getByRole("main").innerText();
  return [...text.matchAll(/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})\b/g)].map((m) => {
    const month = "JanFebMarAprMayJunJulAugSepOctNovDec".indexOf(m[2]!) / 3 + 1;
    return `${m[3]}-${String(month).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  });
}

async function expectNothingBeforeSignUp(page: Page) {
  await expect(page.getByRole("region", { name: "Overdue" })).toHaveCount(0);
  await expect(page.getByText(/overdue since/)).toHaveCount(0);
  const dates = await datesShown(page);
  expect(dates.length).toBeGreaterThan(0);
  expect(dates.filter((d) => d < SIGN_UP.slice(0, 10))).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
]) {
  test.describe(`late start (${viewport.name})`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test("a resident signing up on 27 November gets the late-start plan as their dashboard, and nothing due before that day", async ({ page }) => {
      test.setTimeout(120_000);
      await signUpAndOnboard(page, `Lena Late ${viewport.name}`);
      const user = await e2eDb().user.findFirstOrThrow({ where: { name: `Lena Late ${viewport.name}` }, orderBy: { createdAt: "desc" }, select: { id: true } });

      await expect(page.getByRole("heading", { name: "Your late-start plan" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Your first week" })).toHaveCount(0);
      await expect(page.getByText("Target: Neurology.", { exact: false })).toBeVisible();
      const plan = page.getByRole("region", { name: "Your late-start plan" });
      await expect(plan.getByRole("checkbox")).toHaveCount(5);
      await expect(plan.getByText("0 of 5 steps done")).toBeVisible();
      await expectNothingBeforeSignUp(page);
      await expectNoSidewaysScroll(page);
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `test-results/late-start-dashboard-${viewport.name}.png`, fullPage: true });
      await page.emulateMedia({ colorScheme: "dark" });
      await page.screenshot({ path: `test-results/late-start-dashboard-${viewport.name}-dark.png`, fullPage: true });
      await page.emulateMedia({ colorScheme: "light" });

      // Steps tick off, and stay ticked.
      await plan.getByRole("checkbox", { name: "Talk to your program director this week" }).check();
      await expect(plan.getByText("1 of 5 steps done")).toBeVisible();
      // The tick shows at once; wait for it to be saved before reloading.
      await expect.poll(() => e2eDb().lateStartStep.count({ where: { residentId: user.id } })).toBe(1);
      await page.reload();
      await expect(
        page.getByRole("region", { name: "Your late-start plan" }).getByRole("checkbox", { name: "Talk to your program director this week" }),
      ).toBeChecked();
      expect(await e2eDb().lateStartStep.findMany({ where: { residentId: user.id }, select: { stepKey: true } })).toEqual([{ stepKey: "see-pd" }]);

      // Someone added to the map today is due for an intro in two weeks, not since August.
      await page.goto("/people/new");
      await page.getByLabel("Name").fill("Dr. Omar Farouk");
      await page.getByLabel("Role").selectOption({ label: "Attending" });
      await page.getByLabel("On my A-list").check();
      await page.getByRole("button", { name: "Save person" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Dr. Omar Farouk" })).toBeVisible();
      await expect(page.getByText("Next: Book an intro meeting")).toBeVisible();
      await expectNothingBeforeSignUp(page);
      await page.goto("/dashboard");
      await expect(page.getByText("Next: Book an intro meeting · Fri 11 Dec 2026")).toBeVisible();
      await expectNothingBeforeSignUp(page);

      // The plan page and the weekly digest tell the same story.
      await page.goto("/plan");
      await expect(page.getByRole("checkbox", { name: "Talk to your program director this week" })).toBeChecked();
      await expectNoSidewaysScroll(page);
      await page.goto("/settings/digest");
      await expect(page.getByText(/Overdue \(/)).toHaveCount(0);
      await expect(page.getByText("Choose three or four faculty who already know your work")).toBeVisible();
      await expect(page.getByText("Talk to your program director this week")).toHaveCount(0);
    });
  });
}
