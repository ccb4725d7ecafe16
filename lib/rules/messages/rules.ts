// The honesty rules, one entry each: an id, a severity and a check. Text rules read the draft sentence by sentence
// and quote the sentence that triggered them, with an honest rewrite; date and history rules read the context.
// Sources: the product domain guide ("Pre-match communication", "Honesty rules"); NRMP Match Participation
// Agreement (applicants may volunteer their intentions, but neither side may solicit ranking information or ask
// for or offer a commitment; during SOAP applicants may not contact a program until it contacts them); seed
// article 002 (one letter of intent, thank-you within 24-48 hours, interest letters late Nov to early Jan, one
// brief final note to the top 2-3, respect "no post-interview communication", under a one-minute read).

import { VISA_LABELS, VISA_STATUSES } from "@/lib/labels/profile";
import { formatDay } from "@/lib/dates";
import {
  dealOnTheAnswer,
  dealWordsNotADeal,
  heldOutWordOfStanding,
  makesDeal,
  pledgeOfferedForRanking,
  pointsBackToAnswer,
} from "@/lib/rules/messages/detect-commitment";
import { firstChoiceClaimAt, claimWordsNotAClaim, withListAntecedent } from "@/lib/rules/messages/detect-first-choice";
import {
  aboutProgramStanding,
  matchOnlyAsPremise,
  matchOnlyAsTime,
  onlyOwnList,
  aboutUseOfInformation,
  onlyThingsRanked,
  selectionOnlyForSomethingElse,
  solicitsMembership,
  solicitsNarrowed,
  solicitsRank,
  turnedRankQuestion,
  listByReference,
} from "@/lib/rules/messages/detect-rank-solicitation";
import {
  answerToFutureQuestion,
  ellipsisFilled,
  fieldMentions,
  narrowedFields,
  specialtyByReference,
  specialtyConflict,
  visaConflict,
  visaNeedByReference,
  type FieldMention,
} from "@/lib/rules/messages/detect-story";
import { goalFeatures, goalScore, parseGoalTable, type GoalWeights } from "@/lib/rules/messages/goal-model";
import { GOAL_BIAS, GOAL_SCALE, GOAL_TABLE, GOAL_THRESHOLD } from "@/lib/rules/messages/goal-weights";
import { entitledPhrase, selfDeprecatingPhrase } from "@/lib/rules/messages/detect-tone";
import { withImplicitSubject, withoutAsides, withoutIntensifiers, withWriterAsKind } from "@/lib/rules/messages/lexicon";
import { scoreSentence, parseTable, type ModelRule, type ModelWeights } from "@/lib/rules/messages/model";
import { BIAS, SCALE, TABLE, THRESHOLD } from "@/lib/rules/messages/model-weights";
import { asText, normalizeText, wordCount } from "@/lib/rules/messages/normalize";
import { dealRewrite, firstChoiceRewrite, interestRewrite, specialtyRewrite, visaRewrite } from "@/lib/rules/messages/rewrites";
import type { Sentence } from "@/lib/rules/messages/sentences";
import { specialtyById, type SpecialtyId } from "@/lib/rules/specialties";
import type { BlockRuleId, Finding, MessageContext, MessageDraft, RuleId, SentMessage, Severity, VisaStatus, WarnRuleId } from "@/lib/rules/messages/types";

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

/** The profile as the rules read it: a field outside its enumeration is unknown (null). */
type KnownProfile = { targetSpecialty: SpecialtyId | null; visaStatus: VisaStatus | null };

/** What every check reads: the draft, its context, its sentences and a few derived facts. */
export type RuleInput = {
  draft: MessageDraft;
  context: Omit<MessageContext, "profile"> & { profile: KnownProfile };
  sentences: Sentence[];
  sentAt: number | null;
  interviewAt: number | null;
  sent: SentMessage[];
  program: string;
};

type Outcome = Omit<Finding, "rule" | "severity"> | null;
export type Rule<Id extends RuleId = RuleId> = { id: Id; severity: Severity; check: (input: RuleInput) => Outcome };

function validTime(value: unknown): number | null {
  if (!(value instanceof Date)) return null;
  const time = value.getTime();
  return Number.isNaN(time) ? null : time;
}

function day(time: number): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? "a later date" : formatDay(date);
}

/**
 * The profile's fields checked against their enumerations. The detectors index tables by them, and a value such as
 * "__proto__" or "constructor" would index Object.prototype instead of reading as unknown.
 */
function knownProfile(profile: Partial<Record<keyof KnownProfile, unknown>> | undefined): KnownProfile {
  const specialty = profile?.targetSpecialty;
  const visa = profile?.visaStatus;
  return {
    targetSpecialty: typeof specialty === "string" && specialtyById(specialty)?.id === specialty ? (specialty as SpecialtyId) : null,
    visaStatus: (VISA_STATUSES as readonly unknown[]).includes(visa) ? (visa as VisaStatus) : null,
  };
}

export function ruleInput(draft: MessageDraft, context: MessageContext, sentences: Sentence[]): RuleInput {
  const name = asText(context.program?.name).trim();
  return {
    draft,
    context: { ...context, profile: knownProfile(context.profile) },
    sentences,
    sentAt: validTime(draft.sentAt),
    interviewAt: validTime(context.program?.interviewDate),
    sent: Array.isArray(context.sentThisCycle) ? context.sentThisCycle : [],
    program: name === "" ? "this program" : name,
  };
}

/** The first sentence (clause by clause) for which `test` holds, as a quote with where it sits. */
function quoteOf(sentence: Sentence) {
  return { quote: sentence.text, field: sentence.field };
}

/** Results of the text detectors per sentence, so a draft read twice is analysed once. */
const MEMO = new WeakMap<Sentence, Map<string, boolean>>();

function remembered(sentence: Sentence, key: string, compute: () => boolean): boolean {
  let memo = MEMO.get(sentence);
  if (!memo) {
    memo = new Map();
    MEMO.set(sentence, memo);
  }
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = compute();
  memo.set(key, value);
  return value;
}

/** A subject line naming the message rather than the writer: "a quick question on ...", "thank you - and a note". */
const MESSAGE_ITSELF =
  /^(?:(?:a|an|the|one|quick|small|short|brief|final|another|last|little|some|follow up|follow-up|and|[-:,])\s*)*(?:question|questions|query|queries|update|updates|note|notes|thanks|thank|request|inquiry|enquiry|clarification|letter|message|email|reminder|regarding|about|info|information|ask|greetings|hello|hi)\b/u;

/** "Thanks from a future surgeon", "A note from an H-1B applicant": who the message is from, as an indefinite description. */
const FROM_WRITER =
  /(?:^|\s)from (?<who>(?:(?:a|an) (?!(?:friend|colleague|classmate|mentor|fellow|former|current|past|different|other|another)\b)|(?:someone|somebody|one applicant|an applicant) (?=who |that ))[^,;:()]+?)\s*[.!]*$|(?:^|\s)from (?<bare>(?:green card|us citizen|permanent resident|j1|h1b|f1|opt|f1 opt|j1 visa|h1b visa) (?:holder|applicant|candidate|physician|doctor|graduate|resident))\b/u;

/** The name a message is signed with, after its closing words: "Respectfully, Benjamin Ortega, MD" gives "ortega". */
const SIGN_OFF =
  /(?:regards|respectfully|sincerely|best|thanks|thank you|cheers|faithfully|truly|warmly|gratefully|gratitude|wishes)[,!.]?\s+(?:dr\.?\s+)?([a-z][a-z\u00df-\u024f'-]+(?:\s+[a-z\u00df-\u024f][a-z\u00df-\u024f'-]+){0,2})/u;
const DEGREES = /^(?:md|do|mbbs|mbchb|phd|mph|mrcp|frcs|msc|bsc)$/u;
const SIGNER_VERB = "is|was|has|plans|intends|hopes|wants|aims|wishes|dreams|considers|will|would";
const escapeForRegExp = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The signer's name as the subject of a clause, read once per message: "Respectfully, Benjamin Ortega, MD" gives a
 * pattern for "(dr.) (benjamin) ortega is/has/plans ...". Null when the message is not signed with a name.
 */
function signerAsSubject(sentences: readonly Sentence[]): RegExp | null {
  const body = sentences.filter((s) => s.field === "body");
  for (const s of body.slice(-2).reverse()) {
    const match = SIGN_OFF.exec(s.norm);
    const words = match?.[1]?.split(/\s+/).filter((w) => !DEGREES.test(w)) ?? [];
    const surname = words.at(-1) ?? "";
    if (surname.length < 3) continue;
    const given = words.slice(0, -1).map(escapeForRegExp).join(" ");
    return new RegExp(
      `(?:^|(?<=[\\s,;:(]))(?<!(?:my|our|his|her|their) (?:[a-z]+ )?)(?:(?:dr\\.?|doctor|mr\\.?|ms\\.?|mrs\\.?) )?(?:${given ? `${given} ` : ""})?${escapeForRegExp(surname)} (${SIGNER_VERB})(?=\\s)`,
      "u",
    );
  }
  return null;
}

/**
 * A writer who speaks of themself by their own signed name: "Dr. Ortega is a future plastic surgeon", signed "Benjamin
 * Ortega", read as "I am a future plastic surgeon". Null when the clause does not name the signer as its subject.
 */
function selfInThirdPerson(clause: string, signer: RegExp): string | null {
  if (!signer.test(clause)) return null;
  const verbs: Record<string, string> = { is: "am", was: "was", has: "have", will: "will", would: "would" };
  return clause.replace(signer, (_m, verb: string) => `i ${verbs[verb] ?? verb.replace(/s$/u, "")}`);
}

/**
 * A salutation run into the first sentence ("Dr. Walsh, have green card now", "Hello Dr Baker, I am ..."): the sentence
 * read without it, so a dropped subject after it is restored as at the start of a sentence.
 */
const SALUTATION =
  /^(?:(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings|respected|esteemed)\s+)?(?:dr|doctor|prof|professor|mr|mrs|ms|miss|sir|madam|program director|programme director|program coordinator|coordinator|team|all|everyone)(?:\s+[\p{L}'-]+){0,3},\s+(?=\S)/u;

/**
 * An elliptical tier ("Top two? Top four?") beside a sentence about the writer's own list ("where Harbourview belongs on
 * my list", "very high on my list"): the writer weighing their own ranking, asking the program nothing.
 */
const TIER_FRAGMENT =
  /^(?:(?:or|maybe|perhaps|just|even|still|probably)\s)?(?:top\s(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifteen|half|third|quarter|tier|few)|number\s(?:one|two|three|\d+)|#\d+|first|second|third)(?:\s(?:or\s)?(?:top\s)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten))?[.?!]*$/u;
const OWN_LIST = /\b(?:my (?:rank |rank order |match |final )?list|my rol|(?:sits|stands|falls|ranks|belongs|lands|goes|fits) for me)\b/u;
function ownTierFragment(s: Sentence, sentences: Sentence[]): boolean {
  if (!TIER_FRAGMENT.test(s.norm)) return false;
  const at = sentences.indexOf(s);
  return sentences.slice(Math.max(0, at - 2), at + 3).some((n) => n !== s && n.field === s.field && OWN_LIST.test(n.norm) && !solicitsIn(n));
}

const COMMITMENT_NOUN =
  /(^|\s)(?:and |with |here is |this is )?my (?:(?:firm|formal|solemn|personal|written|sincere|full) )*(?:commitment|promise|pledge|intention|decision|resolve|undertaking) to (?=(?:rank|list|put|place|accept|sign|join|withdraw|decline|cancel|come|match)\b)/gu;
/** A commitment named as a subject line's label: "Binding commitment to accept at Fairview", "Firm pledge to rank you first". */
const COMMITMENT_LABEL =
  /^(?:(?:a|my|our|the) )?(?:(?:binding|firm|formal|solemn|personal|written|sincere|full|unconditional|absolute|irrevocable) )*(?:commitment|promise|pledge|undertaking|guarantee) to (?=(?:rank|list|put|place|accept|sign|join|withdraw|decline|cancel|come|match)\b)/u;
/**
 * A first choice named as a subject line's label: "Letter of Intent - First Choice", "First choice letter | Ana Ruiz",
 * "LOI: my #1 choice". A label describes the message, and this one says the program is the writer's first choice; a
 * reply's subject ("Re: my top choice") was written by someone else first.
 */
const FIRST_CHOICE_LABEL =
  /^(?:(?:loi|letter of intent|intent|update|thank you|thanks)\s?[:|-]\s?)*(?:(?:my|our|a|the) )?(?:#1|number one|no 1|first|1st|top|very first|very top) (?:choice|pick)(?: (?:letter|notice|declaration|update|email|note|statement))?(?:\s?[|:-]\s?(?![^|:-]*\b(?:question|questions|query|about|regarding|re|policy|policies|rules?|when|how|what|whether|allowed|etiquette|advice)\b)[^|:?-]*)?[.!]*$/u;
/**
 * A place on the list with how it was put there: "your program is written above every other", "anyone would find your
 * program listed first". Read as the place itself ("your program is above every other").
 */
const LISTED_PLACE =
  /\b(?:(?:would|will|could|might) (?:find|see|discover|notice) (?<what>[^,;:]{1,60}?)|(?<copula>is|are|will be|would be|stays|remains|sits)) (?:written|placed|listed|put|entered|positioned|pencilled|penciled|inked|slotted|sitting) (?=(?:above|ahead of|at the (?:very )?top|first|#1|on top|higher than)\b)/u;
/** A request named as a subject line's label before what it asks for: "Request: my ranking position at Fairview". */
const REQUEST_LABEL = /^(?:request|query|inquiry|enquiry)\s?(?::|-)\s?(?=\S)/u;
/** The sender as the program's own number one: "Thanks from your future #1-ranked applicant", "from your #1 fan". */
const YOUR_NUMBER_ONE =
  /(?:^|\s)from your (?:(?:future|soon to be|biggest|hopeful|eager) )*(?:#1|number one|no 1)(?: ranked)? (?:applicant|candidate|fan|supporter|resident|intern)\b/u;
const CONTRAST_ASIDE = /,\s(?:rather than|not|instead of|as opposed to|and not|more than|over)\s[^,;:]{1,50},\s/gu;

const SELF_RELATIVE = /(^|\s)i am (?:(?:a|an|the) (?:[\p{L}'-]+ ){1,4}?|someone |somebody )(?:who|that) (?=\S)/u;
const SELF_AGREEMENT = /(^|\s)i (needs|requires|holds|wants|plans|hopes|intends|is|has|was)(?=\s|$)/u;
const AGREED: Record<string, string> = { is: "am", has: "have", was: "was" };

const ROLE_SWAP = /\bif you were (?:in my (?:position|shoes|place|situation)|me|i)\b,?/u;

/** The readings of a text a detector tries: as written, with its dropped subject restored, without intensifiers. */
function readings(text: string, sentence: Sentence, options: { asides?: boolean } = {}): string[] {
  const subjectLine = sentence.field === "subject";
  const implicit = withImplicitSubject(text, subjectLine);
  const unsalued = text.replace(SALUTATION, "");
  const greeted = unsalued === text ? [] : [unsalued, withImplicitSubject(unsalued, subjectLine)];
  const narrowed = narrowedFields(text);
  // A commitment named as a noun states it: "my commitment to rank Harbourview first provided I am ranked to match"
  // reads "i will rank Harbourview first provided ...".
  // Not a decision already made and told as past: "my decision to withdraw from the programs in Texas was made after my
  // interviews".
  const nouned = /\b(?:was|were|had been|has been) (?:made|taken|reached|final|announced)\b/.test(text) ? text : text.replace(COMMITMENT_NOUN, "$1i will ");
  const committed = subjectLine ? nouned.replace(COMMITMENT_LABEL, "i commit to ") : nouned;
  // A subject line is often a bare description of the writer: "Green card holder - question about eligibility".
  // A subject that names the message itself ("A question on the rank list", "Quick update") describes no one.
  const described = subjectLine && !/^(?:i|my|we|you|your|re|fw|fwd)\b/.test(text) && !MESSAGE_ITSELF.test(text) ? [`i am ${text}`] : [];
  // A subject that says who the message is from describes the writer: "Thank you from a J-1 applicant" reads "i am a j1
  // applicant".
  const sender = subjectLine ? FROM_WRITER.exec(text) : null;
  if (sender?.groups?.who) described.push(`i am ${sender.groups.who}`);
  // Without its article, a name may follow: "Update from green card holder Shirin Nazari".
  if (sender?.groups?.bare) described.push(`i am a ${sender.groups.bare}`);
  if (subjectLine && (YOUR_NUMBER_ONE.test(text) || FIRST_CHOICE_LABEL.test(text.replace(/\s*\([^()]*\)\s*/g, " ").trim()))) {
    described.push("you are my first choice");
  }
  // An aside in parentheses or dashes can separate a goal from what it is: "my plan (held since ...) is to train in X".
  // A question's context can sit in parentheses ("Where do I stand? (on night float)"), so rules that read
  // requests keep them (options.asides = false).
  const unbracketed = options.asides === false ? [] : [text.replace(/\s*\([^()]*\)\s*/g, " ").replace(/\s+/g, " ")];
  // The aside read after what it interrupts: "my plan (a firm commitment, conditional on your ranking me) is to list
  // you first" says "my plan is to list you first, a firm commitment, conditional on your ranking me".
  const asideLast =
    options.asides === false || !/\([^()]*\)/.test(text)
      ? []
      : [
          `${text
            .replace(/\s*\([^()]*\)\s*/g, " ")
            .replace(/\s+/g, " ")
            .replace(/[.!?]+$/, "")}, ${[...text.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]).join(", ")}`,
        ];
  const plain = withoutAsides(text);
  const asides = plain === text ? [] : [plain, withImplicitSubject(plain, subjectLine)];
  const asKind = withWriterAsKind(text);
  const listed = LISTED_PLACE.test(text)
    ? text.replace(LISTED_PLACE, (...args) => {
        const groups = args.at(-1) as { what?: string; copula?: string };
        return groups.what ? `${groups.what} is ` : `${groups.copula} `;
      })
    : null;
  // The label may stand in a clause of its own ("Request - my place on the list"): what follows it is what is asked.
  const requested = !subjectLine
    ? null
    : REQUEST_LABEL.test(text)
      ? text.replace(REQUEST_LABEL, "could you tell me ")
      : REQUEST_LABEL.test(sentence.norm) && !REQUEST_LABEL.test(`${text}:x`) && text !== sentence.norm
        ? `could you tell me ${text}`
        : null;
  // The writer described, then a relative clause: "i am a british citizen who will need an h1b" reads "i will need an
  // h1b".
  // A subject line's description of its sender reads the same way: "From someone who has you at the top of her list".
  const relatives = [text, ...described]
    .filter((t) => SELF_RELATIVE.test(t))
    .map((t) =>
      t
        .replace(SELF_RELATIVE, "$1i ")
        .replace(SELF_AGREEMENT, (_whole, lead: string, verb: string) => `${lead}i ${AGREED[verb] ?? verb.slice(0, -1)}`)
        // The writer's own things, named in the third person: "... who has you at the top of her list".
        .replace(/\b(?:her|his|their)\b/gu, "my"),
    );
  // The program asked to stand in the writer's place: "if you were in my position, would you feel confident about
  // ending up at Fairhaven?" asks about the writer's own outcome.
  const swapped = ROLE_SWAP.test(text)
    ? text
        .replace(ROLE_SWAP, " ")
        .replace(/\byou\b/g, "i")
        .replace(/\byour\b/g, "my")
    : null;
  return [
    ...new Set([
      text,
      implicit,
      withoutIntensifiers(text),
      withoutIntensifiers(implicit),
      ...unbracketed,
      ...asideLast,
      ...described,
      ...asides,
      ...(asKind ? [asKind, withoutIntensifiers(asKind)] : []),
      ...(swapped ? [swapped] : []),
      ...relatives,
      ...(listed ? [listed] : []),
      ...(requested ? [requested] : []),
      ...greeted,
      ...(narrowed === text ? [] : [narrowed]),
      ...(committed === text ? [] : [committed]),
    ]),
  ];
}

/** A sentence that says no question is being asked: "No question about my chances" (a subject line), "no request regarding my rank". */
const NO_QUESTION =
  /^(?:re:? )?(?:no|not a|not any|without any) (?:question|questions|query|queries|request|requests|ask) (?:about|on|regarding|concerning|as to|re)(?=\s)/u;
const solicitsIn = (s: Sentence) =>
  remembered(
    s,
    "solicits",
    () =>
      s.clauses.some((clause) => !NO_QUESTION.test(clause) && readings(clause, s, { asides: false }).some(solicitsRank)) ||
      (!NO_QUESTION.test(s.norm) && (solicitsMembership(s.norm) || solicitsNarrowed(s.norm))),
  );
const dealIn = (s: Sentence) => remembered(s, "deal", () => readings(s.norm, s).some(makesDeal));

/** The learned sentence scorer (docs/decisions/0013), read from its generated table on first use. */
let model: ModelWeights | null = null;
const SCORES = new WeakMap<Sentence, Record<ModelRule, number>>();

/**
 * First-choice words under "whether" are an indirect question ("I was asked whether your program is my first choice",
 * "I'd rather not say whether you are my #1"): the detectors read no claim there, and a bag of words cannot see it.
 * Checked on the corpus: no claim violation has such a sentence.
 */
const CLAIM_UNDER_WHETHER = /(?:^|\s)whether(?:\s[^\s,;:]+){0,6}?\s(?:first|#1|number one|top|favorite|no 1|numero uno)(?=\s|$|[.?!])/u;

/**
 * A subject line that names a topic and no one ("A question on the rank list", "Rank list deadline"): with no person and
 * no question in it, it asks nothing of the program, whatever its words score.
 */
const PERSON = /(?:^|\s)(?:i|me|my|mine|myself|im|you|your|yours|u|ur|we|us|our)(?=\s|$|[.,;:!?])/u;
function topicLabel(s: Sentence): boolean {
  return s.field === "subject" && !s.norm.includes("?") && !PERSON.test(s.norm);
}

/**
 * A run-on (many words and no full stop: "I am bringing my passport and my I-20 to the I-9 appointment and I also have the
 * approval notice so please tell me if that is enough") is scored a part at a time, split where a new clause starts, and
 * reads as its highest part: over the whole run-on, a bag of words pairs the request of one part with the words of
 * another.
 */
const RUN_ON_WORDS = 30;
const RUN_ON_BREAK =
  /\s(?:and also|and then|and so|so please|so could you|so can you|so i|and i|because|but also|also is there|also are there|thank you|thanks)\s/u;
function scoresOf(s: Sentence, weights: ModelWeights): Record<ModelRule, number> {
  const whole = scoreSentence(s.norm, s.field, weights);
  if (wordCount(s.norm) < RUN_ON_WORDS) return whole;
  const parts = s.norm.split(RUN_ON_BREAK).filter((part) => wordCount(part) >= 3);
  if (parts.length < 2) return whole;
  // Rank questions and deals only: a first-choice claim is read whole, where a part would drop what turns it away ("I
  // already sent a letter of intent elsewhere, so I will not be telling you that you are my first choice").
  const best = { ...whole, rank: -Infinity, deal: -Infinity };
  for (const part of parts) {
    const scores = scoreSentence(part, s.field, weights);
    best.rank = Math.max(best.rank, scores.rank);
    best.deal = Math.max(best.deal, scores.deal);
  }
  return best;
}

/**
 * Words without one of which no sentence asks about the writer's standing: ranking and lists, places and positions,
 * chances and prospects, selection and consideration, the writer as the subject of a question ("am I", "where I").
 */
const RANK_TOPIC_WORD =
  /\b(?:rank\w*|list|lists|rol|standing|stand|chances?|odds|position\w*|spots?|places?|placed|match\w*|consider\w*|competitive\w*|prospects?|select\w*|offer\w*|candidacy|application|seat|slots?|top|running|decision|outcome|results?|likely|likelihood|realistic\w*|shot|shout|progress|fare|faring|taken|(?:has|have|had|got|gets|put|puts|keep|keeps|kept|see|sees|want|wants|take|takes|rate|rates|view|views|think of|thinks of) me|high\w*|low\w*|pencil\w*|me in|me on|among|one of|cut|line|committee|interview\w*|impression|landed|land|secure|get in|chosen|pick\w*|accept\w*|admi\w*|join\w*|lineup|score|grade|rated|rating|where i|how i|am i|i am|will i|would i|my name|my file|my profile)\b/u;

/**
 * True when the learned scorer reads the sentence as this rule's kind of sentence (above its threshold) and no veto
 * below says otherwise. The score is read first: most sentences are below every threshold, and the vetoes cost more.
 */
function modelReads(s: Sentence, rule: ModelRule): boolean {
  model ??= { scale: SCALE, bias: BIAS, threshold: THRESHOLD, features: parseTable(TABLE) };
  let scores = SCORES.get(s);
  if (!scores) {
    scores = scoresOf(s, model);
    SCORES.set(s, scores);
  }
  if (scores[rule] < model.threshold[rule]) return false;
  if (rule === "claim" && (CLAIM_UNDER_WHETHER.test(s.norm) || claimWordsNotAClaim(s.norm))) return false;
  // The scorer reads words, not negation: a sentence where the writer turns an offer down ("if the program offers any
  // pre-match positions, I would not be interested"), or one bound only to wherever the Match sends them, is not a deal,
  // whatever its words score.
  if (rule === "deal" && dealWordsNotADeal(s.norm)) return false;
  // Nor is a question about the program's own standing among programs a rank question ("will it stay top 10?"), nor one
  // with no word of standing, selection or the writer's place at all ("what a typical call schedule looks like for CA-1
  // residents, and how many weekends per month").
  if (
    rule === "rank" &&
    (!RANK_TOPIC_WORD.test(s.norm) ||
      aboutProgramStanding(s.norm) ||
      onlyThingsRanked(s.norm) ||
      selectionOnlyForSomethingElse(s.norm) ||
      matchOnlyAsPremise(s.norm) ||
      matchOnlyAsTime(s.norm) ||
      onlyOwnList(s.norm) ||
      aboutUseOfInformation(s.norm) ||
      NO_QUESTION.test(s.norm) ||
      topicLabel(s))
  )
    return false;
  return true;
}

/** The sentence a rule quotes: the first one its detector flags, or else the first one the learned scorer reads as one. */
function flaggedSentence(sentences: Sentence[], rule: ModelRule, detected: (s: Sentence) => boolean): Sentence | null {
  return sentences.find(detected) ?? sentences.find((s) => modelReads(s, rule)) ?? null;
}

/** What the rules read in one sentence on its own: a rank question, a deal, a first-choice claim (the learned scorer's labels). */
export function sentenceFlags(s: Sentence): { rank: boolean; deal: boolean; claim: boolean } {
  return { rank: solicitsIn(s), deal: dealIn(s), claim: firstChoiceSentence([s]) !== null };
}

/**
 * A short question that names a first slot without asking anything ("My first choice?", "Top of my list?", "Number one
 * on my ROL?") answered by the next short sentence of the same field ("You.", "Easy: Mercy."). Read together as one
 * statement, "my first choice is you". A question with a question word ("What is my first choice?") asks, and stays. The
 * answer is read as the subject ("you are my first choice"), so the claim patterns judge whether it names a program.
 */
const LABEL_QUESTION = /^(?!(?:what|which|who|where|how|why|when|is|are|do|does|will|would|should|can|could|am)\b)(?:\S+ ){0,6}\S+\?$/u;
const FIRST_SLOT_WORD = /(?<![\p{L}\p{N}#])(?:first|top|#1|number one|favorite|dream|head)(?![\p{L}\p{N}])/u;
const SHORT_ANSWER = /^(?:\S+ ){0,6}\S+$/u;
/** A reply that withholds the answer: "Still thinking about it", "Not decided", "Wait and see", "A secret". */
const NO_ANSWER =
  /(?<![\p{L}\p{N}])(?:i|it|not|no|never|undecided|deciding|decide|decided|thinking|think|unsure|sure|maybe|perhaps|wait|tbd|later|secret|guess|depends|unknown|pending|open|who knows)(?![\p{L}\p{N}])/u;
/** Interjections before the answer: "Easy: Mercy.", "Honestly? you.", "No contest - Mercy." */
const ANSWER_LEAD =
  /^(?:(?:easy|simple|obviously|honestly|clearly|definitely|no contest|no question|hands down|without a doubt|of course|that is easy|easy answer|simple answer|you know the answer|the answer is)\s*[,:!.-]*\s+)+/u;
const ANSWER_TAIL =
  /(?:,?\s+(?:obviously|honestly|of course|clearly|definitely|always|no question|hands down|for sure|by far|without a doubt|without (?:a second thought|hesitation|question|thinking twice)|no doubt|no contest|easily))+$/u;
/** A short aside set off by commas inside a sentence: ", and I want to be transparent about this,". */
const COMMA_ASIDE = /,\s[^,;:]{1,60},\s/gu;

function answeredQuestion(question: Sentence, answer: Sentence | undefined): string | null {
  if (!answer || answer.field !== question.field) return null;
  if (!LABEL_QUESTION.test(question.norm) || !FIRST_SLOT_WORD.test(question.norm)) return null;
  const reply = answer.norm
    .replace(ANSWER_LEAD, "")
    .replace(/[.!]+$/u, "")
    .trim()
    .replace(ANSWER_TAIL, "");
  if (reply === "" || /[?,;:]/u.test(reply) || !SHORT_ANSWER.test(reply) || NO_ANSWER.test(reply)) return null;
  // The answer becomes the subject, so the claim patterns judge whether it can be a program ("still deciding" cannot).
  const slot = question.norm.slice(0, -1).trim();
  const article = /^(?:my|our|the|your|a|an)\b/u.test(slot) ? "" : "the ";
  return `${reply} ${/^(?:you|u|you guys|you all|y'all|we|they)$/u.test(reply) ? "are" : "is"} ${article}${slot}.`;
}

/**
 * A rhetorical question answered by the writer in the next sentence, read as one statement: "What applicant wouldn't drop
 * every other program for a guaranteed place here? I would, the moment you say the word." reads "i would drop every
 * other program for a guaranteed place here, the moment you say the word".
 */
const RHETORICAL_QUESTION =
  /^(?:(?:and|but|so|honestly|seriously|really),? )?(?:what|which|who|whoever|name (?:a|an|one)|show me (?:a|an|one))(?: [\p{L}'-]+){0,2}? (?:would not|would|will not|will|could not|could|does not|do not) (?<act>[^?]+?)\s*\?$/u;
const ECHO_ANSWER = /^(?:(?:well|yes|me|i do|honestly|certainly),? )*i (?:would|will|could|do|shall)(?: too| not hesitate)?(?<rest>[,.!;:-].*|$)/u;

function echoedAnswer(question: Sentence, answer: Sentence | undefined): string | null {
  if (!answer || answer.field !== question.field) return null;
  const act = RHETORICAL_QUESTION.exec(question.norm)?.groups?.act;
  const rest = ECHO_ANSWER.exec(answer.norm)?.groups?.rest;
  if (!act || rest === undefined) return null;
  return `i would ${act}${rest.replace(/^[.!;:-]\s*/u, ", ")}`;
}

/** The answer sentence of a rhetorical question whose echo (echoedAnswer) makes a deal. */
/**
 * An imperative to rank the writer, answered by the writer's side in the next sentence: "Rank me to match. I rank you
 * first.", read as "if you rank me to match, i rank you first". The finding quotes the answer.
 */
const RANK_ME =
  /^(?:(?:so|just|please|kindly|simply|then|ok|okay),? )*(?:rank|list|place|put|pick|choose|select|take|draft|match) me(?: (?:to match|first|highly|high|at the top|on top|#1|number one|in your top \w+))?[.!]*$/u;
function imperativeAnswered(sentences: Sentence[]): Sentence | null {
  for (const [index, command] of sentences.entries()) {
    const answer = sentences[index + 1];
    if (!answer || answer.field !== command.field || !RANK_ME.test(command.norm)) continue;
    const joined = `if you ${command.norm.replace(/[.!]+$/u, "")}, ${answer.norm}`;
    if (remembered(answer, "deal commanded", () => readings(joined, answer).some(makesDeal))) return answer;
  }
  return null;
}

/**
 * The writer's side offered on the program's answer, over two sentences: a question about their standing (or the
 * program's word held out, "your assurance is the only thing I need") and then "If so, I will rank you first", "With it,
 * I'll withdraw from the others". Neither sentence alone is a deal.
 */
function answeredDeal(sentences: Sentence[]): Sentence | null {
  for (const [index, asked] of sentences.entries()) {
    const answer = sentences[index + 1];
    if (!answer || !pointsBackToAnswer(answer.norm) || !(solicitsIn(asked) || heldOutWordOfStanding(asked.norm))) continue;
    if (remembered(answer, "deal on the answer", () => readings(answer.norm, answer).some(dealOnTheAnswer))) return answer;
  }
  return null;
}

function echoedDeal(sentences: Sentence[]): Sentence | null {
  for (const [index, question] of sentences.entries()) {
    const answer = sentences[index + 1];
    const echoed = echoedAnswer(question, answer);
    if (answer && echoed && remembered(answer, "deal echoed", () => readings(echoed, answer).some(makesDeal))) return answer;
  }
  return null;
}

export function firstChoiceSentence(sentences: Sentence[]): Sentence | null {
  for (const [index, s] of sentences.entries()) {
    if (remembered(s, "claim", () => readings(s.norm, s).some((text) => firstChoiceClaimAt(text) !== -1))) return s;
    // An aside between commas read past: "my top choice, and I want to be transparent about this, is your program".
    const spliced = s.norm.replace(COMMA_ASIDE, " ");
    if (spliced !== s.norm && remembered(s, "claim spliced", () => readings(spliced, s).some((text) => firstChoiceClaimAt(text) !== -1))) return s;
    const answered = answeredQuestion(s, sentences[index + 1]);
    if (answered && remembered(s, "claim answered", () => readings(answered, s).some((text) => firstChoiceClaimAt(text) !== -1))) return s;
    // A first slot whose list one of the two sentences before named: "ROL finalised. Mercy = position #1."
    const before = sentences.slice(Math.max(0, index - 2), index).filter((p) => p.field === s.field);
    const listed = withListAntecedent(
      s.norm,
      before.map((p) => p.norm),
    );
    if (listed && remembered(s, "claim listed", () => readings(listed, s).some((text) => firstChoiceClaimAt(text) !== -1))) return s;
  }
  return null;
}

/** A first-choice claim the detector finds, or else one the learned scorer reads (what the rule and the history use). */
export function claimSentence(sentences: Sentence[]): Sentence | null {
  return firstChoiceSentence(sentences) ?? flaggedSentence(sentences, "claim", () => false);
}

const PLACEHOLDER = /\[[\p{L}][\p{L}\p{N} _-]{0,40}\]|\{\{\s*[\p{L}][\p{L}\p{N} _-]{0,40}\s*\}\}|<\s*(?:your|program|name|date|insert)[\p{L}\p{N} _-]{0,40}>/gu;
const PLACEHOLDER_LABELS: Record<string, string> = {
  residentName: "your name",
  programName: "the program's name",
  programDirectorName: "the program director's name",
  specialty: "the specialty",
  interviewDate: "the interview date",
  graduationYear: "your graduation year",
  visaStatus: "your visa status",
  currentProgram: "your current program",
  institution: "your medical school",
  update: "your update",
  question: "your question",
  highlight: "one thing you did this year that shows your work",
};

/** Why a stated goal other than the profile's target blocks: `said` is what the sentence does ("names Urology"). */
function goalMismatch(said: string, target: SpecialtyId): string {
  return `This sentence ${said} as your goal, but your profile targets ${specialtyById(target)?.label ?? "another specialty"}. A program that hears different goals from you will wonder which one is true. Correct the sentence, or update your target in your profile.`;
}

/** Targets no one field fits all of: a goal naming any specific field conflicts with at least one of them. */
const GOAL_PROBES = ["dermatology", "pathology", "ophthalmology"] as const;

/**
 * The fields the story detectors read as the writer's own goal in the sentence, whatever the profile targets (the goal
 * reader's labels: scripts/rules-model/goal.ts).
 */
export function goalPhrases(s: Sentence): Set<string> {
  const out = new Set<string>();
  for (const clause of s.clauses.flatMap((c) => readings(c, s)))
    for (const target of GOAL_PROBES) {
      const conflict = specialtyConflict(clause, target);
      if (conflict) out.add(conflict.phrase);
    }
  return out;
}

/** The learned goal reader (docs/decisions/0017), read from its generated table on first use. */
let goalWeights: GoalWeights | null = null;

/**
 * A goal the detectors do not read but the goal reader does, in a sentence whose only specific fields are not the
 * profile's target: "Ever since my house officer year, paeds is what I have wanted to do" (profile: internal medicine).
 */
function storyByGoalReader({ context, sentences }: RuleInput): Outcome {
  const target = context.profile?.targetSpecialty ?? null;
  if (!target) return null;
  for (const sentence of sentences) {
    const mention = goalReaderMention(sentence, target, context.program?.name);
    if (!mention) continue;
    const phrase = mention.phrase;
    const named = specialtyById(mention.mention.id)?.label ?? phrase;
    return {
      message: goalMismatch(`reads as naming ${named}`, target),
      ...quoteOf(sentence),
      rewrite: specialtyRewrite(sentence, phrase, target),
    };
  }
  return null;
}

/**
 * The field of a sentence the goal reader reads as the writer's goal when it is not the target: only in a sentence whose
 * fields (other than asides) are all specific and none fits the target, so a sentence that also names the target is
 * left to the detectors.
 */
export function goalReaderMention(sentence: Sentence, target: SpecialtyId | null, programName?: string): FieldMention | null {
  if (!target || target === "other") return null;
  const norm = narrowedFields(withoutProgramName(sentence.norm, programName));
  const mentions = fieldMentions(norm);
  const candidates = mentions.filter((m) => !m.aside);
  if (candidates.length === 0 || candidates.some((m) => m.mention.fits(target))) return null;
  goalWeights ??= { scale: GOAL_SCALE, bias: GOAL_BIAS, threshold: GOAL_THRESHOLD, features: parseGoalTable(GOAL_TABLE) };
  const weights = goalWeights;
  return candidates.find((m) => goalScore(goalFeatures(norm, sentence.field, m, mentions), weights) >= weights.threshold) ?? null;
}

/**
 * The program's own name read as "the program": a field inside it ("Lakeview Pediatrics", "Surgery Associates of
 * Elm Park") names the program the message goes to, never the writer's goal.
 */
let namedProgram: { name: string; norm: string } = { name: "", norm: "" };
function withoutProgramName(text: string, programName: string | undefined): string {
  // A program's name is a few words; anything longer is not a name to look for (and normalising it once is enough).
  if (!programName || programName.length > 200) return text;
  if (namedProgram.name !== programName)
    namedProgram = {
      name: programName,
      norm: normalizeText(programName)
        .replace(/[.!?]+$/u, "")
        .trim(),
    };
  const name = namedProgram.norm;
  if (name.length < 2 || !text.includes(name)) return text;
  let out = "";
  let from = 0;
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    const before = at === 0 ? " " : text.charAt(at - 1);
    const after = text.charAt(at + name.length) || " ";
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    out += `${text.slice(from, at)}the program`;
    from = at + name.length;
  }
  return out + text.slice(from);
}

/** What the story detectors read: a visa status or a goal, stated by the writer, that the profile contradicts. */
export function storyByDetectors({ context, sentences }: RuleInput): Outcome {
  const profile = context.profile;
  const signer = signerAsSubject(sentences);
  for (const [index, sentence] of sentences.entries()) {
    // A need that points back at the visa named in the sentence before: "Does your program sponsor H-1B? I'd need one."
    const previous = index > 0 ? sentences[index - 1] : undefined;
    const byReference =
      previous && previous.field === sentence.field
        ? readings(sentence.norm, sentence).some((text) => visaNeedByReference(previous.norm, text, profile?.visaStatus))
        : false;
    const asWriter = signer ? sentence.clauses.map((c) => selfInThirdPerson(c, signer)).filter((c) => c !== null) : [];
    const answer = previous && previous.field === sentence.field ? answerToFutureQuestion(previous.norm, sentence.norm) : null;
    // A contrast set off by commas splits the clauses; read past it: "radiology, rather than internal medicine, is the
    // career I am pursuing".
    const uncontrasted = sentence.norm.replace(CONTRAST_ASIDE, " ");
    // An elliptical contrast read with the predicate it leaves out: "surgery is not where i see myself; psychiatry is".
    const filled = ellipsisFilled(sentence.norm);
    const whole = [...(answer ? [answer] : []), ...(uncontrasted === sentence.norm ? [] : [uncontrasted]), ...(filled ? [filled] : [])];
    const programName = context.program?.name;
    const clauses = [...sentence.clauses, ...asWriter, ...whole].map((c) => withoutProgramName(c, programName));
    for (const clause of clauses.flatMap((c) => readings(c, sentence))) {
      const visa = byReference ? { stated: "visa" as const } : visaConflict(clause, profile.visaStatus);
      if (visa && profile.visaStatus) {
        const stated =
          visa.stated === "no-visa"
            ? "that you do not need a visa"
            : visa.stated === "other-visa"
              ? "that you hold or need a different visa"
              : "that you need a visa";
        return {
          message: `This sentence says ${stated}, but your profile lists your visa status as "${VISA_LABELS[profile.visaStatus]}". Programs check what you write against your application, and one mismatch makes them doubt the rest. Correct the sentence, or update your profile if your status has changed.`,
          ...quoteOf(sentence),
          rewrite: visaRewrite(sentence, profile.visaStatus),
        };
      }
      const specialty = specialtyConflict(clause, profile?.targetSpecialty ?? null);
      if (specialty && profile.targetSpecialty) {
        const named = specialtyById(specialty.named)?.label ?? specialty.phrase;
        return {
          message: goalMismatch(`names ${named}`, profile.targetSpecialty),
          ...quoteOf(sentence),
          rewrite: specialtyRewrite(sentence, specialty.phrase, profile.targetSpecialty),
        };
      }
    }
    // A goal of "it" that points back at a field named just before: "Why urology? ... It's the career I'm pursuing."
    // The finding quotes the sentence that names the field, whose rewrite clears the goal that points back at it.
    const earlier = sentences
      .slice(Math.max(0, index - 2), index)
      .filter((s) => s.field === sentence.field)
      .reverse();
    const goalByReference = specialtyByReference(
      earlier.map((s) => s.norm),
      sentence.norm,
      profile?.targetSpecialty ?? null,
    );
    const named = goalByReference ? earlier[goalByReference.sentence] : undefined;
    if (goalByReference && named && profile.targetSpecialty) {
      const label = specialtyById(goalByReference.named)?.label ?? goalByReference.phrase;
      return {
        message: `This sentence names ${label}, and a sentence after it calls it your goal ("${sentence.text}"), but your profile targets ${specialtyById(profile.targetSpecialty)?.label ?? "another specialty"}. A program that hears different goals from you will wonder which one is true. Correct the sentences, or update your target in your profile.`,
        ...quoteOf(named),
        rewrite: specialtyRewrite(named, goalByReference.phrase, profile.targetSpecialty),
      };
    }
  }
  return null;
}

export const BLOCK_RULE_TABLE: readonly Rule<BlockRuleId>[] = [
  {
    id: "one-letter-of-intent",
    severity: "block",
    check: ({ draft, sent }) =>
      draft.kind === "LETTER_OF_INTENT" && sent.some((m) => m.kind === "LETTER_OF_INTENT")
        ? {
            message:
              "You have already sent a letter of intent this cycle. A letter of intent means one thing only when it goes to one program, your true first choice; a second one cancels the meaning of both. If you want to stay in touch here, send an interest letter that does not call the program your first choice.",
          }
        : null,
  },
  {
    id: "single-first-choice",
    severity: "block",
    check: ({ draft, sent, sentences, program }) => {
      const isLoi = draft.kind === "LETTER_OF_INTENT";
      const claim = claimSentence(sentences);
      if (claim === null && !isLoi) return null;
      const elsewhere = sent.some((m) => m.programId !== draft.programId && (m.claimsFirstChoice || m.kind === "LETTER_OF_INTENT"));
      if (!elsewhere) return null;
      const what = claim !== null ? `This sentence tells ${program} it is your first choice` : `A letter of intent tells ${program} it is your first choice`;
      return {
        message: `${what}, but another program already heard that from you this cycle. Programs talk to each other, and the same first-choice promise made twice is exactly the kind of dishonesty they remember. Keep your genuine interest and remove the first-choice or ranking statement.`,
        ...(claim ? { ...quoteOf(claim), rewrite: firstChoiceRewrite(claim) } : {}),
      };
    },
  },
  {
    id: "no-rank-solicitation",
    severity: "block",
    check: (input) => {
      const asks = (s: Sentence) => solicitsIn(s) && !ownTierFragment(s, input.sentences);
      const sentence =
        flaggedSentence(input.sentences, "rank", asks) ??
        input.sentences[turnedRankQuestion(input.sentences)] ??
        input.sentences[listByReference(input.sentences)];
      if (!sentence) return null;
      return {
        message:
          "This sentence asks the program about how it will rank you. NRMP rules let you share your own plans, but asking a program where you stand, for a guarantee, or about its rank list is a Match violation. Take the question out and tell them what draws you to the program instead.",
        ...quoteOf(sentence),
        rewrite: interestRewrite(sentence),
      };
    },
  },
  {
    id: "no-commitment-deal",
    severity: "block",
    check: (input) => {
      const sentence =
        flaggedSentence(input.sentences, "deal", dealIn) ??
        echoedDeal(input.sentences) ??
        answeredDeal(input.sentences) ??
        imperativeAnswered(input.sentences) ??
        input.sentences[pledgeOfferedForRanking(input.sentences.map((s) => s.norm))];
      if (!sentence) return null;
      return {
        message:
          "This sentence reads as a deal or a binding promise tied to ranking or accepting. The Match result is the only binding agreement, and NRMP rules forbid offering or asking for commitments around it; programs are wary of applicants who try. State your interest without conditions or promises.",
        ...quoteOf(sentence),
        rewrite: dealRewrite(sentence),
      };
    },
  },
  {
    id: "respect-no-contact",
    severity: "block",
    check: ({ draft, context, interviewAt, sentAt, program }) =>
      context.program?.postInterviewCommunication === "NO" && interviewAt !== null && sentAt !== null && sentAt >= interviewAt && draft.kind !== "REPLY"
        ? {
            message: `${program} has said it does not accept messages after interviews, and your interview was on ${day(interviewAt)}. Writing anyway suggests you missed or ignored their policy. Keep this draft; if the program writes to you first, you can answer with a reply.`,
          }
        : null,
  },
  {
    id: "spacing",
    severity: "block",
    // Answering the program (REPLY) is always fine, and a REPLY already sent does not count against you.
    check: ({ draft, sent, sentAt, program }) => {
      if (draft.kind === "REPLY") return null;
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
      return reasons.length > 0 ? { message: reasons.join(" ") } : null;
    },
  },
  {
    id: "soap-blackout",
    severity: "block",
    check: ({ context, sentAt, program }) => {
      const soapStart = validTime(context.calendar?.matchWeekMonday);
      const soapEnd = validTime(context.calendar?.soapEnd);
      if (sentAt === null || soapStart === null || soapEnd === null || context.programContactedFirstDuringSoap) return null;
      // Calendar dates are date-only values (midnight UTC), so the SOAP end date counts in full.
      const soapEndExclusive = Math.floor(soapEnd / DAY_MS) * DAY_MS + DAY_MS;
      if (sentAt < soapStart || sentAt >= soapEndExclusive) return null;
      return {
        message: `This would go out during Match Week's SOAP (${day(soapStart)} to ${day(soapEnd)}). NRMP rules do not allow applicants to contact a program during SOAP until the program contacts them. If ${program} reaches out, mark that on the program and reply then.`,
      };
    },
  },
  {
    id: "consistent-story",
    severity: "block",
    check: (input) => storyByDetectors(input) ?? storyByGoalReader(input),
  },
  {
    id: "unfilled-placeholder",
    severity: "block",
    check: ({ draft }) => {
      // Every gap is named at once, so the resident fills them all in one pass; the quote marks the first.
      const gaps: { text: string; field: "subject" | "body" }[] = [];
      for (const field of ["subject", "body"] as const) {
        for (const match of asText(draft[field]).matchAll(PLACEHOLDER)) {
          if (!gaps.some((g) => g.text === match[0])) gaps.push({ text: match[0], field });
        }
      }
      const first = gaps[0];
      if (!first) return null;
      const named = gaps.slice(0, 4).map((g) => {
        const name = g.text.replace(/[[\]{}<>]/g, "").trim();
        return `${g.text} (${PLACEHOLDER_LABELS[name] ?? name})`;
      });
      const more = gaps.length > 4 ? ` and ${gaps.length - 4} more` : "";
      const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(", ")}${more ? ", " : " and "}${named[named.length - 1]}${more}`;
      return {
        message: `Fill in ${list} before sending. A template gap left in a message tells the program it was not written for them.`,
        quote: first.text,
        field: first.field,
      };
    },
  },
  {
    id: "thank-you-without-interview",
    severity: "block",
    check: ({ draft, interviewAt, sentAt, program }) => {
      if (draft.kind !== "THANK_YOU") return null;
      if (interviewAt === null) {
        return {
          message: `${program} has no interview on record. A thank-you note follows an interview; add the interview date on the program first, or choose "Other" if you are thanking them for something else.`,
        };
      }
      if (sentAt !== null && sentAt < interviewAt) {
        return {
          message: `Your interview with ${program} is on ${day(interviewAt)}. Write the thank-you after the interview, while the conversation is fresh.`,
        };
      }
      return null;
    },
  },
];

export const WARN_RULE_TABLE: readonly Rule<WarnRuleId>[] = [
  {
    id: "late-thank-you",
    severity: "warn",
    check: ({ draft, interviewAt, sentAt }) => {
      if (draft.kind !== "THANK_YOU" || interviewAt === null || sentAt === null || sentAt - interviewAt <= THANK_YOU_HOURS * HOUR_MS) return null;
      const hours = Math.floor((sentAt - interviewAt) / HOUR_MS);
      return {
        message: `This thank-you goes out ${hours} hours after your interview. Notes sent within 24 to 48 hours arrive while the day is still fresh for the interviewers. It is still worth sending: keep it short, and there is no need to apologise for the delay.`,
      };
    },
  },
  {
    id: "loi-timing",
    severity: "warn",
    check: ({ draft, context, sentAt }) => {
      if (draft.kind !== "LETTER_OF_INTENT" || sentAt === null) return null;
      const deadline = validTime(context.calendar?.rankListDeadline);
      if (deadline === null) return null;
      const year = new Date(deadline).getUTCFullYear();
      const windowStart = Date.UTC(year, 0, 1);
      const windowEnd = Date.UTC(year, 1, 16); // exclusive: February 15 counts
      if (sentAt >= windowStart && sentAt < windowEnd) return null;
      return {
        message: `Letters of intent land best between January 1 and February 15, ${year}: after most interviews and before programs settle their rank lists (the deadline is ${day(deadline)}). Sent at another time it is easy to forget or too late to matter; consider scheduling it inside that window.`,
      };
    },
  },
  {
    id: "too-long",
    severity: "warn",
    check: ({ draft }) => {
      const words = wordCount(draft.body);
      return words > MAX_WORDS
        ? {
            message: `This message is ${words} words. A program director reads about ${MAX_WORDS} words in a minute and skims the rest. Keep one reason you fit the program and one piece of news, and cut the remainder.`,
          }
        : null;
    },
  },
  {
    id: "tone",
    severity: "warn",
    check: ({ sentences }) => {
      const entitled = sentences.find((s) => entitledPhrase(s.norm));
      const humble = sentences.find((s) => selfDeprecatingPhrase(s.norm));
      if (!entitled && !humble) return null;
      const parts: string[] = [];
      if (entitled) parts.push("This can come across as entitled; programs respond to what you bring, not to what you feel owed.");
      if (humble) parts.push(`${entitled ? "Another sentence" : "This"} undersells you; programs are looking for a calm, confident colleague.`);
      parts.push("Replace it with a specific strength or a concrete reason you fit the program.");
      const first = (entitled ?? humble) as Sentence;
      return { message: parts.join(" "), ...quoteOf(first) };
    },
  },
  {
    id: "final-note-count",
    severity: "warn",
    check: ({ draft, sent }) => {
      if (draft.kind !== "FINAL_NOTE") return null;
      const programs = new Set(sent.filter((m) => m.kind === "FINAL_NOTE").map((m) => m.programId));
      programs.add(draft.programId);
      return programs.size > MAX_FINAL_NOTE_PROGRAMS
        ? {
            message: `This would be your final note to ${programs.size} programs. A last note carries weight when it goes to your top two or three; sent widely it becomes a form letter. Choose the few you would be happiest to match at.`,
          }
        : null;
    },
  },
];

/** Runs the text detectors that do not depend on the context, so a later evaluation of the same text is cheap. */
export function readAhead(sentences: Sentence[]): void {
  firstChoiceSentence(sentences);
  for (const s of sentences) {
    solicitsIn(s);
    dealIn(s);
    modelReads(s, "rank"); // scores all three readings at once
  }
}

export const BLOCK_RULES: readonly BlockRuleId[] = BLOCK_RULE_TABLE.map((r) => r.id);
export const WARN_RULES: readonly WarnRuleId[] = WARN_RULE_TABLE.map((r) => r.id);
/** The rules that read what the message says (the others read dates and history). */
export const TEXT_RULES: readonly BlockRuleId[] = ["single-first-choice", "no-rank-solicitation", "no-commitment-deal", "consistent-story"];
