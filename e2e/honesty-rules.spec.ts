// Issue 12: the honesty rules catch what applicants actually write, not the textbook phrasing. A resident types
// six violations in their own words into an otherwise honest update; each time the Checks panel quotes the
// sentence, names the rule, explains it and offers an honest rewrite, sending is blocked until the rewrite is
// accepted, and the message that is finally recorded carries the rewrites. At desktop and phone width.
import type { Locator, Page } from "@playwright/test";
import { createTestUser, e2eDb, expect, expectNoSeriousA11yViolations, setClock, signIn, test } from "./fixtures";

const checks = (page: Page) => page.getByRole("complementary", { name: "Honesty checks" });
const message = (page: Page) => page.getByLabel("Message", { exact: true });

const letter = (sentence: string) =>
  `Dear Dr. Okafor,\n\nSince my interview our sepsis audit was accepted as a poster at the regional meeting. ${sentence} The clinic curriculum I saw still fits my goals.\n\nWith thanks,\nAmara`;

// Paraphrases, not the phrasings the rule table's examples use. The profile is internal medicine on a J-1 visa,
// and the cycle's letter of intent already went to another program.
const VIOLATIONS = [
  { rule: "No questions about ranking", sentence: "Would you be able to give me a sense of how my application sits on your list?" },
  { rule: "No deals or commitments", sentence: "Should Riverside rank me to match, I would gladly withdraw from my remaining interviews." },
  { rule: "One first choice", sentence: "Riverside will be the name at the very top of the list I certify." },
  { rule: "Consistent with your profile", sentence: "Ever since my surgery rotation my heart has been set on becoming an orthopaedic surgeon." },
  // Read only by the learned goal reader (docs/decisions/0017): no hand-written goal frame says "the plan ... is X training".
  { rule: "Consistent with your profile", sentence: "The plan after this prelim year is anaesthesia training." },
  { rule: "Consistent with your profile", sentence: "As a green card holder, I will not need any sponsorship from the program." },
];

/** The finding the panel shows for a rule, quoting the sentence that triggered it. */
function finding(page: Page, rule: string, sentence: string): Locator {
  return checks(page)
    .getByRole("listitem")
    .filter({ hasText: rule })
    .filter({ has: page.locator("blockquote", { hasText: sentence }) });
}

for (const width of [1280, 390]) {
  test(`six violations in the resident's own words are each quoted, explained and rewritten before the update can leave (${width} px)`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    const user = await createTestUser();
    const db = e2eDb();
    await db.target.create({ data: { residentId: user.id, specialty: "internal-medicine", geoStance: "ANYWHERE" } });
    const [lakeshore, riverside] = await Promise.all(
      ["Lakeshore Internal Medicine", "Riverside Internal Medicine"].map((name) =>
        db.program.create({
          data: {
            residentId: user.id,
            name,
            institution: `${name} Hospital`,
            specialty: "internal-medicine",
            status: "INTERVIEWED",
            interviewDate: new Date("2027-01-08T00:00:00Z"),
            postInterviewCommunication: "YES",
          },
        }),
      ),
    );
    const defaults = await db.matchCycleDefault.findMany();
    await db.matchCycle.createMany({ data: defaults.map((d) => ({ residentId: user.id, ...d })), skipDuplicates: true });
    const cycle = await db.matchCycle.findFirstOrThrow({ where: { residentId: user.id, name: "2027 Match" } });
    await db.message.create({
      data: {
        residentId: user.id,
        programId: lakeshore!.id,
        cycleId: cycle.id,
        kind: "LETTER_OF_INTENT",
        subject: "Letter of intent",
        body: "Lakeshore is my first choice.",
        sentAt: new Date("2027-01-12T15:00:00Z"),
        claimsFirstChoice: true,
      },
    });
    await signIn(page.context(), user);
    await setClock(page, "2027-01-20T15:00:00Z");

    await page.goto(`/programs/${riverside!.id}/compose?kind=INTEREST_UPDATE`);
    // The safety copy this page writes while the resident types is never offered back as "typed earlier" while the
    // page is open: a watcher records whether that notice appears at any moment, however briefly.
    await page.evaluate(() => {
      const w = window as unknown as { sawBackupNotice: boolean };
      w.sawBackupNotice = false;
      new MutationObserver(() => {
        if (document.body.textContent?.includes("You typed more here earlier")) w.sawBackupNotice = true;
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.getByLabel("Subject").fill("An update from Amara");
    const rewritten: string[] = [];
    for (const [i, { rule, sentence }] of VIOLATIONS.entries()) {
      await message(page).fill(letter(sentence));
      const shown = finding(page, rule, sentence);
      await expect(shown).toBeVisible();
      await expect(shown.getByText("Blocks sending")).toBeVisible();
      await expect(checks(page).getByText("1 problem blocks sending.")).toBeVisible();
      // The last rewrite's notice belongs to the text it changed: typing a new draft takes it away.
      await expect(checks(page).getByText(/^Rewrite applied/)).toHaveCount(0);
      await expect(page.getByText("Sending is blocked until the checks pass.")).toBeVisible();
      await expect(page.getByRole("button", { name: "Open in mail app" })).toHaveCount(0);
      if (i === 0) await expectNoSeriousA11yViolations(page);
      if (sentence.includes("anaesthesia training")) await shown.screenshot({ path: `test-results/screens/honesty-goal-reader-${width}.png` });
      const suggestion = ((await shown.locator("q").textContent()) ?? "").trim();
      expect(suggestion).not.toBe("");
      expect(suggestion).not.toBe(sentence);
      // The rewrite is a button reached from the keyboard as well as by pointer.
      const use = shown.getByRole("button", { name: "Use this rewrite" });
      if (i % 2 === 0) await use.click();
      else {
        await use.focus();
        await page.keyboard.press("Enter");
      }
      await expect(message(page)).toHaveValue(letter(suggestion));
      await expect(checks(page).getByText("No problems found.", { exact: true })).toBeVisible();
      await expect(page.getByText("Rewrite applied. The checks ran again: no problems found.")).toBeAttached();
      rewritten.push(suggestion);
    }
    expect(await page.evaluate(() => (window as unknown as { sawBackupNotice: boolean }).sawBackupNotice)).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: `test-results/screens/honesty-rewrite-${width}.png`, fullPage: true });

    // The last version passes the server's gate too, and what is recorded is the rewritten text.
    await page.getByRole("button", { name: "Open in mail app" }).click();
    await expect(page.getByRole("link", { name: "Open the message in your mail app" })).toBeVisible();
    await page.getByRole("button", { name: "I sent it" }).click();
    await expect(page.getByText("Recorded as sent.")).toBeVisible();
    const sent = await db.message.findFirstOrThrow({ where: { residentId: user.id, programId: riverside!.id } });
    expect([sent.kind, sent.status, sent.body]).toEqual(["INTEREST_UPDATE", "SENT", letter(rewritten.at(-1)!)]);
    expect(sent.body).not.toContain("green card");
  });
}
