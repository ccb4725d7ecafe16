// Honesty rules for messages a resident sends to residency programs before the Match. Pure functions only: the
// message form and the DAL call evaluateMessage(); a "block" finding stops the send (the draft stays), a "warn"
// finding asks the resident to confirm.
// Sources: the product domain guide, "Pre-match communication" and "Honesty rules"; NRMP Match Participation
// Agreement (applicants may volunteer their intentions, but neither side may solicit ranking information or ask for
// or offer a commitment; SOAP: applicants may not contact a program until the program contacts them); seed article
// 002 (one letter of intent, thank-you within 24-48 hours, interest letters late Nov to early Jan, one brief final
// note to the top 2-3, respect "no post-interview communication", under a one-minute read).

import { formatDay } from "@/lib/dates";
import { SPECIALTIES, specialtyById, type SpecialtyId } from "@/lib/rules/specialties";

export type MessageKind = "PRE_APPLICATION" | "THANK_YOU" | "INTEREST_UPDATE" | "LETTER_OF_INTENT" | "FINAL_NOTE" | "REPLY" | "OTHER";
export type VisaStatus = "US_CITIZEN_OR_PR" | "J1" | "H1B" | "F1_OPT" | "NEEDS_SPONSORSHIP" | "OTHER";
export type PostInterviewPolicy = "YES" | "NO" | "UNKNOWN";
export type BlockRuleId =
  | "one-letter-of-intent"
  | "single-first-choice"
  | "no-rank-solicitation"
  | "no-commitment-deal"
  | "respect-no-contact"
  | "spacing"
  | "soap-blackout"
  | "consistent-story";
export type WarnRuleId = "late-thank-you" | "loi-timing" | "too-long" | "tone" | "final-note-count";
export type RuleId = BlockRuleId | WarnRuleId;
export type Finding = {
  rule: RuleId;
  severity: "block" | "warn";
  message: string;
  /** The sentence of the resident's text that triggered the finding, as typed. */
  quote?: string;
  /** Where that sentence is. */
  field?: "subject" | "body";
  /** An honest replacement: `from` is an exact substring of that field. */
  rewrite?: { from: string; to: string };
};
export type MessageDraft = { programId: string; kind: MessageKind; subject: string; body: string; sentAt: Date };
export type SentMessage = { programId: string; kind: MessageKind; sentAt: Date; claimsFirstChoice: boolean };
export type CycleCalendar = {
  applicationsOpen: Date;
  rankListDeadline: Date;
  matchWeekMonday: Date;
  soapEnd: Date;
  matchDay: Date;
  trainingStart: Date;
};
export type MessageContext = {
  profile: { targetSpecialty: SpecialtyId | null; visaStatus: VisaStatus };
  program: { id: string; name: string; postInterviewCommunication: PostInterviewPolicy; participatesInMatch: boolean; interviewDate: Date | null };
  calendar: CycleCalendar;
  programContactedFirstDuringSoap: boolean;
  /** Messages already recorded as sent this cycle, to any program (not including the draft). */
  sentThisCycle: SentMessage[];
};

export const BLOCK_RULES: readonly BlockRuleId[] = [
  "one-letter-of-intent",
  "single-first-choice",
  "no-rank-solicitation",
  "no-commitment-deal",
  "respect-no-contact",
  "spacing",
  "soap-blackout",
  "consistent-story",
];
export const WARN_RULES: readonly WarnRuleId[] = ["late-thank-you", "loi-timing", "too-long", "tone", "final-note-count"];

/** About a one-minute read for a busy program director. */
export const MAX_WORDS = 200;
/** Minimum days between two messages to the same program (weekly check-ins are the classic mistake). */
export const SPACING_DAYS = 7;
/** One thank-you per interview, at most two interest/update letters per program. */
export const MAX_THANK_YOU_PER_PROGRAM = 1;
export const MAX_INTEREST_UPDATES_PER_PROGRAM = 2;
/** A thank-you later than this reads as an afterthought. */
export const THANK_YOU_HOURS = 48;
/** A final note is for the top 2-3 programs. */
export const MAX_FINAL_NOTE_PROGRAMS = 3;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

// ---------------------------------------------------------------------------------------------------------------
// Text normalisation
//
// Every detector reads the normalised text, so a finding cannot depend on case, curly quotes, spacing or line
// breaks. Quoted phrases in findings come from the normalised text for the same reason.

/** Contractions written without the apostrophe that are unambiguous enough to expand. */
const BARE_CONTRACTIONS: Record<string, string> = {
  dont: "do not",
  doesnt: "does not",
  didnt: "did not",
  isnt: "is not",
  arent: "are not",
  wasnt: "was not",
  wouldnt: "would not",
  couldnt: "could not",
  shouldnt: "should not",
  wont: "will not",
  youre: "you are",
  youll: "you will",
};

const BARE_CONTRACTION = new RegExp(String.raw`\b(?:${Object.keys(BARE_CONTRACTIONS).join("|")})\b`, "g");

const NORMALISERS: readonly (readonly [RegExp, string])[] = [
  // Typographic quotes and dashes to their plain forms.
  [/[‘’‚‛′`´]/g, "'"],
  [/[“”„‟″«»]/g, '"'],
  [/[‐‑‒–—―−]/g, "-"],
  [/\s+/gu, " "],
  // Contractions: "won't" and "can't" first, then the general n't, then the pronoun forms.
  [/\bwon't\b/g, "will not"],
  [/\bcan't\b/g, "cannot"],
  [/\bshan't\b/g, "shall not"],
  [/\bain't\b/g, "is not"],
  [/n't\b/g, " not"],
  [/\bi'm\b/g, "i am"],
  [/'re\b/g, " are"],
  [/'ve\b/g, " have"],
  [/'ll\b/g, " will"],
  [/'d\b/g, " would"],
  [/\blet's\b/g, "let us"],
  [/\b(it|that|what|where|who|how|there|here|he|she|this)'s\b/g, "$1 is"],
  // Rank tokens: "#1", "# 1", "No. 1", "no 1", "number one", "num. 1" all become "#1". Digits only after "no", so
  // "no one" stays as it is.
  [/#\s?(?:1|one)(?![\p{L}\p{N}])/gu, "#1"],
  [/\bno\.?\s?1(?![\p{L}\p{N}])/gu, "#1"],
  [/\bnumber\s(?:1|one)(?![\p{L}\p{N}])/gu, "#1"],
  [/\bnum\.?\s?1(?![\p{L}\p{N}])/gu, "#1"],
  [/\b1st\b/g, "first"],
  // Abbreviations whose periods would otherwise end a sentence in the middle of a phrase.
  [/\bu\.\s?s\.(?:\s?a\.)?/g, "us "],
  [/\b(dr|mr|mrs|ms|mx|prof|st|jr|sr|vs|approx)\./g, "$1"],
  [/\be\.g\./g, "eg"],
  [/\bi\.e\./g, "ie"],
  // Visa names: "J-1", "J 1", "H-1B", "H1-B", "F-1" become j1, h1b, f1.
  [/\bj\s?-?\s?1(?![\p{L}\p{N}])/gu, "j1"],
  [/\bh\s?-?\s?1\s?-?\s?b(?![\p{L}\p{N}])/gu, "h1b"],
  [/\bf\s?-?\s?1(?![\p{L}\p{N}])/gu, "f1"],
  // A hyphen between letters joins words ("first-choice", "long-term", "ob-gyn"): read it as a space.
  [/(?<=\p{L})-(?=\p{L})/gu, " "],
];

/**
 * Lower case, plain quotes and dashes, expanded contractions, canonical rank and visa tokens, single spaces.
 * Exported for tests and for other rules that read free text.
 */
/**
 * No real word is 60 characters long. Longer unbroken runs (pasted links, "-----" rulers, junk) are dropped before
 * the phrase patterns run, which keeps every pattern linear in the text's length.
 */
const RUN_CAP = /[^\s]{60,}/gu;

export function normalizeText(text: string): string {
  let out = asText(text).normalize("NFKC").toLowerCase().replace(RUN_CAP, " ");
  for (const [pattern, replacement] of NORMALISERS) out = out.replace(pattern, replacement);
  out = out.replace(BARE_CONTRACTION, (word) => BARE_CONTRACTIONS[word] ?? word);
  return out.replace(/\s+/gu, " ").trim();
}

function asText(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** Word count used by too-long: whitespace-separated tokens that contain a letter or a digit. */
export function wordCount(text: string): number {
  let count = 0;
  for (const token of asText(text).split(/\s+/u)) {
    if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------------------------
// Pattern building blocks (all patterns run on normalised text, so they are written in lower case with single
// spaces). B and E are Unicode-aware word boundaries; \b only knows ASCII letters.

const B = String.raw`(?<![\p{L}\p{N}#])`;
const E = String.raw`(?![\p{L}\p{N}])`;
/** One word, as normalisation leaves it. */
const W = String.raw`[\p{L}\p{N}#&'/-]+`;
/** Up to `max` words (each may end in a comma), as few as possible. Never crosses . ! ? ; */
const gap = (max: number) => String.raw`(?:${W},? ){0,${max}}?`;
const rx = (source: string) => new RegExp(source, "gu");

type Detector = {
  pattern: RegExp;
  /** Extra check on a match the pattern alone cannot make (e.g. the subject is a specialty, not the program). */
  accept?: (match: RegExpMatchArray) => boolean;
};

/** Texts longer than this are scanned in overlapping windows, so no pattern ever works on more than WINDOW chars. */
const WINDOW = 2_000;
const OVERLAP = 300;

/**
 * Some phrase patterns cost time proportional to the square of what they scan. Real messages are far shorter than a
 * window; a pasted wall of text is read window by window (overlapping, cut at spaces, so a phrase is never split).
 */
function windows(text: string): string[] {
  if (text.length <= WINDOW) return [text];
  const out: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + WINDOW);
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      if (space > start + OVERLAP) end = space;
    }
    out.push(text.slice(start, end));
    if (end >= text.length) break;
    const next = text.indexOf(" ", Math.max(start + 1, end - OVERLAP));
    start = next === -1 || next >= end ? end : next + 1;
  }
  return out;
}

/** The first accepted match of any detector, as a phrase to quote, or null. */
function firstMatch(text: string, detectors: readonly Detector[]): string | null {
  let best: { index: number; phrase: string } | null = null;
  let offset = 0;
  for (const piece of windows(text)) {
    for (const detector of detectors) {
      for (const match of piece.matchAll(detector.pattern)) {
        if (detector.accept && !detector.accept(match)) continue;
        const index = offset + (match.index ?? 0);
        if (best === null || index < best.index) best = { index, phrase: quotable(match) };
        break;
      }
    }
    if (best) break;
    offset += piece.length;
  }
  return best ? tidyQuote(best.phrase) : null;
}

/** The matched phrase, keeping only the last two words of a `subject` group so the quote starts near the claim. */
function quotable(match: RegExpMatchArray): string {
  const subject = match.groups?.subject;
  if (!subject) return match[0];
  const kept = words(subject).slice(-2).join(" ");
  const rest = match[0].slice(subject.length);
  return kept === "" ? rest : `${kept} ${rest}`;
}

function tidyQuote(phrase: string): string {
  const trimmed = phrase.replace(/^[\s,]+|[\s,;:]+$/g, "");
  return trimmed.length > 100 ? `${trimmed.slice(0, 99)}…` : trimmed;
}

function words(text: string | undefined): string[] {
  return (text ?? "").split(/[\s,]+/).filter((w) => w !== "");
}

// ---------------------------------------------------------------------------------------------------------------
// Specialty names in free text (labels and aliases from specialties.ts, normalised the same way as messages).
// "medicine" alone is left out: "a career in medicine" is about being a doctor, not about internal medicine.

const GENERIC_ALIASES = new Set(["medicine"]);

const SPECIALTY_PHRASES: readonly { phrase: string; id: SpecialtyId }[] = SPECIALTIES.filter((s) => s.id !== "other")
  .flatMap((s) => [s.label, ...s.aliases].map((name) => ({ phrase: normalizeText(name), id: s.id })))
  .filter((entry, index, all) => entry.phrase !== "" && !GENERIC_ALIASES.has(entry.phrase) && all.findIndex((e) => e.phrase === entry.phrase) === index)
  .sort((a, b) => b.phrase.length - a.phrase.length);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const SPECIALTY_ALT = `(?:${SPECIALTY_PHRASES.map((s) => escapeRegExp(s.phrase)).join("|")})`;
const SPECIALTY_BY_PHRASE = new Map(SPECIALTY_PHRASES.map((s) => [s.phrase, s.id]));
const SPECIALTY_AT_END = new RegExp(`(?:^|[^\\p{L}\\p{N}])${SPECIALTY_ALT}$`, "u");
const SPECIALTY_AT_START = new RegExp(`^${SPECIALTY_ALT}${E}`, "u");

// ---------------------------------------------------------------------------------------------------------------
// First-choice claims
//
// A claim is a statement that THIS program is the writer's first choice or will be ranked first. Hedged wording
// ("one of my top choices", "among my top programs"), other first choices ("my first choice of specialty", "my
// first choice for a letter writer") and other things ranked first ("I rank patient care first") are not claims.

const FC_ADV = String.raw`(?:(?:still|truly|clearly|definitely|certainly|absolutely|easily|undoubtedly|unquestionably|now|always|honestly|sincerely|really|very much|by far|without (?:a )?doubt) )*`;
const FC_ADJ = String.raw`(?:(?:very|clear|true|absolute|definite|undisputed|obvious|genuine|real|sincere|personal|overall|ultimate|unequivocal) )*`;
const FC_RANK = String.raw`(?:first|top|#1)(?: and only)?`;
const FC_NOUN = String.raw`(?:choice|pick|option|preference)`;
/** "my first choice of specialty / for a letter writer / is to stay near family" are about something else. */
const FC_NOT_ABOUT_PROGRAM = String.raw`(?! (?:of|for|as|in|among) (?:a |an |the |my |our )?(?:specialt(?:y|ies)|fields?|careers?|fellowships?|letters?|letter writers?|mentors?|electives?|rotations?|away|research|projects?|chief|topics?|lectures?|cit(?:y|ies)|locations?|regions?|states?|areas?|place to live|housing|schedules?|vacations?|nights?|calls?)${E})(?! (?:is|was|would be|will be|has always been) to${E})`;
const COPULA = String.raw`(?:is|are|will be|would be|remains|remain|will remain|has become|has been|have been|has always been|continues to be|continue to be|was|stands as|will always be)`;
/** A short aside between the verb and the claim: "is, without question, my first choice". */
const ASIDE = String.raw`(?:, (?:without (?:a )?(?:question|doubt)|in (?:all )?honesty|to be (?:clear|honest|frank)|without hesitation|by far|honestly|truly|clearly|sincerely|and (?:always )?will (?:always )?(?:be|remain)|and will continue to be),)?`;
/** Words that, as the subject of "... is my first choice", show it is not the program. */
const NOT_PROGRAM_SUBJECTS = new Set(
  (
    "i he she they we location geography city region state area family partner spouse safety patient patients care " +
    "research teaching education wellness mentorship fit culture training specialty field career fellowship elective " +
    "rotation schedule salary money housing weather climate"
  ).split(" "),
);

const SUBJECT_VERBS = new Set("is are was will be been has have remains remain sits stays stay ranks comes stands still always now truly clearly".split(" "));

/** Accepts a match whose `subject` group (words before the verb) can be the program. */
function subjectCanBeProgram(match: RegExpMatchArray): boolean {
  const subject = words(match.groups?.subject);
  // Where the verb is optional the subject group can swallow it ("location is"): look past it.
  while (subject.length > 0 && SUBJECT_VERBS.has(subject.at(-1) ?? "")) subject.pop();
  const last = subject.at(-1);
  if (last !== undefined && NOT_PROGRAM_SUBJECTS.has(last)) return false;
  return !SPECIALTY_AT_END.test(subject.join(" "));
}

const NAMED_OBJECT_STOPWORDS = new Set(
  (
    "programs them all every each other others these those my our patient patients care safety family location " +
    "locations things priorities factors fit criteria options both several many some most based by according after " +
    "before applicants candidates people places cities what which who how why when where their specialties fields " +
    "list lists myself yourself"
  ).split(" "),
);

const FIRST_CHOICE_DETECTORS: readonly Detector[] = [
  // "you are my first choice", "Mercy General remains my top choice", "you will be my #1 pick".
  {
    pattern: rx(String.raw`${B}(?<subject>(?:${W},? ){0,4})${COPULA}${ASIDE} ${FC_ADV}(?:my|our) ${FC_ADJ}${FC_RANK} ?${FC_NOUN}${E}${FC_NOT_ABOUT_PROGRAM}`),
    accept: subjectCanBeProgram,
  },
  // "you are my #1", "your program is my number one program", "you are my top program".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,4})${COPULA}${ASIDE} ${FC_ADV}(?:my|our) ${FC_ADJ}(?:#1(?: (?:program|residency|place to train|spot|destination))?(?=\s?(?:[.,;:!?)"]|$| on my${E}))|(?:top|#1) (?:program|residency|place to train|destination)${E})`,
    ),
    accept: subjectCanBeProgram,
  },
  // "your program is #1 for me", "you are first in my book".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,4})${COPULA}${ASIDE} ${FC_ADV}(?:#1|first|the top|top) (?:(?:choice|pick|program|option) )?(?:for me|in my (?:book|mind|eyes|heart|rankings?|rank order list|list))${E}`,
    ),
    accept: subjectCanBeProgram,
  },
  // "I will not rank anyone above you", "no program will be ranked ahead of yours".
  {
    pattern: rx(
      String.raw`${B}(?:rank|ranking|place|put|placing|putting) (?:anyone|anybody|any program|any other program|no one|nobody|no program|no other program|another program|other programs) (?:else )?(?:above|ahead of|higher than|over) (?:you|yours|your (?:program|residency)|this program|it)${E}`,
    ),
  },
  // "My first choice is your program" (but not "my first choice is to stay close to family" or "... is neurology").
  {
    pattern: rx(
      String.raw`${B}(?:my|our) ${FC_ADJ}${FC_RANK} ?${FC_NOUN}(?: (?:program|residency|hospital|institution))? (?:is|will be|would be|remains|has always been|has become) ${FC_ADV}(?<object>(?:${W} ?){1,3})`,
    ),
    accept: (match) => {
      const object = words(match.groups?.object);
      const first = object[0] ?? "";
      const vague = ["to", "not", "undecided", "unclear", "open", "uncertain", "still", "a", "an", "one", "something", "hard", "difficult", "yet"];
      return !vague.includes(first) && !SPECIALTY_AT_START.test(object.join(" "));
    },
  },
  // "my first-choice program" (the compound noun names a single program; "one of my top choice programs" does not).
  {
    pattern: rx(
      String.raw`${B}(?<!(?:one|some|two|three|few|several|all|both|any|each|many) of |among |between )(?:my|our) ${FC_ADJ}(?:first|top|#1) ?(?:choice|pick) (?:program|residency|hospital|institution|place to train)${E}`,
    ),
  },
  // "I consider your program my first choice", "I see you as my top choice".
  {
    pattern: rx(String.raw`${B}(?:consider|see|regard|view|count) (?<subject>(?:${W} ){1,4}?)(?:as |to be )?(?:my|our) ${FC_ADJ}${FC_RANK} ?${FC_NOUN}${E}${FC_NOT_ABOUT_PROGRAM}`),
    accept: subjectCanBeProgram,
  },
  // "you are the clear first choice for me" (a plain "a top choice for me" is hedged and not a claim).
  { pattern: rx(String.raw`${B}(?:the|a clear|the clear|the obvious) (?:first|top|#1) ${FC_NOUN} for me${E}`) },
  // "you are at the top of my list", "your program is #1 on my rank list" (not "top of my list of priorities").
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,4})(?:(?:is|are|will be|remains|sits|stays|will stay|will remain|has been|ranks|comes|stands) )?${FC_ADV}(?:at the (?:very )?top of|#1 on|first on|highest on) (?:my|our) (?:(?:final|rank|ranking|rank order|match|program|residency|personal) )*list${E}(?! of (?!(?:programs|residency|residencies|places to train)${E}))`,
    ),
    accept: subjectCanBeProgram,
  },
  // "I will rank you first / highest / #1 / at the top", "ranking your program number one" (not after "not").
  {
    pattern: rx(
      String.raw`${B}(?<!(?:not|never) (?:be )?)(?:rank|ranking|ranked|place|placing|put|putting|list|listing) (?:you|your (?:program|residency(?: program)?|institution|hospital|team|department)|this program|the program|it) (?:as |at )?(?:my )?(?:first|#1|highest|the highest|top|at the top|at the very top|in first place|first place|above (?:all|every|the rest|any)(?:${W})?|first on my (?:rank )?list|highest on my (?:rank )?list|first choice|top choice)${E}(?! (?:three|3|two|2|four|4|five|5|ten|10|few|tier|half|group|quarter|third|20|25|percent)${E})`,
    ),
  },
  // "I plan to rank Mercy General first / #1" - a named program ranked first by a first-person intention.
  {
    pattern: rx(
      String.raw`${B}i (?:(?:will|would|shall|do|am|fully|definitely|certainly|absolutely|also|intend|plan|planning|going|want|hope|to|have|already|be|truly|sincerely|now|honestly|firmly|really) ){1,6}(?:rank|ranking|ranked) (?<object>(?:${W} ){1,4}?)(?:as (?:my )?)?(?:first|#1|highest|at the top|at #1|in first place)${E}(?! (?:three|3|two|2|four|4|five|5|ten|10|few|tier|half)${E})`,
    ),
    accept: (match) => !words(match.groups?.object).some((w) => NAMED_OBJECT_STOPWORDS.has(w)),
  },
];

/** true when the text claims the program is the writer's first choice / will be ranked #1 (used to record the claim). */
export function claimsFirstChoice(text: string): boolean {
  return findFirstChoiceClaim(normalizeText(text)) !== null;
}

function findFirstChoiceClaim(normalised: string): string | null {
  return firstMatch(normalised, FIRST_CHOICE_DETECTORS);
}

// ---------------------------------------------------------------------------------------------------------------
// Rank solicitation (NRMP: an applicant may say how they will rank; asking a program how it will rank them, for a
// guarantee, or about its rank list is a breach). Only questions and requests are caught; "I hope to match at
// your program" and "the rank list deadline is March 4" are fine.

const ASK = String.raw`(?:let me know|like to know|want to know|wanted to know|hoping to know|to know|tell me|update me|inform me|wondering|wonder|curious|ask|asking|clarify|indicate|share|confirm|sense of|idea of)`;

const RANK_SOLICITATION_DETECTORS: readonly Detector[] = [
  // "where will I be ranked", "where do I stand", "where would my application fall".
  {
    pattern: rx(
      String.raw`${B}where (?:will|would|do|does|did|am|might|could|shall|can) (?:i|my (?:name|application|file)) ${gap(3)}(?:be )?(?:rank|ranked|ranking|stand|standing|fall|land|placed|sit|appear|end up|listed)${E}`,
    ),
  },
  // "where will you rank me", "where do you plan to put me".
  { pattern: rx(String.raw`${B}where (?:will|would|do|does|might|could|can|are) you ${gap(3)}(?:rank|ranking|put|place|have|see|list|slot) me${E}`) },
  // "where am I on your list", "where is my name on your rank list".
  { pattern: rx(String.raw`${B}where (?:am i|is my name|is my application|do i appear|do i fall) (?:on|in|within) (?:your|the) ${gap(2)}(?:list|ranking|rankings)${E}`) },
  // "let me know where I stand", "I would like to know where I am ranked".
  {
    pattern: rx(
      String.raw`${B}${ASK} ${gap(2)}where (?:i|my name|my application|my file)(?: currently| now| would| will| might)? (?:stand|fall|sit|land|rank|am|is|be|placed|ranked)${E}`,
    ),
  },
  // "will you rank me", "are you going to rank me", "would you consider ranking me".
  { pattern: rx(String.raw`${B}(?:will|would|could|can|do|did|are|shall|might|have) you ${gap(3)}(?:rank|ranking|ranked) me${E}`) },
  // "let me know whether you will rank me".
  {
    pattern: rx(
      String.raw`${B}(?:${ASK}|know|sure) ${gap(3)}(?:whether|if) (?:you|your (?:program|committee|team)|the (?:program|committee)) (?:(?:will|would|plan to|intend to|are going to|are planning to|might|can|could|do|did|have) )?(?:rank|ranked|ranking|list|consider ranking) me${E}`,
    ),
  },
  // "how high will you rank me", "how will you rank me".
  { pattern: rx(String.raw`${B}how (?:(?:high|highly|far down|far|low|well|exactly) )?(?:will|would|do|did|are|might|could|can|shall) you ${gap(3)}(?:rank|ranking|ranked|place|list|put) me${E}`) },
  // "how highly am I ranked", "how will I be ranked".
  {
    pattern: rx(
      String.raw`${B}how (?:(?:high|highly|far down|far|low|well) )?(?:am i|will i be|would i be|was i|i am|i will be|i would be|have i been|i have been|i was) ${gap(2)}(?:ranked|placed|listed)${E}`,
    ),
  },
  // "let me know my ranking", "what is my rank", "my position on your list".
  {
    pattern: rx(
      String.raw`${B}(?:${ASK}|disclose|reveal|ask about|asking about|wondering about|curious about|what is|what will be|what would be) ${gap(2)}(?:my|our) (?:(?:current|likely|potential|expected|approximate|final) )?(?:rank|ranking|rank position|(?:position|place|spot|standing|status) on (?:your|the) ${gap(2)}list|standing|chances of matching)${E}`,
    ),
  },
  // "am I ranked to match", "will I be ranked", "is my name on your rank list", "will I match at your program".
  {
    pattern: rx(
      String.raw`${B}(?:am i|will i be|would i be|was i|have i been|is my name|is my application|will my name be|will i|would i) ${gap(2)}(?:ranked|on your (?:(?:final|rank|ranking|rank order|match) )+list|high on your|within your|in your top|likely to match|going to match|able to match|match (?:at|with|into|here|in) (?:your|this|the)|going to be ranked|be ranked)${E}`,
    ),
  },
  // "can you guarantee me a position", "promise me a spot".
  { pattern: rx(String.raw`${B}(?:guarantee|promise|assure|pledge) me (?:(?:a|an|the|one) )?${gap(2)}(?:position|spot|place|seat|slot|residency|match|offer|contract|interview|ranking)${E}`) },
  // "is there any guarantee that I will match", "I would like an assurance that I will be ranked".
  {
    pattern: rx(
      String.raw`${B}(?:can you|could you|would you|will you|is there|are there|any|please|ask for|request|hoping for|like|want|need|give me|provide|offer me|get) ${gap(3)}(?:guarantee|guarantees|assurance|assurances|assure me|promise|promise me|commitment|confirmation|confirm)${E} ${gap(4)}(?:that )?i (?:will|would|am going to|can|could|shall|am) ${gap(2)}(?:match|be ranked|be matched|get (?:a|the|your) (?:position|spot)|be offered|receive an offer|be accepted|have a (?:position|spot)|rank to match|ranked to match)${E}`,
    ),
  },
  // "am I guaranteed a spot", "is there a guarantee".
  {
    pattern: rx(
      String.raw`${B}(?:am i|will i be|would i be|could i be|can i be|is there|are there|can i get|could i get|can i have|could i have|may i have) ${gap(2)}(?:guarantee|guarantees|guaranteed|assurance|assurances|assured|promised|promise)${E}`,
    ),
  },
  // "could you promise ... a position" - a request for a promise about a position or ranking.
  {
    pattern: rx(
      String.raw`${B}(?:can|could|would|will) you ${gap(2)}(?:guarantee|promise|assure|commit)${E}[^.!?]{0,60}?${B}(?:position|spot|place|seat|match|matching|rank|ranked|ranking|offer|contract|residency)${E}`,
    ),
  },
  // "could you offer me a position outside the Match" (asking for a pre-match offer).
  { pattern: rx(String.raw`${B}(?:offer|give) me (?:a |an |the )?(?:position|spot|contract|place) (?:before|outside(?: of)?|ahead of|prior to) (?:the )?match${E}`) },
  // "who is on your rank list", "how far down your rank list do you go" (not "your rank list deadline").
  {
    pattern: rx(
      String.raw`${B}(?:who|what|how many|how far|how long|which|share|show|see|tell me about|details (?:of|about)|contents of|ask about|asking about|questions? about|know more about|inquire about|inquiring about|insight into|look at)${E} ${gap(4)}(?:your|the program's|the committee's|your program's|your committee's) (?:(?:final|current|draft) )?(?:rank|ranking|rank order|match) (?:order )?list${E}(?! (?:deadline|certification|opens|closes|due|meeting|date|timeline)${E})`,
    ),
  },
  // "how many applicants will you rank", "how many people you plan to rank".
  { pattern: rx(String.raw`${B}how many ${gap(2)}(?:(?:will|do|would|did) )?you (?:(?:plan to|usually|typically|will|intend to|expect to) )?rank${E}`) },
  // "do you think I will match", "what are my chances of matching here", "how likely am I to match".
  {
    pattern: rx(
      String.raw`${B}(?:do|does|did) (?:you|the (?:program|committee)) (?:think|believe|expect|feel|see|anticipate) (?:that )?i (?:will|would|could|can|am going to|have a (?:${W} )?chance to) (?:${W} )?(?:match|be ranked|be matched|rank to match)${E}`,
    ),
  },
  { pattern: rx(String.raw`${B}(?:what are|how are|how good are|are) my (?:${W} )?chances${E}`) },
  { pattern: rx(String.raw`${B}how likely (?:am i|is it that i|is it i|would i be|will i be) (?:will )?(?:to )?(?:match|be ranked|be matched)${E}`) },
];

// ---------------------------------------------------------------------------------------------------------------
// Commitment deals (NRMP: no party may ask for or offer a binding commitment; the Match itself is the only
// binding agreement). Only commitments tied to ranking, matching, accepting, attending or signing are caught:
// "I commit to patient safety every day" and "I am committed to internal medicine" are fine.

const THEM_ME_VERB = String.raw`(?:rank|ranks|ranked|match|matches|offer|offers|accept|accepts|take|takes|choose|chooses|select|selects|guarantee|guarantees|promise|promises|place|places|put|puts)`;
const THE_PROGRAM = String.raw`(?:you|your ${W}|the program|the committee)`;
const BOUND_ACTION = String.raw`(?:accept(?:ing)? (?:your|the|a|an|any|this|that|my) (?:offer|position|spot|match|place|contract)|(?:accept|attend|join|sign|match|com)(?:e|ing)?(?=\s?(?:[.,;:!?]|$)|\s(?:if|when|should|once|without|immediately|right away)${E})|rank (?:you|your|this|it|the program)|ranking (?:you|your|this|it|the program)|match(?:ing)? (?:at|with|into|here|in your|in this)|withdraw(?:ing)? (?:from|my)|(?:come|coming) (?:to your|to this|to the program|here)|(?:train|training) (?:at|with|here|in your|in this)|(?:join|joining) (?:you|your|this|the program|the residency)|(?:attend|attending) (?:your|this|the) (?:program|residency|institution)|(?:sign|signing) (?:a|an|the|your) (?:${W} )?(?:contract|offer|agreement)|(?:decline|declining) (?:any |all )?other|(?:cancel|canceling|cancelling) (?:my )?(?:other|remaining) interviews|not (?:rank|interview|apply)${E})`;

const COMMITMENT_DETECTORS: readonly Detector[] = [
  // "if you rank me first, I will rank you first", "should you rank me to match, I would accept".
  {
    pattern: rx(
      String.raw`${B}(?:if|should|once|provided(?: that)?|as long as|on (?:the )?condition that|assuming) ${THE_PROGRAM} ${gap(3)}${THEM_ME_VERB} me${E}[^.!?]{0,100}?${B}i (?:will|would|shall|promise|commit|guarantee|pledge|am going to|can|could|agree)${E}`,
    ),
  },
  // "I will rank you first if you rank me highly", "I will withdraw from the Match if you offer me a position".
  {
    pattern: rx(
      String.raw`${B}i (?:will|would|shall|promise to|commit to|agree to|am willing to|can|could|guarantee)${E} ${gap(6)}(?:if|provided(?: that)?|as long as|in exchange|in return|on (?:the )?condition)(?: that| for)? ${THE_PROGRAM} ${gap(3)}${THEM_ME_VERB} me${E}`,
    ),
  },
  // "I will rank you first if you do the same".
  { pattern: rx(String.raw`${B}i ${gap(3)}rank (?:you|your program|this program|it) ${gap(3)}(?:if|provided|as long as|in exchange|in return|on (?:the )?condition)${E}`) },
  // "I commit to accepting", "I promise I will rank you first", "I pledge to sign the contract".
  {
    pattern: rx(
      String.raw`${B}i (?:(?:hereby|fully|firmly|also|will|can|would|do|am|willing|ready|prepared|happy|solemnly|to) ){0,3}(?:commit|pledge|promise|guarantee|vow|swear)(?: myself)?(?: to| that i will| that i would| that i shall| i will| i would| that i am going to)? ${gap(2)}${BOUND_ACTION}${E}`,
    ),
  },
  // "I am committed to accepting a position here" (the plain "committed to internal medicine" is fine).
  {
    pattern: rx(
      String.raw`${B}i am (?:(?:fully|firmly|completely|absolutely) )?committed to (?:accept(?:ing)? (?:your|the|a|an|this|that) (?:offer|position|spot|place|contract)|rank(?:ing)? (?:you|your|this|it)|sign(?:ing)? (?:a|an|the|your) (?:contract|offer|agreement)|withdraw(?:ing)? (?:from|my))${E}`,
    ),
  },
  // "I commit to your program", "I am willing to commit myself to this program".
  { pattern: rx(String.raw`${B}(?:commit|pledge)(?: myself)? to (?:you|your program|this program|your residency|the program|your institution)${E}(?!')`) },
  // "you have my word that I will rank you first".
  { pattern: rx(String.raw`${B}(?:you have my word|i give you my word|i give my word)${E}[^.!?]{0,60}?${B}(?:rank|accept|attend|sign|match|join|withdraw)`) },
  // "in exchange for a high ranking", "a position in return".
  { pattern: rx(String.raw`${B}in (?:exchange|return) for${E}[^.!?]{0,80}?${B}(?:rank|ranking|ranked|position|spot|offer|match|matching|interview|contract)${E}`) },
  { pattern: rx(String.raw`${B}(?:rank|ranking|ranked|position|spot|offer|match|matching)${E}[^.!?]{0,60}?${B}in (?:exchange|return)${E}`) },
  // "I am ready to sign a contract before the Match" (a deal outside the Match).
  { pattern: rx(String.raw`${B}(?:sign|accept)(?:ing)? (?:a |an |the |your )?(?:contract|offer|position) (?:before|outside(?: of)?|ahead of|prior to) (?:the )?match${E}`) },
];

// ---------------------------------------------------------------------------------------------------------------
// Consistent story: visa status and target specialty stated in a message must match the profile.

const US_STATUS_CLAIMS: readonly Detector[] = [
  // "I am a US citizen", "I'm an American citizen".
  { pattern: rx(String.raw`${B}i am (?:(?:a|an|now a|now an) )?(?:naturali[sz]ed )?(?:us|usa|united states|american) (?:citizen|national)${E}`) },
  // "I am a permanent resident" (of the US, or unqualified).
  { pattern: rx(String.raw`${B}i am (?:a |an |now a )?(?:us |united states )?(?:lawful |legal )?permanent resident${E}(?! of (?!the us|the united states)${W})`) },
  // "I hold a green card", "I am a green card holder", "as a permanent resident".
  { pattern: rx(String.raw`${B}i (?:am (?:a |an )?|hold (?:a |an |my )?|have (?:a |an |my )?|now have (?:a |my )?|received (?:a |my )?|recently received (?:a |my )?)green card${E}`) },
  { pattern: rx(String.raw`${B}as (?:a |an )?(?:us citizen|green card holder|(?:us )?permanent resident)${E}`) },
  // "I do not need visa sponsorship", "I will not require a visa".
  { pattern: rx(String.raw`${B}i (?:do not|will not|would not|shall not|never|no longer) (?:${W} )?(?:need|require)s? (?:(?:any|a|an) )?(?:visa|sponsorship|visa sponsorship|h1b|j1|work visa)${E}`) },
  { pattern: rx(String.raw`${B}no (?:visa )?sponsorship (?:is |will be )?(?:needed|required|necessary)${E}`) },
  { pattern: rx(String.raw`${B}(?:authori[sz]ed|eligible|able|free|permitted) to work in the (?:us|united states) without (?:any )?(?:visa )?sponsorship${E}`) },
];

const VISA_NEED_CLAIMS: readonly Detector[] = [
  // "I will need J-1 sponsorship", "I require visa sponsorship", "I need an H-1B visa".
  {
    pattern: rx(
      String.raw`${B}i (?:(?:will|would|do|currently|also|still|shall|am going to|definitely|eventually|therefore) ){0,3}(?:need|require)s? (?:(?:a|an|the|ecfmg|work|training|immigration|j1|h1b|f1|opt|visa) ){0,4}(?:visa|visas|sponsorship|j1|h1b)${E}`,
    ),
  },
  // "I am on an H-1B", "I am currently on OPT", "I hold a J-1 visa", "I am a J-1 visa holder", "my H-1B status".
  { pattern: rx(String.raw`${B}i am (?:(?:currently|now|still) )?(?:on|in|holding) (?:a |an |my )?(?:j1|h1b|f1|opt|stem opt|f1 opt)(?: visa| status)?${E}`) },
  { pattern: rx(String.raw`${B}i (?:currently )?hold (?:a |an )?(?:j1|h1b|f1)(?: visa)?${E}`) },
  { pattern: rx(String.raw`${B}(?:i am|as) (?:a |an )?(?:j1|h1b|f1)(?: visa)? holder${E}`) },
  { pattern: rx(String.raw`${B}my (?:current )?(?:j1|h1b|f1|opt) (?:visa|status)${E}`) },
  // "I am not a US citizen", "I do not have a green card".
  { pattern: rx(String.raw`${B}i am not (?:a |an )?(?:us|united states|american) citizen${E}`) },
  { pattern: rx(String.raw`${B}i am not (?:a |an )?(?:us )?permanent resident${E}`) },
  { pattern: rx(String.raw`${B}i do not (?:have|hold) (?:a |my )?green card${E}`) },
];

const NEEDS_VISA: ReadonlySet<VisaStatus> = new Set(["J1", "H1B", "F1_OPT", "NEEDS_SPONSORSHIP"]);

const VISA_LABELS: Record<VisaStatus, string> = {
  US_CITIZEN_OR_PR: "US citizen or permanent resident",
  J1: "J-1 visa",
  H1B: "H-1B visa",
  F1_OPT: "F-1 visa on OPT",
  NEEDS_SPONSORSHIP: "needs visa sponsorship",
  OTHER: "other",
};

// A statement of the writer's own goal, then a few connecting words, then a specialty name. Mentions such as "my
// rotation in dermatology" or "the dermatology clinic" have no goal lead and are ignored.
const GOAL_LEAD = String.raw`(?:my (?:(?:long term|ultimate|career|professional|primary|main|future|true|lifelong|clear) )*(?:goal|plan|aim|dream|ambition|aspiration|intention|objective|passion)s? (?:is|are|has always been|remains|was always|has been)(?: to)?|i (?:(?:really|still|also|ultimately|eventually|definitely|truly|have always|always|fully|very much|would|will|am|now|firmly) ){0,3}(?:plan|intend|hope|want|wish|aim|aspire|would like|am planning|am hoping|am aiming|look forward|am determined|am eager|am excited|am committed|have decided|decided|have chosen|chose|am preparing|am working|am striving|am training) to (?:pursue|pursuing|train|training|specialize|specializing|become|becoming|apply|applying|match|matching|practice|practicing|enter|entering|build|building|have|go|going|continue|continuing)|i am (?:(?:currently|now|also|actively|still|seriously|only) )?(?:applying|pursuing|reapplying|specializing|training to become|interested in pursuing|interested in a career|committed to a career|planning a career|going into|set on|focused on a career)|i (?:(?:will|would|am going to|plan to) )?(?:apply|reapply)|(?:as|being) an? (?:aspiring|future|prospective|hopeful)|i see myself (?:as|in|practicing|becoming))`;
const GOAL_FILLER = String.raw`(?:(?:a|an|the|in|into|to|for|of|as|be|become|becoming|career|careers|field|fields|residency|residencies|training|program|programs|position|positions|specialty|categorical|future|academic|clinical|long|term|successful|fulfilling|rewarding|lifelong|practicing|practice|physician|doctor|resident|my|your|this|at|pursue|pursuing|train|specialize|specializing|apply|applying|match|matching|enter|build|have|go|do|continue|on|eventually|ultimately|then|later|again),? )`;
const SPECIALTY_GOAL = rx(String.raw`${B}${GOAL_LEAD}${E} ${GOAL_FILLER}{0,6}?(?<specialty>${SPECIALTY_ALT})${E}`);

/** A named specialty fits the target when it is the target, or a general name the target's name contains ("surgery" for orthopaedic surgery). */
function fitsTarget(phrase: string, target: SpecialtyId): boolean {
  if (SPECIALTY_BY_PHRASE.get(phrase) === target) return true;
  const spec = specialtyById(target);
  if (!spec) return true;
  const wholeWord = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, "u");
  return [spec.label, ...spec.aliases].some((name) => wholeWord.test(normalizeText(name)));
}

type StoryConflict = { phrase: string; kind: "visa"; stated: string } | { phrase: string; kind: "specialty"; stated: string };

function findStoryConflict(normalised: string, profile: MessageContext["profile"]): StoryConflict | null {
  const status = profile?.visaStatus;
  if (status && NEEDS_VISA.has(status)) {
    const phrase = firstMatch(normalised, US_STATUS_CLAIMS);
    if (phrase) return { phrase, kind: "visa", stated: "that you do not need a visa" };
  }
  if (status === "US_CITIZEN_OR_PR") {
    const phrase = firstMatch(normalised, VISA_NEED_CLAIMS);
    if (phrase) return { phrase, kind: "visa", stated: "that you need a visa" };
  }
  const target = profile?.targetSpecialty;
  if (target && target !== "other") {
    for (const match of windows(normalised).flatMap((piece) => [...piece.matchAll(SPECIALTY_GOAL)])) {
      const named = match.groups?.specialty ?? "";
      if (!fitsTarget(named, target)) {
        const id = SPECIALTY_BY_PHRASE.get(named);
        return { phrase: tidyQuote(match[0]), kind: "specialty", stated: specialtyById(id)?.label ?? named };
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Tone (warning only): entitled or self-deprecating phrases. Programs respond to specifics and quiet confidence.

const ENTITLED_DETECTORS: readonly Detector[] = [
  { pattern: rx(String.raw`${B}i (?:(?:really|truly|certainly|definitely|fully) )?deserve${E}`) },
  { pattern: rx(String.raw`${B}you owe me${E}`) },
  { pattern: rx(String.raw`${B}i (?:(?:fully|certainly|do|really) )?expect (?:an? |to (?:be |get |receive )?)?(?:offer|position|spot|interview|ranked|match|matched|rank|be ranked)${E}`) },
  { pattern: rx(String.raw`${B}you (?:should|must|need to|ought to|have to) (?:(?:definitely|really|seriously|just) )?(?:give|offer|rank|accept|take|choose|select|interview|hire) me${E}`) },
  {
    pattern: rx(
      String.raw`${B}i am (?:(?:clearly|obviously|definitely|simply|undoubtedly|by far|easily) )?(?:the|your) (?:best|strongest|most qualified|top|ideal|perfect|only right|only real) (?:candidate|applicant|choice|fit|person)${E}`,
    ),
  },
  { pattern: rx(String.raw`${B}(?:you|your program) (?:would|will) be lucky to have me${E}`) },
  { pattern: rx(String.raw`${B}(?:i am entitled to|i demand|you (?:will|would) regret)${E}`) },
];

const SELF_DEPRECATING_DETECTORS: readonly Detector[] = [
  {
    pattern: rx(
      String.raw`${B}(?:i know|i realize|i understand|i am aware) (?:that )?i am (?:(?:a|an|very|quite|probably|rather|just) )*(?:weak|weaker|a long shot|long shot|underqualified|unqualified|not competitive|not (?:the |a |your )?(?:strongest|best|most competitive|most qualified|ideal|perfect|strong|good|competitive))${E}`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}i am (?:(?:probably|certainly|definitely|clearly) )?not (?:the |a |your )?(?:strongest|best|most competitive|most qualified|ideal|perfect|strong|competitive|good enough)${E}`,
    ),
  },
  { pattern: rx(String.raw`${B}sorry (?:to|for) (?:bother|bothering|disturb|disturbing|trouble|troubling|take up|taking up|waste|wasting|intrude|intruding)${E}`) },
  { pattern: rx(String.raw`${B}i am (?:just|only|merely|simply) an?${E} (?!(?:phone|call|email|e mail|message|text|quick|short|click)${E})`) },
  { pattern: rx(String.raw`${B}i am (?:(?:so|very|really|truly) )?desperate${E}`) },
  { pattern: rx(String.raw`${B}(?:i (?:beg|am begging|implore)(?: you)?|begging you)${E}`) },
  { pattern: rx(String.raw`${B}please (?:(?:just|kindly) )?give me (?:a|any|one|just one|one more|a single) (?:chance|opportunity|shot)${E}`) },
  { pattern: rx(String.raw`${B}any (?:chance|opportunity|position|spot) at all${E}`) },
  { pattern: rx(String.raw`${B}i will (?:take|accept) any (?:position|spot|chance|offer)${E}`) },
  { pattern: rx(String.raw`${B}(?:i am|i feel) (?:worthless|unworthy|not worthy|not good enough)${E}`) },
  { pattern: rx(String.raw`${B}i know (?:my (?:scores|application|cv) (?:is|are) (?:weak|bad|poor|terrible|low|not great)|i do not deserve)${E}`) },
];

// ---------------------------------------------------------------------------------------------------------------
// Evaluation

function validTime(value: unknown): number | null {
  if (!(value instanceof Date)) return null;
  const time = value.getTime();
  return Number.isNaN(time) ? null : time;
}

function day(time: number): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? "a later date" : formatDay(date);
}

function programLabel(context: MessageContext): string {
  const name = asText(context.program?.name).trim();
  return name === "" ? "this program" : name;
}

export function evaluateMessage(draft: MessageDraft, context: MessageContext): Finding[] {
  const found = new Map<RuleId, string>();
  const text = normalizeText(`${asText(draft.subject)}\n${asText(draft.body)}`);
  const sentAt = validTime(draft.sentAt);
  const sent = Array.isArray(context.sentThisCycle) ? context.sentThisCycle : [];
  const program = programLabel(context);
  const interviewAt = validTime(context.program?.interviewDate);
  const isLoi = draft.kind === "LETTER_OF_INTENT";

  // one-letter-of-intent: one per resident per cycle, whichever program got it.
  if (isLoi && sent.some((m) => m.kind === "LETTER_OF_INTENT")) {
    found.set(
      "one-letter-of-intent",
      "You have already sent a letter of intent this cycle. A letter of intent means one thing only when it goes to one program, your true first choice; a second one cancels the meaning of both. If you want to stay in touch here, send an interest letter that does not call the program your first choice.",
    );
  }

  // single-first-choice: a letter of intent is itself a first-choice statement.
  const claim = findFirstChoiceClaim(text);
  if (claim !== null || isLoi) {
    const elsewhere = sent.some((m) => m.programId !== draft.programId && (m.claimsFirstChoice || m.kind === "LETTER_OF_INTENT"));
    if (elsewhere) {
      const what = claim !== null ? `This message tells ${program} it is your first choice ("${claim}")` : `A letter of intent tells ${program} it is your first choice`;
      found.set(
        "single-first-choice",
        `${what}, but another program already heard that from you this cycle. Programs talk to each other, and the same first-choice promise made twice is exactly the kind of dishonesty they remember. Keep your genuine interest and remove the first-choice or ranking statement.`,
      );
    }
  }

  const solicitation = firstMatch(text, RANK_SOLICITATION_DETECTORS);
  if (solicitation !== null) {
    found.set(
      "no-rank-solicitation",
      `"${solicitation}" asks the program about its ranking. NRMP rules let you share your own plans, but asking a program where it will rank you, for a guarantee, or about its rank list is a Match violation. Take the question out and tell them what draws you to the program instead.`,
    );
  }

  const deal = firstMatch(text, COMMITMENT_DETECTORS);
  if (deal !== null) {
    found.set(
      "no-commitment-deal",
      `"${deal}" reads as a deal tied to ranking or accepting. The Match result is the only binding agreement, and NRMP rules forbid offering or asking for commitments around it; programs are wary of applicants who try. State your interest without conditions or promises.`,
    );
  }

  if (context.program?.postInterviewCommunication === "NO" && interviewAt !== null && sentAt !== null && sentAt >= interviewAt && draft.kind !== "REPLY") {
    found.set(
      "respect-no-contact",
      `${program} has said it does not accept messages after interviews, and your interview was on ${day(interviewAt)}. Writing anyway suggests you missed or ignored their policy. Keep this draft; if the program writes to you first, you can answer with a reply.`,
    );
  }

  // spacing: answering the program (REPLY) is always fine, and a REPLY already sent does not count against you.
  if (draft.kind !== "REPLY") {
    const sameProgram = sent.filter((m) => m.programId === draft.programId);
    const reasons: string[] = [];
    if (sentAt !== null) {
      const recent = sameProgram
        .map((m) => ({ m, t: validTime(m.sentAt) }))
        .filter((x): x is { m: SentMessage; t: number } => x.t !== null && x.m.kind !== "REPLY" && x.t <= sentAt && sentAt - x.t < SPACING_DAYS * DAY_MS)
        .sort((a, b) => b.t - a.t)[0];
      if (recent) {
        reasons.push(
          `You last wrote to ${program} on ${day(recent.t)}, less than a week before this message. Frequent check-ins read as pressure; wait until ${day(recent.t + SPACING_DAYS * DAY_MS)} or fold this into a later note.`,
        );
      }
    }
    if (draft.kind === "THANK_YOU" && sameProgram.filter((m) => m.kind === "THANK_YOU").length >= MAX_THANK_YOU_PER_PROGRAM) {
      reasons.push(`You already thanked ${program} for this interview; one thank-you note is enough, and a second one dilutes the first.`);
    }
    if (draft.kind === "INTEREST_UPDATE" && sameProgram.filter((m) => m.kind === "INTEREST_UPDATE").length >= MAX_INTEREST_UPDATES_PER_PROGRAM) {
      reasons.push(
        `You have already sent ${program} two interest or update letters. A third adds pressure without adding news; save anything new for one brief final note before the rank list deadline.`,
      );
    }
    if (reasons.length > 0) found.set("spacing", reasons.join(" "));
  }

  const soapStart = validTime(context.calendar?.matchWeekMonday);
  const soapEnd = validTime(context.calendar?.soapEnd);
  // Calendar dates are date-only values (midnight UTC), so the SOAP end date counts in full.
  const soapEndExclusive = soapEnd === null ? null : Math.floor(soapEnd / DAY_MS) * DAY_MS + DAY_MS;
  if (
    sentAt !== null &&
    soapStart !== null &&
    soapEnd !== null &&
    soapEndExclusive !== null &&
    sentAt >= soapStart &&
    sentAt < soapEndExclusive &&
    !context.programContactedFirstDuringSoap
  ) {
    found.set(
      "soap-blackout",
      `This would go out during Match Week's SOAP (${day(soapStart)} to ${day(soapEnd)}). NRMP rules do not allow applicants to contact a program during SOAP until the program contacts them. If ${program} reaches out, mark that on the program and reply then.`,
    );
  }

  const conflict = findStoryConflict(text, context.profile);
  if (conflict) {
    found.set(
      "consistent-story",
      conflict.kind === "visa"
        ? `"${conflict.phrase}" says ${conflict.stated}, but your profile lists your visa status as "${VISA_LABELS[context.profile.visaStatus]}". Programs check what you write against your application, and one mismatch makes them doubt the rest. Correct the sentence, or update your profile if your status has changed.`
        : `"${conflict.phrase}" names ${conflict.stated} as your goal, but your profile targets ${specialtyById(context.profile.targetSpecialty)?.label ?? "another specialty"}. A program that hears different goals from you will wonder which one is true. Correct the sentence, or update your target in your profile.`,
    );
  }

  if (draft.kind === "THANK_YOU" && interviewAt !== null && sentAt !== null && sentAt - interviewAt > THANK_YOU_HOURS * HOUR_MS) {
    const hours = Math.floor((sentAt - interviewAt) / HOUR_MS);
    found.set(
      "late-thank-you",
      `This thank-you goes out ${hours} hours after your interview. Notes sent within 24 to 48 hours arrive while the day is still fresh for the interviewers. It is still worth sending: keep it short, and there is no need to apologise for the delay.`,
    );
  }

  if (isLoi && sentAt !== null) {
    const deadline = validTime(context.calendar?.rankListDeadline);
    if (deadline !== null) {
      const year = new Date(deadline).getUTCFullYear();
      const windowStart = Date.UTC(year, 0, 1);
      const windowEnd = Date.UTC(year, 1, 16); // exclusive: February 15 counts
      if (sentAt < windowStart || sentAt >= windowEnd) {
        found.set(
          "loi-timing",
          `Letters of intent land best between January 1 and February 15, ${year}: after most interviews and before programs settle their rank lists (the deadline is ${day(deadline)}). Sent at another time it is easy to forget or too late to matter; consider scheduling it inside that window.`,
        );
      }
    }
  }

  const bodyWords = wordCount(draft.body);
  if (bodyWords > MAX_WORDS) {
    found.set(
      "too-long",
      `This message is ${bodyWords} words. A program director reads about ${MAX_WORDS} words in a minute and skims the rest. Keep one reason you fit the program and one piece of news, and cut the remainder.`,
    );
  }

  const entitled = firstMatch(text, ENTITLED_DETECTORS);
  const humble = firstMatch(text, SELF_DEPRECATING_DETECTORS);
  if (entitled !== null || humble !== null) {
    const parts: string[] = [];
    if (entitled !== null) {
      parts.push(`"${entitled}" can come across as entitled; programs respond to what you bring, not to what you feel owed.`);
    }
    if (humble !== null) {
      parts.push(`"${humble}" undersells you; programs are looking for a calm, confident colleague.`);
    }
    parts.push("Replace it with a specific strength or a concrete reason you fit the program.");
    found.set("tone", parts.join(" "));
  }

  if (draft.kind === "FINAL_NOTE") {
    const programs = new Set(sent.filter((m) => m.kind === "FINAL_NOTE").map((m) => m.programId));
    programs.add(draft.programId);
    if (programs.size > MAX_FINAL_NOTE_PROGRAMS) {
      found.set(
        "final-note-count",
        `This would be your final note to ${programs.size} programs. A last note carries weight when it goes to your top two or three; sent widely it becomes a form letter. Choose the few you would be happiest to match at.`,
      );
    }
  }

  const findings: Finding[] = [];
  for (const rule of BLOCK_RULES) {
    const message = found.get(rule);
    if (message !== undefined) findings.push({ rule, severity: "block", message });
  }
  for (const rule of WARN_RULES) {
    const message = found.get(rule);
    if (message !== undefined) findings.push({ rule, severity: "warn", message });
  }
  return findings;
}
