import { createTestUser, e2eDb, expect, expectNoSeriousA11yViolations, setClock, signIn, test } from "./fixtures";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

test.describe("workspace details", () => {
  test("one page lists every meeting: coming up, done (with the report-back owed) and cancelled", async ({ page, login }) => {
    const user = await createTestUser();
    const [chen, ruiz] = await Promise.all([
      e2eDb().person.create({ data: { residentId: user.id, name: "Dr. Lena Chen", role: "ATTENDING", isAList: true } }),
      e2eDb().person.create({ data: { residentId: user.id, name: "Dr. Pablo Ruiz", role: "PROGRAM_DIRECTOR", isAList: true } }),
    ]);
    await e2eDb().meeting.createMany({
      data: [
        { residentId: user.id, personId: chen.id, kind: "INTRO", scheduledOn: d("2026-12-03") },
        {
          residentId: user.id,
          personId: ruiz.id,
          kind: "ADVICE",
          status: "DONE",
          scheduledOn: d("2026-10-14"),
          completedOn: d("2026-10-14"),
          reportBackOn: d("2026-12-20"),
        },
        { residentId: user.id, personId: ruiz.id, kind: "INTRO", status: "CANCELLED", scheduledOn: d("2026-09-01") },
      ],
    });
    await login(user);
    await setClock(page, "2026-11-27T10:00:00Z");
    await page.goto("/dashboard");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Meetings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Coming up" }).getByRole("link")).toHaveText(["Intro meeting with Dr. Lena Chen"]);
    const done = page.getByRole("list", { name: "Done" });
    await expect(done.getByRole("link")).toHaveText(["Advice meeting with Dr. Pablo Ruiz"]);
    await expect(done.getByText("report back by Sun 20 Dec 2026")).toBeVisible();
    await expect(page.getByRole("list", { name: "Cancelled" }).getByRole("listitem")).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "Intro meeting with Dr. Lena Chen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Intro meeting with Dr. Lena Chen" })).toBeVisible();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/meetings");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "test-results/meetings-phone.png", fullPage: true });
  });

  test("a resident with no meetings is told where to start", async ({ page, login }) => {
    await login();
    await page.goto("/meetings");
    await expect(page.getByText(/No meetings yet/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to your A-list" })).toHaveAttribute("href", "/people?aList=1");
  });

  test("the same ask twice is refused with a clear message, and the form keeps what was chosen", async ({ page, login }) => {
    const user = await createTestUser();
    await e2eDb().person.create({ data: { residentId: user.id, name: "Dr. Amal Nasser", role: "ATTENDING" } });
    await login(user);
    await page.goto("/asks");
    const form = page.locator("form", { has: page.getByRole("button", { name: "Save ask" }) });
    for (let i = 0; i < 2; i++) {
      await form.getByLabel("Person").selectOption({ label: "Dr. Amal Nasser" });
      await form.getByLabel("Ask for").selectOption({ label: "Letter of recommendation" });
      await form.getByRole("button", { name: "Save ask" }).click();
      if (i === 0) await expect(page.getByText("Ask saved.")).toBeVisible();
    }
    await expect(form.getByRole("alert")).toHaveText("You already have this ask on your list, so nothing new was saved.");
    await expect(form.getByText("This person already has an open ask of this kind.", { exact: false })).toBeVisible();
    await expect(form.getByLabel("Ask for")).toHaveValue("LETTER");
    expect(await e2eDb().ask.count({ where: { residentId: user.id } })).toBe(1);
  });

  test.describe("in the reader's time zone", () => {
    test.use({ timezoneId: "America/New_York" });

    test("the access log shows when an advisor looked in the resident's own time zone", async ({ page, login }) => {
      const resident = await createTestUser();
      const advisor = await createTestUser("advisor");
      await e2eDb().advisorGrant.create({ data: { residentId: resident.id, advisorId: advisor.id, scopes: ["targets"] } });
      await e2eDb().auditEvent.create({
        data: { actorId: advisor.id, subjectUserId: resident.id, action: "advisor.view", section: "targets", createdAt: new Date("2026-11-27T15:30:00Z") },
      });
      await login(resident);
      await page.goto("/advisors");
      const row = page.getByRole("region", { name: "Who looked at what" }).getByRole("row").filter({ hasText: advisor.name });
      await expect(row).toContainText("Nov 27, 2026, 10:30 AM EST");
      await expect(row).not.toContainText("UTC");
    });
  });

  test("printed: the running log and the advisor's packet give dates with their year", async ({ page, browser, login }) => {
    const resident = await createTestUser();
    const chen = await e2eDb().person.create({
      data: { residentId: resident.id, name: "Dr. Lena Chen", role: "ATTENDING", isAList: true, createdAt: new Date("2026-07-02T09:00:00Z") },
    });
    await e2eDb().rotation.create({
      data: { residentId: resident.id, startsOn: d("2026-08-03"), endsOn: d("2026-08-30"), service: "MICU", attendings: { create: [{ personId: chen.id }] } },
    });
    await login(resident);
    await setClock(page, "2026-11-27T10:00:00Z");
    await page.goto("/plan/log");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("table").getByRole("row").filter({ hasText: "MICU" })).toContainText("3 Aug 2026");
    await page.emulateMedia({ media: "screen" });

    const advisor = await createTestUser("advisor");
    await e2eDb().advisorGrant.create({ data: { residentId: resident.id, advisorId: advisor.id, scopes: ["people", "rotations"] } });
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.20.7.7" } });
    const advisorPage = await context.newPage();
    await signIn(context, advisor);
    await setClock(advisorPage, "2026-11-27T10:00:00Z");
    await advisorPage.goto(`/advisor/residents/${resident.id}/packet`);
    await advisorPage.emulateMedia({ media: "print" });
    const block = (title: string) => advisorPage.locator("section", { has: advisorPage.getByRole("heading", { name: title }) });
    const aList = block("A-list progress");
    await expect(aList).toContainText("Dr. Lena Chen: 0/3 · next book an intro meeting by Wed 12 Aug 2026");
    await expect(block("Upcoming PD touchpoints")).toContainText("Wed 1 Jul 2026 to Wed 30 Sep 2026");
    await advisorPage.screenshot({ path: "test-results/advisor-packet-print-dates.png", fullPage: true });
    await context.close();
  });

  test("after deleting the account, the resident is told it is done", async ({ page, login }) => {
    const user = await createTestUser();
    await login(user);
    await page.goto("/settings");
    await page.getByLabel(`Type ${user.email} to confirm`).fill(user.email);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your account has been deleted" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Create an account" })).toBeVisible();
    expect(await e2eDb().user.count({ where: { id: user.id } })).toBe(0);
  });
});
