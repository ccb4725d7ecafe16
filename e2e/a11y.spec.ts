import { DEMO_ACCOUNTS } from "../prisma/seed";
import { e2eDb, expect, expectNoSeriousA11yViolations, test } from "./fixtures";

/** Every main page, with the demo data: zero serious or critical axe violations, at desktop and phone width. */
test.describe("accessibility of the main pages", () => {
  for (const width of [1280, 375]) {
    test(`resident pages at ${width}px`, async ({ page, login }) => {
      // Thirty pages, each through axe; the evidence, mentor and openings pages added five.
      test.setTimeout(300_000);
      await page.setViewportSize({ width, height: 900 });
      const amira = await e2eDb().user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[0].email }, select: { id: true, email: true, name: true } });
      await login(amira);
      const [person, program, cohort, meeting] = await Promise.all([
        e2eDb().person.findFirstOrThrow({ where: { residentId: amira.id, isAList: true }, select: { id: true } }),
        e2eDb().program.findFirstOrThrow({ where: { residentId: amira.id }, select: { id: true } }),
        e2eDb().cohortMembership.findFirstOrThrow({ where: { userId: amira.id }, select: { cohortId: true } }),
        e2eDb().meeting.findFirstOrThrow({ where: { residentId: amira.id }, select: { id: true } }),
      ]);
      const post = await e2eDb().boardPost.findFirstOrThrow({ where: { cohortId: cohort.cohortId }, select: { id: true } });
      const letter = await e2eDb().ask.findFirstOrThrow({ where: { residentId: amira.id, kind: "LETTER" }, select: { id: true } });
      const pages = [
        "/dashboard",
        "/targets",
        "/plan",
        "/plan/log",
        "/plan/templates",
        "/people",
        `/people/${person.id}`,
        "/people/new",
        "/people/import",
        `/meetings/${meeting.id}`,
        "/asks",
        `/asks/${letter.id}/brag-sheet`,
        "/evidence",
        "/people/mentors",
        "/programs",
        `/programs/${program.id}`,
        `/programs/${program.id}/compose`,
        "/messages",
        "/programs/rank",
        "/board",
        `/board/${cohort.cohortId}`,
        `/board/${cohort.cohortId}/new`,
        `/board/${cohort.cohortId}/posts/${post.id}`,
        `/board/${cohort.cohortId}/posts/${post.id}/playbook`,
        "/openings",
        `/board/${cohort.cohortId}/members`,
        `/board/${cohort.cohortId}/chart`,
        "/advisors",
        "/settings",
        "/settings/digest",
      ];
      for (const path of pages) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect(page.getByRole("main")).toBeVisible();
        await expectNoSeriousA11yViolations(page);
        if (width < 400) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${path} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
        }
      }
    });
  }

  test("advisor and public pages", async ({ page, login }) => {
    test.setTimeout(120_000);
    for (const path of ["/", "/login", "/signup", "/forgot-password"]) {
      await page.goto(path);
      await expectNoSeriousA11yViolations(page);
    }
    const ruth = await e2eDb().user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[2].email }, select: { id: true, email: true, name: true } });
    const amira = await e2eDb().user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS[0].email }, select: { id: true } });
    await login(ruth);
    for (const path of [
      "/advisor",
      `/advisor/residents/${amira.id}`,
      `/advisor/residents/${amira.id}/targets`,
      `/advisor/residents/${amira.id}/people`,
      `/advisor/residents/${amira.id}/packet`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expectNoSeriousA11yViolations(page);
    }
  });
});
