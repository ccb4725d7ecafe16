// The domain lexicon the detectors combine: who a sentence is about, requests, conditions, commitments, negation.
// Everything here matches normalised text (lower case, single spaces, American spelling, contractions expanded).

/**
 * The letters normalised text holds: a-z and the lower-case Latin letters with accents ("médecin", "möchte").
 * normalizeText folds every other letter or digit (Greek, Cyrillic, Arabic-Indic digits, ...) into LETTER_STAND_IN,
 * which is one of these, so a word stays a word. Classes this narrow are what keep the detectors fast: a class of
 * every Unicode letter costs V8 a range search per character in every lookbehind (decision 0015).
 */
export const L = String.raw`a-z\u00df-\u00f6\u00f8-\u024f`;
export const LETTER_STAND_IN = "\u01c2";
/** Word boundaries for normalised text (\b would split "médecin" at the accent). */
export const B = String.raw`(?<![${L}0-9#])`;
export const E = String.raw`(?![${L}0-9])`;
/** One word as normalisation leaves it. */
export const W = String.raw`[${L}0-9#&'/-]+`;
/** Up to `max` words (each may end in a comma), as few as possible. */
export const gap = (max: number) => String.raw`(?:${W},? ){0,${max}}?`;
export const rx = (source: string) => precompiled(new RegExp(source, "u"));
export const rxg = (source: string) => precompiled(new RegExp(source, "gu"));

// V8 compiles a pattern twice: to bytecode for its first use, which its interpreter runs, and then to machine code
// for the second. For these patterns (long alternations inside lookarounds) the bytecode compile costs about four
// times the machine-code one, and a draft's first check paid both for several hundred patterns. On a subject of 1,000
// characters or more V8 compiles to machine code at once, so running each pattern once on such a string, before the
// first draft, compiles each of them once (decision 0016).
const AHEAD: RegExp[] = [];
const LONG_SUBJECT = "\u0000".repeat(1024);

/** Registers a pattern to be compiled by compilePatterns; rx and rxg do this for every pattern they make. */
export function precompiled(pattern: RegExp): RegExp {
  AHEAD.push(pattern);
  return pattern;
}

/** Compiles every registered pattern that has not been compiled yet; cheap when there is none. */
export function compilePatterns(): void {
  while (AHEAD.length > 0) {
    const pattern = AHEAD.pop()!;
    pattern.lastIndex = 0;
    pattern.exec(LONG_SUBJECT);
    pattern.lastIndex = 0;
  }
}

/**
 * Every match of a global pattern, found with the pattern itself. matchAll and split would each make a copy, and a
 * copy made after a garbage collection has dropped V8's cache of patterns compiles the pattern again.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new Error("matchesOf needs a global regular expression");
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    if (match[0] === "") pattern.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
  }
  pattern.lastIndex = 0;
  return found;
}
/** One of a list of words or phrases, as a non-capturing group. */
export const anyOf = (words: string) =>
  `(?:${words
    .trim()
    .split(/\s*\|\s*/)
    .join("|")})`;

/** The program being written to, as the subject or object of a sentence. */
export const PROGRAM = String.raw`(?:you|yours|your (?:${W} ){0,2}?(?:program|programs|residency|team|department|committee|institution|hospital|faculty|selection committee|recruitment committee|interview committee|ranking committee|leadership|director|pd|panel|board|interviewers)|your|the (?:program|residency|committee|selection committee|ranking committee|program director|program leadership|recruitment committee|department|faculty|panel|interview panel|selection panel|interviewers)|this (?:program|residency|place|institution|hospital|department)|(?:the )?program director|(?:the )?selection committee|they|you all|you guys|y'all)`;

/** The writer, or the writer's application. */
export const ME = String.raw`(?:i|me|myself|my (?:application|candidacy|file|name|profile|eras application|eras|interview|performance|chances|odds|status|standing|position))`;

/** A negation close enough to a phrase to reverse it. */
export const NEGATOR = String.raw`(?:not|never|no|cannot|nor|neither|without|unable|refuse|refrain|avoid|avoiding)`;

/** Words that show a sentence reports what others said or asked: not the writer's own question. */
export const REPORTED = String.raw`(?:told me|tells me|said|says|mentioned|according to|were asked|was asked|are asked|reported|warned|i heard|i have heard|i was told|we were told|(?:some|other|many|most|a few) (?:applicants|candidates|students|people|residents|friends|classmates|colleagues) (?:ask|asked|have asked|who ask|who asked|were asked))`;

/** True when one of `negators` occurs in the `before` words ahead of index `at` in `text`. */
const NEGATION = rx(`${B}${NEGATOR}${E}`);
const AFFIRMING_IDIOMS = precompiled(
  /\b(?:without (?:a |any )?(?:doubt|question|hesitation|reservation)|without (?:a |the )?shadow of (?:a |any )?doubt|beyond (?:a |any |all )?doubt|no two ways about it|no ifs,? ands,? or buts|no (?:doubt|question)|not only|never been more|(?:do|please|would|will|should) not hesitate|never hesitate|if i (?:did|do|were to|was to|should) not (?:tell|mention|say|share|admit|let you know|inform you)|(?:remiss|wrong|dishonest|amiss|unfair) not to (?:tell|mention|say|share|admit|let you know|inform you)|(?:is|was|would be|will be) not (?:too |overly |very )?(?:presumptuous|forward|rude|impolite|improper|inappropriate|out of place|cheeky|bold|much|intrusive|pushy) (?:of me )?to (?:ask|enquire|inquire))\b/g,
);

/** True when an idiom that affirms ("without a doubt", "if I did not tell you") covers the character before `at`. */
export function affirmedAt(text: string, at: number): boolean {
  for (const match of matchesOf(AFFIRMING_IDIOMS, text)) {
    if (match.index < at && match.index + match[0].length >= at - 1) return true;
  }
  return false;
}

export function negatedBefore(text: string, at: number, words = 4): boolean {
  // Idioms that affirm ("without a doubt", "no question", "never been more sure") are blanked before the cut, so one
  // that runs past `at` ("without a shadow of a doubt" when the phrase starts inside it) is blanked whole.
  const head = text.slice(0, at);
  const lead = (NEGATION.test(head) ? text.replace(AFFIRMING_IDIOMS, (idiom) => " ".repeat(idiom.length)).slice(0, at) : head)
    // A negation does not reach past a comma: "in case it was not obvious, you are my number one".
    .split(/[,;:]|\bbut (?=(?:i|you|your|it|this|we|my|our|they)\b)/)
    .at(-1)!
    .trim()
    .split(/\s+/)
    .slice(-words)
    .join(" ");
  return NEGATION.test(lead);
}

/** Index of the first match of a global `re` in `text` whose start is not negated, or -1. */
export function firstUnnegated(text: string, re: RegExp, words = 4): number {
  if (!re.global) throw new Error("firstUnnegated needs a global regular expression");
  for (const match of matchesOf(re, text)) {
    if (!negatedBefore(text, match.index, words)) return match.index;
  }
  return -1;
}

const MODAL_START = String.raw`(?:(?:definitely|really|also|still|just|truly|honestly|certainly|absolutely|def|totally|fully|so|very) )*(?:will|would|shall|can|could|am|promise|ready|happy|willing|need|require|hope|want|plan|intend|aim|wish|aspire|dream|applying|reapplying|heading|switching|looking|going|have|hold|do not|hereby|commit|pledge|swear|future|aspiring|set on|dead set on|bent on|keen on|committed to|cannot wait|can not wait|can hardly wait|excited to|thrilled to|eager to|keen to|dying to|itching to|stoked to|pumped to)${E}(?! (?:you|we|they|he|she|it|there|the|this|that|your|i|my|u)${E})`;
const INTENT_START = String.raw`(?:(?:definitely|really|also|still|just|truly|honestly|certainly|absolutely|so) )*(?:want to|hope to|plan to|wish to|aim to|intend to|aspire to|dream of|will need|will require|would need|would require|need|require|applying|promise to|going to be|going to become|going to do|going into)${E}`;
const STARTS_WITH_I = rx(String.raw`^(?:(?:so|and|but|also|ok|okay|well|honestly|frankly|just|anyway|btw|ps|p\.s\.),? )*i${E}`);

/**
 * Chat messages and subject lines drop the subject: "will withdraw all other applications if offered a spot",
 * "def wanna be an OB/GYN", "I am applying in pediatrics and will require J-1 sponsorship". Puts the writer back
 * as the subject where a clause starts with a verb of intent, promise or need.
 */
/** Words that open a chat line before its dropped subject: "fyi applying psych this yr", "btw will need a J-1". */
const DISCOURSE_LEAD = String.raw`(?:(?:fyi|btw|ps|also|so|and|but|oh|ok|okay|well|anyway|anyways|tbh|ngl|lol|update|news|quick update|heads up|just fyi|also fyi|oh and|and also),? )*`;
const AT_START = rx(String.raw`^(${DISCOURSE_LEAD})(?=${MODAL_START})`);
const AFTER_COORDINATION = rxg(String.raw`(,|;|:|${B}and|${B}but|${B}so|${B}then| -)\s(?=${MODAL_START})`);
const INTENT_AFTER_COMMA = rxg(String.raw`(,|;|:| -)\s(?=${INTENT_START})`);
const I_AS_SUBJECT = /(?:^|\s)i (?:am|have|was|will|would|do|did|can|hold|need|hope|want|plan)\b/;

/** A dropped "I am" before an adjective of intent: "still set on neurology" reads "i am still set on neurology". */
const ADJECTIVE_OF_INTENT = rx(
  String.raw`^i ((?:(?:definitely|really|also|still|just|truly|honestly|certainly|absolutely|def|totally|fully|so|very) )*)(?=(?:set on|dead set on|bent on|keen on|committed to|excited to|thrilled to|eager to|keen to|dying to|itching to|stoked to|pumped to)${E})`,
);

export function withImplicitSubject(text: string, subjectLine = false): string {
  let out = text.replace(AT_START, "$1i ").replace(ADJECTIVE_OF_INTENT, "i am $1");
  const coordination = AFTER_COORDINATION;
  out = out.replace(coordination, (whole: string, lead: string, offset: number) =>
    // The writer stays the subject after "and" when they were the subject before it ("I am X and will need Y").
    subjectLine || STARTS_WITH_I.test(out) || I_AS_SUBJECT.test(out.slice(0, offset)) ? `${lead} i ` : whole,
  );
  // Verbs of wanting and needing after a comma keep the writer as their subject in any sentence. A participle takes
  // its "am" back with the subject: "applying psych this year" reads "i am applying psych this year".
  // Not after someone else named as the subject with an aside: "my wife, who is Canadian, will need a visa".
  return out
    .replace(INTENT_AFTER_COMMA, (whole: string, lead: string, offset: number) =>
      OTHER_PERSON_START.test(out) && !I_AS_SUBJECT.test(out.slice(0, offset)) ? whole : `${lead} i `,
    )
    .replace(SUBJECT_BEFORE_PARTICIPLE, "$1i am ");
}
const OTHER_PERSON_START =
  /^(?:(?:my|his|her|their|our) (?:[\p{L}-]+ )?(?:wife|husband|partner|spouse|fiance|fiancee|brother|sister|friend|colleague|classmate|co resident|coresident|mother|father|mom|mum|dad|son|daughter|cousin|roommate|flatmate|mentor|parents?|sibling)|he|she|they),/u;
const SUBJECT_BEFORE_PARTICIPLE = /(^|\s)i (?=(?:applying|reapplying|looking|going|heading|switching)(?:\s|$))/gu;

const INTENSIFIERS = rxg(
  String.raw`${B}(?:very|really|so|truly|quite|extremely|deeply|highly|100%|absolutely|only|merely|simply|totally|completely|fully|most|incredibly|genuinely|sincerely|particularly|especially|super|definitely|certainly|always|still|also|actually|in fact|indeed|of course|now|honestly|personally|just|keenly|passionately|wholeheartedly|firmly|long since|ultimately|eventually|hopefully|one day|someday|respectfully|humbly|politely|courteously|formally|briefly) `,
);

/**
 * The writer as one of a kind: "are IMGs like me in the running", "would someone like myself be ranked", "do
 * applicants like me stand a chance". Read with the writer as the subject ("am i in the running", "would i be ranked"),
 * so every rule judges it as the writer's own question or promise. Only kinds of applicant count: "the residents like
 * me" (liking) has no applicant noun.
 */
const WRITER_AS_KIND = rx(
  String.raw`${B}(?:(?:a|an|any|other|fellow) )?(?:someone|somebody|anyone|anybody|a person|people|persons|folks|candidates?|applicants?|imgs?|international (?:medical )?graduates?|foreign graduates?|graduates?|grads?|students?|doctors?|physicians?|prelims?|preliminary residents?|ty residents?|transitional year residents?|reapplicants?|career changers?|older applicants?|dos?|mds?)(?:,? (?:just |exactly )?like (?:me|myself|us|ourselves),?| such as (?:me|myself))(?= )`,
);
/** Verb agreement once "i" is the subject: "are i" is "am i", "i has" is "i have". */
const AGREEMENT: readonly [RegExp, string][] = [
  [rxg(String.raw`${B}(?:are|is) i${E}`), "am i"],
  [rxg(String.raw`${B}(?:were) i${E}`), "was i"],
  [rxg(String.raw`${B}does i${E}`), "do i"],
  [rxg(String.raw`${B}has i${E}`), "have i"],
  [rxg(String.raw`${B}i (?:are|is)${E}`), "i am"],
  [rxg(String.raw`${B}i has${E}`), "i have"],
  [rxg(String.raw`${B}i does${E}`), "i do"],
  [rxg(String.raw`${B}i (get|stand|match|make|fit|want|need|deserve|belong)s${E}`), "i $1"],
];

/** The writer described as a kind of person: "as someone who needs no visa", "as a candidate who is applying psych". */
const AS_SOMEONE_WHO = rx(
  String.raw`(?<=^|, )as (?:someone|somebody|a person|one|a candidate|an applicant|an img|a physician|a doctor|a resident|a graduate|a prelim|a preliminary resident|an intern) who `,
);

/**
 * The writer in the third person of a formal letter: "the undersigned will rank Montclair first", "the probability of
 * this applicant's successful match". Read as "i", "me" after a verb or preposition, and "my" for the possessive.
 */
const THIRD_PERSON_SELF = String.raw`(?:the undersigned|this (?:applicant|candidate|writer)|the present (?:applicant|candidate|writer)|yours truly)`;
// Normalisation reads "applicant's" as "applicant is"; before a noun of the application it is the possessive.
const THIRD_PERSON_SELF_POSSESSIVE = rxg(
  String.raw`${B}${THIRD_PERSON_SELF}(?:'s${E}| is(?= (?:${W} ){0,2}?(?:program|programs|choice|pick|match|application|candidacy|chances|chance|odds|probability|likelihood|ranking|rank|position|standing|list|file|interview|option|preference|selection|goal|plan|visa|status|intention|commitment|place|spot)${E}))`,
);
const THIRD_PERSON_SELF_OBJECT = rxg(
  String.raw`(?<=${B}(?:of|to|for|with|about|on|regarding|concerning|rank|ranks|ranking|ranked|consider|considers|considering|match|matching|offer|offering|select|selecting|choose|choosing|place|placing|put|putting|see|view|take|taking|want|wants|accept|accepting|interview|interviewing|welcome|list|listing|keep|hire|give|tell|inform|let|invite|assure|guarantee|promise) )${THIRD_PERSON_SELF}${E}`,
);
const THIRD_PERSON_SELF_SUBJECT = rxg(String.raw`${B}${THIRD_PERSON_SELF}${E}`);

/**
 * A message written for the applicant by someone close to them: "On behalf of my husband, Dr. Mendes, I am writing to
 * ask whether ... his placement on your rank list", "on behalf of my wife ... she has decided to rank Carver first".
 * In the sentence that says so, the applicant's pronouns are read as the writer's.
 */
const ON_BEHALF = rx(
  String.raw`${B}on behalf of (?:my|our) (?:husband|wife|spouse|partner|fiance|fiancee|son|daughter|brother|sister|friend|colleague|cousin|nephew|niece|relative|client)${E}`,
);
const PROXY_SUBJECT = rxg(String.raw`${B}(?:he|she)${E}`);
const PROXY_OBJECT = rxg(
  String.raw`(?<=${B}(?:of|to|for|with|about|on|regarding|concerning|rank|ranks|ranking|ranked|consider|considering|match|matching|offer|offering|select|selecting|choose|place|placing|put|putting|see|view|take|taking|want|accept|interview|welcome|list|keep|hire|give|tell|inform|let|invite|assure|guarantee|promise) )(?:him|her)${E}`,
);
const PROXY_POSSESSIVE = rxg(String.raw`${B}(?:his|her)${E}`);

/** The clause with "someone like me", "as someone who" or "the undersigned" read as the writer, or null when it has none. */
export function withWriterAsKind(text: string): string | null {
  const thirdPerson =
    text.includes("undersigned") ||
    text.includes("this applicant") ||
    text.includes("this candidate") ||
    text.includes("yours truly") ||
    text.includes("the present ") ||
    text.includes("this writer");
  const proxy = text.includes("behalf") && ON_BEHALF.test(text);
  if (!thirdPerson && !proxy && !text.includes(" like m") && !text.includes(" such as m") && !text.includes(" who ")) return null;
  let out = text.replace(WRITER_AS_KIND, "i").replace(AS_SOMEONE_WHO, "i ");
  if (thirdPerson) out = out.replace(THIRD_PERSON_SELF_POSSESSIVE, "my").replace(THIRD_PERSON_SELF_OBJECT, "me").replace(THIRD_PERSON_SELF_SUBJECT, "i");
  if (proxy)
    out = out
      .replace(PROXY_OBJECT, "me")
      .replace(PROXY_POSSESSIVE, "my")
      .replace(PROXY_SUBJECT, "i")
      .replace(/\bhim\b/g, "me");
  if (out === text) return null;
  for (const [pattern, to] of AGREEMENT) out = out.replace(pattern, to);
  return out;
}

/** The clause without intensifiers and hedging adverbs, so "I am very keen to become" reads "I am keen to become". */
export function withoutIntensifiers(text: string): string {
  return text.replace(INTENSIFIERS, "");
}

/**
 * A short aside between commas or dashes that changes nothing the rules read: "I am prepared to commit, in writing if
 * that is helpful, to joining", "I would, without hesitation, accept". Conditions ("if offered") are not asides.
 */
const ASIDE_PHRASE = String.raw`(?:in writing|on paper|formally|officially|in all honesty|to be (?:honest|clear|frank)|honestly|frankly|truly|sincerely|of course|naturally|needless to say|i (?:think|believe|hope|promise|assure you|must say|should add|should say|can assure you)|let me be clear|if (?:that|it|this) (?:is|would be|were|helps|would help|is helpful|is useful)(?: ${W}){0,3}|if (?:needed|necessary|required|helpful|useful|you wish|you like|you want|you prefer|appropriate|it helps)|should (?:that|it) (?:help|be helpful|be needed|be useful)|without (?:hesitation|reservation|reservations|a doubt|any doubt|question|a second thought)|without (?:a |the )?shadow of (?:a |any )?doubt|beyond (?:a |any |all )?doubt|no doubt|hands down|with(?:out)? (?:all|any|no) (?:of )?(?:my )?(?:heart|reservations?)|(?:once )?again|here and now|at this point|for the record|for what it is worth|in (?:my|all) (?:view|honesty|heart)|as (?:i said|i mentioned|mentioned|promised|before)|happily|gladly|readily|willingly|wholeheartedly)`;
const ASIDE = rxg(String.raw`(?:,| -) ${ASIDE_PHRASE}(?:,? ${ASIDE_PHRASE})?(?:,| -) `);

/** The text without short asides ("I would, without hesitation, accept" reads "I would accept"). */
export function withoutAsides(text: string): string {
  return text.replace(ASIDE, " ");
}

/**
 * A question of when, after any leading condition ("if I match, when would I get the contract to sign?", "once I am
 * matched, how soon do I sign?"): it asks about the process and its timing, neither whether the writer will match nor a
 * promise of theirs.
 */
export const WHEN_QUESTION = rx(
  String.raw`(?:^|[,;:]\s?)(?:and |so |then )?(?:when|how soon|by when|by what date|on what date|what date|what day|how long|at what point|what time)(?: (?:exactly|roughly|approximately))? (?:would|will|do|does|should|shall|can|could|is|are|am|might|must)${E}[^,;:?]*\?\s*$`,
);

/**
 * A deal or a claim the writer reports between others: "a friend of mine told me that one program asked her to promise she would
 * rank it first in exchange for a high spot on its list", "some programs ask applicants to commit in return for a spot".
 * With the report's frame and the writer's friends read out, no one in it is the writer or the program written to.
 */
const REPORT_FRAME = rxg(
  String.raw`${B}(?:(?:told|tells|telling|warned|informed|reminded|texted|emailed|asked) (?:me|us)|(?:i|we) (?:(?:have|had|also|recently|once|just|even|then) )*(?:heard|read|learned|learnt|was told|were told|saw|noticed|know of|remember|recall)|according to|(?:a |one |two |some )?(?:friends?|classmates?|colleagues?|co residents?|roommates?|cousins?|mentors?) of (?:mine|ours)|(?:my|our) (?:${W} )?(?:friends?|classmates?|colleagues?|co residents?|roommates?|cousins?|sisters?|brothers?|mentors?|seniors?|peers?))${E}`,
);
const OPENING_REPORT = rx(String.raw`^(?:(?:and|but|so|also|actually|apparently|honestly|interestingly),? )*(?:${W} ){0,3}?(?:${REPORT_FRAME.source})`);
const OTHERS_AS_SUBJECT = rx(
  String.raw`^(?:(?:apparently|reportedly|honestly|sadly|unfortunately|interestingly),? )?(?:she|he|they|someone|somebody|one of (?:them|those|the (?:${W} )?(?:residents|interns|applicants|candidates|fellows|students|people|others))|(?:the|other) (?:${W} )?(?:friends?|residents?|interns?|classmates?|colleagues?|applicants?|candidates?)|(?:a|one|some|several|many|a few|certain) (?:${W} )?(?:friends?|residents?|interns?|classmates?|colleagues?|applicants?|candidates?|programs?|programmes?|residenc(?:y|ies)|hospitals?|program directors?|pds?|interviewers?)|applicants|candidates|people)${E}`,
);
const OTHERS_NAMED = rx(
  String.raw`${B}(?:she|he|they|her|him|them|someone|somebody|friends?|classmates?|colleagues?|applicants?|candidates?|people|(?:one|another|other|some|several|many|a few|certain|a different|that|a) (?:${W} )?(?:programs?|programmes?|residenc(?:y|ies)|hospitals?|program directors?|pds?|interviewers?))${E}`,
);
const WRITER_OR_PROGRAM = rx(String.raw`${B}(?:i|me|my|mine|myself|we|us|our|ours|you|your|yours|yourself|u|ur|y'all)${E}`);
export function betweenOthers(sentence: string): boolean {
  // The report must open the sentence ("a friend of mine told me that ..."): a frame after the writer's own words
  // ("ranking Mercy #1, as my mentors told me they did") reports nothing of what came before it.
  const opening = OPENING_REPORT.test(sentence);
  if (!opening && !OTHERS_AS_SUBJECT.test(sentence)) return false;
  const unframed = sentence.replace(REPORT_FRAME, " ");
  return OTHERS_NAMED.test(unframed) && !WRITER_OR_PROGRAM.test(unframed);
}
