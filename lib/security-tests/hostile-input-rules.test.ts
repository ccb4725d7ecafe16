// Hostile input against both rule engines (lib/rules/message-rules.ts and lib/rules/board-rules.ts): arbitrary
// strings (astral, emoji, RTL, lone surrogates, NUL), values of the wrong type where the code promises to survive
// anything, dates including invalid Date objects and the ends of the Date range, awkward numbers, and texts of
// thousands of characters. Every call must return, and return well-formed findings.
//
// No timing assertions: "a 100,000-character input completes" is checked with a 10 s per-test timeout. The input
// runs in a worker thread, because a regular expression that backtracks catastrophically blocks the thread it runs
// on, and a blocked test thread cannot notice its own timeout; the worker is terminated when the test ends.
import { Worker } from "node:worker_threads";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { checkPost, detectOfficialListRepost, detectPersonalCircumstances, evidenceState, type PostDraft } from "@/lib/rules/board-rules";
import { BLOCK_RULES, WARN_RULES, claimsFirstChoice, evaluateMessage, type MessageContext, type MessageDraft } from "@/lib/rules/message-rules";
import { L } from "@/lib/rules/messages/lexicon";
import { normalizeText } from "@/lib/rules/messages/normalize";
import { SPECIALTY_IDS } from "@/lib/rules/specialties";
import { EDGE_NUMBERS } from "@/lib/security-tests/hostile-values";

const RUNS = 1_000;
const BIG = 100_000;
const NOW = new Date("2026-03-10T12:00:00Z");

// ---------------------------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------------------------

const SPECIAL_CHARS = [
  "\u0000",
  "\u202E",
  "\u200F",
  "\u200B",
  "\uFEFF",
  "\uD800",
  "\uDFFF",
  "\u0301",
  "👩🏽‍⚕️",
  "𝕏",
  "İ",
  "ß",
  "\r\n",
  "\t",
  "'",
  "’",
  "-",
  "—",
  "#",
  ".",
  ";",
  ",",
];
/** Fragments the detectors look for, so hostile text also reaches the matching paths, not only the misses. */
const RULE_PHRASES = [
  "you are my first choice",
  "Mercy General is, without a doubt, my #1 pick",
  "I will rank you first",
  "where will I be on your rank list?",
  "if you rank me highly I will rank you first",
  "I am a US citizen",
  "I will need a J-1 visa",
  "my goal is a career in dermatology",
  "I deserve a spot",
  "sorry to bother you",
  "Dr. Patel went on medical leave",
  "Sarah Jones was fired after her divorce",
  "one of the residents who was arrested",
  "attached is the list of unfilled programs",
  "check R3 for the NRMP unfilled list",
  "1234140C0 2345678P1 3456789A2",
  "won't can't it's i'm",
  "No. 1 number one #1 num. 1",
];
const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "\n\n\n",
  ". . .",
  "#",
  "#1",
  "-",
  "'",
  "Dr.",
  "U.S.A.",
  "j-1 h-1b f-1",
  "__proto__",
  "constructor",
  "NaN",
  "\uD83D",
  "\u202Eevil",
  "שלום",
  "مرحبا",
  "🙂".repeat(50),
];

/** Text made of hostile pieces and rule phrases, up to `max` characters. */
function hostileText(max: number): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(...RULE_PHRASES),
    fc.constantFrom(...NASTY_STRINGS),
    fc.constantFrom(...SPECIAL_CHARS),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ maxLength: 40 }),
  );
  const long = fc
    .tuple(fc.oneof(piece, fc.constantFrom(...SPECIAL_CHARS)), fc.integer({ min: 1, max }))
    .map(([unit, n]) => (unit === "" ? "" : unit.repeat(Math.ceil(n / unit.length)).slice(0, n)));
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.array(piece, { maxLength: 12 }).chain((parts) => fc.constantFrom(" ", "", "\n", ". ", ", ").map((sep) => parts.join(sep).slice(0, max))),
    },
    { weight: 1, arbitrary: long },
  );
}
const text = hostileText(5_000);

const EDGE_DATES = [
  new Date(NaN),
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date(0),
  new Date(-0),
  new Date("2026-03-16T00:00:00Z"),
  new Date("2026-02-29T00:00:00Z"),
];
/** Dates anywhere in the Date range, invalid ones, and dates near NOW so the date rules fire. */
const hostileDate: fc.Arbitrary<Date> = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(...EDGE_DATES),
  fc.integer({ min: -400, max: 400 }).map((days) => new Date(NOW.getTime() + days * 86_400_000)),
  fc.integer({ min: -60 * 24 * 30, max: 60 * 24 * 30 }).map((minutes) => new Date(NOW.getTime() + minutes * 60_000)),
);
/** A value of any type where the code declares a string or a Date but promises to survive anything. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, NaN, Infinity, -0, 1e308, true, {}, [], new Date(NaN)),
  fc.anything({ maxDepth: 1 }),
);
const hostileNumber = fc.oneof(fc.constantFrom(...EDGE_NUMBERS, 1, 2, 3, Number.MAX_SAFE_INTEGER), fc.double(), fc.integer({ min: -5, max: 5 }));
const orJunk = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: arb as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: junk });

// ---------------------------------------------------------------------------------------------------------------
// Message rules
// ---------------------------------------------------------------------------------------------------------------

const MESSAGE_KINDS = ["PRE_APPLICATION", "THANK_YOU", "INTEREST_UPDATE", "LETTER_OF_INTENT", "FINAL_NOTE", "REPLY", "OTHER"] as const;
const VISA = ["US_CITIZEN_OR_PR", "J1", "H1B", "F1_OPT", "NEEDS_SPONSORSHIP", "OTHER"] as const;
// Names every plain object answers to: a lookup table indexed by one of them returns a function or Object.prototype.
const PROTOTYPE_KEYS = ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "prototype"] as const;
/** A value from an enumeration, or a string outside it (often a name every object has). */
const enumOrString = <T extends string>(values: readonly T[], maxLength: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
    { weight: 1, arbitrary: fc.string({ maxLength }) },
  );
const programIdArb = enumOrString(["p-mercy", "p-lakeside", "p-other", ""], 8);
const kindArb = enumOrString(MESSAGE_KINDS, 10);

const draftArb = fc.record({
  programId: programIdArb,
  kind: kindArb,
  subject: orJunk(hostileText(300)),
  body: orJunk(text),
  sentAt: orJunk(hostileDate),
}) as unknown as fc.Arbitrary<MessageDraft>;

const calendarArb = fc.record({
  applicationsOpen: hostileDate,
  rankListDeadline: hostileDate,
  matchWeekMonday: hostileDate,
  soapEnd: hostileDate,
  matchDay: hostileDate,
  trainingStart: hostileDate,
});
const contextArb = fc.record(
  {
    profile: fc.record({
      targetSpecialty: fc.oneof(enumOrString(SPECIALTY_IDS, 12), fc.constant(null)),
      visaStatus: enumOrString(VISA, 12),
    }),
    program: fc.record({
      id: programIdArb,
      name: orJunk(hostileText(200)),
      postInterviewCommunication: enumOrString(["YES", "NO", "UNKNOWN"], 5),
      participatesInMatch: fc.boolean(),
      interviewDate: fc.option(hostileDate),
    }),
    calendar: calendarArb,
    programContactedFirstDuringSoap: fc.boolean(),
    sentThisCycle: fc.array(
      fc.record({
        programId: programIdArb,
        kind: kindArb,
        sentAt: orJunk(hostileDate),
        claimsFirstChoice: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
  },
  // The containers the code guards with ?. (program, calendar) may be missing too.
  {
    requiredKeys: ["profile", "programContactedFirstDuringSoap", "sentThisCycle"],
  },
) as unknown as fc.Arbitrary<MessageContext>;

const ALL_RULES: readonly string[] = [...BLOCK_RULES, ...WARN_RULES];

const FINDING_KEYS = ["field", "message", "quote", "rewrite", "rule", "severity"];

function assertFindings(findings: unknown, draft?: unknown): void {
  expect(Array.isArray(findings)).toBe(true);
  const list = findings as {
    rule: unknown;
    severity: unknown;
    message: unknown;
    quote?: unknown;
    field?: unknown;
    rewrite?: { from?: unknown; to?: unknown };
  }[];
  const rules = list.map((f) => f.rule);
  expect(new Set(rules).size, "a rule reported twice").toBe(rules.length);
  const fields = draft && typeof draft === "object" ? (draft as Record<string, unknown>) : {};
  for (const f of list) {
    for (const key of Object.keys(f)) expect(FINDING_KEYS).toContain(key);
    if (f.quote !== undefined) {
      // A quote is the resident's own text, from the field it names.
      expect(f.field === "subject" || f.field === "body").toBe(true);
      expect(typeof f.quote === "string" && f.quote !== "").toBe(true);
      const source = fields[f.field as string];
      if (typeof source === "string") expect(source).toContain(f.quote);
    }
    if (f.rewrite !== undefined) {
      expect(typeof f.rewrite.from === "string" && f.rewrite.from === f.quote).toBe(true);
      expect(typeof f.rewrite.to === "string" && f.rewrite.to.trim() !== "").toBe(true);
    }
    expect(ALL_RULES).toContain(f.rule);
    expect(f.severity).toBe((BLOCK_RULES as readonly unknown[]).includes(f.rule) ? "block" : "warn");
    expect(typeof f.message === "string" && f.message.trim() !== "", `message of ${String(f.rule)}`).toBe(true);
  }
  // Blocks first, then warnings, each in declaration order.
  expect(rules).toEqual(ALL_RULES.filter((r) => rules.includes(r)));
}

describe("message rules under hostile input", () => {
  it(`evaluateMessage never throws and returns well-formed findings (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(draftArb, contextArb, (draft, context) => {
        assertFindings(evaluateMessage(draft, context), draft);
      }),
      { numRuns: RUNS },
    );
  });

  // A profile field outside its enumeration (a stale row, a hand-edited request) reads as unknown, never as a lookup
  // into Object.prototype: "I am a US citizen" against a visa status of "__proto__" once threw "patterns is not
  // iterable" from the story detectors.
  it.each(PROTOTYPE_KEYS)("reads a profile field named %j as unknown, and still checks the other rules", (key) => {
    const context = {
      profile: { targetSpecialty: key, visaStatus: key },
      program: { id: key, name: "Lakeside", postInterviewCommunication: key, participatesInMatch: true, interviewDate: null },
      programContactedFirstDuringSoap: false,
      sentThisCycle: [],
    } as unknown as MessageContext;
    for (const subject of ["I am a US citizen", "I will need J-1 sponsorship", "Surgery has always been my goal"]) {
      const findings = evaluateMessage({ programId: key, kind: key, subject, body: "", sentAt: NOW } as unknown as MessageDraft, context);
      assertFindings(findings, { subject });
      expect(findings.map((f) => f.rule)).not.toContain("consistent-story");
    }
    const deal = evaluateMessage({ programId: key, kind: "OTHER", subject: "", body: "If you rank me first I will rank you first.", sentAt: NOW }, context);
    expect(deal.map((f) => f.rule)).toContain("no-commitment-deal");
  });

  it(`claimsFirstChoice never throws and returns a boolean (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(orJunk(text), (value) => {
        expect(typeof claimsFirstChoice(value as string)).toBe("boolean");
      }),
      { numRuns: RUNS },
    );
  });

  // The detectors' word classes hold only the letters normalisation leaves (lexicon.ts, L); a letter outside them would
  // split its word in two, and "rank" inside a word of another script would read as the word "rank".
  const outsideAlphabet = new RegExp(String.raw`(?![${L}0-9])[\p{L}\p{N}]`, "u");
  it(`normalised text holds no letter or digit outside the detectors' alphabet (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(normalizeText(value)).not.toMatch(outsideAlphabet);
      }),
      { numRuns: RUNS },
    );
  });

  it("reads a word in another script as one word, and the English around it as before", () => {
    const day = new Date("2026-01-20T12:00:00Z");
    const context = (): MessageContext => ({
      profile: { targetSpecialty: "internal-medicine", visaStatus: "J1" },
      program: {
        id: "p",
        name: "Lakeside Medical Center",
        postInterviewCommunication: "YES",
        participatesInMatch: true,
        interviewDate: new Date("2026-01-05T12:00:00Z"),
      },
      calendar: {
        applicationsOpen: new Date("2025-09-24T12:00:00Z"),
        rankListDeadline: new Date("2026-03-04T12:00:00Z"),
        matchWeekMonday: new Date("2026-03-16T12:00:00Z"),
        soapEnd: new Date("2026-03-19T12:00:00Z"),
        matchDay: new Date("2026-03-20T12:00:00Z"),
        trainingStart: new Date("2026-07-01T12:00:00Z"),
      },
      programContactedFirstDuringSoap: false,
      sentThisCycle: [],
    });
    const draft = (body: string): MessageDraft => ({ programId: "p", kind: "INTEREST_UPDATE", subject: "", body, sentAt: day });
    const ask = "Where do I stand on your rank list?";
    for (const lead of ["Здравствуйте, доктор Иванов!", "مرحبا دكتور.", "Γεια σας.", "您好！", "Dr Ødegård, Ñandú Memorial."]) {
      const ids = evaluateMessage(draft(`${lead} ${ask}`), context()).map((f) => f.rule);
      expect(ids, lead).toContain("no-rank-solicitation");
      expect(
        evaluateMessage(draft(`${lead} Thank you for the interview day.`), context()).map((f) => f.rule),
        lead,
      ).not.toContain("no-rank-solicitation");
    }
    // "ранг" (rank) and "список" (list) are not English words: no finding from a sentence written wholly in Russian.
    expect(evaluateMessage(draft("Где я в вашем ранговом списке?"), context()).map((f) => f.rule)).not.toContain("no-rank-solicitation");
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Board rules
// ---------------------------------------------------------------------------------------------------------------

const POST_KINDS = ["OPENING", "LEADERSHIP_CHANGE", "AFFILIATE_POSITIONS", "VACANCY_SOAP_INTEL", "OTHER"] as const;
const OPENING_LEVELS = ["CATEGORICAL_PGY1", "PGY2", "ADVANCED"] as const;
const SOURCE_TYPES = ["COORDINATOR_OR_PD_EMAIL", "PROGRAM_WEBSITE", "FREIDA_OR_VACANCY_LISTING", "FACULTY_IN_PERSON"] as const;
/** Every field checkPost may name (PostDraft keys, dotted evidence keys). */
const POST_FIELDS = [
  "kind",
  "openingLevel",
  "programName",
  "title",
  "body",
  "evidence",
  "evidence.sourceType",
  "evidence.confirmedOn",
  "evidence.link",
  "evidence.heardOn",
  "evidence.heardHow",
  "acknowledgedPersonWarning",
];
const dayString = fc.oneof(
  hostileDate.map((d) => (Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10))),
  fc.constantFrom("2026-02-30", "2026-13-01", "0000-00-00", "10/03/2026", " 2026-03-01 ", "2026-3-1", "+275760-09-13"),
  hostileText(40),
);
const linkArb = fc.oneof(
  fc.constantFrom("https://example.org/gme", "http://x", "javascript:alert(1)", "ftp://x", "https://", "  ", "https://[::1", "http://exa mple.org"),
  fc.webUrl(),
  hostileText(600),
);
const evidenceArb = fc.oneof(
  fc.record({
    kind: fc.constant("RUMOUR"),
    heardOn: orJunk(dayString),
    heardHow: orJunk(hostileText(400)),
  }),
  fc.record({
    kind: fc.constant("CONFIRMED"),
    sourceType: orJunk(fc.oneof(fc.constantFrom(...SOURCE_TYPES), fc.constant(null))),
    confirmedOn: orJunk(fc.option(dayString)),
    link: orJunk(fc.option(linkArb)),
  }),
  junk,
);
const postDraftArb = fc.record({
  kind: orJunk(enumOrString(POST_KINDS, 10)),
  openingLevel: orJunk(fc.oneof(enumOrString(OPENING_LEVELS, 10), fc.constant(null))),
  specialty: orJunk(fc.option(enumOrString(SPECIALTY_IDS, 12))),
  programName: orJunk(hostileText(300)),
  institution: orJunk(hostileText(300)),
  location: orJunk(hostileText(200)),
  pgyLevel: orJunk(fc.option(hostileText(30))),
  expectedStart: orJunk(fc.option(hostileText(80))),
  title: orJunk(hostileText(200)),
  body: orJunk(text),
  evidence: evidenceArb,
  acknowledgedPersonWarning: orJunk(fc.boolean()),
}) as unknown as fc.Arbitrary<PostDraft>;

function assertPostCheck(check: unknown): void {
  const c = check as {
    errors: { field: unknown; message: unknown }[];
    warnings: { rule: unknown; message: unknown; matches: unknown }[];
  };
  expect(Object.keys(c).sort()).toEqual(["errors", "warnings"]);
  expect(Array.isArray(c.errors) && Array.isArray(c.warnings)).toBe(true);
  for (const e of c.errors) {
    expect(POST_FIELDS).toContain(e.field);
    expect(typeof e.message === "string" && e.message.trim() !== "").toBe(true);
  }
  expect(c.warnings.length).toBeLessThanOrEqual(1);
  for (const w of c.warnings) {
    expect(w.rule).toBe("about-a-person");
    expect(typeof w.message === "string" && w.message.trim() !== "").toBe(true);
    expect(Array.isArray(w.matches) && (w.matches as unknown[]).length > 0 && (w.matches as unknown[]).every((m) => typeof m === "string" && m !== "")).toBe(
      true,
    );
  }
}

/** Phrases come from the text (titles lose their period first, so "Dr. Patel" stays in one sentence). */
function assertPhrases(phrases: unknown, source: unknown): void {
  expect(Array.isArray(phrases)).toBe(true);
  const list = phrases as unknown[];
  const original = typeof source === "string" ? source : "";
  const undotted = original.replace(/\b(Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Sr|Drs)\./g, "$1");
  for (const p of list) {
    expect(typeof p === "string" && p.trim() !== "").toBe(true);
    expect(original.includes(p as string) || undotted.includes(p as string), `phrase ${JSON.stringify(p)} is not in the text`).toBe(true);
  }
  const keys = list.map((p) => String(p).toLowerCase());
  expect(new Set(keys).size, "a phrase reported twice").toBe(keys.length);
}

const EVIDENCE_STATES = ["FRESH_RUMOUR", "STALE", "CONFIRMED", "DISPUTED"];

describe("board rules under hostile input", () => {
  it(`checkPost never throws and returns well-formed errors and warnings (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 20, arbitrary: postDraftArb }, { weight: 1, arbitrary: junk as fc.Arbitrary<PostDraft> }), hostileDate, (draft, now) => {
        assertPostCheck(checkPost(draft, now));
      }),
      { numRuns: RUNS },
    );
  });

  it(`detectPersonalCircumstances never throws and returns distinct phrases from the text (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(orJunk(text), (value) => {
        assertPhrases(detectPersonalCircumstances(value as string), value);
      }),
      { numRuns: RUNS },
    );
  });

  it(`detectOfficialListRepost never throws and returns null or a non-empty phrase (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(orJunk(text), (value) => {
        const phrase = detectOfficialListRepost(value as string);
        expect(phrase === null || (typeof phrase === "string" && phrase.trim() !== "")).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`evidenceState never throws and returns one of the four states (${RUNS} runs)`, () => {
    const post = fc.record({
      evidenceKind: orJunk(fc.constantFrom("RUMOUR", "CONFIRMED")),
      heardOn: orJunk(fc.option(hostileDate)),
      lastConfirmedAt: orJunk(fc.option(hostileDate)),
      disputeCount: orJunk(hostileNumber),
      confirmCount: orJunk(hostileNumber),
      corroborationCount: orJunk(hostileNumber),
    }) as unknown as fc.Arbitrary<Parameters<typeof evidenceState>[0]>;
    fc.assert(
      fc.property(post, hostileDate, (p, now) => {
        expect(EVIDENCE_STATES).toContain(evidenceState(p, now));
      }),
      { numRuns: RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 100,000-character inputs complete (no catastrophic backtracking)
// ---------------------------------------------------------------------------------------------------------------

const repeatTo = (unit: string) => unit.repeat(Math.ceil(BIG / unit.length)).slice(0, BIG);
/** One 100k input per shape: a realistic mix, and runs of the characters the word patterns treat specially. */
const BIG_INPUTS: Record<string, () => string> = {
  "a mix of rule phrases and hostile text": () => {
    const parts = fc.sample(
      fc.array(fc.oneof(fc.constantFrom(...RULE_PHRASES), fc.string({ unit: "grapheme", maxLength: 30 })), { minLength: 50, maxLength: 50 }),
      { numRuns: 1, seed: 42 },
    )[0]!;
    return repeatTo(parts.join(". "));
  },
  "one long word": () => repeatTo("a"),
  "words and spaces": () => repeatTo("you are my "),
  "hyphens only": () => repeatTo("-"),
  "apostrophes only": () => repeatTo("'"),
  "hyphenated capitalised words": () => repeatTo("Aa-"),
  emoji: () => repeatTo("👩‍⚕️"),
};

type BigTarget = "evaluateMessage" | "claimsFirstChoice" | "checkPost" | "detectPersonalCircumstances" | "detectOfficialListRepost" | "evidenceState";

/**
 * Calls one rule function on `input` in a worker thread and resolves with its result. One worker serves all the
 * cases (compiling the TypeScript once); the time limit covers only the call. A call that overruns terminates the
 * worker, and the next case starts a fresh one.
 */
let shared: { worker: Worker; ready: Promise<void>; next: number } | undefined;

function sharedWorker() {
  if (shared) return shared;
  const root = path.resolve(import.meta.dirname, "../..");
  const code = `
    const { workerData, parentPort } = require("node:worker_threads");
    (async () => {
      const api = await import("tsx/esm/api");
      api.register({ tsconfig: workerData.tsconfig });
      const messages = await import(workerData.messageRules);
      const board = await import(workerData.boardRules);
      const now = new Date("2026-03-10T12:00:00Z");
      const calendar = { applicationsOpen: now, rankListDeadline: now, matchWeekMonday: now, soapEnd: now, matchDay: now, trainingStart: now };
      const runners = (t) => ({
        evaluateMessage: () => messages.evaluateMessage({ programId: "p", kind: "LETTER_OF_INTENT", subject: t, body: t, sentAt: now }, {
          profile: { targetSpecialty: "neurology", visaStatus: "J1" },
          program: { id: "p", name: t, postInterviewCommunication: "NO", participatesInMatch: true, interviewDate: now },
          calendar, programContactedFirstDuringSoap: false,
          sentThisCycle: [{ programId: "p", kind: "INTEREST_UPDATE", sentAt: now, claimsFirstChoice: true }],
        }),
        claimsFirstChoice: () => messages.claimsFirstChoice(t),
        checkPost: () => board.checkPost({ kind: "OPENING", openingLevel: "PGY2", programName: t, institution: t, location: t, title: t, body: t,
          evidence: { kind: "RUMOUR", heardOn: "2026-03-01", heardHow: t }, acknowledgedPersonWarning: false }, now),
        detectPersonalCircumstances: () => board.detectPersonalCircumstances(t),
        detectOfficialListRepost: () => board.detectOfficialListRepost(t),
        evidenceState: () => board.evidenceState({ evidenceKind: t, heardOn: now, lastConfirmedAt: null, disputeCount: t.length, confirmCount: t.length, corroborationCount: t.length }, now),
      });
      parentPort.on("message", ({ id, target, input }) => {
        try {
          parentPort.postMessage({ id, ok: true, result: runners(input)[target]() });
        } catch (e) {
          parentPort.postMessage({ id, ok: false, error: String((e && e.stack) || e) });
        }
      });
      parentPort.postMessage({ ready: true });
    })().catch((e) => parentPort.postMessage({ ready: false, error: String((e && e.stack) || e) }));
  `;
  const worker = new Worker(code, {
    eval: true,
    workerData: {
      tsconfig: path.join(root, "tsconfig.json"),
      messageRules: `file://${path.join(root, "lib/rules/message-rules.ts")}`,
      boardRules: `file://${path.join(root, "lib/rules/board-rules.ts")}`,
    },
  });
  const ready = new Promise<void>((resolve, reject) => {
    worker.once("message", (m: { ready?: boolean; error?: string }) => (m.ready ? resolve() : reject(new Error(m.error))));
    worker.once("error", reject);
  });
  shared = { worker, ready, next: 0 };
  return shared;
}

afterAll(async () => {
  await shared?.worker.terminate();
  shared = undefined;
});

async function runInWorker(target: BigTarget, input: string): Promise<unknown> {
  const current = sharedWorker();
  await current.ready;
  const id = current.next++;
  return new Promise((resolve, reject) => {
    const onMessage = (m: { id?: number; ok?: boolean; result?: unknown; error?: string }) => {
      if (m.id !== id) return;
      clearTimeout(timer);
      current.worker.off("message", onMessage);
      if (m.ok) resolve(m.result);
      else reject(new Error(m.error));
    };
    const timer = setTimeout(() => {
      current.worker.off("message", onMessage);
      void current.worker.terminate();
      if (shared === current) shared = undefined;
      reject(new Error(`${target} did not finish within ${CALL_LIMIT_MS} ms on a ${input.length}-character input`));
    }, CALL_LIMIT_MS);
    current.worker.on("message", onMessage);
    current.worker.postMessage({ id, target, input });
  });
}

/** How long one rule call on a 100,000-character input may take (catastrophic backtracking takes far longer). */
const CALL_LIMIT_MS = 10_000;

const BIG_CHECKS: Record<BigTarget, (result: unknown, input: string) => void> = {
  evaluateMessage: (r) => assertFindings(r),
  claimsFirstChoice: (r) => expect(typeof r).toBe("boolean"),
  checkPost: (r) => assertPostCheck(r),
  detectPersonalCircumstances: (r, input) => assertPhrases(r, input),
  detectOfficialListRepost: (r) => expect(r === null || (typeof r === "string" && r !== "")).toBe(true),
  evidenceState: (r) => expect(EVIDENCE_STATES).toContain(r),
};

// Sequential: one call at a time in the shared worker, so each call's time is its own.
describe("100,000-character inputs complete within 10 s per call", () => {
  const cases = (Object.keys(BIG_CHECKS) as BigTarget[]).flatMap((target) =>
    // evidenceState reads no text; one input is enough to show a huge string in evidenceKind is harmless.
    (target === "evidenceState" ? ["one long word"] : Object.keys(BIG_INPUTS)).map((shape) => [target, shape] as const),
  );
  it.each(cases)(
    "%s: %s",
    async (target, shape) => {
      const input = BIG_INPUTS[shape]!();
      expect(input.length).toBe(BIG);
      BIG_CHECKS[target](await runInWorker(target, input), input);
    },
    // Worker start-up (compiling TypeScript) is outside the per-call limit enforced in runInWorker.
    120_000,
  );
});

// ---------------------------------------------------------------------------------------------------------------
// Findings: minimal counterexamples, kept as regression tests. Each failed before its fix (commit 8175d17).
// ---------------------------------------------------------------------------------------------------------------

describe("findings (minimal counterexamples)", () => {
  // lib/rules/message-rules.ts, the spacing rule: `day(recent.t + SPACING_DAYS * DAY_MS)` built a Date past the end
  // of the Date range when the earlier message was within a week of 8.64e15 ms, and date-fns format() threw
  // RangeError("Invalid time value"). Not reachable from the product (sentAt is the server's clock), but it broke
  // the engine's "survives anything" contract.
  it("evaluateMessage with a previous message a day before the last representable Date does not throw", () => {
    const end = 8.64e15;
    const context = {
      profile: { targetSpecialty: null, visaStatus: "J1" },
      program: {
        id: "p",
        name: "P",
        postInterviewCommunication: "YES",
        participatesInMatch: true,
        interviewDate: null,
      },
      calendar: {
        applicationsOpen: NOW,
        rankListDeadline: NOW,
        matchWeekMonday: NOW,
        soapEnd: NOW,
        matchDay: NOW,
        trainingStart: NOW,
      },
      programContactedFirstDuringSoap: false,
      sentThisCycle: [
        {
          programId: "p",
          kind: "OTHER",
          sentAt: new Date(end - 86_400_000),
          claimsFirstChoice: false,
        },
      ],
    } satisfies MessageContext;
    expect(() =>
      evaluateMessage(
        {
          programId: "p",
          kind: "OTHER",
          subject: "s",
          body: "b",
          sentAt: new Date(end),
        },
        context,
      ),
    ).not.toThrow();
  });
});
