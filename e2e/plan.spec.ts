import { createTestUser, e2eDb, expect, expectNoSeriousA11yViolations, setClock, test } from "./fixtures";

test.describe("year plan: rotations, prompts, templates, running log", () => {
  test("three rotations (one with an A-list attending) bring prompts; a filled template is copied and logged; the log shows it and prints cleanly", async ({
    page,
    context,
    login,
  }) => {
    test.setTimeout(180_000);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const user = await createTestUser("resident", { programStartDate: new Date(Date.UTC(2026, 6, 1)) });
    const [chen] = await Promise.all([
      e2eDb().person.create({
        data: { residentId: user.id, name: "Dr. Lena Chen", role: "ATTENDING", specialty: "internal-medicine", isAList: true, email: "lena.chen@example.org" },
      }),
      e2eDb().person.create({ data: { residentId: user.id, name: "Dr. Omar Haddad", role: "ATTENDING", isAList: false } }),
    ]);
    await login(user);
    await setClock(page, "2026-09-25T12:00:00Z");

    await page.goto("/plan");
    await expect(page.getByRole("heading", { name: "Year plan" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Phases of the year" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const add = page.getByRole("region", { name: "Add a rotation" });
    const rotations = [
      { service: "MICU", starts: "2026-08-03", ends: "2026-08-30", attending: "Dr. Omar Haddad" },
      { service: "Cardiology consults", starts: "2026-10-05", ends: "2026-11-01", attending: "Dr. Lena Chen" },
      { service: "Night float", starts: "2026-11-02", ends: "2026-11-29", attending: null },
    ];
    for (const r of rotations) {
      await add.getByLabel("Service").fill(r.service);
      await add.getByLabel("Starts").fill(r.starts);
      await add.getByLabel("Ends").fill(r.ends);
      if (r.attending) await add.getByLabel(r.attending).check();
      await add.getByRole("button", { name: "Add rotation" }).click();
      // Wait for this rotation itself (the status text is the same after every add) and for the form to reset.
      await expect(
        page.getByRole("region", { name: "Rotations, month by month" }).locator("ol > li ul > li").filter({ hasText: r.service }).first(),
      ).toBeVisible();
      await expect(add.getByLabel("Service")).toHaveValue("");
      await expect(add.getByRole("status")).toHaveText("Rotation added.");
    }
    const peak = page.getByRole("region", { name: "Peak-performance months" });
    await expect(peak.getByText(/^Cardiology consults · /)).toBeVisible();
    await expect(peak.getByText(/MICU/)).toHaveCount(0);
    await expect(peak.getByRole("listitem").filter({ hasText: "feedback" }).first()).toBeVisible();

    // Completing the week-one prompt logs clinical work together with the A-list attending.
    await peak.getByRole("button", { name: /Done, log the touch.*feedback/i }).click();
    await expect(peak.getByText(/done \d+ \w+/).first()).toBeVisible();
    expect(await e2eDb().touch.count({ where: { residentId: user.id, personId: chen.id, kind: "CLINICAL_WORK" } })).toBe(1);

    // A template fills from the profile and the person; the missing value is highlighted; copy and log it.
    await page.goto("/plan/templates");
    await page.getByLabel("Template").selectOption({ label: "Letter request" });
    await page.getByLabel("To").selectOption({ label: "Dr. Lena Chen" });
    await page.getByLabel("Rotation (optional)").selectOption({ label: "Cardiology consults, October 2026" });
    const body = page.getByTestId("template-body");
    await expect(body).toContainText("Dr. Lena Chen");
    await expect(body).toContainText("Cardiology consults");
    // No target specialty is set yet: that value is highlighted as missing until it is filled in.
    await expect(body.locator("mark")).toHaveText(["[target specialty] (missing)"]);
    await page.getByLabel("Fill in: target specialty").fill("internal medicine");
    await expect(body.locator("mark")).toHaveCount(0);
    await expect(body).toContainText("categorical positions in internal medicine");
    await page.getByRole("button", { name: "Copy to clipboard" }).click();
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("Dr. Lena Chen");
    await expect(page.getByRole("link", { name: "Open in mail app" })).toHaveAttribute("href", /^mailto:lena\.chen@example\.org\?subject=/);
    await page.getByRole("button", { name: "I sent it: log the touch" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Logged as a touch" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // The running log shows the rotations and the touches.
    await page.goto("/plan/log");
    const table = page.getByRole("table");
    await expect(table.getByRole("row").filter({ hasText: "Cardiology consults" }).first()).toBeVisible();
    await expect(table.getByRole("row").filter({ hasText: "Concrete ask" }).filter({ hasText: "Dr. Lena Chen" })).toBeVisible();
    await expect(table.getByRole("row").filter({ hasText: "Night float" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Month").selectOption({ label: "August 2026" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(table.getByRole("row").filter({ hasText: "MICU" })).toBeVisible();
    await expect(table.getByRole("row").filter({ hasText: "Night float" })).toHaveCount(0);

    // The printable view: navigation and buttons disappear, the table stays.
    await page.goto("/plan/log");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
    await expect(table).toBeVisible();
    await page.screenshot({ path: "test-results/running-log-print.png", fullPage: true });
    await page.emulateMedia({ media: "screen" });
  });
});
