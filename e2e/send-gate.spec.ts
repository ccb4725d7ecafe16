// Issue 14: checks before anything leaves. The send is gated on the server (no mailto link or copy button for a
// blocked message, and a forged request for one is refused), drafts are records that survive navigation, two tabs
// cannot both pass the one-letter-of-intent gate, and an interview puts the thank-you on the dashboard and in the
// digest, from where the prefilled composer sends it and closes the task.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { toolEnv } from "../lib/env";
import { createTestUser, e2eDb, expect, setClock, signIn, test, type TestUser } from "./fixtures";

const ORIGIN = `http://127.0.0.1:${toolEnv().E2E_PORT}`;
const checks = (page: Page) => page.getByRole("complementary", { name: "Honesty checks" });
const mailtoLinks = (page: Page) => page.locator('a[href^="mailto:"]');

async function residentWithPrograms(names: string[], interviewDate = "2027-01-08") {
  const user = await createTestUser();
  const db = e2eDb();
  await db.target.create({ data: { residentId: user.id, specialty: "internal-medicine", geoStance: "ANYWHERE" } });
  const programs = [];
  for (const name of names) {
    programs.push(
      await db.program.create({
        data: {
          residentId: user.id,
          name,
          institution: `${name} Hospital`,
          specialty: "internal-medicine",
          status: "INTERVIEWED",
          interviewDate: new Date(`${interviewDate}T00:00:00Z`),
          postInterviewCommunication: "YES",
        },
      }),
    );
  }
  return { user, programs };
}

/** The 2027 Match cycle of this resident (created the way the app creates it, from the defaults). */
async function cycle2027(user: TestUser) {
  const db = e2eDb();
  const defaults = await db.matchCycleDefault.findMany();
  await db.matchCycle.createMany({ data: defaults.map((d) => ({ residentId: user.id, ...d })), skipDuplicates: true });
  return db.matchCycle.findFirstOrThrow({ where: { residentId: user.id, name: "2027 Match" } });
}

function recordMessageActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string; filename: string }>;
  };
  const found = Object.entries(manifest.node).find(([, a]) => a.exportedName === "recordMessage" && a.filename.includes("lib/actions/messages/record-message"));
  if (!found) throw new Error("recordMessage is not in the build's server-reference manifest");
  return found[0];
}

const LOI_BODY =
  "Dear Dr. Okafor,\n\nRiverside is my first choice, and I intend to rank it first. The clinic curriculum and the teaching I saw fit my goals in internal medicine.\n\nWith thanks,\nResident";
const INTEREST_BODY =
  "Dear Dr. Okafor,\n\nSince my interview our sepsis audit was accepted as a poster at the regional meeting. The clinic curriculum and the teaching I saw still fit my goals in internal medicine.\n\nWith thanks,\nResident";

for (const width of [1280, 390]) {
  test(`a blocked letter of intent has no way out, a forged request is refused, the draft survives navigation and passes after editing (${width} px)`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    const { user, programs } = await residentWithPrograms(["Lakeshore Internal Medicine", "Riverside Internal Medicine"]);
    const [lakeshore, riverside] = [programs[0]!, programs[1]!];
    const cycle = await cycle2027(user);
    // The cycle's one letter of intent already went to Lakeshore.
    await e2eDb().message.create({
      data: {
        residentId: user.id,
        programId: lakeshore.id,
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

    await page.goto(`/programs/${riverside.id}/compose?kind=LETTER_OF_INTENT`);
    await page.getByLabel("Message", { exact: true }).fill(LOI_BODY);
    await expect(checks(page).getByText("One letter of intent")).toBeVisible();
    await expect(checks(page).getByText("Blocks sending").first()).toBeVisible();
    // No way out of the page: no mailto link, no copy button, no mail-app button.
    const blockedNotice = page.getByText("Sending is blocked until the checks pass.");
    await expect(blockedNotice).toBeVisible();
    await expect(mailtoLinks(page)).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Copy text" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Open in mail app" })).toHaveCount(0);
    // The checks come before the actions, on a phone too.
    const checksBox = await checks(page).boundingBox();
    const noticeBox = await blockedNotice.boundingBox();
    expect(checksBox && noticeBox && checksBox.y < noticeBox.y).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();

    // A forged request for the same letter, straight to the server action, is refused and records nothing.
    const forged = await page.request.post(`/programs/${riverside.id}/compose`, {
      headers: { "Next-Action": recordMessageActionId(), Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: ORIGIN },
      data: JSON.stringify([
        { programId: riverside.id, cycleId: cycle.id, kind: "LETTER_OF_INTENT", subject: "Letter of intent", body: LOI_BODY, channel: "MAIL_APP" },
      ]),
    });
    const answer = await forged.text();
    expect(answer).toContain("RULE_VIOLATION");
    expect(answer).not.toContain("mailto:");
    expect(await e2eDb().message.count({ where: { residentId: user.id } })).toBe(1);

    // The blocked draft is still there after navigating away, with its findings, and reopens with the text.
    await page.goto("/dashboard");
    await page.goto(`/programs/${riverside.id}`);
    const drafts = page.getByRole("region", { name: "Drafts" });
    await expect(drafts.getByText("One letter of intent")).toBeVisible();
    await drafts.getByRole("link", { name: /Letter of intent/ }).click();
    await expect(page.getByLabel("Message", { exact: true })).toHaveValue(LOI_BODY);

    // Edited into an interest letter without the first-choice sentence, it passes and can leave.
    await page.getByLabel("Kind of message").selectOption({ label: "Interest and update letter" });
    await expect(page.getByLabel("Message", { exact: true })).toHaveValue(LOI_BODY);
    await page.getByLabel("Subject").fill("An update from Resident");
    await page.getByLabel("Message", { exact: true }).fill(INTEREST_BODY);
    await expect(checks(page).getByText("No problems found.")).toBeVisible();
    await page.getByRole("button", { name: "Open in mail app" }).click();
    const mailto = page.getByRole("link", { name: "Open the message in your mail app" });
    await expect(mailto).toBeVisible();
    expect(decodeURIComponent((await mailto.getAttribute("href")) ?? "")).toContain("sepsis audit was accepted");
    await page.getByRole("button", { name: "I sent it" }).click();
    await expect(page.getByText("Recorded as sent.")).toBeVisible();
    const sent = await e2eDb().message.findMany({ where: { residentId: user.id, programId: riverside.id } });
    expect(sent.map((m) => [m.kind, m.status, m.channel])).toEqual([["INTEREST_UPDATE", "SENT", "MAIL_APP"]]);
    expect(await e2eDb().messageDraft.count({ where: { residentId: user.id } })).toBe(0);
  });
}

test("two tabs racing letters of intent to two programs: exactly one passes the gate", async ({ context }) => {
  test.setTimeout(120_000);
  const { user, programs } = await residentWithPrograms(["Northgate Internal Medicine", "Southbank Internal Medicine"]);
  await cycle2027(user);
  const pages = [await context.newPage(), await context.newPage()];
  await signIn(context, user);
  await setClock(pages[0]!, "2027-01-20T15:00:00Z");
  for (const [i, page] of pages.entries()) {
    await page.goto(`/programs/${programs[i]!.id}/compose?kind=LETTER_OF_INTENT`);
    // The race under test is between the two tabs' sends, so each composer is left to finish loading first: the checks
    // read the template's gaps once the page has hydrated and the rules have loaded. (Typing into a page still
    // loading has its own test below; a select-all landing as the page hydrates can leave the template after it.)
    await expect(checks(page).getByText("Template gaps to fill in")).toBeVisible();
    await page.getByLabel("Message", { exact: true }).fill(LOI_BODY.replace("Riverside", programs[i]!.name));
    await expect(checks(page).getByText("No problems found.")).toBeVisible();
  }
  await Promise.all(pages.map((page) => page.getByRole("button", { name: "Open in mail app" }).click()));
  const passed = pages.map((page) =>
    page.getByRole("link", { name: "Open the message in your mail app" }).or(page.getByRole("alert").filter({ hasText: "Not sent" })),
  );
  for (const p of passed) await expect(p).toBeVisible();
  const outcomes = await Promise.all(pages.map((page) => page.getByRole("link", { name: "Open the message in your mail app" }).count()));
  expect(outcomes.sort()).toEqual([0, 1]);
  expect(await e2eDb().message.count({ where: { residentId: user.id, kind: "LETTER_OF_INTENT" } })).toBe(1);
});

test("text typed while the composer is still loading is kept, checked and saved", async ({ page }) => {
  test.setTimeout(120_000);
  const { user, programs } = await residentWithPrograms(["Northgate Internal Medicine"]);
  await cycle2027(user);
  await signIn(page.context(), user);
  await setClock(page, "2027-01-20T15:00:00Z");
  // A slow phone: the page's scripts arrive seconds after its markup, and the resident starts typing at once.
  let slow = true;
  await page.route("**/_next/static/chunks/**", async (route) => {
    if (slow) await new Promise((resolve) => setTimeout(resolve, 2_500));
    await route.continue();
  });
  await page.goto(`/programs/${programs[0]!.id}/compose?kind=LETTER_OF_INTENT`, { waitUntil: "commit" });
  const message = page.getByLabel("Message", { exact: true });
  await message.waitFor();
  const typed = LOI_BODY.replace("Riverside", "Northgate Internal Medicine");
  await message.fill(typed);
  await page.getByLabel("Subject").fill("Letter of intent");
  // The checks run once the page is ready, on what was typed (the template's gaps are gone), and the text stays.
  await expect(checks(page).getByText("No problems found.")).toBeVisible({ timeout: 30_000 });
  await expect(message).toHaveValue(typed);
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
  slow = false;
  await page.reload();
  await expect(page.getByLabel("Message", { exact: true })).toHaveValue(typed);
  await expect(page.getByLabel("Subject")).toHaveValue("Letter of intent");
});

test("an interview yesterday puts the thank-you on the dashboard and in the digest; the task opens the prefilled composer and sending closes it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { user, programs } = await residentWithPrograms(["Riverside Internal Medicine"], "2026-11-17");
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: ORIGIN });
  await signIn(page.context(), user);
  await setClock(page, "2026-11-18T15:00:00Z");
  const task = "Send a thank-you to Riverside Internal Medicine (due Thu 19 Nov 2026)";

  await page.goto("/settings/digest");
  await expect(page.getByText(task)).toBeVisible();
  await e2eDb().program.update({ where: { id: programs[0]!.id }, data: { interviewer: "Dr. Alvarez" } });
  await page.goto("/dashboard");
  await page.getByRole("link", { name: task }).click();
  await expect(page.getByLabel("Kind of message")).toHaveValue("THANK_YOU");
  await expect(page.getByLabel("Subject")).toHaveValue("Thank you for my interview on Tue 17 Nov 2026");
  await expect(page.getByLabel("Message", { exact: true })).toHaveValue(/^Dear Dr\. Alvarez,/);
  await expect(checks(page).getByText("No problems found.")).toBeVisible();
  await page.getByRole("button", { name: "Copy text" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  await page.getByRole("button", { name: "I sent it" }).click();
  await expect(page.getByText("Recorded as sent.")).toBeVisible();

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: /Hello/ })).toBeVisible();
  await expect(page.getByText(task)).toHaveCount(0);
  await page.goto("/settings/digest");
  await expect(page.getByText(task)).toHaveCount(0);
  expect((await e2eDb().message.findFirstOrThrow({ where: { residentId: user.id } })).channel).toBe("COPY");
});

test("text typed while the save could not reach the server is offered back when the composer reopens, and only then", async ({ page }) => {
  test.setTimeout(120_000);
  const { user, programs } = await residentWithPrograms(["Riverside Internal Medicine"]);
  await cycle2027(user);
  await signIn(page.context(), user);
  await setClock(page, "2027-01-20T15:00:00Z");
  const compose = `/programs/${programs[0]!.id}/compose?kind=INTEREST_UPDATE`;
  await page.goto(compose);
  const prefilled = await page.getByLabel("Message", { exact: true }).inputValue();
  expect(prefilled).not.toBe(INTEREST_BODY);
  // The server is out of reach: every save the page attempts fails in the network.
  await page.route("**/*", (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
  await page.getByLabel("Message", { exact: true }).fill(INTEREST_BODY);
  await expect(page.getByText("You typed more here earlier")).toHaveCount(0);
  await page.reload();
  await page.unroute("**/*");
  const notice = page.getByRole("status").filter({ hasText: "You typed more here earlier than was saved" });
  await expect(notice).toBeVisible();
  await expect(page.getByLabel("Message", { exact: true })).toHaveValue(prefilled);
  await notice.getByRole("button", { name: "Restore that text" }).click();
  await expect(page.getByLabel("Message", { exact: true })).toHaveValue(INTEREST_BODY);
  await expect(notice).toHaveCount(0);
  // Restored text is saved like typed text, and then there is nothing left to offer back.
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Message", { exact: true })).toHaveValue(INTEREST_BODY);
  await expect(page.getByText("You typed more here earlier")).toHaveCount(0);
  expect((await e2eDb().messageDraft.findFirstOrThrow({ where: { residentId: user.id } })).body).toBe(INTEREST_BODY);
});
