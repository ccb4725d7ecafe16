// Hostile query strings against GET /api/cohorts/[id]/posts (app/api/cohorts/[id]/posts/route.ts), called directly
// with a NextRequest by a signed-in member of the cohort: cursors (well-formed, forged, decoded to junk), search
// text full of tsquery operators, NUL and astral characters, junk kind / evidence / specialty, unknown and
// prototype-named keys, raw undecodable query strings, and odd cohort ids. The answer is always JSON with status
// 200, 400 or 404 (never 500), and no stack trace or database detail in the body.
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/cohorts/[id]/posts/route";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { SPECIALTY_IDS } from "@/lib/rules/specialties";
import { withTestDatabase } from "@/lib/testing/db";
import { createCohort, createResident } from "@/lib/testing/factories";
import { actAs, testRequest } from "@/lib/testing/test-session";
import { EVIDENCE_FILTERS, POST_KINDS } from "@/lib/validation/board";
import { LEAKS } from "@/lib/security-tests/hostile-values";

withTestDatabase();

const NOW = new Date("2026-03-10T12:00:00Z");
const RUNS = 1_000;
const BASE = "http://localhost:3000";

let member: { id: string };
let cohortId: string;
let otherCohortId: string;
const postIds: string[] = [];

beforeEach(() => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
});

beforeAll(async () => {
  member = await createResident();
  const outsider = await createResident();
  const cohort = await createCohort([{ userId: member.id, role: "MODERATOR" }]);
  cohortId = cohort.id;
  otherCohortId = (await createCohort([{ userId: outsider.id }])).id;
  // Enough posts for two pages (PAGE_SIZE is 20), rumours and confirmed, fresh and stale, so every filter and the
  // cursor have rows to work on.
  for (let i = 0; i < 45; i++) {
    const post = await db().boardPost.create({
      data: {
        cohortId,
        authorId: member.id,
        kind: POST_KINDS[i % POST_KINDS.length]!,
        openingLevel: i % POST_KINDS.length === 0 ? "PGY2" : null,
        specialty: SPECIALTY_IDS[i % 5]!,
        programName: `Program ${i} Internal Medicine`,
        institution: "Mercy General",
        location: "Columbus, OH",
        title: `Opening number ${i}: neurology & cardiology (PGY-2)`,
        body: `Post ${i} about a position; heard from the coordinator. O'Brien's program, "quoted", 100% sure.`,
        evidenceKind: i % 3 === 0 ? "CONFIRMED" : "RUMOUR",
        heardOn: i % 3 === 0 ? null : new Date(NOW.getTime() - (i % 40) * 86_400_000),
        heardHow: i % 3 === 0 ? null : "At morning report",
        sourceType: i % 3 === 0 ? "PROGRAM_WEBSITE" : null,
        confirmedOn: i % 3 === 0 ? new Date("2026-03-01T00:00:00Z") : null,
        disputeCount: i % 7 === 0 ? 2 : 0,
        createdAt: new Date(NOW.getTime() - i * 3_600_000),
      },
    });
    postIds.push(post.id);
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Hostile query strings
// ---------------------------------------------------------------------------------------------------------------

const TSQUERY = ["&", "|", "!", "(", ")", ":", "*", "'", "\\", "<->", "<2>", '"', "-", "or", "OR", "AND", "NOT", ":*", "!!", "&&", "||"];
const SPECIAL = ["\u0000", "\u202E", "\uD800", "\uFEFF", "👩‍⚕️", "%", "%00", "%ZZ", "+", "=", "&", "#", "?", "\n", "\t"];
const tsqueryish = fc
  .array(fc.oneof(fc.constantFrom(...TSQUERY), fc.constantFrom("neurology", "cardiology", "PGY", "O'Brien", "100%", "the", "a")), { maxLength: 30 })
  .map((parts) => parts.join(""));
const hostileString = fc.oneof(
  tsqueryish,
  tsqueryish.map((s) => s.split("").join(" ")),
  fc.constantFrom(...TSQUERY, ...SPECIAL, "", " ", "null", "undefined", "__proto__", "constructor"),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...SPECIAL), fc.string({ maxLength: 10 })).map((p) => p.join("")),
  fc.tuple(fc.constantFrom("a", "&", "!", "("), fc.integer({ min: 90, max: 400 })).map(([u, n]) => u.repeat(n)),
);

const b64 = (s: string) => Buffer.from(s).toString("base64url");
const uuidish = fc.oneof(
  fc.uuid(),
  fc.constantFrom(
    "00000000-0000-0000-0000-000000000000",
    "------------------------------------",
    "ffffffff-ffff-ffff-ffff-fffffffffffg",
    "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
    "aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa",
  ),
  fc.stringMatching(/^[0-9a-f-]{36}$/),
  hostileString,
);
const isoish = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom(
    "2026-03-10T12:00:00.000Z",
    "+275760-09-13T00:00:00.000Z",
    "-271821-04-20T00:00:00.000Z",
    "0000-01-01T00:00:00Z",
    "Invalid Date",
    "",
    "2026-02-30",
    "1e308",
  ),
  hostileString,
);
const cursorArb = fc.oneof(
  fc.constantFrom(...[0, 1, 19, 20, 44]).map((i) => ({ i })),
  fc.tuple(isoish, uuidish).map(([iso, id]) => b64(`${iso}|${id}`)),
  fc.tuple(isoish, uuidish, hostileString).map(([iso, id, rest]) => b64(`${iso}|${id}|${rest}`)),
  fc.string({ maxLength: 80 }).map(b64),
  hostileString,
);
const paramName = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom("cursor", "q", "kind", "evidence", "specialty"),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "toString", "Q", "cursor[]", "q ", ""),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const valueFor = (name: string): fc.Arbitrary<string | { i: number }> => {
  if (name === "cursor") return cursorArb;
  if (name === "kind") return fc.oneof(fc.constantFrom(...POST_KINDS), hostileString);
  if (name === "evidence") return fc.oneof(fc.constantFrom(...EVIDENCE_FILTERS), hostileString);
  if (name === "specialty") return fc.oneof(fc.constantFrom(...SPECIALTY_IDS), hostileString);
  return hostileString;
};
const pairs = fc.array(
  paramName.chain((name) => valueFor(name).map((value) => [name, value] as const)),
  { maxLength: 6 },
);

type Query = {
  pairs: (readonly [string, string | { i: number }])[];
  raw?: string;
  id: "member" | "other" | string;
};
const idArb = fc.oneof(
  { weight: 8, arbitrary: fc.constant("member") },
  { weight: 1, arbitrary: fc.constant("other") },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.uuid(),
      hostileString.filter((s) => s !== "member" && s !== "other"),
    ),
  },
);
const queryArb: fc.Arbitrary<Query> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ pairs, id: idArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      pairs: fc.constant<Query["pairs"]>([]),
      raw: fc.oneof(hostileString, fc.string({ unit: "binary", maxLength: 200 })),
      id: idArb,
    }),
  },
);

/** A real cursor (the one the API itself would return after row i), so deep pages are reached too. */
async function realCursor(i: number): Promise<string> {
  const row = await db().boardPost.findUniqueOrThrow({
    where: { id: postIds[i]! },
    select: { createdAt: true, id: true },
  });
  return b64(`${row.createdAt.toISOString()}|${row.id}`);
}

async function call(query: Query): Promise<{ status: number; text: string; url: string }> {
  const id = query.id === "member" ? cohortId : query.id === "other" ? otherCohortId : query.id;
  const url = new URL(`${BASE}/api/cohorts/${encodeURIComponent(id.toWellFormed())}/posts`);
  if (query.raw !== undefined) url.search = query.raw;
  for (const [name, value] of query.pairs) url.searchParams.append(name, typeof value === "string" ? value : await realCursor(value.i));
  actAs(member.id);
  const response = await GET(new NextRequest(url), {
    params: Promise.resolve({ id }),
  });
  return {
    status: response.status,
    text: await response.text(),
    url: url.toString(),
  };
}

function problemsOf(result: { status: number; text: string }): string[] {
  const problems: string[] = [];
  if (![200, 400, 404].includes(result.status)) problems.push(`status ${result.status}`);
  let body: unknown;
  try {
    body = JSON.parse(result.text);
  } catch {
    problems.push(`body is not JSON: ${result.text.slice(0, 200)}`);
  }
  for (const leak of LEAKS) if (result.text.includes(leak)) problems.push(`body leaks ${JSON.stringify(leak)}`);
  if (result.status === 200) {
    const b = body as { posts?: unknown; nextCursor?: unknown };
    if (!Array.isArray(b?.posts) || !(b.nextCursor === null || typeof b.nextCursor === "string"))
      problems.push(`200 without { posts, nextCursor }: ${result.text.slice(0, 200)}`);
  } else if (typeof (body as { error?: unknown })?.error !== "string") {
    problems.push(`${result.status} without an error sentence: ${result.text.slice(0, 200)}`);
  }
  return problems;
}

async function exercise(query: Query): Promise<void> {
  const errors: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void errors.push(args);
  let result: { status: number; text: string; url: string };
  try {
    result = await call(query);
  } catch (error) {
    throw new Error(`GET threw for ${JSON.stringify(query)}: ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    console.error = original;
  }
  const problems = problemsOf(result);
  if (errors.length) problems.push("console.error was called");
  if (problems.length) throw new Error(`GET ${result.url}\n  ${problems.join("\n  ")}\n  body: ${result.text.slice(0, 300)}`);
}

describe("GET /api/cohorts/[id]/posts under hostile query strings", () => {
  it("answers a plain request, filters and real cursors with 200 (the fixture works)", async () => {
    const first = await call({ pairs: [], id: "member" });
    expect(first.status).toBe(200);
    const page = JSON.parse(first.text) as {
      posts: unknown[];
      nextCursor: string | null;
    };
    expect(page.posts).toHaveLength(20);
    expect(page.nextCursor).toEqual(expect.any(String));
    const second = await call({
      pairs: [["cursor", page.nextCursor!]],
      id: "member",
    });
    expect((JSON.parse(second.text) as { posts: unknown[] }).posts).toHaveLength(20);
    expect((await call({ pairs: [["q", "neurology"]], id: "member" })).status).toBe(200);
    expect((await call({ pairs: [], id: "other" })).status).toBe(404);
  });

  it(`status is 200, 400 or 404 with a JSON body and no internals (${RUNS} runs)`, async () => {
    await fc.assert(fc.asyncProperty(queryArb, exercise), { numRuns: RUNS });
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------------------------
// Findings: minimal counterexamples, kept as regression tests. Each was answered with a 500 before its fix (commit
// 8175d17); now junk cursors and search text start from the first page, which is what each asserts.
// ---------------------------------------------------------------------------------------------------------------

describe("findings (minimal counterexamples)", () => {
  const idsOf = (text: string) => (JSON.parse(text) as { posts: { id: string }[] }).posts.map((p) => p.id);

  it.each([
    // lib/server/board/list-posts.ts decodeCursor only checked the id against /^[0-9a-f-]{36}$/; the query then cast
    // it with ::uuid and PostgreSQL rejected it (22P02), which jsonRoute answered with 500.
    ["a cursor whose id is 36 hyphens", () => [["cursor", b64("2026-03-10T12:00:00.000Z|------------------------------------")]] as const],
    // A Date JavaScript accepts but timestamptz does not (year 0, or before 4713 BC): 22008 "date/time field value
    // out of range" -> 500.
    ["a cursor dated in the year 0", () => [["cursor", b64(`0000-01-01T00:00:00Z|${postIds[0]}`)]] as const],
    // q reached websearch_to_tsquery as text; PostgreSQL rejects U+0000 in text (22021) -> 500.
    ["q containing a NUL character", () => [["q", "\u0000"]] as const],
  ])("%s is answered with the first page", async (_name, pairsOf) => {
    const firstPage = await call({ pairs: [], id: "member" });
    const result = await call({ pairs: [...pairsOf()], id: "member" });
    expect(problemsOf(result)).toEqual([]);
    expect(result.status).toBe(200);
    expect(idsOf(result.text)).toEqual(idsOf(firstPage.text));
    expect(idsOf(result.text)).toHaveLength(20);
  });
});
