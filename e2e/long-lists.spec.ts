import { createTestUser, e2eDb, expect, expectNoSeriousA11yViolations, test } from "./fixtures";

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
});
