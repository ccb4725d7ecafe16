// HTTP probes of the authorization matrix (docs/security/authorization-matrix.json) against the real server.
//
// 1. Pages: every "page:" entry (and the next-auth route) is fetched, without following redirects, as each of the
//    matrix's eleven principals and its derived one (the owner's cookie after its session ended, held to anonymous), with the route's ids replaced by records made for one owner. This proves what only a
//    real request shows: the proxy and requireUser send signed-out visitors to /login, requireResident and
//    requireAdvisor send the wrong role to its own home without rendering, and loadOr404 answers 404 for a record the
//    viewer may not see (e.g. another resident opening the owner's /people/<id>).
// 2. Raw server-action requests, with no browser involved, as an attacker would send them:
//    a. a made-up Next-Action id, cross-site (Origin: https://evil.example), same-site and without Origin, with and
//       without the owner's session: proves an unknown id runs nothing (Next answers "not found" or an error) and
//       nothing attributable to the request is written;
//    b. every real action id of the build (from .next's server-reference-manifest), posted cross-site with the owner's
//       session and an input that would delete or change the owner's records: proves Next's Origin check refuses a
//       cross-site call before any action runs, whatever the id. A same-site control call of one real action
//       succeeds, so the probe's request format is right and a refusal means something;
//    c. login CSRF: a cross-site POST to /api/auth/callback/password with the victim's session cookies and the
//       attacker's credentials does not sign the victim in as the attacker (next-auth's double-submit CSRF token);
//       the control request carrying the victim's own token does switch the session, so the check can fail.
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIResponse, Browser, BrowserContext } from "@playwright/test";
import { unsubscribeToken } from "../lib/auth/unsubscribe-token";
import { toolEnv } from "../lib/env";
import { E2E_PASSWORD, createTestUser, e2eDb, expect, signIn, test, type TestUser } from "./fixtures";

const MATRIX_FILE = "docs/security/authorization-matrix.json";
const SPEC = "e2e/http-probes.spec.ts";
const ORIGIN = `http://127.0.0.1:${toolEnv().E2E_PORT}`;
const EVIL = "https://evil.example";

const PRINCIPALS = [
  "anonymous",
  "owner",
  "otherResident",
  "sameCohortMember",
  "otherCohortMember",
  "cohortModerator",
  "bannedMember",
  "advisorWithScope",
  "advisorWithoutScope",
  "revokedAdvisor",
  "expiredAdvisor",
] as const;
type Principal = (typeof PRINCIPALS)[number];
type SignedIn = Exclude<Principal, "anonymous">;
const ADVISORS = ["advisorWithScope", "advisorWithoutScope", "revokedAdvisor", "expiredAdvisor"] as const;
type Outcome = "allow" | "not-found" | "unauthenticated" | "forbidden" | "redirect-login" | "n/a";
type Entry = Record<Principal, Outcome> & { notes?: string; verifiedBy: string };
/** The owner's cookie after its session ended: a signed-out principal, held to the anonymous column. */
const REVOKED = "revokedSession";
type Caller = Principal | typeof REVOKED;
const CALLERS: Caller[] = [...PRINCIPALS, REVOKED];
const expectedFor = (e: Entry, caller: Caller): Outcome => e[caller === REVOKED ? "anonymous" : caller];

const matrix = JSON.parse(readFileSync(path.join(process.cwd(), MATRIX_FILE), "utf8")) as { entries: Record<string, Entry> };
const probedHere = Object.entries(matrix.entries).filter(([, e]) => e.verifiedBy === SPEC);
const pageEntries = probedHere.filter(([key]) => key.startsWith("page:"));
const routeEntries = probedHere.filter(([key]) => key.startsWith("route:"));

const DAY = 86_400_000;
const ALL_SCOPES = ["targets", "plan_b", "people", "private_notes", "asks", "rotations", "programs", "message_contents", "loi_status"];
// The DAL stores only sha256(token) for invitation links; rows made here store the same, so the links work.
const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");

type World = {
  users: Record<SignedIn, TestUser>;
  personId: string;
  askId: string;
  meetingId: string;
  programId: string;
  cohortId: string;
  postId: string;
  invitationToken: string;
  cohortToken: string;
};

/** An owner with a person, a meeting, a program, a post in their cohort and two live invitation links; the others around them. */
async function buildWorld(): Promise<World> {
  const [owner, otherResident, sameCohortMember, otherCohortMember, cohortModerator, bannedMember] = [
    await createTestUser("resident"),
    await createTestUser("resident"),
    await createTestUser("resident"),
    await createTestUser("resident"),
    await createTestUser("resident"),
    await createTestUser("resident"),
  ];
  const advisors = {} as Record<(typeof ADVISORS)[number], TestUser>;
  for (const who of ADVISORS) advisors[who] = await createTestUser("advisor");
  const db = e2eDb();
  const now = Date.now();
  const person = await db.person.create({
    data: { residentId: owner.id, name: `Dr. Probe ${randomBytes(3).toString("hex")}`, role: "ATTENDING", isAList: true, privateNotes: "Owner's private note" },
  });
  const meeting = await db.meeting.create({ data: { residentId: owner.id, personId: person.id, kind: "INTRO", scheduledOn: new Date(now + 7 * DAY) } });
  const ask = await db.ask.create({ data: { residentId: owner.id, personId: person.id, kind: "LETTER", status: "ASKED", askedOn: new Date(now - DAY) } });
  const program = await db.program.create({
    data: { residentId: owner.id, name: "Probe Internal Medicine", institution: "Probe University Hospital", status: "INTERVIEWED" },
  });
  const cohort = await db.cohort.create({
    data: {
      name: "Probe cohort A",
      programName: "Preliminary Internal Medicine",
      institution: "Probe University Hospital",
      year: 2026,
      track: "PRELIM_MEDICINE",
      memberships: {
        create: [
          { userId: owner.id, role: "MODERATOR" },
          { userId: cohortModerator.id, role: "MODERATOR" },
          { userId: sameCohortMember.id, role: "MEMBER" },
        ],
      },
    },
  });
  await db.cohortBan.create({ data: { cohortId: cohort.id, userId: bannedMember.id, bannedBy: owner.id } });
  await db.cohort.create({
    data: {
      name: "Probe cohort B",
      programName: "Preliminary Surgery",
      institution: "Elsewhere General",
      year: 2026,
      track: "PRELIM_SURGERY",
      memberships: { create: [{ userId: otherCohortMember.id, role: "MODERATOR" }] },
    },
  });
  const post = await db.boardPost.create({
    data: {
      cohortId: cohort.id,
      authorId: owner.id,
      kind: "OPENING",
      openingLevel: "CATEGORICAL_PGY1",
      specialty: "internal-medicine",
      programName: "Internal Medicine Residency",
      institution: "Dayton Medical Center",
      location: "Dayton, OH",
      title: "Categorical IM PGY-1 spot for January",
      body: "A categorical PGY-1 internal medicine position is open for a January start.",
      evidenceKind: "RUMOUR",
      heardOn: new Date(now - 3 * DAY),
      heardHow: "Heard at morning report",
    },
  });
  const cohortToken = randomBytes(24).toString("base64url");
  await db.cohortInvite.create({
    data: { cohortId: cohort.id, tokenHash: sha256(cohortToken), createdBy: owner.id, expiresAt: new Date(now + 14 * DAY), maxUses: 50 },
  });
  const invitationToken = randomBytes(24).toString("base64url");
  await db.advisorInvitation.create({
    data: {
      residentId: owner.id,
      email: `invitee.${randomBytes(4).toString("hex")}@example.org`,
      tokenHash: sha256(invitationToken),
      scopes: ["people"],
      expiresAt: new Date(now + 14 * DAY),
    },
  });
  await db.advisorGrant.createMany({
    data: [
      { residentId: owner.id, advisorId: advisors.advisorWithScope.id, scopes: ALL_SCOPES },
      { residentId: owner.id, advisorId: advisors.advisorWithoutScope.id, scopes: ["loi_status"] },
      { residentId: owner.id, advisorId: advisors.revokedAdvisor.id, scopes: ALL_SCOPES, revokedAt: new Date(now - DAY) },
      { residentId: owner.id, advisorId: advisors.expiredAdvisor.id, scopes: ALL_SCOPES, expiresAt: new Date(now - DAY) },
    ],
  });
  return {
    users: { owner, otherResident, sameCohortMember, otherCohortMember, cohortModerator, bannedMember, ...advisors },
    personId: person.id,
    askId: ask.id,
    meetingId: meeting.id,
    programId: program.id,
    cohortId: cohort.id,
    postId: post.id,
    invitationToken,
    cohortToken,
  };
}

/** A concrete URL for a route pattern: each dynamic segment becomes one of the owner's records. */
function urlFor(pattern: string, w: World): string {
  return pattern.replace(/\[([^\]]+)\]/g, (_match, name: string, offset: number) => {
    const before = pattern.slice(0, offset);
    const value =
      name === "token"
        ? before.startsWith("/join/")
          ? w.cohortToken
          : before.startsWith("/advisor/accept/")
            ? w.invitationToken
            : before.startsWith("/unsubscribe/")
              ? unsubscribeToken(w.users.owner.id, toolEnv().E2E_NEXTAUTH_SECRET)
              : null
        : name === "id"
          ? before.startsWith("/people/")
            ? w.personId
            : before.startsWith("/programs/")
              ? w.programId
              : before.startsWith("/meetings/")
                ? w.meetingId
                : before.startsWith("/asks/")
                  ? w.askId
                  : null
          : name === "residentId"
            ? w.users.owner.id
            : name === "section"
              ? "people"
              : name === "personId"
                ? w.personId
                : name === "cohortId"
                  ? w.cohortId
                  : name === "postId"
                    ? w.postId
                    : null;
    if (!value) throw new Error(`No record for [${name}] in ${pattern}: teach urlFor about it`);
    return value;
  });
}

async function contextFor(browser: Browser, user: TestUser | null, opts: { endSession?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    extraHTTPHeaders: { "x-forwarded-for": `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}` },
  });
  if (user) {
    const { sessionId } = await signIn(context, user);
    if (opts.endSession) await e2eDb().session.delete({ where: { id: sessionId } });
  }
  return context;
}

const homeOf = (p: Caller) => ((ADVISORS as readonly string[]).includes(p) ? "/advisor" : "/dashboard");
const isRedirect = (status: number) => [301, 302, 303, 307, 308].includes(status);

/** Why a response does not match the matrix's outcome for this principal, or null when it does. */
function mismatch(outcome: Outcome, principal: Caller, res: APIResponse): string | null {
  const status = res.status();
  const location = res.headers()["location"];
  const target = location ? new URL(location, ORIGIN).pathname : null;
  const seen = `HTTP ${status}${target ? ` -> ${target}` : ""}`;
  const ok =
    outcome === "allow"
      ? status === 200
      : outcome === "not-found"
        ? status === 404
        : outcome === "unauthenticated"
          ? status === 401
          : outcome === "redirect-login"
            ? isRedirect(status) && target === "/login"
            : // Role gates redirect to the caller's own home without rendering; n/a pages do the same for signed-in users.
              (isRedirect(status) && target === homeOf(principal)) || (outcome === "forbidden" && status === 403);
  return ok ? null : `${principal}: expected ${outcome}, got ${seen}${status >= 200 && status < 300 && outcome !== "allow" ? "  <-- UNEXPECTED ALLOW" : ""}`;
}

test.describe("every page of the authorization matrix, fetched as every principal", () => {
  let world: World;
  const contexts = {} as Record<Caller, BrowserContext>;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    world = await buildWorld();
    for (const p of PRINCIPALS) contexts[p] = await contextFor(browser, p === "anonymous" ? null : world.users[p]);
    contexts[REVOKED] = await contextFor(browser, world.users.owner, { endSession: true });
  });
  test.afterAll(async () => {
    for (const context of Object.values(contexts)) await context.close();
  });

  test("the matrix has page entries for this spec, and the route patterns all resolve to URLs", () => {
    expect(pageEntries.length).toBeGreaterThan(40);
    for (const [key] of pageEntries) expect(urlFor(key.slice("page:".length), world)).not.toContain("[");
  });

  for (const [key, entry] of pageEntries) {
    test(key, async () => {
      const url = urlFor(key.slice("page:".length), world);
      const problems: string[] = [];
      for (const principal of CALLERS) {
        const res = await contexts[principal].request.get(url, { maxRedirects: 0 });
        const problem = mismatch(expectedFor(entry, principal), principal, res);
        if (problem) problems.push(`${url} ${problem}`);
        await res.dispose();
      }
      expect(problems).toEqual([]);
    });
  }

  for (const [key, entry] of routeEntries) {
    test(key, async () => {
      expect(key).toBe("route:/api/auth/[...nextauth]");
      for (const principal of CALLERS) {
        const res = await contexts[principal].request.get("/api/auth/session", { maxRedirects: 0 });
        expect(mismatch(expectedFor(entry, principal), principal, res)).toBeNull();
        // The session endpoint names the caller and nobody else; an ended session names nobody.
        const session = (await res.json()) as { user?: { id?: string } };
        expect(session.user?.id ?? null, principal).toBe(principal === "anonymous" || principal === REVOKED ? null : world.users[principal].id);
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Raw server-action requests
// ---------------------------------------------------------------------------------------------------------------

const needleSafe = (s: string) => {
  if (!/^[A-Za-z0-9.@-]+$/.test(s)) throw new Error(`unsafe needle ${s}`);
  return s;
};

/**
 * Every row of every table that a probe could have written: rows naming one of the probe's users (their id appears
 * in some column), rows carrying the probe's marker (every text field the probes send contains it), and rate-limit
 * rows keyed by the probe's address. Counted and hashed table by table, so inserts, updates and deletes all show.
 * Scoped this way rather than whole-table so other specs writing in parallel cannot disturb it.
 */
async function footprint(needles: string[]): Promise<Record<string, string>> {
  const tables = await e2eDb().$queryRaw<{ tablename: string }[]>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const patterns = needles.map((n) => `%${needleSafe(n)}%`);
  const sql = tables
    .map(
      (t) =>
        `SELECT '${t.tablename}' AS name, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM "${t.tablename}" x WHERE x::text LIKE ANY($1::text[])`,
    )
    .join(" UNION ALL ");
  const rows = await e2eDb().$queryRawUnsafe<{ name: string; h: string }[]>(sql, patterns);
  expect(rows.length).toBe(tables.length);
  return Object.fromEntries(rows.map((r) => [r.name, r.h]));
}

type ActionWorld = { owner: TestUser; personId: string; programId: string; meetingId: string; marker: string; ip: string };

async function buildActionWorld(): Promise<ActionWorld> {
  const owner = await createTestUser("resident");
  const db = e2eDb();
  const person = await db.person.create({ data: { residentId: owner.id, name: "Dr. Action Probe", role: "ATTENDING", isAList: true } });
  const program = await db.program.create({ data: { residentId: owner.id, name: "Action Probe Medicine", institution: "Probe Hospital" } });
  const meeting = await db.meeting.create({ data: { residentId: owner.id, personId: person.id, kind: "INTRO", scheduledOn: new Date(Date.now() + 7 * DAY) } });
  await db.notification.create({ data: { userId: owner.id, kind: "post.restored", message: "Unread notice for the control call." } });
  return {
    owner,
    personId: person.id,
    programId: program.id,
    meetingId: meeting.id,
    marker: `probe-${randomBytes(6).toString("hex")}`,
    ip: `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`,
  };
}

/**
 * One argument object that many actions would accept (zod drops the keys an action does not know), aimed at the
 * owner's records: with it, deleteAccount would delete the owner, deletePerson the person, and so on. If any probe
 * ever ran an action, the footprint would change.
 */
const hostileInput = (w: ActionWorld) => ({
  confirmation: w.owner.email,
  personId: w.personId,
  programId: w.programId,
  meetingId: w.meetingId,
  name: `${w.marker} name`,
  email: `${w.marker}@example.org`,
  password: `${w.marker} password that is long`,
  role: "ATTENDING",
  tags: [],
  isAList: false,
  enabled: false,
  key: "statement",
  done: true,
  decision: "PIVOT",
  occurredOn: "2026-01-19",
  action: w.marker,
  body: `${w.marker} body`,
  purpose: "MAGIC_LINK",
});

async function postAction(context: BrowserContext, url: string, actionId: string, origin: string | null, w: ActionWorld): Promise<APIResponse> {
  return context.request.post(url, {
    headers: {
      "Next-Action": actionId,
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      "x-forwarded-for": w.ip,
      ...(origin ? { Origin: origin } : {}),
    },
    data: JSON.stringify([hostileInput(w)]),
    maxRedirects: 0,
  });
}

type ManifestEntry = { workers: Record<string, unknown>; filename: string; exportedName: string };
function builtActions(): Record<string, ManifestEntry> {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return manifest.node;
}
/** "app/(app)/people/new/page" -> "/people/new". */
const pageOfWorker = (worker: string) =>
  `/${worker
    .split("/")
    .slice(1, -1)
    .filter((s) => !/^\(.*\)$/.test(s))
    .join("/")}`;

test.describe("raw server-action requests", () => {
  test("a made-up Next-Action id, cross-site, same-site or without Origin, signed in or not, runs nothing and writes nothing", async ({ browser }) => {
    const w = await buildActionWorld();
    const signedIn = await contextFor(browser, w.owner);
    const anonymous = await contextFor(browser, null);
    const needles = [w.owner.id, w.marker, w.ip];
    const before = await footprint(needles);
    const problems: string[] = [];
    for (const url of ["/people/new", "/settings", "/signup", "/"]) {
      for (const [who, context] of [
        ["signed in", signedIn],
        ["signed out", anonymous],
      ] as const) {
        for (const origin of [EVIL, ORIGIN, null]) {
          const id = randomBytes(20).toString("hex");
          const res = await postAction(context, url, id, origin, w);
          const text = await res.text();
          const location = res.headers()["location"];
          // Refused: an error status, Next's answer for an id it does not know, or (signed out, app pages) the
          // proxy's redirect to sign-in before Next looks at the action at all. Never a 2xx that ran something.
          const refused =
            res.status() >= 400 ||
            /server action not found/i.test(text) ||
            (who === "signed out" && isRedirect(res.status()) && new URL(location ?? "/", ORIGIN).pathname === "/login");
          if (!refused) problems.push(`${url} ${who} Origin=${origin}: HTTP ${res.status()} ${text.slice(0, 120)}`);
          if (res.headers()["set-cookie"]?.includes("next-auth.session-token")) problems.push(`${url} ${who} Origin=${origin}: set a session cookie`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(await footprint(needles)).toEqual(before);
    await signedIn.close();
    await anonymous.close();
  });

  test("every real action id of the build, posted cross-site with the owner's session and a destructive input, is refused before it runs", async ({
    browser,
  }) => {
    const w = await buildActionWorld();
    const signedIn = await contextFor(browser, w.owner);
    const actions = builtActions();
    // The build's actions are exactly the matrix's action entries: no endpoint escapes the matrix.
    const built = Object.values(actions).map((a) => `action:${a.filename.replace(/\.tsx?$/, "")}#${a.exportedName}`);
    expect([...new Set(built)].sort()).toEqual(
      Object.keys(matrix.entries)
        .filter((k) => k.startsWith("action:"))
        .sort(),
    );

    const needles = [w.owner.id, w.personId, w.marker, w.ip];
    const before = await footprint(needles);
    const problems: string[] = [];
    for (const [id, action] of Object.entries(actions)) {
      const pattern = pageOfWorker(Object.keys(action.workers)[0]!);
      // Pages with ids: any URL reaches the same action; the owner's own ids keep the page itself valid.
      const url = pattern.replace(/\[[^\]]+\]/g, w.personId);
      const res = await postAction(signedIn, url, id, EVIL, w);
      const text = await res.text();
      if (res.status() < 400) problems.push(`${action.exportedName} via ${url}: HTTP ${res.status()} ${text.slice(0, 160)}  <-- CROSS-SITE CALL NOT REFUSED`);
    }
    expect(problems).toEqual([]);
    expect(await footprint(needles)).toEqual(before);

    // Control: the same request from the app's own origin runs the action, so the refusals above are the Origin
    // check at work, not a malformed request. setDigestEnabled({ enabled: false }) changes only the owner's flag.
    const [digestId, digest] = Object.entries(actions).find(([, a]) => a.exportedName === "setDigestEnabled")!;
    expect((await e2eDb().user.findUniqueOrThrow({ where: { id: w.owner.id } })).digestEnabled).toBe(true);
    const control = await postAction(signedIn, pageOfWorker(Object.keys(digest.workers)[0]!), digestId, ORIGIN, w);
    expect(control.status()).toBe(200);
    expect((await e2eDb().user.findUniqueOrThrow({ where: { id: w.owner.id } })).digestEnabled).toBe(false);
    expect(await footprint(needles)).not.toEqual(before);
    await signedIn.close();
  });

  test("login CSRF: a cross-site POST to the password callback with the victim's cookies does not sign the victim in as the attacker", async ({ browser }) => {
    const victim = await createTestUser("resident");
    const attacker = await createTestUser("resident");
    const victimContext = await contextFor(browser, victim);
    // The victim's browser holds a CSRF cookie too, as it would after visiting the sign-in page once.
    const { csrfToken: victimToken } = (await (await victimContext.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    // The attacker can get a token of their own, but it is bound to the attacker's cookie, not the victim's.
    const attackerContext = await contextFor(browser, null);
    const { csrfToken: attackerToken } = (await (await attackerContext.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const sessionUser = async () => ((await (await victimContext.request.get("/api/auth/session")).json()) as { user?: { id?: string } }).user?.id ?? null;
    expect(await sessionUser()).toBe(victim.id);

    for (const csrfToken of [undefined, attackerToken, "0".repeat(64)]) {
      const res = await victimContext.request.post("/api/auth/callback/password", {
        headers: { Origin: EVIL, Referer: `${EVIL}/win-a-prize` },
        form: { email: attacker.email, password: E2E_PASSWORD, callbackUrl: `${EVIL}/`, ...(csrfToken ? { csrfToken } : {}) },
        maxRedirects: 0,
      });
      expect(res.headers()["set-cookie"] ?? "", `csrfToken=${csrfToken}`).not.toContain("next-auth.session-token");
      // next-auth sends the browser back to sign-in with ?csrf=true, never to the attacker's callback.
      expect(new URL(res.headers()["location"] ?? "/", ORIGIN).origin).toBe(ORIGIN);
      expect(await sessionUser()).toBe(victim.id);
    }

    // Control: with the victim's own token (which a cross-site page cannot read) the same POST does sign in, so
    // the assertions above can fail.
    const control = await victimContext.request.post("/api/auth/callback/password", {
      headers: { Origin: EVIL },
      form: { email: attacker.email, password: E2E_PASSWORD, callbackUrl: `${ORIGIN}/dashboard`, csrfToken: victimToken },
      maxRedirects: 0,
    });
    expect(control.headers()["set-cookie"] ?? "").toContain("next-auth.session-token");
    expect(await sessionUser()).toBe(attacker.id);
    await victimContext.close();
    await attackerContext.close();
  });
});
