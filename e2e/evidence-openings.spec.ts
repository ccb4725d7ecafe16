// Issue 15, "what the seed articles advise": projects and feedback feeding a brag sheet for a letter writer, the
// mentorship board, the opening playbook started from a board post, the off-cycle watchlist, the pivot path and the
// typical pattern on the openings chart. At desktop and phone width; each new page is checked with axe and saved
// as a screenshot in the test's output folder.
import { randomBytes } from "node:crypto";
import type { Page, TestInfo } from "@playwright/test";
import { openingPostData } from "../lib/testing/opening-post";
import { createTestUser, e2eDb, expect, expectNoSeriousA11yViolations, setClock, signIn, test } from "./fixtures";

const NOW = "2026-11-27T15:00:00Z";

async function checkPage(page: Page, testInfo: TestInfo, name: string, width: number) {
  await expect(page.getByRole("main")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  if (width < 400) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
  }
  await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
}

const section = (page: Page, summary: string) => page.locator("details", { has: page.locator("summary", { hasText: summary }) }).last();

async function addPerson(residentId: string, name: string, role: "PROGRAM_DIRECTOR" | "ATTENDING" | "SENIOR_RESIDENT", tags: string[] = []) {
  return e2eDb().person.create({ data: { residentId, name, role, tags, specialty: "neurology" }, select: { id: true, name: true } });
}

for (const width of [1280, 390]) {
  test.describe(`at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("a resident records a project and two feedback quotes, asks for a letter and sees the brag sheet", async ({ page, context }, testInfo) => {
      test.setTimeout(240_000);
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      const user = await createTestUser("resident");
      await e2eDb().target.create({ data: { residentId: user.id, specialty: "neurology", geoStance: "ANYWHERE" } });
      const writer = await addPerson(user.id, `Dr. Ines Ribeiro ${randomBytes(2).toString("hex")}`, "ATTENDING", ["LETTER_WRITER"]);
      const other = await addPerson(user.id, `Dr. Tom Okoro ${randomBytes(2).toString("hex")}`, "SENIOR_RESIDENT");
      await signIn(page.context(), user);
      await setClock(page, NOW);

      await page.goto("/evidence");
      await expect(page.getByText("No projects yet.")).toBeVisible();
      await expect(page.getByText("Nothing saved yet.")).toBeVisible();
      await checkPage(page, testInfo, "evidence-empty", width);

      const addProject = section(page, "Add a project");
      await addProject.getByRole("button", { name: "Save project" }).click();
      await expect(addProject.getByText("Give the project a title.")).toBeVisible();
      await addProject.getByLabel("Title").fill("Stroke-code handoff checklist");
      await addProject.getByLabel("Kind").selectOption({ label: "Quality-improvement project" });
      await addProject.getByLabel("Status").selectOption({ label: "In progress" });
      await addProject.getByLabel("Mentor").selectOption({ label: writer.name });
      await addProject.getByLabel("Specialty").selectOption({ label: "Neurology" });
      await addProject.getByLabel("Goal").fill("Cut door-to-needle delays at night handoff.");
      await addProject.getByLabel("Link to the output").fill("javascript:alert(1)");
      await addProject.getByRole("button", { name: "Save project" }).click();
      await expect(addProject.getByText("Enter a full link starting with https://, or leave it empty.")).toBeVisible();
      // Nothing typed is lost after a refusal.
      await expect(addProject.getByLabel("Title")).toHaveValue("Stroke-code handoff checklist");
      await addProject.getByLabel("Link to the output").fill("");
      await addProject.getByRole("button", { name: "Save project" }).click();
      await expect(page.getByText("Project saved.")).toBeVisible();
      // The form is clear for the next project, its status picker too.
      await expect(addProject.getByLabel("Title")).toHaveValue("");
      await expect(addProject.getByLabel("Status")).toHaveValue("PLANNED");
      await expect(page.getByRole("listitem").filter({ hasText: "Stroke-code handoff checklist" })).toBeVisible();
      await expect(page.getByText("You have a tangible project in your target field.")).toBeVisible();

      const quotes = [
        { who: writer.name, words: "Her presentations are the clearest on the team.", context: "after morning report" },
        { who: other.name, words: "I would trust her with my sickest patient overnight.", context: "night float" },
      ];
      for (const q of quotes) {
        const add = section(page, "Add feedback");
        await add.getByLabel("Who said it").selectOption({ label: q.who });
        await add.getByLabel("Their words").fill(q.words);
        await add.getByLabel("Context").fill(q.context);
        await add.getByRole("button", { name: "Save quote" }).click();
        await expect(page.getByText(`“${q.words}”`).first()).toBeVisible();
      }
      // The same words from the same person on the same day are kept once.
      const again = section(page, "Add feedback");
      await again.getByLabel("Who said it").selectOption({ label: writer.name });
      await again.getByLabel("Their words").fill(quotes[0]!.words);
      await again.getByRole("button", { name: "Save quote" }).click();
      await expect(again.getByText("You already saved these words from this person on that day.").first()).toBeVisible();
      await expect(page.getByRole("heading", { name: "Feedback worth quoting (2)" })).toBeVisible();

      await page.getByLabel("Link to your CV").fill("https://example.org/ribeiro-cv.pdf");
      await page.getByLabel("Personal statement draft").fill("I came to neurology through a stroke unit in Porto.");
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await expect(page.getByText("Saved for your letter writers.")).toBeVisible();
      await checkPage(page, testInfo, "evidence", width);

      await page.goto("/plan/log");
      await expect(page.getByText(`Feedback: "${quotes[0]!.words}" (${quotes[0]!.context})`)).toBeVisible();
      await expect(page.getByText("Project started: Quality-improvement project: Stroke-code handoff checklist")).toBeVisible();

      await page.goto("/asks");
      const plan = page.locator("form", { has: page.getByRole("button", { name: "Save ask" }) }).last();
      await plan.getByLabel("Person").selectOption({ label: writer.name });
      await plan.getByLabel("Ask for").selectOption({ label: "Letter of recommendation" });
      await plan.getByRole("button", { name: "Save ask" }).click();
      await page.getByRole("link", { name: `Brag sheet for ${writer.name}` }).click();

      await expect(page.getByRole("heading", { level: 1, name: `Brag sheet for ${writer.name}` })).toBeVisible();
      await expect(page.getByText("Applying for a categorical position in Neurology.")).toBeVisible();
      await expect(page.getByRole("listitem").filter({ hasText: "Stroke-code handoff checklist" })).toBeVisible();
      await expect(page.getByText(`Supervised by ${writer.name}`)).toBeVisible();
      for (const q of quotes) await expect(page.getByText(`“${q.words}”`)).toBeVisible();
      await expect(page.getByRole("link", { name: "https://example.org/ribeiro-cv.pdf" })).toBeVisible();
      await expect(page.getByText("I came to neurology through a stroke unit in Porto.")).toBeVisible();
      // The writer's own words come first.
      await expect(page.locator("blockquote").first()).toHaveText(`“${quotes[0]!.words}”`);
      await checkPage(page, testInfo, "brag-sheet", width);

      // Leave the second quote out, then copy: the text holds what is included and nothing else.
      await page.getByLabel(`Include the quote from ${other.name}`).uncheck();
      await page.getByRole("button", { name: "Copy as text" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Copied." })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain(`For ${writer.name}: notes for a letter of recommendation`);
      expect(copied).toContain(quotes[0]!.words);
      expect(copied).not.toContain(quotes[1]!.words);
      expect(copied).toContain("Stroke-code handoff checklist");
    });

    test("a board post starts the opening playbook, and the post shows how many members act on it", async ({ page, browser }, testInfo) => {
      test.setTimeout(240_000);
      const [user, peer] = [await createTestUser("resident"), await createTestUser("resident")];
      await e2eDb().target.create({ data: { residentId: user.id, specialty: "neurology", geoStance: "ANYWHERE" } });
      const pd = await addPerson(user.id, `Dr. Paula Lindqvist ${randomBytes(2).toString("hex")}`, "PROGRAM_DIRECTOR");
      const writer = await addPerson(user.id, `Dr. Omar Haddad ${randomBytes(2).toString("hex")}`, "ATTENDING", ["LETTER_WRITER"]);
      const cohort = await e2eDb().cohort.create({
        data: {
          name: `Prelim IM ${randomBytes(3).toString("hex")}`,
          programName: "Preliminary Internal Medicine",
          institution: "Riverside",
          year: 2026,
          track: "PRELIM_MEDICINE",
          memberships: { create: [{ userId: user.id }, { userId: peer.id }] },
        },
      });
      const post = await e2eDb().boardPost.create({ data: openingPostData(cohort.id, peer.id) });
      const postUrl = `/board/${cohort.id}/posts/${post.id}`;
      await signIn(page.context(), user);
      await setClock(page, NOW);

      await page.goto(postUrl);
      const card = page.getByRole("region", { name: "Act on this opening" });
      await expect(card.getByText("No member is acting on this yet.")).toBeVisible();
      await card.getByRole("button", { name: "Start the playbook" }).click();
      await expect(page).toHaveURL(`${postUrl}/playbook`);
      await expect(page.getByText("1 member is acting on this.")).toBeVisible();

      // Step 1: eligibility against the resident's profile (J-1, prelim year ending 30 June 2027).
      const step1 = page.getByRole("region", { name: "1. Check you can take it" });
      await expect(step1.getByText("your prelim year will be finished by then")).toBeVisible();
      await expect(step1.getByText("It starts in July 2027, after your prelim year ends on 30 June 2027.")).toBeVisible();
      await expect(step1.getByText("The post mentions J-1.")).toBeVisible();
      await step1.getByLabel("What you found out (optional)").fill("Coordinator confirmed J-1 through ECFMG.");
      await step1.getByRole("button", { name: "I have checked: it fits" }).click();
      await expect(step1.getByText("Eligibility checked.")).toBeVisible();

      // Step 2: the PD and a letter writer, pre-filled asks; both say yes.
      const step2 = page.getByRole("region", { name: "2. Confirm your PD and a letter writer will back you" });
      await step2.getByLabel("Your program director").selectOption({ label: `${pd.name} (program leadership)` });
      await step2.getByLabel("A strong letter writer").selectOption({ label: `${writer.name} (letter writer)` });
      await step2.getByRole("button", { name: "Plan both asks" }).click();
      await expect(step2.getByText("Both asks are on your list.")).toBeVisible();
      await step2.getByRole("button", { name: `They said yes (${pd.name})` }).click();
      await expect(step2.getByText("1 of 2 said yes so far.")).toBeVisible();
      await step2.getByRole("button", { name: `They said yes (${writer.name})` }).click();
      await expect(step2.getByText(`${pd.name} and ${writer.name} will speak for you.`)).toBeVisible();
      const asks = await e2eDb().ask.findMany({ where: { residentId: user.id }, select: { kind: true, status: true, notes: true } });
      expect(asks).toHaveLength(2);
      for (const a of asks) {
        expect(a).toMatchObject({ kind: "ADVOCACY", status: "AGREED" });
        expect(a.notes).toContain("PGY-2 neurology spot for July");
      }

      // Step 3: the program (added from the post), then the composer with the drafted message.
      const step3 = page.getByRole("region", { name: "3. Send one targeted message" });
      await expect(step3.getByLabel("Program name")).toHaveValue("Columbus Neurology Residency");
      await step3.getByRole("button", { name: "Add and continue" }).click();
      await expect(step3.getByText("Program: Columbus Neurology Residency")).toBeVisible();
      await checkPage(page, testInfo, "playbook", width);
      await step3.getByRole("link", { name: "Write the message" }).click();
      await expect(page).toHaveURL(/\/programs\/[0-9a-f-]+\/compose\?/);
      await expect(page.getByLabel("Subject")).toHaveValue("Preliminary internal medicine resident: interest in your PGY-2 neurology position");
      await expect(page.getByRole("textbox", { name: "Message" })).toHaveValue(
        new RegExp(`${pd.name} and ${writer.name} have kindly agreed to speak about my work`),
      );

      await page.goto("/openings");
      await expect(page.getByRole("link", { name: "PGY-2 neurology spot for July" })).toBeVisible();
      await checkPage(page, testInfo, "openings", width);

      // The other member sees the count, never who.
      const other = await browser.newContext({ viewport: { width, height: 900 } });
      const otherPage = await other.newPage();
      await signIn(otherPage.context(), peer);
      await otherPage.goto(postUrl);
      const otherCard = otherPage.getByRole("region", { name: "Act on this opening" });
      await expect(otherCard.getByText("1 member is acting on this.")).toBeVisible();
      await expect(otherPage.getByText(user.name)).toHaveCount(0);
      await other.close();
    });

    test("the mentorship board shows gaps, fills a role from the map, and an upper-level becomes a strong yes", async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      const user = await createTestUser("resident");
      const senior = await addPerson(user.id, `Dr. Lena Park ${randomBytes(2).toString("hex")}`, "SENIOR_RESIDENT");
      await signIn(page.context(), user);
      await setClock(page, NOW);
      await page.goto("/people/mentors");
      await expect(page.getByText("0 of 5 roles filled")).toBeVisible();
      await expect(page.getByText("No near-peer mentor yet").first()).toBeVisible();
      await expect(page.getByText("National-origin physician associations (for example AAPI or NAAMA)")).toBeVisible();
      const nearPeer = page.getByRole("region", { name: "Near-peer mentor" });
      await nearPeer.getByLabel("Person for near-peer mentor").selectOption({ label: `${senior.name} (Senior resident)` });
      await nearPeer.getByRole("button", { name: "Add to the board" }).click();
      await expect(nearPeer.getByRole("link", { name: senior.name })).toBeVisible();
      await expect(page.getByText("1 of 5 roles filled")).toBeVisible();
      await expect(page.getByText("No near-peer mentor yet")).toHaveCount(0);
      const upper = page.getByRole("region", { name: "Upper-level residents (0 of 3)" });
      await upper.getByLabel("Person for upper-level resident").selectOption({ label: `${senior.name} (Senior resident)` });
      await upper.getByRole("button", { name: "Add to the board" }).click();
      const upperNow = page.getByRole("region", { name: "Upper-level residents (1 of 3)" });
      await expect(upperNow.getByText("Not yet a strong yes")).toBeVisible();
      await upperNow.getByRole("button", { name: `Mark strong yes for ${senior.name}` }).click();
      await expect(upperNow.getByText("Strong yes", { exact: true })).toBeVisible();
      await expect(upperNow.getByText("1 of 3 upper-level residents named")).toBeVisible();
      await checkPage(page, testInfo, "mentors", width);
    });

    test("the watchlist reminds on a cadence; a pivot records its path and the new target; the chart shows the typical pattern", async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      const user = await createTestUser("resident");
      await e2eDb().target.create({ data: { residentId: user.id, specialty: "dermatology", geoStance: "ANYWHERE", unsuccessfulCycles: 2 } });
      const cohort = await e2eDb().cohort.create({
        data: {
          name: `Prelim IM ${randomBytes(3).toString("hex")}`,
          programName: "Preliminary Internal Medicine",
          institution: "Riverside",
          year: 2026,
          track: "PRELIM_MEDICINE",
          memberships: { create: [{ userId: user.id }] },
        },
      });
      await signIn(page.context(), user);
      await setClock(page, NOW);

      await page.goto("/openings");
      await expect(page.getByText("No programs yet.")).toBeVisible();
      const add = section(page, "Watch a program");
      await add.getByLabel("Program name").fill("Lakeshore Neurology");
      await add.getByLabel("Institution").fill("Lakeshore Medical Center");
      await add.getByLabel("Remind me").selectOption({ label: "Every week" });
      await add.getByRole("button", { name: "Add to watchlist" }).click();
      await expect(page.getByText("check today", { exact: true })).toBeVisible();
      await page.getByRole("button", { name: "Checked today (Lakeshore Neurology)" }).click();
      await expect(page.getByText("next check Fri 4 Dec 2026")).toBeVisible();
      const again = section(page, "Watch a program");
      await again.getByLabel("Program name").fill("lakeshore neurology ");
      await again.getByLabel("Institution").fill("Lakeshore Medical Center");
      await again.getByRole("button", { name: "Add to watchlist" }).click();
      await expect(again.getByText("This program is already on your watchlist.").first()).toBeVisible();
      await checkPage(page, testInfo, "watchlist", width);

      await page.goto("/targets");
      await page.getByText("I will pivot…").click();
      await page.getByLabel("Radiation oncology", { exact: false }).first().check();
      await page.getByRole("button", { name: "Record the pivot" }).click();
      await expect(page.getByText("Pivot recorded. Your target is now Radiation oncology.")).toBeVisible();
      await expect(page.getByText("Pivoting to Radiation oncology from Dermatology.")).toBeVisible();
      await expect(page.getByText("specialty Dermatology → Radiation oncology")).toBeVisible();
      await page.reload();
      await expect(page.getByLabel("Target specialty")).toHaveValue("radiation-oncology");
      await checkPage(page, testInfo, "targets-pivot", width);

      await page.goto(`/board/${cohort.id}/chart`);
      const table = page.getByRole("table", { name: /with the typical pattern for comparison/ });
      await expect(table.getByRole("row", { name: /^Mar 26 0 0 100$/ })).toBeVisible();
      await expect(table.getByRole("row", { name: /^Apr 26 0 0 not described$/ })).toBeVisible();
      await expect(page.getByText("It is a reference, not data about your cohort or any program.")).toBeVisible();
      await checkPage(page, testInfo, "chart", width);
    });
  });
}
