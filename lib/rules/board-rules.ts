// Rules for the cohort board: what a post must say, how its evidence is graded, who may confirm it, when flags
// hide it, and two content checks (posts describe positions, not people; official NRMP unfilled-program lists are
// never reposted). Pure functions only: the DAL and the forms call these, the database never does.
// Source: the product domain guide, "The cohort board". The list rule follows NRMP policy: the List of Unfilled
// Programs is confidential to eligible applicants in R3 and may not be passed on.

// Vocabulary: lives in lib/labels/board (no rule code) so client components can import it without this module.
import { OPENING_LEVELS, POST_KINDS, SOURCE_TYPES, type OpeningLevel, type PostKind, type SourceType } from "@/lib/labels/board";
export type { FlagReason, OpeningLevel, PostKind, SourceType } from "@/lib/labels/board";
export { FLAG_REASON_LABELS, POST_KIND_LABELS, SOURCE_LABELS } from "@/lib/labels/board";

export const TITLE_MAX = 120;
export const BODY_MAX = 4_000;
export const HEARD_HOW_MAX = 200;

export type PostDraft = {
  kind: PostKind;
  openingLevel: OpeningLevel | null;
  specialty: string | null;
  programName: string;
  institution: string;
  location: string;
  pgyLevel: string | null;
  expectedStart: string | null;
  title: string;
  body: string;
  evidence:
    | { kind: "RUMOUR"; heardOn: string /* YYYY-MM-DD */; heardHow: string }
    | { kind: "CONFIRMED"; sourceType: SourceType | null; confirmedOn: string | null; link: string | null };
  acknowledgedPersonWarning: boolean;
};

/** `field` is a PostDraft key, a dotted evidence key ("evidence.sourceType"), or "_form". */
export type BoardIssue = { field: string; message: string };

export type PostCheck = {
  errors: BoardIssue[];
  warnings: { rule: "about-a-person"; message: string; matches: string[] }[];
};

const DAY_MS = 86_400_000;
// The earliest time zone is UTC+14. A date counts as "in the future" only once it has not begun anywhere on
// Earth, so a resident in Guam or Auckland can enter today's local date without being told it is tomorrow.
const EARLIEST_ZONE_OFFSET_MS = 14 * 60 * 60 * 1000;

/** Strings arrive from forms; the checks must survive anything (including a missing value) without throwing. */
function asText(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function charCount(value: string): number {
  return [...value].length;
}

/** Parses a strict YYYY-MM-DD calendar date to its UTC midnight, or null (rejects 2026-02-30). */
function parseDay(value: unknown): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asText(value).trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return time;
}

function isFutureDay(dayStartUtc: number, now: Date): boolean {
  return dayStartUtc - EARLIEST_ZONE_OFFSET_MS > now.getTime();
}

export const WEB_LINK_MESSAGE = "Use a web link that starts with http:// or https://, or leave the link empty.";

/**
 * A source link members can follow safely: an absolute http(s) address without spaces. Anything else
 * (javascript:, data:, a relative path) would run or mislead when clicked. The database checks the same shape.
 */
export function isWebLink(value: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/**
 * Checks a post before it is saved. Errors block the save (the draft stays in the form); the about-a-person
 * warning is always returned when it applies, and becomes an error only while the author has not acknowledged it.
 */
export function checkPost(draft: PostDraft, now: Date): PostCheck {
  const errors: BoardIssue[] = [];
  const warnings: PostCheck["warnings"] = [];
  const d: Partial<PostDraft> = draft ?? {};

  // What kind of post, and for openings, at which level.
  const kind = d.kind;
  if (!POST_KINDS.includes(kind as PostKind)) {
    errors.push({ field: "kind", message: "Choose what kind of post this is, for example an opening or a leadership change." });
  } else if (kind === "OPENING" && !OPENING_LEVELS.includes(d.openingLevel as OpeningLevel)) {
    errors.push({
      field: "openingLevel",
      message: "Say which level the opening is at (categorical PGY-1, PGY-2 or advanced) so members can tell if it fits them.",
    });
  }

  // Where: a post that names neither a program nor an institution is not actionable.
  if (asText(d.programName).trim() === "" && asText(d.institution).trim() === "") {
    errors.push({
      field: "programName",
      message: "Name the program or the institution (at least one) so members know where this is.",
    });
  }

  const title = asText(d.title).trim();
  if (title === "") {
    errors.push({ field: "title", message: "Add a short title that names the position or the change." });
  } else if (charCount(title) > TITLE_MAX) {
    errors.push({ field: "title", message: `Shorten the title to ${TITLE_MAX} characters or fewer; put the details in the body.` });
  }

  const body = asText(d.body).trim();
  if (body === "") {
    errors.push({ field: "body", message: "Describe the position or the change in the body." });
  } else if (charCount(body) > BODY_MAX) {
    errors.push({ field: "body", message: `Shorten the body to ${BODY_MAX.toLocaleString("en-US")} characters or fewer.` });
  }

  checkEvidence(d.evidence, now, errors);

  const text = `${title}\n${body}`;

  const listPhrase = detectOfficialListRepost(text);
  if (listPhrase !== null) {
    errors.push({
      field: "body",
      message:
        `This looks like a copy of the official NRMP unfilled-program list ("${listPhrase}"), which NRMP does not ` +
        "allow to be shared. Remove it and describe the one opening you know about instead.",
    });
  }

  const personMatches = detectPersonalCircumstances(text);
  if (personMatches.length > 0) {
    warnings.push({
      rule: "about-a-person",
      message:
        "This post seems to talk about someone's private circumstances (" +
        personMatches.join(", ") +
        "). The board is for positions, not people: say what opened, not why someone left.",
      matches: personMatches,
    });
    if (d.acknowledgedPersonWarning !== true) {
      errors.push({
        field: "acknowledgedPersonWarning",
        message: "Describe the opening rather than the person, or tick the box to confirm the post names no one's private circumstances.",
      });
    }
  }

  return { errors, warnings };
}

function checkEvidence(evidence: PostDraft["evidence"] | undefined, now: Date, errors: BoardIssue[]): void {
  if (evidence?.kind === "CONFIRMED") {
    if (!SOURCE_TYPES.includes(evidence.sourceType as SourceType)) {
      errors.push({
        field: "evidence.sourceType",
        message: "Say where the confirmation came from (coordinator or PD email, program website, listing, or faculty in person).",
      });
    }
    const confirmedOn = evidence.confirmedOn;
    const confirmedDay = parseDay(confirmedOn);
    if (confirmedOn === null || asText(confirmedOn).trim() === "") {
      errors.push({ field: "evidence.confirmedOn", message: "Add the date you got the confirmation." });
    } else if (confirmedDay === null) {
      errors.push({ field: "evidence.confirmedOn", message: "Enter the confirmation date as a real calendar date (YYYY-MM-DD)." });
    } else if (isFutureDay(confirmedDay, now)) {
      errors.push({ field: "evidence.confirmedOn", message: "The confirmation date is in the future; enter the day you actually got it." });
    }
    const link = asText(evidence.link).trim();
    if (link !== "" && !isWebLink(link)) {
      errors.push({ field: "evidence.link", message: WEB_LINK_MESSAGE });
    }
    return;
  }

  if (evidence?.kind === "RUMOUR") {
    const heardOn = asText(evidence.heardOn).trim();
    const heardDay = parseDay(heardOn);
    if (heardOn === "") {
      errors.push({ field: "evidence.heardOn", message: "Add the date you heard this, so members can see how fresh it is." });
    } else if (heardDay === null) {
      errors.push({ field: "evidence.heardOn", message: "Enter the date you heard this as a real calendar date (YYYY-MM-DD)." });
    } else if (isFutureDay(heardDay, now)) {
      errors.push({ field: "evidence.heardOn", message: "The date you heard this is in the future; enter the day you actually heard it." });
    }
    const heardHow = asText(evidence.heardHow).trim();
    if (heardHow === "") {
      errors.push({ field: "evidence.heardHow", message: "Say how you heard it (for example, from a co-resident on nights)." });
    } else if (charCount(heardHow) > HEARD_HOW_MAX) {
      errors.push({ field: "evidence.heardHow", message: `Keep how you heard it to ${HEARD_HOW_MAX} characters or fewer.` });
    }
    return;
  }

  errors.push({ field: "evidence", message: "Say whether this is a rumour or confirmed." });
}

// ---------------------------------------------------------------------------------------------------------------
// Evidence grading

export type EvidenceState = "FRESH_RUMOUR" | "STALE" | "CONFIRMED" | "DISPUTED";

/** A rumour fades after this many days unless a member re-confirms it (DOMAIN: "The cohort board"). */
export const STALE_AFTER_DAYS = 21;

function validTime(value: Date | null): number | null {
  if (!(value instanceof Date)) return null;
  const time = value.getTime();
  return Number.isNaN(time) ? null : time;
}

function utcDayNumber(time: number): number {
  return Math.floor(time / DAY_MS);
}

/**
 * Precedence, first match wins:
 *  1. DISPUTED  - disputeCount > 0 and more disputes than members vouching for it (confirmations and
 *                 corroborations together). This beats fresh and stale rumours and also a CONFIRMED post whose
 *                 disputes outnumber its support; a tie is not a dispute.
 *  2. CONFIRMED - the evidence is CONFIRMED: the author named a source, or a member's confirmation named one
 *                 (which upgrades the post in the database). "I heard it too" (a corroboration) never does: more
 *                 people repeating hearsay is still hearsay (DOMAIN: "The cohort board").
 *  3. STALE     - a rumour whose latest date (heardOn or lastConfirmedAt, the last corroboration, whichever is
 *                 later) is more than STALE_AFTER_DAYS calendar days (UTC) before now: heard on the 1st, fresh
 *                 through the 22nd, stale from the 23rd. A rumour with no usable date is STALE.
 *  4. FRESH_RUMOUR otherwise.
 * Counting whole UTC days rather than milliseconds keeps the answer the same all day long.
 */
export function evidenceState(
  post: {
    evidenceKind: "RUMOUR" | "CONFIRMED";
    heardOn: Date | null;
    lastConfirmedAt: Date | null;
    disputeCount: number;
    confirmCount: number;
    corroborationCount: number;
  },
  now: Date,
): EvidenceState {
  const count = (n: number) => (Number.isFinite(n) ? n : 0);
  const disputes = count(post.disputeCount);
  const support = count(post.confirmCount) + count(post.corroborationCount);
  const lastConfirmed = validTime(post.lastConfirmedAt);

  if (disputes > 0 && disputes > support) return "DISPUTED";
  if (post.evidenceKind === "CONFIRMED") return "CONFIRMED";

  const heard = validTime(post.heardOn);
  const dates = [heard, lastConfirmed].filter((t): t is number => t !== null);
  if (dates.length === 0) return "STALE";
  const ageInDays = utcDayNumber(now.getTime()) - utcDayNumber(Math.max(...dates));
  return ageInDays > STALE_AFTER_DAYS ? "STALE" : "FRESH_RUMOUR";
}

/** Nobody confirms their own post; once the author's account is deleted, anyone may. */
export function canConfirm(input: { authorId: string | null; confirmerId: string }): { ok: true } | { ok: false; message: string } {
  if (input.confirmerId === "") {
    return { ok: false, message: "Sign in to confirm a post." };
  }
  if (input.authorId !== null && input.authorId === input.confirmerId) {
    return { ok: false, message: "You cannot confirm your own post; another member has to vouch for it." };
  }
  return { ok: true };
}

/**
 * Members' flags needed to hide a post pending review: 20% of the cohort, rounded up, but never more than 3 (so a
 * big cohort still reacts quickly) and never fewer than 2, so no single member can take a post down on their own.
 * A moderator's flag hides a post by itself (see shouldHide).
 */
export function flagThreshold(memberCount: number): number {
  const members = Number.isFinite(memberCount) ? Math.max(0, Math.floor(memberCount)) : 0;
  // ceil(members / 5) is ceil(20%) without floating-point error (15 * 0.2 is 3.0000000000000004).
  return Math.max(2, Math.min(3, Math.ceil(members / 5)));
}

/** Whether a post is hidden pending review: any moderator flagged it, or enough different members did. */
export function shouldHide(input: { memberCount: number; flagsFromMembers: number; flaggedByModerator: boolean }): boolean {
  return input.flaggedByModerator || input.flagsFromMembers >= flagThreshold(input.memberCount);
}

// ---------------------------------------------------------------------------------------------------------------
// About positions, not people
//
// A sentence triggers only when it has BOTH a reference to a person and a private circumstance. The circumstance
// alone is common in honest posts ("a spot opened after a mid-year dismissal"); the person reference alone is normal
// too ("Dr. Lee is the new PD"). Limits, accepted on purpose because the result is a warning the author can
// acknowledge, not a block:
//  - Person references are guessed from shape: a title plus a name ("Dr. Patel"), two capitalised words that are
//    not known place, program or specialty words ("Sarah Jones"), a single capitalised word used as a subject
//    ("Sarah was", "Sarah's"), he/she/him/his/her, "they" followed by a verb ("they were"), a definite role
//    ("the intern", "our PD", "one of the residents") or an indefinite one with a relative clause ("a resident
//    who"). A bare "a resident" is treated as describing the vacancy, not a person. An institution name missing
//    from NOT_A_NAME can read as a person ("Johns Hopkins ... after a resident was dismissed" warns; "Cedars was..."
//    reads as a first name).
//  - Only sentence-level proximity is used; a pronoun in one sentence referring to a name in another still
//    triggers because the pronoun itself is a person reference.
//  - Circumstance phrases avoid words that are also specialty or clinical terms: "family" alone (Family
//    Medicine), "rehabilitation" (PM&R), "psychiatric" alone (Psychiatry), "arrest" alone (cardiac arrest).
//  - English only.

const CIRCUMSTANCE_SOURCES: readonly RegExp[] = [
  // health
  /\b(?:medical|sick|stress|disability) leave\b/,
  /\bleave of absence\b/,
  /\bon leave\b/,
  /\b(?:serious(?:ly)? )?ill(?:ness)?\b/,
  /\bcancer\b/,
  /\bchemo(?:therapy)?\b/,
  /\bdiagnosed\b/,
  /\bhospitali[sz]ed\b/,
  /\bhealth (?:issues?|problems?|scare|condition|reasons)\b/,
  /\bmedical (?:issues?|problems?|condition|reasons)\b/,
  /\b(?:had|suffered) a (?:stroke|heart attack|seizure)\b/,
  /\b(?:car )?accident\b/,
  // pregnancy
  /\bpregnan(?:t|cy)\b/,
  /\b(?:maternity|paternity|parental) leave\b/,
  /\bmiscarriage\b/,
  /\b(?:expecting|having) a baby\b/,
  /\bgave birth\b/,
  /\bivf\b/,
  /\bfertility\b/,
  // family and relationships
  /\bfamily (?:emergency|issues?|problems?|reasons|matters?|situation|crisis|leave)\b/,
  /\bsick (?:child|kid|son|daughter|parent|mother|father|mom|dad)\b/,
  /\bcustody\b/,
  /\bdivorc(?:e|ed|ing)\b/,
  /\bseparat(?:ed|ion|ing) from\b/,
  /\b(?:an|the|his|her|their) affair\b/,
  /\bbr(?:eak|oke) ?up\b/,
  /\b(?:husband|wife|spouse|boyfriend|girlfriend|fianc[eé]e?)\b/,
  // death
  /\b(?:died|passed away|death in the family|funeral|bereavement|suicide)\b/,
  // discipline and performance
  /\bdisciplin(?:e|ed|ary)\b/,
  /\breprimand(?:ed)?\b/,
  /\bunder investigation\b/,
  /\bmisconduct\b/,
  /\bremediation\b/,
  /\bprobation\b/,
  /\bsuspen(?:ded|sion)\b/,
  /\bharass(?:ment|ed|ing)?\b/,
  /\b(?:failed|failing|flunked) (?:the |his |her |their )?(?:boards?|step \d|in-?training(?: exam)?|ite)\b/,
  // losing the job
  /\bfired\b/,
  /\bdismiss(?:ed|al)\b/,
  /\bterminated\b/,
  /\blet go\b/,
  /\b(?:kicked|forced|pushed) out\b/,
  /\bforced to resign\b/,
  /\bnon-?renew(?:ed|al)\b/,
  // mental health
  /\bdepress(?:ion|ed)\b/,
  /\banxiety\b/,
  /\bmental (?:health|illness|breakdown)\b/,
  /\bnervous breakdown\b/,
  /\bburn(?:ed|t)[ -]?out\b/,
  /\bsuicidal\b/,
  /\bbipolar\b/,
  /\bpanic attacks?\b/,
  /\beating disorder\b/,
  /\bptsd\b/,
  /\bpsych(?:iatric)? (?:hold|admission|ward)\b/,
  // rehab and substances
  /\b(?:in|to|into|entered|from|out of) rehab\b/,
  /\brehab (?:for|facility|center|centre|stint)\b/,
  /\bsubstance (?:use|abuse)\b/,
  /\baddict(?:ion|ed)?\b/,
  /\boverdos(?:e|ed)\b/,
  /\brelapsed?\b/,
  /\bdrinking problem\b/,
  /\balcoholi(?:c|sm)\b/,
  /\bsober\b/,
  // arrests
  /\barrested\b/,
  /\bunder arrest\b/,
  /\bjail(?:ed)?\b/,
  /\bcharged with\b/,
  /\bcriminal charges?\b/,
  /\bdui\b/,
  /\bdwi\b/,
  /\bpolice\b/,
  // personal life
  /\bpersonal (?:life|issues?|problems?|reasons|matters?|situation|circumstances|struggles|stuff)\b/,
  /\bprivate life\b/,
  /\b(?:is|was|been|are|were|started|stopped|secretly) dating\b/,
  /\brelationship (?:with|problems?|issues?)\b/,
];

// Written lower case for readability; matched case-insensitively.
const CIRCUMSTANCE_PATTERNS: readonly RegExp[] = CIRCUMSTANCE_SOURCES.map((pattern) => new RegExp(pattern.source, "i"));

// Lower-case words that begin a capitalised pair or sentence without naming a person: articles and connectives,
// program and institution words, specialties, calendar words, exam and match vocabulary.
const NOT_A_NAME = new Set(
  (
    "a an the this that these those it its there here we i you our my your his her he she they their them " +
    "apparently rumour rumor word news heard update edit note fyi btw also and but so then after before since " +
    "because if when while just now today yesterday tomorrow last next new old per via anyone someone everyone " +
    "nobody everybody somebody one two three several many some no yes please thanks hi hello " +
    "program programs director directors associate assistant coordinator coordinators chief chiefs resident " +
    "residents residency intern interns fellow fellows fellowship attending attendings faculty department " +
    "division hospital hospitals medical medicine center centre health healthcare system university college school " +
    "clinic institute regional memorial community general county state city saint st mount mt north south east " +
    "west central valley lake river bay park island children childrens women womens veterans va kaiser baptist " +
    "methodist presbyterian lutheran adventist catholic mercy providence trinity sacred heart good samaritan " +
    "internal family emergency surgery surgical pediatrics pediatric psychiatry neurology radiology dermatology " +
    "anesthesiology anesthesia pathology urology ophthalmology orthopaedic orthopaedics orthopedic orthopedics " +
    "obstetrics gynecology physical rehabilitation diagnostic interventional cardiology oncology nephrology " +
    "gastroenterology critical care transitional preliminary prelim categorical advanced match soap nrmp eras " +
    "freida acgme usmle comlex step boards pgy pd apd im em fm gs ob gyn ent pmr ir dr " +
    "january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday spring summer fall autumn winter " +
    "position positions spot spots opening openings vacancy vacancies seat seats role slot slots"
  ).split(" "),
);

const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{Lu}?\p{Ll}+)*`;
const NOT_AFTER_LETTER = String.raw`(?<![\p{L}\p{N}])`;
const NOT_BEFORE_LETTER = String.raw`(?![\p{L}\p{N}])`;

const TITLE_AND_NAME = new RegExp(String.raw`${NOT_AFTER_LETTER}(?:Dr|Doctor|Mr|Mrs|Ms|Mx|Miss|Prof|Professor)\.?\s+\p{Lu}`, "u");
// Overlapping search with a lookahead: "Heard Sarah Jones" must still find "Sarah Jones".
const CAPITALISED_PAIR = new RegExp(String.raw`${NOT_AFTER_LETTER}(?=(${NAME_WORD})\s+(${NAME_WORD})${NOT_BEFORE_LETTER})`, "gu");
const NAME_AS_SUBJECT = new RegExp(
  String.raw`${NOT_AFTER_LETTER}(${NAME_WORD})(?:['’]s${NOT_BEFORE_LETTER}|\s+(?:is|was|has|had|got|gets|will|went|just|recently|reportedly|apparently)${NOT_BEFORE_LETTER})`,
  "gu",
);
const PERSONAL_PRONOUN = /\b(?:he|she|him|his|her|hers|himself|herself)\b|\bthey(?:'re|’re| are| were| got| went| just| recently)\b/i;

const ROLE = String.raw`(?:pgy-?\d|interns?|residents?|co-residents?|fellows?|chiefs?(?: residents?)?|attendings?|pds?|apds?|(?:associate |assistant )?program directors?|coordinators?|students?|colleagues?|classmates?|prelims?|tys?)`;
// A role word followed by one of these describes the position, not the person ("the PGY-1 spot").
const POSITION_NOUN = String.raw`(?:positions?|spots?|slots?|openings?|programs?|years?|levels?|class|vacanc(?:y|ies)|seats?|lines?|roles?|jobs?|applications?|interviews?|cohort|schedule|salary|contract|benefits)`;
const DEFINITE_ROLE = new RegExp(
  String.raw`\b(?:the|our|their|his|her|that|this|one of the|one of our|one of their)\s+(?:(?:current|former|new|old|other|second|first|last)\s+)?${ROLE}\b(?!\s+${POSITION_NOUN}\b)`,
  "i",
);
const INDEFINITE_ROLE_WHO = new RegExp(String.raw`\b(?:a|an|one|another|some)\s+(?:\w+\s+)?${ROLE}\s+(?:who|whose)\b`, "i");

function isNameWord(word: string | undefined): boolean {
  return word !== undefined && !NOT_A_NAME.has(word.toLowerCase().replace(/['’]s$/, ""));
}

function mentionsPerson(sentence: string): boolean {
  if (TITLE_AND_NAME.test(sentence)) return true;
  if (PERSONAL_PRONOUN.test(sentence)) return true;
  if (DEFINITE_ROLE.test(sentence) || INDEFINITE_ROLE_WHO.test(sentence)) return true;
  for (const match of sentence.matchAll(CAPITALISED_PAIR)) {
    if (isNameWord(match[1]) && isNameWord(match[2])) return true;
  }
  for (const match of sentence.matchAll(NAME_AS_SUBJECT)) {
    if (isNameWord(match[1])) return true;
  }
  return false;
}

function splitSentences(text: string): string[] {
  // Drop the period of common titles first so "Dr. Patel" stays in one sentence with what follows it.
  const withoutTitleDots = text.replace(/\b(Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Sr|Drs)\./g, "$1");
  return withoutTitleDots.split(/[.!?;\n\r]+/);
}

/**
 * Phrases describing someone's private circumstances, taken only from sentences that also point at a person.
 * Returned as written in the text, each once (case-insensitive), in order of appearance.
 */
export function detectPersonalCircumstances(text: string): string[] {
  const found = new Map<string, string>();
  // Unbroken runs of 60+ characters are not words; dropping them keeps the name patterns linear.
  for (const sentence of splitSentences(asText(text).replace(/[^\s]{60,}/gu, " "))) {
    if (sentence.trim() === "" || !mentionsPerson(sentence)) continue;
    const hits: { index: number; phrase: string }[] = [];
    for (const pattern of CIRCUMSTANCE_PATTERNS) {
      const match = pattern.exec(sentence);
      if (match) hits.push({ index: match.index, phrase: match[0] });
    }
    // Earliest first, longest first on a tie; a hit overlapping one already kept ("to rehab" / "rehab for") is the
    // same phrase seen twice and is dropped.
    hits.sort((x, y) => x.index - y.index || y.phrase.length - x.phrase.length);
    let keptUpTo = 0;
    for (const hit of hits) {
      if (hit.index < keptUpTo) continue;
      keptUpTo = hit.index + hit.phrase.length;
      const key = hit.phrase.toLowerCase();
      if (!found.has(key)) found.set(key, hit.phrase);
    }
  }
  return [...found.values()];
}

// ---------------------------------------------------------------------------------------------------------------
// Official NRMP unfilled-program lists
//
// NRMP makes the List of Unfilled Programs available only to eligible applicants through R3 and forbids passing it
// on. We block text that presents itself as that list or a copy of it. Naming the list to point people at R3
// ("check R3 for the list of unfilled programs") is allowed when nothing in the sentence says it is being shared.
// A repost cue wins over a pointing cue, so "see the SOAP list attached to the NRMP email" is blocked too; the author
// can rephrase. Three or more NRMP program codes (e.g. 1234140C0) in one post are treated as a pasted list whatever the wording.

const LIST_PATTERNS: readonly RegExp[] = [
  /\b(?:the )?list of unfilled (?:programs?|positions?|spots?)\b/i,
  /\b(?:nrmp|r3|soap|match(?:-day)?)\s+unfilled(?:\s+(?:programs?|positions?))?\s+list\b/i,
  /\bunfilled (?:programs?|positions?) list\b/i,
  /\b(?:official )?(?:nrmp|soap|r3) (?:vacancy |unfilled )?list (?:attached|below|pasted|copied|here|included|screenshot)\b/i,
  /\b(?:attached|attaching|pasted|pasting|copied|copying|reposting|screenshots? of)\b.{0,40}?\b(?:nrmp|soap|r3|unfilled)\b.{0,20}?\blist\b/i,
];

// A repost cue anywhere in the sentence overrides the pointing exemption.
const REPOST_CUE =
  /\b(?:attach(?:ed|ing)?|past(?:e|ed|ing)|cop(?:y|ied|ying)|repost(?:ed|ing)?|screenshots?|below|here(?:'s| is| are)|full list|whole list|entire list|sharing|shared)\b/i;
const POINTING_CUE =
  /\b(?:check|see|look (?:at|in)|log ?in(?:to)?|sign ?in(?:to)?|find (?:it|them) (?:in|on)|available (?:in|on)|only (?:in|on|via|through)|released|comes out|goes live)\b/i;

const PROGRAM_CODE = /\b\d{7}[ACPR]\d\b/g;

/** The phrase that marks a repost of the official unfilled-program list, or null. */
export function detectOfficialListRepost(text: string): string | null {
  const source = asText(text);
  for (const sentence of source.split(/[.!?\n\r]+/)) {
    for (const pattern of LIST_PATTERNS) {
      const match = pattern.exec(sentence);
      if (!match) continue;
      if (POINTING_CUE.test(sentence) && !REPOST_CUE.test(sentence)) continue;
      return match[0];
    }
  }
  const codes = source.match(PROGRAM_CODE) ?? [];
  const distinct = [...new Set(codes)];
  if (distinct.length >= 3) return distinct.slice(0, 3).join(", ");
  return null;
}
