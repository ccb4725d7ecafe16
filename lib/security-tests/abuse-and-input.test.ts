// Findings of the attacker-style review (issue 13, "Limits that hold" and "Bad input gets a sentence"), each
// reproduced against PostgreSQL through the same entry points a request uses.
import { NextRequest } from "next/server";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { GET as cohortEventsRoute } from "@/app/api/cohorts/[id]/events/route";
import { GET as cohortPostsRoute } from "@/app/api/cohorts/[id]/posts/route";
import { inviteAdvisor } from "@/lib/actions/advisors/invite-advisor";
import { requestEmailLink } from "@/lib/actions/auth/request-link";
import { reactToPost } from "@/lib/actions/board/react-to-post";
import { updatePost } from "@/lib/actions/board/update-post";
import { completeOnboarding } from "@/lib/actions/profile/complete-onboarding";
import { updateProfile } from "@/lib/actions/profile/update-profile";
import { db } from "@/lib/db/client";
import { MAIL_UNAVAILABLE } from "@/lib/email";
import { ACTION_BODY_MAX_NESTING, TOO_DEEP_MESSAGE, TOO_LARGE_MESSAGE, nestingDepth, refuseActionBody } from "@/lib/http/action-body";
import { logger } from "@/lib/log";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { invitationEmail } from "@/lib/server/advisors/invitations";
import { MAX_STREAMS_PER_USER } from "@/lib/server/board/stream-slots";
import { withTestDatabase } from "@/lib/testing/db";
import { createCohort, createResident, createUser } from "@/lib/testing/factories";
import { endSessionNamedByCookie } from "@/lib/server/auth/sessions";
import { publishBoardEvent } from "@/lib/server/board/events";
import { actAs, openTestSession, runAfterTasks, testRequest } from "@/lib/testing/test-session";

withTestDatabase();

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

afterAll(async () => {
  // The LISTEN connection behind the events route is per process; close it so the worker exits cleanly.
  const holder = globalThis as unknown as { boardEvents?: { client?: { end(): Promise<void> } } };
  const client = holder.boardEvents?.client;
  if (holder.boardEvents) holder.boardEvents.client = undefined;
  await client?.end();
});

const BASE = "http://localhost:3000";

async function cohortWithPost() {
  const author = await createResident();
  const member = await createResident();
  const cohort = await createCohort([{ userId: author.id, role: "MODERATOR" }, { userId: member.id }]);
  const post = await db().boardPost.create({
    data: {
      cohortId: cohort.id,
      authorId: author.id,
      kind: "OTHER",
      programName: "Internal Medicine Residency",
      institution: "Riverside University Hospital",
      location: "Columbus, OH",
      title: "Program director change at Riverside",
      body: "The internal medicine program at Riverside named a new program director this week.",
      evidenceKind: "RUMOUR",
      heardOn: new Date(),
      heardHow: "Heard at noon conference",
    },
  });
  return { author, member, cohort, post };
}

describe("board search", () => {
  it("answers a search of 100 dashes (and other dash runs) instead of failing with 'tsquery stack too small'", async () => {
    const { member, cohort } = await cohortWithPost();
    actAs(member.id);
    for (const q of ["-".repeat(100), "- ".repeat(50), "--director", "a - - - - b", "-".repeat(60) + "director"]) {
      const res = await cohortPostsRoute(new NextRequest(`${BASE}/api/cohorts/${cohort.id}/posts?q=${encodeURIComponent(q)}`), {
        params: Promise.resolve({ id: cohort.id }),
      });
      expect(res.status, JSON.stringify(q)).toBe(200);
    }
    // A dash before a word still means "without".
    const hits = async (q: string) =>
      (
        (await (
          await cohortPostsRoute(new NextRequest(`${BASE}/api/cohorts/${cohort.id}/posts?q=${encodeURIComponent(q)}`), {
            params: Promise.resolve({ id: cohort.id }),
          })
        ).json()) as { posts: unknown[] }
      ).posts.length;
    expect(await hits("director")).toBe(1);
    expect(await hits("riverside -director")).toBe(0);
  });
});

describe("board event streams", () => {
  it(`are capped at ${MAX_STREAMS_PER_USER} per member, and a closed one frees its place`, async () => {
    const { member, cohort } = await cohortWithPost();
    actAs(member.id);
    const open = () => cohortEventsRoute(new Request(`${BASE}/api/cohorts/${cohort.id}/events`), { params: Promise.resolve({ id: cohort.id }) });
    const streams: Response[] = [];
    for (let i = 0; i < MAX_STREAMS_PER_USER; i++) streams.push(await open());
    expect(streams.map((r) => r.status)).toEqual(Array(MAX_STREAMS_PER_USER).fill(200));
    const refused = await open();
    expect(refused.status).toBe(429);
    expect(await refused.text()).toMatch(/already open in 5 tabs or devices/);

    await streams.pop()!.body!.cancel();
    await vi.waitFor(async () => expect(await db().boardStream.count({ where: { userId: member.id } })).toBe(MAX_STREAMS_PER_USER - 1));
    const again = await open();
    expect(again.status).toBe(200);
    for (const s of [...streams, again]) await s.body!.cancel();
  });
});

describe("an open board stream after its session ends", () => {
  it("stops at the next event instead of going on for a signed-out browser", async () => {
    const { member, cohort, post } = await cohortWithPost();
    const sessionId = await openTestSession(member.id);
    const res = await cohortEventsRoute(new Request(`${BASE}/api/cohorts/${cohort.id}/events`), { params: Promise.resolve({ id: cohort.id }) });
    expect(res.status).toBe(200);
    await endSessionNamedByCookie(sessionId);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    // One read outstanding at a time: a read abandoned after a timeout would swallow the next chunk.
    let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
    await vi.waitFor(
      async () => {
        await db().$transaction((tx) => publishBoardEvent(tx, { cohortId: cohort.id, type: "post", postId: post.id }));
        pending ??= reader.read();
        const chunk = await Promise.race([pending, new Promise<null>((resolve) => setTimeout(() => resolve(null), 200))]);
        if (chunk) {
          pending = null;
          if (!chunk.done) text += decoder.decode(chunk.value);
        }
        expect(text).toContain("event: revoked");
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(text).not.toContain("event: board");
    await reader.cancel();
  });
});

describe("post edits and reaction toggles", () => {
  it("are rate limited per member", async () => {
    const { author, member, cohort, post } = await cohortWithPost();
    actAs(member.id);
    const toggles = [];
    for (let i = 0; i < 61; i++) toggles.push(await reactToPost({ postId: post.id, kind: "INTEREST", on: i % 2 === 0 }));
    expect(toggles.slice(0, 60).every((r) => r.ok)).toBe(true);
    expect(toggles[60]).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^Too many reactions in a short time\. Try again in \d+ minutes?\.$/),
    });

    actAs(author.id);
    const edit = (i: number) =>
      updatePost({
        postId: post.id,
        cohortId: cohort.id,
        kind: "OTHER",
        programName: post.programName,
        institution: post.institution,
        location: post.location,
        title: `Program director change at Riverside (${i})`,
        body: post.body,
        evidenceKind: "RUMOUR",
        heardOn: "2026-01-10",
        heardHow: "Heard at noon conference",
        acknowledgedPersonWarning: false,
      });
    const edits = [];
    for (let i = 0; i < 21; i++) edits.push(await edit(i));
    expect(edits.slice(0, 20).map((r) => (r.ok ? "ok" : r.message))).toEqual(Array(20).fill("ok"));
    expect(edits[20]).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });
});

describe("advisor invitations", () => {
  it("are limited to ten a day per resident", async () => {
    const resident = await createResident();
    actAs(resident.id);
    const results = [];
    for (let i = 0; i < 11; i++) results.push(await inviteAdvisor({ email: `mentor.${i}.${resident.id.slice(0, 8)}@example.org`, scopes: ["people"] }));
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(results[10]).toMatchObject({ ok: false, code: "RATE_LIMITED", message: expect.stringMatching(/^Too many advisor invitations today\./) });
    expect(await db().advisorInvitation.count({ where: { residentId: resident.id } })).toBe(10);
  });

  it("have a fixed subject, and the resident's name only in the body, quoted on a line of its own", () => {
    const hostile = "Your bank: verify at https://evil.test/login\n\nDear customer,";
    const mail = invitationEmail("mentor@example.org", hostile, "https://scout.example.org/advisor/accept/abc");
    expect(mail.subject).toBe("An invitation to follow a residency plan on Prelim Scout");
    expect(mail.text).toContain('  "Your bank: verify at https://evil.test/login Dear customer,"\n');
    expect(mail.text.split("\n").filter((line) => line.includes("evil.test"))).toHaveLength(1);
  });
});

describe("email links", () => {
  const ask = (email: string) => requestEmailLink({ email, purpose: "PASSWORD_RESET" });

  it("answer the same for an address with an account and one without, and look it up only after answering", async () => {
    const user = await createUser();
    testRequest.headers = new Headers({ "x-forwarded-for": "198.51.100.60", host: "localhost:3000" });
    const known = await ask(user.email);
    expect(testRequest.afterTasks).toHaveLength(1);
    expect(await db().authToken.count({ where: { userId: user.id } })).toBe(0);
    const unknown = await ask(`nobody.${user.id.slice(0, 8)}@example.org`);
    expect(unknown).toEqual(known);
    expect(known).toMatchObject({ ok: true, message: "If an account uses that address, a reset link is on its way. It works once, for one hour." });

    vi.spyOn(logger, "info").mockImplementation(() => undefined);
    await runAfterTasks();
    expect(await db().authToken.count({ where: { userId: user.id, purpose: "PASSWORD_RESET" } })).toBe(1);
  });

  it("say the email could not be sent when the mail server is unreachable, for known and unknown addresses alike, and log why", async () => {
    const user = await createUser();
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:9");
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    testRequest.headers = new Headers({ "x-forwarded-for": "198.51.100.61", host: "localhost:3000" });
    const known = await ask(user.email);
    const unknown = await ask(`nobody.${user.id.slice(0, 8)}@example.org`);
    for (const result of [known, unknown])
      expect(result).toMatchObject({ ok: false, code: "UNAVAILABLE", message: MAIL_UNAVAILABLE, values: { purpose: "PASSWORD_RESET" } });
    expect(known.ok === false && known.message).not.toMatch(/database/i);
    expect(testRequest.afterTasks).toHaveLength(0);
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ err: expect.stringContaining("ECONNREFUSED") }), "mail server unreachable");
  });
});

describe("dates", () => {
  it("a profile start date of 2026-02-31 is refused, not saved as 3 March", async () => {
    const resident = await createResident();
    actAs(resident.id);
    const profile = {
      name: "Dr. Date Check",
      track: "PRELIM_MEDICINE",
      programName: "Preliminary Internal Medicine",
      institution: "Riverside",
      programStartDate: "2026-02-31",
      isImg: "yes",
      visaStatus: "J1",
    };
    const result = await updateProfile(profile);
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { programStartDate: ["That date does not exist."] },
      values: { programStartDate: "2026-02-31" },
    });
    expect((await db().residentProfile.findUniqueOrThrow({ where: { userId: resident.id } })).programStartDate.toISOString().slice(0, 10)).toBe("2026-07-01");

    actAs((await createUser()).id);
    expect(await completeOnboarding({ role: "RESIDENT", ...profile })).toMatchObject({
      ok: false,
      fieldErrors: { programStartDate: ["That date does not exist."] },
    });
  });
});

describe("server-action bodies", () => {
  const actionRequest = (body: string, headers: Record<string, string> = {}) =>
    new Request(`${BASE}/people/new`, {
      method: "POST",
      headers: { "Next-Action": "0".repeat(40), "Content-Type": "text/plain;charset=UTF-8", ...headers },
      body,
    });

  it("an array nested 20,000 deep is refused with a sentence before anything decodes it", async () => {
    const deep = `[${"[".repeat(20_000)}${"]".repeat(20_000)}]`;
    expect(nestingDepth(deep)).toBe(20_001);
    expect(await refuseActionBody(actionRequest(deep))).toEqual([400, TOO_DEEP_MESSAGE]);
    // Brackets inside strings are text, and ordinary inputs pass.
    expect(nestingDepth(JSON.stringify([{ body: "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[" }]))).toBe(2);
    expect(await refuseActionBody(actionRequest(JSON.stringify([{ name: "Dr. Ramos", tags: ["a", "b"] }])))).toBeNull();
    expect(await refuseActionBody(actionRequest(`${"[".repeat(ACTION_BODY_MAX_NESTING)}${"]".repeat(ACTION_BODY_MAX_NESTING)}`))).toBeNull();
  });

  it("a body over 4 MB is refused with a sentence, whether or not it declares its length", async () => {
    const big = JSON.stringify([{ body: "x".repeat(5 * 1024 * 1024) }]);
    expect(await refuseActionBody(actionRequest(big))).toEqual([413, TOO_LARGE_MESSAGE]);
    expect(await refuseActionBody(actionRequest("[]", { "Content-Length": String(6 * 1024 * 1024) }))).toEqual([413, TOO_LARGE_MESSAGE]);
    // A 3 MB note is within the limit: the action's own schema answers it, with the text echoed back.
    expect(await refuseActionBody(actionRequest(JSON.stringify([{ notes: "x".repeat(3 * 1024 * 1024) }])))).toBeNull();
  });
});

describe("callback URLs", () => {
  it("stay on the app's origin however they are spelled", () => {
    const cases: [string, string][] = [
      ["/dashboard", "/dashboard"],
      ["/people/1?tab=touches#latest", "/people/1?tab=touches#latest"],
      ["/\t/evil.test/phish", "/"],
      ["/\r\n/evil.test", "/"],
      ["//evil.test", "/"],
      ["/\\evil.test", "/"],
      ["//evil\u3002test/x", "/"],
      ["/..//evil.test", "/"],
      ["https://evil.test/", "/"],
      ["javascript:alert(1)", "/"],
      ["/\u3002/x", "/%E3%80%82/x"],
      ["/a\r\nSet-Cookie: x=1", "/aSet-Cookie:%20x=1"],
    ];
    for (const [input, expected] of cases) expect(safeCallbackPath(input), JSON.stringify(input)).toBe(expected);
    expect(safeCallbackPath("http://localhost:3000/plan", "/", "http://localhost:3000")).toBe("/plan");
    expect(safeCallbackPath("http://localhost:3001/plan", "/", "http://localhost:3000")).toBe("/");
  });
});
