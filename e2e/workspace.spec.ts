import type { Page } from "@playwright/test";
import { createTestUser, e2eDb, expect, expectNoSeriousA11yViolations, setClock, test } from "./fixtures";

async function addPerson(page: Page, person: { name: string; role: string; aList: boolean; tags?: string[] }) {
  await page.goto("/people/new");
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Role").selectOption({ label: person.role });
  for (const tag of person.tags ?? []) await page.getByLabel(tag).check();
  if (person.aList) await page.getByLabel("On my A-list").check();
  await page.getByRole("button", { name: "Save person" }).click();
  await expect(page.getByRole("heading", { level: 1, name: person.name })).toBeVisible();
}

async function logTouch(page: Page, touch: { kind: string; channel?: string; date: string; endsOn?: string; awaitingReply?: boolean }) {
  const form = page.locator("form", { has: page.getByRole("button", { name: "Log touch" }) });
  await form.getByLabel("What happened").selectOption({ label: touch.kind });
  if (touch.channel) await form.getByLabel("How").selectOption({ label: touch.channel });
  await form.getByLabel(/^(Date|Started on)$/).fill(touch.date);
  if (touch.endsOn) await form.getByLabel("Working together ends on").fill(touch.endsOn);
  if (touch.awaitingReply) await form.getByLabel("Awaiting a reply").check();
  await form.getByRole("button", { name: "Log touch" }).click();
  await expect(form.getByRole("status")).toHaveText("Touch logged.");
}

const PEOPLE = [
  { name: "Dr. Alina Petrova", role: "Program director", aList: true, tags: ["Influences the rank list"] },
  { name: "Dr. Kwame Mensah", role: "Division chief", aList: true, tags: ["Strong letter writer", "Runs research"] },
  { name: "Dr. Sofia Marquez", role: "Attending", aList: true },
  { name: "Dr. Yusuf Demir", role: "Associate program director", aList: true },
  { name: "Dr. Hannah Berg", role: "Chief resident", aList: true },
  { name: "Lucia Ferraro", role: "Program coordinator", aList: false },
];

test.describe("resident workspace: targets, networking map, 3-touch rule", () => {
  test("a new resident sets a target, maps six people, works the 3-touch rule and sees a follow-up come due", async ({ page, login }) => {
    test.setTimeout(180_000);
    const user = await createTestUser("resident", { programStartDate: new Date(Date.UTC(2026, 6, 1)) });
    await login(user);
    await setClock(page, "2026-11-02T12:00:00Z");

    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { name: "Your first week" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "Name your target specialty and where you will train" }).click();

    await expect(page).toHaveURL(/\/targets$/);
    await page.getByRole("button", { name: "Save targets" }).click();
    await expect(page.getByText("Choose one target specialty.")).toBeVisible();
    await page.getByLabel("Target specialty").selectOption({ label: "Internal medicine" });
    await page.getByLabel("Prefer a region").check();
    await page.getByRole("button", { name: "Save targets" }).click();
    await expect(page.getByText("Name the region.")).toBeVisible();
    await page.getByRole("textbox", { name: "Region" }).fill("Northeast");
    await page.getByRole("button", { name: "Save targets" }).click();
    await expect(page.getByText("Targets saved.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    for (const person of PEOPLE) await addPerson(page, person);

    await page.goto("/people");
    await expect(page.getByText("A-list 5 of 7")).toBeVisible();
    await expect(page.getByText("6 of 6 people")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel("Role").selectOption({ label: "Division chief" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByText("1 of 6 people")).toBeVisible();
    await expect(page.getByRole("link", { name: "Dr. Kwame Mensah" })).toBeVisible();

    await page.getByRole("link", { name: "Dr. Kwame Mensah" }).click();
    await expect(page.getByLabel("3-touch progress: 0 of 3")).toBeVisible();
    await logTouch(page, { kind: "Clinical work together", date: "2026-10-01", endsOn: "2026-10-28" });
    await expect(page.getByLabel("3-touch progress: 1 of 3")).toBeVisible();
    await expect(page.getByText("Next: Send a follow-up")).toBeVisible();
    await logTouch(page, { kind: "Follow-up", channel: "Email", date: "2026-11-02", awaitingReply: true });
    await expect(page.getByLabel("3-touch progress: 2 of 3")).toBeVisible();
    await logTouch(page, { kind: "Concrete ask", channel: "Meeting", date: "2026-11-02" });
    await expect(page.getByLabel("3-touch progress: 3 of 3")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // A week later the email is still unanswered: it shows as overdue on the dashboard.
    await setClock(page, "2026-11-10T12:00:00Z");
    await page.goto("/dashboard");
    const overdue = page.getByRole("region", { name: "Overdue" });
    await expect(overdue.getByRole("link", { name: /Follow up with Dr\. Kwame Mensah/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Your first week" })).toBeVisible();

    // The dashboard's quick touch: the action answers with the touch only, and the form refreshes the dashboard, so
    // the A-list card shows the touch without leaving the page (docs/decisions/0012).
    const petrova = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Dr. Alina Petrova", exact: true }) });
    await expect(petrova.getByLabel("3-touch progress: 0 of 3")).toBeVisible();
    await page.getByLabel("Who").selectOption({ label: "Dr. Alina Petrova" });
    await logTouch(page, { kind: "Clinical work together", date: "2026-11-09", endsOn: "2026-11-30" });
    await expect(petrova.getByLabel("3-touch progress: 1 of 3")).toBeVisible();
    await expect(page).toHaveURL(/\/dashboard$/);

    await overdue.getByRole("link", { name: /Follow up with Dr\. Kwame Mensah/ }).click();
    await page.getByRole("button", { name: "They replied" }).click();
    // While the action runs the button reads "Working…", so waiting for "They replied" to go is not waiting for the
    // action: wait for the button under either name to go, which happens once the reply is recorded and the page
    // refreshes without the follow-up.
    await expect(page.getByRole("button", { name: /^(?:They replied|Working…)$/ })).toHaveCount(0);
    await page.goto("/dashboard");
    await expect(page.getByRole("link", { name: /Follow up with Dr\. Kwame Mensah/ })).toHaveCount(0);
  });

  test("a saved target stays chosen, and saving only Plan B records no change of specialty", async ({ page, login }) => {
    const user = await createTestUser();
    await e2eDb().target.create({ data: { residentId: user.id, specialty: "internal-medicine", geoStance: "ANYWHERE" } });
    await login(user);
    await page.goto("/targets");
    const specialty = page.getByLabel("Target specialty");
    await expect(specialty).toHaveValue("internal-medicine");

    await specialty.selectOption({ label: "Neurology" });
    await page.getByRole("button", { name: "Save targets" }).click();
    await expect(page.getByText("Targets saved.")).toBeVisible();
    await expect(specialty).toHaveValue("neurology");
    await expect(page.getByRole("listitem").filter({ hasText: "specialty Internal medicine → Neurology" })).toBeVisible();

    // Only Plan B changes now: the specialty must go to the server as it is shown, Neurology.
    await page.getByLabel("If this cycle does not work out").selectOption({ label: "Research year" });
    await page.getByRole("button", { name: "Save targets" }).click();
    // "Targets saved." is still on screen from the first save: wait for the second one to land instead.
    await expect.poll(async () => (await e2eDb().target.findUniqueOrThrow({ where: { residentId: user.id } })).planB).toBe("RESEARCH_YEAR");
    await expect(specialty).toHaveValue("neurology");
    await page.reload();
    await expect(specialty).toHaveValue("neurology");
    await expect(page.getByLabel("If this cycle does not work out")).toHaveValue("RESEARCH_YEAR");
    expect(await e2eDb().target.findUniqueOrThrow({ where: { residentId: user.id } })).toMatchObject({ specialty: "neurology", planB: "RESEARCH_YEAR" });
    const history = await e2eDb().targetChange.findMany({ where: { residentId: user.id, field: "SPECIALTY" }, select: { fromValue: true, toValue: true } });
    expect(history).toEqual([{ fromValue: "internal-medicine", toValue: "neurology" }]);
  });

  test("the A-list refuses an eighth person with a clear message and keeps the form", async ({ page, login }) => {
    const user = await createTestUser();
    await e2eDb().person.createMany({
      data: Array.from({ length: 7 }, (_, i) => ({ residentId: user.id, name: `Dr. Listed ${i + 1}`, role: "ATTENDING" as const, isAList: true })),
    });
    await login(user);
    await page.goto("/people/new");
    await page.getByLabel("Name").fill("Dr. One Too Many");
    await page.getByLabel("Role").selectOption({ label: "Attending" });
    await page.getByLabel("On my A-list").check();
    await page.getByRole("button", { name: "Save person" }).click();
    await expect(page.getByText(/Your A-list holds 7 people at most/).first()).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue("Dr. One Too Many");
    expect(await e2eDb().person.count({ where: { residentId: user.id } })).toBe(7);
  });

  test("a CSV with one bad row imports nothing and names the line; a good one is previewed, then imported", async ({ page, login }) => {
    const user = await login();
    await page.goto("/people/import");
    const csv = [
      "name,role,specialty,tags,a_list",
      "Dr. Ana Lima,Attending,Internal medicine,Strong letter writer,yes",
      "Dr. Bo Chen,Wizard,,,no",
      "Dr. Cy Park,Chief resident,,,no",
    ].join("\n");
    await page.getByLabel("CSV file").setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Nothing was imported" })).toContainText("Line 3: role");
    expect(await e2eDb().person.count({ where: { residentId: user.id } })).toBe(0);

    // What European Excel on Windows saves: semicolons, Windows-1252.
    const fixed = csv.replace("Wizard", "Attending").replace("Dr. Cy Park", "Dr. Zoë Núñez").replace(/,/g, ";");
    await page.getByLabel("CSV file").setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from([...fixed].map((c) => c.charCodeAt(0))) });
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByText("Read as Windows-1252, separated by semicolons.")).toBeVisible();
    await expect(page.getByText("This file would add 3 people, update 0, and leave 0 as they are. Nothing is saved yet.")).toBeVisible();
    await expect(page.getByRole("cell", { name: "Dr. Zoë Núñez" })).toBeVisible();
    expect(await e2eDb().person.count({ where: { residentId: user.id } })).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({ path: "test-results/screens/import-preview.png", fullPage: true });
    await page.getByRole("button", { name: "Import 3 changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added 3 people and updated 0." })).toBeVisible();
    expect((await e2eDb().person.findMany({ where: { residentId: user.id }, orderBy: { name: "asc" } })).map((p) => p.name)).toEqual([
      "Dr. Ana Lima",
      "Dr. Bo Chen",
      "Dr. Zoë Núñez",
    ]);
  });

  test("at phone width: add a person, log a touch, and read the dashboard without sideways scrolling", async ({ page, login }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await login();
    await setClock(page, "2026-09-10T09:00:00Z");
    await addPerson(page, { name: "Dr. Ines Duarte", role: "Attending", aList: true });
    await logTouch(page, { kind: "Clinical work together", date: "2026-09-01", endsOn: "2026-09-05" });
    await page.goto("/dashboard");
    await expect(page.getByRole("link", { name: /Dr\. Ines Duarte/ }).first()).toBeVisible();
    for (const path of ["/dashboard", "/people", "/targets", "/asks"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await expectNoSeriousA11yViolations(page);
  });
});
