import type { Page } from "@playwright/test";
import { createTestUser, e2eDb, expect, expectNoSeriousA11yViolations, setClock, test } from "./fixtures";

async function addProgram(page: Page, p: { name: string; institution: string; interview: string; noContact?: boolean }) {
  await page.goto("/programs/new");
  await page.getByLabel("Program name").fill(p.name);
  await page.getByLabel("Institution").fill(p.institution);
  await page.getByLabel("Specialty").selectOption({ label: "Internal medicine" });
  await page.getByLabel("Status").selectOption({ label: "Interviewed" });
  await page.getByLabel("Interview date").fill(p.interview);
  if (p.noContact) await page.getByLabel("Accepts post-interview communication").selectOption({ label: "No" });
  await page.getByRole("button", { name: "Save program" }).click();
  await expect(page.getByRole("heading", { level: 1, name: p.name })).toBeVisible();
  return page.url().split("/").pop()!;
}

async function compose(page: Page, programId: string, kind: string, subject: string, body: string) {
  await page.goto(`/programs/${programId}/compose`);
  await page.getByLabel("Kind of message").selectOption({ label: kind });
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Message", { exact: true }).fill(body);
}

const checks = (page: Page) => page.getByRole("complementary", { name: "Honesty checks" });

/** The gated send: the checks run on the server, the mail app link appears, and the resident confirms. */
async function sendViaMailApp(page: Page) {
  await page.getByRole("button", { name: "Open in mail app" }).click();
  await expect(page.getByRole("link", { name: "Open the message in your mail app" })).toBeVisible();
  await page.getByRole("button", { name: "I sent it" }).click();
  await expect(page.getByText("Recorded as sent.")).toBeVisible();
}

/** A blocked message offers no way out of the page. */
async function expectNoWayOut(page: Page, rule: string, body: string) {
  await expect(checks(page).getByText(rule)).toBeVisible();
  await expect(page.getByText("Sending is blocked until the checks pass.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Open in mail app" })).toHaveCount(0);
  await expect(page.locator('a[href^="mailto:"]')).toHaveCount(0);
  await expect(page.getByLabel("Message", { exact: true })).toHaveValue(body);
  // The draft is kept on the server: wait for the autosave before leaving the page.
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
}

test.describe("programs and honest pre-match messages", () => {
  test("thank-you goes through; a second letter of intent, a rank question and a no-contact program are blocked", async ({ page, login }) => {
    test.setTimeout(180_000);
    const user = await createTestUser();
    await e2eDb().target.create({ data: { residentId: user.id, specialty: "internal-medicine", geoStance: "ANYWHERE" } });
    await login(user);
    await setClock(page, "2027-01-15T15:00:00Z");

    await page.goto("/programs");
    await expect(page.getByRole("heading", { name: "No programs yet" })).toBeVisible();
    const riverside = await addProgram(page, { name: "Riverside Internal Medicine", institution: "Riverside University Hospital", interview: "2027-01-14" });
    const lakeshore = await addProgram(page, {
      name: "Lakeshore Categorical IM",
      institution: "Lakeshore Medical Center",
      interview: "2027-01-08",
      noContact: true,
    });
    const agnes = await addProgram(page, { name: "St. Agnes Internal Medicine", institution: "St. Agnes Health", interview: "2027-01-11" });
    await page.goto("/programs");
    await expect(page.getByText("3 of 3 programs")).toBeVisible();
    await expect(page.getByText("No post-interview contact")).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);

    // A thank-you the day after the interview passes every check.
    await compose(
      page,
      riverside,
      "Thank-you after an interview",
      "Thank you for yesterday",
      "Dear Dr. Alvarez,\n\nThank you for the interview day yesterday. The morning report and the clinic curriculum stood out to me.\n\nKind regards,\nResident",
    );
    await expect(checks(page).getByText("No problems found.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await sendViaMailApp(page);
    await expect(page.getByRole("region", { name: /^Messages/ }).getByText("Thank-you after an interview")).toBeVisible();

    // The one letter of intent of the cycle goes to St. Agnes.
    const loiBody =
      "Dear Dr. Morgan,\n\nI am writing to let you know that St. Agnes is my first choice, and I will rank it first. The ambulatory training and the mentorship I saw fit my goals in internal medicine.\n\nWith thanks,\nResident";
    await compose(page, agnes, "Letter of intent", "Letter of intent", loiBody);
    await sendViaMailApp(page);

    // A second letter of intent, to Riverside, is blocked and the draft stays.
    await setClock(page, "2027-01-25T15:00:00Z");
    const secondLoi = "Dear Dr. Alvarez,\n\nRiverside is my first choice and I will rank it first.\n\nWith thanks,\nResident";
    await compose(page, riverside, "Letter of intent", "Letter of intent", secondLoi);
    await expectNoWayOut(page, "One letter of intent", secondLoi);
    expect(await e2eDb().message.count({ where: { residentId: user.id, kind: "LETTER_OF_INTENT" } })).toBe(1);

    // Asking about the rank list is blocked.
    const askRank = "Dear Dr. Alvarez,\n\nI enjoyed meeting the team. Could you tell me where will I be on your rank list?\n\nBest,\nResident";
    await compose(page, riverside, "Interest and update letter", "A quick update", askRank);
    await expectNoWayOut(page, "No questions about ranking", askRank);

    // The program that asked for no post-interview contact gets none.
    const update = "Dear Dr. Singh,\n\nI wanted to share that my quality improvement project was accepted as a poster.\n\nBest,\nResident";
    await compose(page, lakeshore, "Interest and update letter", "An update", update);
    await expectNoWayOut(page, "Program asked for no contact", update);
    expect(await e2eDb().message.count({ where: { residentId: user.id } })).toBe(2);

    // The overview answers "what have I told whom"; the blocked drafts are kept, with the rules that stopped them.
    await page.goto("/messages");
    await expect(page.getByRole("region", { name: "Letter of intent" }).getByRole("link", { name: "St. Agnes Internal Medicine" })).toBeVisible();
    await expect(page.getByRole("region", { name: "First choice" }).getByRole("link", { name: "St. Agnes Internal Medicine" })).toBeVisible();
    const stopped = page.getByRole("region", { name: "Messages the rules stopped" });
    await expect(stopped.getByText(/Letter of intent to Riverside Internal Medicine, Riverside University Hospital/)).toBeVisible();
    await expect(stopped.getByText(/stopped by One letter of intent/)).toBeVisible();
    await expect(stopped.getByText(/stopped by No questions about ranking/)).toBeVisible();
    await expect(stopped.getByText(/stopped by Program asked for no contact/)).toBeVisible();
    await stopped.getByRole("link", { name: /^Reopen the draft\s*: Letter of intent to Riverside Internal Medicine$/ }).click();
    await expect(page.getByLabel("Message", { exact: true })).toHaveValue(secondLoi);
    await expectNoSeriousA11yViolations(page);
  });
});
