// First-choice claims: a sentence telling THIS program it is the writer's first choice, or that it will be ranked
// first. The claim is allowed once per cycle (seed article 002: one letter of intent, to the true first choice;
// studies found applicants telling several programs they were first). Hedged wording ("one of my top choices",
// "high on my list"), first choices of something else ("my first choice of elective", "top of my list of
// priorities"), other things ranked first ("I rank patient care first") and negated claims are not claims.

import { B, E, L, NEGATOR, W, affirmedAt, betweenOthers, negatedBefore, rx, rxg } from "@/lib/rules/messages/lexicon";
import { editDistance } from "@/lib/rules/messages/normalize";
import { SPECIALTY_PATTERN } from "@/lib/rules/messages/specialty-lexicon";

const ADV = String.raw`(?:(?:still|right|squarely|comfortably|truly|clearly|definitely|certainly|absolutely|easily|undoubtedly|unquestionably|now|always|honestly|sincerely|really|very much|by far|without (?:a )?doubt|without question|hands down|officially|firmly|undeniably|indeed|also|genuinely|obviously|very|so|remain|and will remain|and always will be|and will always be|going to be|gonna be|100%|totally|surely|frankly|simply|just|most definitely),? )*`;
const ADJ = String.raw`(?:(?:very|clear|true|absolute|definite|undisputed|obvious|genuine|real|sincere|personal|overall|ultimate|unequivocal|unquestioned|undoubted|firm|final|outright|number|single|one and only|top) )*`;
const RANK = String.raw`(?:top of (?:the|my) list|first|top|#1|highest|strongest|topmost|very first|favorite|dream|most preferred|preferred|highest ranked|top ranked|first ranked|first listed|top listed|top rated|primary|premier|foremost|principal|prime|number one|#1 ranked)(?: and only)?`;
const NOUN = String.raw`(?:one(?= (?:of|among) (?:all )?(?:the )?(?:programs|programmes|places|residencies)${E})|choice|choices|pick|option|preference|combination|pairing|pair|combo|program|programs|residency|place to train|destination|spot|selection|place|institution|hospital|pick for residency|choice for residency|program for residency|choice program|rank(?! (?:list|order))|ranking(?! (?:list|order)))`;
/** "my first choice of specialty / for a letter writer / is to stay near family" are about something else. */
const NOT_ABOUT_PROGRAM = String.raw`(?! (?:(?:research|clinical|academic|career|teaching|quality improvement|qi) )?(?:rotation|rotations|elective|electives|specialty|field|city|location|career|fellowship|project|mentor|topic|subject|block|clerkship|sub internship|site|track|pathway|option for|letter writer|writer|reference)${E})(?! (?:of|for|as|in|among|when it comes to|regarding|with regard to) (?:a |an |the |my |our |which )?(?:(?:virtual|online|in person) )?(?:tracks?|pathways?|open houses?|webinars?|info sessions?|information sessions?|socials?|tours?|meet and greets?|second looks?|events?|interview days?|dinners?|specialt(?:y|ies)|fields?|careers?|fellowships?|letters?|letter writers?|writers?|mentors?|electives?|rotations?|away|research|projects?|chief|topics?|lectures?|cit(?:y|ies)|locations?|regions?|states?|areas?|place to live|housing|schedules?|vacations?|nights?|calls?|medical school|school|college|university|undergrad|subspecialty|career path|path|sub internship|sub i|clerkship|elective|academic|niches?|interests?|${SPECIALTY_PATTERN}${E}(?! (?:residency|residencies|program|programs|programme|programmes|training|positions?|spots?)${E}))${E})(?! (?:is|was|would be|will be|has always been|had been|remains) to${E})`;
const COPULA = String.raw`(?:(?:has|have|had) (?:now |officially |formally |already |since )?been (?:designated|chosen|selected|named|confirmed|earmarked|entered|marked|identified|picked|locked in) as|(?:is|are|will be|was) (?:now |officially |formally )?(?:designated|chosen|selected|named|confirmed|earmarked|entered|marked) as|is|are|will be|would be|remains|remain|will remain|has become|has been|have been|has always been|continues to be|continue to be|was|were|stands as|will always be|is going to be|are going to be|will continue to be|shall be|be|becomes|became|is and will be|are and will be|stays|stay|will stay)`;
const ASIDE = String.raw`(?:,? (?:without (?:a )?(?:question|doubt)|without (?:a |the )?shadow of (?:a |any )?doubt|beyond (?:a |any |all )?doubt|no doubt|undoubtedly|unquestionably|hands down|by a mile|by a long way|by a long shot|in (?:all )?honesty|to be (?:clear|honest|frank)|without hesitation|by far|honestly|truly|clearly|sincerely|and (?:always )?will (?:always )?(?:be|remain)|and will continue to be|after (?:all|much|careful) (?:my )?(?:interviews|reflection|thought|consideration)|at this point|for me|in my (?:mind|heart|eyes|view|opinion)),?)?`;
/** The writer's list: "my rank list", or "the list I submit / will certify / send to the NRMP". */
const OWN_LIST = String.raw`(?:(?:my|our|both (?:of )?our|each of our|all of our) (?:(?:final|rank|ranking|rank order|match|program|residency|personal|nrmp|mental|wish|preference|preferences|priority) )*(?:list|lists(?<=(?:both (?:of )?our|each of our|all of our) ${W} ?${W}?))|the (?:(?:final|rank|ranking|rank order|match) )*list (?:that |which )?i (?:will |am going to |am |shall |plan to |intend to |will be )?(?:submit|submitting|certify|certifying|send|sending|make|making|enter|entering|file|filing|finalize|finalizing|put together))`;
/** The writer's list, or a word that points back at it once the sentence has named it: "I made my list and Sunridge
 * is #1 on it", "when I submit my list, Brookside will be the first name on it". */
const NAMED_LIST = String.raw`(?:(?:rank|rank order|match|final|nrmp) lists?|(?:my|our) lists?(?! of))${E}`;
const LIST_IDIOM = String.raw`(?:the )?(?:pile|heap|pack|stack|tree|ladder|leaderboard|pecking order|table|bunch|lot|league|rankings|order)`;
const LIST_REF = String.raw`(?:${OWN_LIST}|mine|(?<=${B}${NAMED_LIST}.{1,120}?)(?:it|that one|that list|this list|the list|there|${LIST_IDIOM})|${LIST_IDIOM}(?= (?:for me|in my book|on my list)${E}))`;
/** A first slot named as a place: "in the top slot", "the number one spot", "in pole position". */
const TOP_SLOT = String.raw`(?:(?:in|into|at|on) (?:the )?(?:very )?(?:top|first|#1|highest|lead|pole|premier|foremost|uppermost|topmost) (?:spot|slot|position|place|line|rank|row|seat)|in pole position|at the head)`;
/** Where a program sits at the top: "at the top of my list", "#1 on my rank list". */
const TOP_OF_LIST = String.raw`(?<!(?:near|close to|towards|toward|up near|nearly|almost|around) (?:the )?(?:very )?)(?<!(?:near|close to|towards|toward|nearly|almost|around) )(?:at the (?:very )?(?:top|summit|peak|apex|pinnacle|forefront) of|(?:in|at|on) (?:the )?(?:very )?(?:first|top|#1|number one|highest|uppermost) (?:place|position|spot|slot|line|row|rank|entry|seat) (?:of|on|in)|(?:#1|first|highest|topmost|uppermost|foremost) (?:on|upon|in)|top of|on top of|the top of|the head of|at the head of|heading|heads|head|will head|topping|tops|top|will top|leads|lead|will lead|leading|headlines) ${LIST_REF}${E}(?<!(?:top|upper|higher) (?:end|half|part|third|quarter|portion|tier|section) of ${LIST_REF})(?! of (?!(?:programs|programmes|residency|residencies|places to train|programs i applied to|preference|preferences|choices|institutions|hospitals)${E}))`;
/** Where a program is put: first, at the top, above the rest. */
const TOP_PLACE = String.raw`(?:first|#1|(?<!${B}(?:the|near|close to|towards|toward|nearly|almost|around|very near|up) )top(?=\s?(?:[.,;:!?)]|$)| (?:and|but|so|on my|of my|this|in march)${E})|at #1|at (?:the )?(?:#1|number one|first|top) (?:spot|position|place|slot)|highest|the highest|at the top|at the very top|on top|in first place|first place|in the #1 (?:spot|position|slot)|in the first (?:spot|position|slot)|in the top spot|as (?:my )?(?:first|#1|top)(?: (?:choice|pick|program))?|above (?:all|every|the rest|any|everyone|everything)${E}(?: ${W})?|ahead of (?:all|every|the rest|any|everyone|everything)${E}(?: ${W})?|over (?:all|every|the rest|everyone|any other)${E}(?: ${W})?|higher than (?:all|every|the rest|any|everyone|everything)${E}(?: ${W})?|first on my (?:rank |rank order )?list|highest on my (?:rank |rank order )?list|${TOP_OF_LIST}|first choice|top choice|top pick|first pick|#1 choice|#1 pick|#1 on my list|${TOP_SLOT})`;
const HEDGED_AFTER = String.raw`(?! (?:three|3|two|2|four|4|five|5|six|6|ten|10|few|tier|half|group|quarter|third|20|25|percent|handful|couple|several|list of (?!programs)|programs? (?:in|on) (?:the|my) (?:region|area|list))${E})`;

/** The program being written to, as the object of a ranking verb. */
const PROGRAM_OBJECT = String.raw`(?:you guys|you all|y'all|ya'll|you lot|you folks|you|u|your (?:${W} )?(?:program|programs|residency|residency program|institution|hospital|team|department|place)|yours|this program|the program|it|this place|this residency|(?:[${L}][${L}'.]* ){1,3}?(?:program|hospital|medical center|health|university|residency))`;

/** The program written to, named as the subject of a claim: "you", "your program", "yours", "this residency". */
const PROGRAM_SUBJECT = String.raw`(?:you guys|you all|y'all|you|u|yours|your (?:${W} )?(?:program|programs|residency|residency program|institution|hospital|department|place)|this (?:program|residency|hospital|place))`;
/** "for internal medicine", "in residency for pediatrics", "for IM training" (not an elective, rotation or fellowship). */
const FOR_SPECIALTY = String.raw`(?:for|in|of) (?:(?:a )?(?:residency|training|the match) (?:in|for) )?${SPECIALTY_PATTERN}${E}(?! (?:elective|electives|rotation|rotations|fellowship|fellowships|research|away|sub internship|sub i|clerkship|observership|externship|block|project|projects)${E})`;

/** Words that show a "First choice: ..." line is about something else: a question, dates, a topic. */
const QUESTION_OR_TOPIC_WORDS = new Set(
  "question questions dates date schedule elective electives rotation rotations topic topics research update updates housing when how what which who where".split(
    " ",
  ),
);

/** Labels that head a line without naming a program: "Re: my first choice", "Specialty: my first choice". */
const LABEL_WORDS = new Set(
  "re fw fwd subject ps note hi hello dear thanks thank update news specialty field city location rotation elective reminder summary answer reply".split(" "),
);

const NAMED_OBJECT_STOPWORDS = new Set(
  (
    "programs them all every each other others these those my our patient patients care safety family location " +
    "locations things priorities factors fit criteria options both several many some most based by according after " +
    "before applicants candidates people places cities what which who how why when where their specialties fields " +
    "list lists myself yourself not never"
  ).split(" "),
);

/** Words that, as the subject of "... is my first choice", show it is not the program. */
/** A subject that is the writer's own thing ("finishing my thesis", "my family") or an activity is not the program. */
const OWN_SUBJECT = /(?:^|\s)(?:my|our|i|we|me)(?:\s|$)|^\p{L}+ing(?:\s|$)/u;
const PROGRAM_WORD = /(?:^|\s)(?:you|your|yours|u|ur|program|programs|residency|hospital|institution|it|this|they)(?:\s|$)/u;

const NOT_PROGRAM_SUBJECTS = new Set(
  (
    "i he she they we location geography city region state area family partner spouse wife husband safety patient patients care " +
    "research teaching education wellness mentorship fit culture training specialty field career fellowship elective " +
    "rotation schedule salary money housing weather climate priority priorities goal goals dream aim ambition son daughter " +
    "brother sister friend friends mother father parents colleague classmate classmates medicine surgery it that this which who what " +
    "residents interns students attendings applicants candidates people others everyone everybody nurses staff guests speakers kids children"
  ).split(" "),
);
const SUBJECT_VERBS = new Set(
  "is are was were will be been has have remains remain sits stays stay ranks comes stands still always now truly clearly definitely and really going gone".split(
    " ",
  ),
);
const SPECIALTY_AT_END = rx(`(?:^|[^\\p{L}\\p{N}])${SPECIALTY_PATTERN}$`);
const SPECIALTY_AT_START = rx(`^${SPECIALTY_PATTERN}${E}`);
const VAGUE_OR_SPECIALTY = rx(
  `^(?:to|not|undecided|unclear|open|uncertain|still|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d+|${SPECIALTY_PATTERN})${E}`,
);

/**
 * A clause that is the object of a verb of deciding, knowing or telling starts after it: in "also I decided Eastbrook",
 * "I already told my parents Willowbrook", the subject of what follows is the program.
 */
const COMPLEMENT_VERB =
  /\b(?:(?:i|we) )?(?:(?:have|had|already|just|finally|also|now|even|officially|truly|really|honestly|can|must|have to|want to|wanted to|should) )*(?:decided|told|tell|said|say|know|knew|think|thought|feel|felt|believe|realized|am sure|am certain|confirm|promise|promised|guess|figured|admit|informed|announced|swear|swore|let you know|assure you|want you to know|wanted you to know|mention|mentioned|note|noted|add|stress|repeat|reiterate|emphasize)(?: (?:you|them|him|her|everyone|everybody|people|all|my (?:\p{L}+ )?\p{L}+(?: and (?:my )?\p{L}+)?))?\b/gu;

/** Words that can stand before a specialty without naming a program: "honestly family medicine", "and pediatrics". */
const BEFORE_SPECIALTY = new Set(
  (
    "a an the and or but so i think that then now also still always just really because since as while when why which where is was " +
    "in of for to at with about on than like both either neither whether if what how definitely ultimately clearly truly certainly " +
    "though although yet even only already said says decided know knew believe guess feel felt am are be been"
  ).split(" "),
);

/**
 * A program whose name ends in its specialty: "Greenway Family Medicine will be the first program on my list",
 * "Lakeview Pediatrics is my first choice". A name word must come before the specialty; "honestly family medicine"
 * and "my family medicine" do not name a program.
 */
function namedAfterSpecialty(subject: string): boolean {
  const specialty = SPECIALTY_AT_END.exec(subject);
  if (!specialty) return false;
  const before = subject
    .slice(0, specialty.index + (specialty[0].match(/^[^\p{L}\p{N}]*/u)?.[0].length ?? 0))
    .trim()
    .split(/[\s,]+/);
  const name = before.at(-1) ?? "";
  return (
    name !== "" &&
    /^\p{L}[\p{L}'.-]*$/u.test(name) &&
    !BEFORE_SPECIALTY.has(name) &&
    !name.endsWith("ly") &&
    !NOT_PROGRAM_SUBJECTS.has(name) &&
    !OWN_SUBJECT.test(name) &&
    !/^\p{L}+ing$/u.test(name)
  );
}

function subjectCanBeProgram(subject: string | undefined): boolean {
  const words = (subject ?? "").split(/[\s,]+/).filter((w) => w !== "");
  const clauseStart =
    (subject ?? "")
      .split(/,\s*|\b(?:and|that|because|since|as|while|when|so|-)\b|\s-\s/)
      .at(-1)
      ?.split(COMPLEMENT_VERB)
      .at(-1)
      ?.trim() ?? "";
  const nearest = clauseStart
    .split(/\s+/)
    .filter((w) => !SUBJECT_VERBS.has(w))
    .slice(-3)
    .join(" ");
  if (!PROGRAM_WORD.test(nearest) && OWN_SUBJECT.test(nearest)) return false;
  while (words.length > 0 && SUBJECT_VERBS.has(words.at(-1) ?? "")) words.pop();
  if (namedAfterSpecialty(words.join(" "))) return true;
  const last = words.at(-1);
  if (last !== undefined && NOT_PROGRAM_SUBJECTS.has(last)) {
    // "it" and "this" point at the program when the sentence names nothing else ("it is my first choice").
    if (!["it", "this", "that"].includes(last)) return false;
  }
  return !SPECIALTY_AT_END.test(words.join(" "));
}

/**
 * The focus of a cleft is the program when it is named as one or the sentence is about the list: "it is Mercy General
 * I am putting first", "it is Northgate that I will place at the head of my list" (not "it is teamwork I put first").
 */
const PROGRAM_NAME_WORD = /(?:^|\s)(?:program|hospital|general|medical|university|health|center|residency|regional|memorial|infirmary|clinic)(?:\s|$)/u;
const LIST_CONTEXT = /\b(?:list|lists|slot|spot|position|head|#1)\b/u;
function cleftNamesProgram(match: RegExpExecArray): boolean {
  const object = (match.groups?.object ?? "").trim();
  if (object.split(/\s+/).some((w) => NAMED_OBJECT_STOPWORDS.has(w))) return false;
  return LIST_CONTEXT.test(match.input.slice(match.index)) || PROGRAM_WORD.test(` ${object} `) || PROGRAM_NAME_WORD.test(object);
}

/**
 * What was chosen is the program when it is addressed ("you", "your program"), named as one ("Greystone", "St. Jude's
 * Medical Center"), and not a thing with an article or the writer's own ("the night float", "my elective").
 */
function chosenIsProgram(object: string | undefined): boolean {
  const words = (object ?? "").trim();
  if (PROGRAM_WORD.test(` ${words} `) || PROGRAM_NAME_WORD.test(words)) return !OWN_SUBJECT.test(words) || /^(?:you|your|yours)\b/u.test(words);
  const first = words.split(/\s+/)[0] ?? "";
  return (
    hasNoStopword(words) &&
    !["the", "a", "an", "my", "our", "one", "some"].includes(first) &&
    anythingButSubjectIsProgram(words) &&
    !SPECIALTY_AT_END.test(words)
  );
}

/** What a subject line says besides the claim when it names no program: "thank you!", "a final note from Maddie". */
const COURTESY_LABEL = String.raw`(?:(?:a |my |one |some )?(?:(?:big|heartfelt|sincere|huge|final|quick|short|brief|warm|belated|little|last) )?(?:thank you|thanks|thank you note|note|letter|update|message|follow up|greetings|hello|hi)(?: (?:so much|again|once more|(?:for|from) (?:${W} ){0,3}?${W}))?[!.]*)`;

/** "my top priority / concern / value" ranks something other than programs. */
const NOT_A_PRIORITY = String.raw`(?! (?:priority|priorities|concern|concerns|value|values|goal|goals|thing|things|consideration|factor|reason)${E})`;

/** The subject of "... was anything other than #1" is its last word ("if I said Evergreen"), and must be able to be the program. */
function anythingButSubjectIsProgram(named: string | undefined): boolean {
  const last = (named ?? "").trim().split(/\s+/).at(-1) ?? "";
  return last !== "" && !NAMED_OBJECT_STOPWORDS.has(last) && !NOT_PROGRAM_SUBJECTS.has(last) && !OWN_SUBJECT.test(last);
}

/**
 * What a program is compared with when nothing beats it: the program ("nothing outranks Bellefontaine", "no program tops
 * yours"), or nothing at the end of the clause ("no program comes close for me"); not "the weather" or "your trauma volume".
 */
const COMPARED_OBJECT_OR_END = String.raw`(?: (?:you|yours|your (?:program|programme|residency|place)|this (?:program|place|one)|it|(?!(?:the|a|an|my|our|his|her|their|your|its|any|what|how|that|this|those|these)${E})(?:[${L}][${L}'.-]* ){0,2}?[${L}][${L}'.-]*)(?=\s?(?:[.,;:!?)"-]|$)| (?:for me|in my book|on my list|on my rank|in my rank|in my mind|honestly|and|when|once|after|as soon as|come|on match day|when it comes to (?:training|residency|programs))${E})|(?=\s?(?:[.,;:!?)"-]|$)| (?:for me|in my book|on my list|in my mind)${E}))`;

/** `cue`: a cheap test without which the pattern cannot match, run first (patterns that start with a subject are slow). */
type Claim = { pattern: RegExp; accept?: (match: RegExpExecArray) => boolean; negationIsTheClaim?: boolean; cue?: RegExp };
const CLEFT_CUE = /\bit (?:is|will be|would be|has always been|was always) (?:[^,;]* )?(?:first|top|#1|head|highest|pole|above|ahead|over)\b/u;
const HEDGE_IN_SUBJECT = /\b(?:one of|some of|among|a few of|two of|three of|several of|any of)\b/;
/**
 * What "it will be ..." says of a place or a time rather than naming a program: weather, effort, a feeling, a degree
 * ("it will be cold, at the top", "it will be so worth it, at the top", "it will be a long climb").
 */
const STATE_PREDICATE = rx(
  String.raw`^(?:(?:a|an|so|very|really|quite|pretty|rather|too|much|even|a bit|a little|super|bloody|freezing) )*(?:cold|colder|hot|hotter|warm|warmer|cool|cooler|windy|sunny|rainy|snowy|icy|foggy|wet|dry|dark|darker|bright|busy|busier|quiet|quieter|crowded|packed|empty|steep|tough|tougher|hard|harder|easy|easier|fun|nice|fine|ok|okay|lovely|beautiful|late|later|early|earlier|worth it|tight|loud|noisy|chilly|humid|breezy|scary|exciting|interesting|different|closed|full|lonely|crazy|wild|calm|amazing|brutal|windier|slippery|tiring|exhausting|worthwhile|my turn|your turn|our turn|time|noon|midnight|morning|evening|night|dawn|dusk|spring|summer|autumn|fall|winter)(?: (?:up there|there|then|by then|out there|outside|tonight|today|tomorrow|again|too))?$`,
);
/** "at the top" or "at the head" with no list after it. */
const BARE_TOP = /\bat the (?:very )?(?:top|head)$/u;
/** A list that is not the writer's rank list, named in the sentence: "the list of electives", "my reading list". */
const ANOTHER_LIST = rx(
  String.raw`${B}(?:list of (?!(?:my )?(?:programs|programmes|places|residencies|choices|preferences|preference|institutions|hospitals)${E})|(?:reading|to do|todo|wish|bucket|mailing|guest|waiting|wait|shopping|packing|call|reference|interview|elective|electives|rotation|rotations|priority|priorities) list)`,
);
const EVERY_OTHER_LIST = rxg(ANOTHER_LIST.source);
/** The writer's rank list named: "my list", "my ROL", "the rank list". */
const RANK_LIST_NAMED = rx(String.raw`${B}(?:${NAMED_LIST}|rank(?:ing|ings|ed)?|rol|match)${E}`);
/** True when no word of a matched subject or object is one that cannot belong to a program's name. */
const hasNoStopword = (words = "") => !words.split(/\s+/).some((w) => NAMED_OBJECT_STOPWORDS.has(w));
/**
 * The subject of a comparison is a program, not a part of one ("your program's research output is head and shoulders
 * above the rest" praises the research), and a comparison set before it names programs or interviews ("Among the
 * electives, cardiology wins by a mile" compares electives).
 */
/** A subject that opens like a person or a part of something ("the", "our", "Dr") is a program only with a program noun. */
const NOT_A_PROGRAM_START = /^(?:the|our|my|his|her|their|a|an|dr|doctor|professor|prof|mr|mrs|ms)\b/u;
const PROGRAM_NOUN = /\b(?:program|programme|residency|hospital|institution)\b/u;
/** "your program", "your medicine department": the program itself, not a part of it. */
const YOUR_PROGRAM = /^your (?:[\p{L}-]+ ){0,2}?(?:program|programme|residency|hospital|institution|department|team)$/u;
/** A comparison set that names programs, places or interviews ("among the programs I saw"), not people or things. */
const PROGRAMS_COMPARED = /\b(?:programs?|programmes?|interviews?|places?|residenc(?:y|ies)|hospitals?|list|options)\b/u;
function comparedProgram(match: RegExpExecArray): boolean {
  const subject = match.groups?.subject ?? "";
  if (/(?:'s|s')(?: [\p{L}-]+)+\s*$/u.test(subject.trim())) return false;
  // The program itself, by a pronoun, "your program" or its name: not a part of it ("your simulation center", "the
  // morning report at your program", "our medical school team") nor a person ("Dr. Smith, who taught me").
  const own = clauseSubject(subject.replace(COMPARISON_SET, ""));
  for (const part of [own, subject.replace(COMPARISON_SET, "").trim()]) if (NOT_A_PROGRAM_START.test(part) && !PROGRAM_NOUN.test(part)) return false;
  if (/^your\b/u.test(own) && !YOUR_PROGRAM.test(own)) return false;
  if (/\b(?:who|which|that)\b/u.test(subject)) return false;
  const set = COMPARISON_SET.exec(subject)?.[0];
  if (set && !PROGRAMS_COMPARED.test(set)) return false;
  return viaSubject(match);
}
/** A comparison set opening the sentence ("Among the thirteen programs I saw, Penn is ...") names the field, not a hedge. */
const COMPARISON_SET = /^(?:among|amongst|of|out of|from|compared (?:with|to)|next to|side by side with|against)\s[^,]*,\s*/u;
const viaSubject = (match: RegExpExecArray) =>
  !HEDGE_IN_SUBJECT.test((match.groups?.subject ?? "").replace(COMPARISON_SET, "")) && subjectCanBeProgram(match.groups?.subject);

/** Programs named as what the writer weighed: "I have weighed many places", "having compared every program I saw". */
const WEIGHED_PROGRAMS = rx(
  String.raw`${B}(?:weigh|compar)[${L}]* (?:(?:${W}) ){0,3}?(?:places|programs|programmes|options|interviews|residencies|hospitals|them all|all of them|every (?:program|place|option|residency|hospital))${E}`,
);
/** The subject of the last clause of a captured subject: "I weighed them, and in the end Fairmont" is "fairmont". */
function clauseSubject(subject: string | undefined): string {
  return (
    (subject ?? "")
      .split(/[,;]\s*|\s(?:and|but|so|when|then)\s/u)
      .at(-1)
      ?.trim()
      .replace(/^(?:(?:and|but|so|then|finally|ultimately|overall|in the end|at the end|in the final reckoning|on balance),? )+/u, "") ?? ""
  );
}

/** The other programs as the ones the writer saw or lists: "the programs I interviewed at this year", "on my list". */
const SEEN_OR_LISTED = String.raw`(?: (?:that |which )?(?:i|we) (?:${W} ){0,3}?(?:interviewed(?: (?:at|with))?|saw|visited|applied to|am ranking|will rank|will be ranking|ranked|considered)(?: (?:this|that) (?:year|season|cycle))?| (?:on|in) my (?:${W} )?list)?`;

const CLAIMS: readonly Claim[] = [
  // The program over every other, as a comparison: "Vanderbilt outshines every other place I interviewed", "you beat
  // every other program on my list", "Dartmouth is head and shoulders above the rest of my list", "Michigan is in a
  // league of its own among the programs I saw", "MUSC wins by a mile".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,8}?)(?:(?:${COPULA}${ASIDE} ${ADV})?(?:(?:easily|clearly|simply|honestly|really|just|far) )?(?:outshines?|outshone|beats?|surpass(?:es)?|trumps?|eclipses?|outclass(?:es)?|outdoes|tops|edges out|wins out over|comes? out ahead of|stands? (?:head and shoulders )?above|towers? over|(?:is|are|was|will be) (?:head and shoulders|miles|streets|leagues|way|far) (?:above|ahead of)) (?:every|all|any|each of)(?: the)? (?:other (?:programs?|programmes?|places?|residenc(?:y|ies)|hospitals?|options?|interviews?|institutions?)|others (?:on my (?:${W} )?list|i (?:saw|visited|interviewed)))(?: (?:i|we) (?:${W} ){0,3}?(?:saw|visited|interviewed|applied|ranked|considered)(?: (?:at|with|to|for))?| (?:on|in) my (?:${W} )?list)?|${COPULA}${ASIDE} ${ADV}in a (?:league|class) (?:of its own|of their own|by itself|apart)|(?:wins?|won|comes? out on top|came out on top|comes? out ahead) (?:by (?:a mile|a long way|a long shot|miles|a landslide|a wide margin|far)|every time|hands down|on every count)|${COPULA}${ASIDE} ${ADV}(?:head and shoulders|miles|streets|leagues) above the rest of my (?:${W} )?list)(?=\s?(?:[.,;:!?)"-]|$)| (?:and|for me|in my (?:mind|book|eyes|view))${E})`,
    ),
    accept: comparedProgram,
    cue: /\b(?:outshin|beat|surpass|trump|eclips|outclass|outdoes|tops\b|edges out|wins? out|ahead of|above|towers?\b|league|class (?:of|by|apart)|wins?\b|won\b|c[ao]me out)/u,
  },
  // The program as the top of the writer's list in a figure: "top dog on my rank list", "the cream of the crop on my
  // rank list", "the headline of my rank list", "the north star of my rank list", "the first entry", "the gold medal".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,5}?)${COPULA}${ASIDE} ${ADV}(?:the |my )?(?:top dog|cream of the crop|headline|north star|crown jewel|gold medal|first entry|first line|first row|first name|lead entry|clear frontrunner|frontrunner|front runner|apple of my eye|star|anchor|centrepiece|centerpiece) (?:of|on|in|atop|at the top of) (?:${OWN_LIST}|my (?:podium|ranking|rankings|rol|draft list))${E}`,
    ),
    accept: viaSubject,
    cue: /\b(?:top dog|cream of|headline|north star|crown jewel|gold medal|first (?:entry|line|row|name)|lead entry|frontrunner|front runner|apple of|star|anchor|cent(?:re|er)piece)\b/u,
  },
  // The program as the writer's first priority or option: "your program is my number one priority", "your esteemed
  // program is my first priority", "you are my first option". A priority that is a value ("patient care is my top
  // priority") is not a program: the subject must be one.
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:you|your (?:${W} ){0,2}?(?:program|programme|residency|institution|hospital|department)|this program|(?:[${L}][${L}'.-]* ){1,4}?(?:program|programme|hospital|medical center|university|residency)))${ASIDE} ${COPULA}${ASIDE} ${ADV}(?:my|our) ${ADJ}(?:first|top|number one|#1|highest|topmost|foremost|greatest|biggest) (?:priority|option|preference)(?: for (?:residency|training|the match))?${E}(?! (?:for|as|when|in|of|among) (?!(?:residency|training|the match|my (?:rank )?list)${E}))`,
    ),
    accept: viaSubject,
    cue: /\b(?:priority|option|preference)\b/u,
  },
  // The first place given to the program: "the number one spot has already been given to your program", "first place
  // on my list was decided in your favour".
  {
    pattern: rx(
      String.raw`${B}(?:the |my )?(?:number one|#1|first|top) (?:spot|place|position|slot|line|rank|row|entry)(?: on my (?:${W} )?list)? (?:(?:has|have|had|will|would|is|was) )?(?:(?:already|now|officially|long|firmly) )?(?:been |be )?(?:given|awarded|assigned|handed|decided|settled|reserved|saved) (?:(?:already|firmly|long ago) )?(?:to (?:you|yours|your (?:${W} )?(?:program|programme|team|residency|hospital)|this program|(?!(?:another|a|an|the|someone|somebody|other|one|dr|my|his|her|their|me|us|him|them)${E})${W}(?: ${W}){0,2}?(?=\s?(?:[.,;:!?)"-]|$)))|in (?:your|you guys') favou?r|for (?:you|your (?:${W} )?program))${E}`,
    ),
    cue: /\b(?:given|awarded|assigned|handed|decided|settled|reserved|saved)\b/u,
  },
  // Every other program a backup, or a distant second, to this one: "every other program on my list is now a backup to
  // yours", "my second choice is a distant second to yours".
  {
    pattern: rx(
      String.raw`${B}(?:(?:every|all|each) (?:other |the other )?(?:programs?|places?|ones?|options?)(?: (?:on|in) my (?:${W} )?list)?|the rest(?: of my (?:${W} )?list)?|my second choice(?: ${W}){0,6}?) (?:(?:is|are|will be|would be)(?: (?:now|honestly|really|just|only|simply|frankly|merely))*,?(?: ${W})?,? )?(?:a |an )?(?:(?:distant|far|poor|long way) )?(?:backups?|back ups?|fallbacks?|safet(?:y|ies)|second|plan b|insurance|also rans?) (?:to|behind|after) (?:you|yours|your (?:${W} )?(?:program|programme|residency|team)|this program)${E}`,
    ),
    cue: /\b(?:backups?|back ups?|fallbacks?|safet|second|plan b|insurance|also rans?)\b/u,
  },
  // Every other program placed after this one: "each of the other programs I interviewed with will be ranked somewhere
  // after yours", "all the programs I'm ranking this year come after yours", "I have ranked every other program I saw
  // beneath yours" (not "every other program sends its schedule after yours").
  {
    pattern: rx(
      String.raw`${B}(?:(?:every|each|all|any)(?: one)?(?: of)?(?: the| my)? (?:other|remaining|rest of the) (?:programs?|places?|ones?|options?|residenc(?:y|ies)|hospitals?)|all (?:of )?(?:the |my )?(?:programs?|places?|others)|the (?:others|rest))${SEEN_OR_LISTED} (?:(?:will|would|shall|are|is|am|have been|has been) )?(?:(?:all|now|already|firmly) )?(?:be |go |sit |come |fall |land |get )?(?:(?:ranked|placed|listed|put|slotted|positioned|going|somewhere) )*(?:after|below|beneath|behind|lower than|under) (?:you|yours|your (?:${W} )?(?:program|programme|residency|hospital)|this program)${E}` +
        String.raw`|${B}i (?:(?:have|will|am going to|shall|already|now) )*(?:ranked|rank|placed|place|put|listed|list|slotted|slot) (?:every|each|all|any)(?: of)?(?: the)? (?:other|remaining) (?:programs?|places?|ones?|options?)(?: ${W}){0,5}? (?:after|below|beneath|behind|under|lower than) (?:you|yours|your (?:${W} )?(?:program|programme|residency|hospital)|this program)${E}`,
    ),
    cue: /\b(?:after|below|beneath|behind|lower than|under)\b/u,
  },
  // None above it: "none of the other programs will be ranked above you", "nothing else on my rank list outranks your
  // program" (the negation is the claim).
  {
    pattern: rx(
      String.raw`${B}(?:none(?: of (?:the|my) (?:other )?(?:programs?|places?|others|ones|interviews))?|nothing(?: else)?|no other (?:program|place|residency|hospital)|nowhere else)${SEEN_OR_LISTED} (?:(?:will|would|is|are|shall|could|can) )?(?:(?:be|get|come|go) )?(?:(?:ranked|placed|listed|put) )?(?:above|higher than|ahead of|as high as) (?:you|yours|your (?:${W} )?(?:program|programme|residency|hospital)|this program)${E}` +
        String.raw`|${B}(?:none(?: of (?:the|my) (?:other )?(?:programs?|places?|others|ones|interviews))?|nothing(?: else)?|no other (?:program|place))${SEEN_OR_LISTED} (?:(?:will|would|shall|could|can|is going to|are going to) )?outranks? (?:you|yours|your (?:${W} )?(?:program|programme|residency|hospital)|this program)${E}`,
    ),
    cue: /\b(?:above|higher than|ahead of|as high as|outranks?)\b/u,
    negationIsTheClaim: true,
  },
  // The first rank kept from every other: "no other program will get my first rank", "none of the others will receive
  // my #1 spot".
  {
    pattern: rx(
      String.raw`${B}(?:none of (?:the others|them)|(?:no other|not one other|not a single other|none of the other|no) (?:programs?|programmes?|places?|residenc(?:y|ies)|hospitals?|ones?|others))(?: ${W}){0,2}? (?:will|would|is going to|shall|can|could|is|are) (?:ever )?(?:get|receive|have|take|earn|see|be given|be getting) my (?:very )?(?:first|top|#1|highest|number one) (?:rank|ranking|spot|place|choice|slot|position|vote)${E}`,
    ),
    cue: /\bmy (?:very )?(?:first|top|#1|highest|number one) (?:rank|ranking|spot|place|choice|slot|position|vote)\b/u,
    negationIsTheClaim: true,
  },
  // "you are my first choice", "Mercy General remains my top choice", "yr program is def my #1 pick".
  {
    pattern: rx(String.raw`${B}(?<subject>(?:${W},? ){0,5}?)${COPULA}${ASIDE} ${ADV}(?:my|our) ${ADJ}${RANK} ?${NOUN}${E}${NOT_ABOUT_PROGRAM}`),
    accept: viaSubject,
  },
  // A first choice among the programs of a specialty, with the program named as such: "your program is my first choice
  // for internal medicine", "my first choice for residency in pediatrics is your program" (not "neurology is my first
  // choice", a choice of specialty, nor "my first choice for a cardiology elective").
  {
    pattern: rx(
      String.raw`${B}${PROGRAM_SUBJECT} ${COPULA}${ASIDE} ${ADV}(?:my|our) ${ADJ}${RANK} ?(?:choice|pick|option|preference|program|place)${E} ${FOR_SPECIALTY}` +
        String.raw`|${B}(?:my|our) ${ADJ}${RANK} ?(?:choice|pick|option|preference|program|place)${E} ${FOR_SPECIALTY}(?: (?:residency|residencies|training|programs?))? (?:is|will be|would be|remains|has always been|has become|is and will be) ${ADV}${PROGRAM_SUBJECT}${E}`,
    ),
  },
  // "you are my #1", "your program is my number one program", "you are my top program".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,5}?)${COPULA}${ASIDE} ${ADV}(?:my|our) ${ADJ}(?:#1(?: (?:program|residency|place to train|spot|destination|choice|pick|option))?(?=\s?(?:[.,;:!?)"-]|$| (?:on|for|in|of) (?:my|the|mine)${E}| on (?:it|there)${E}(?<=${B}${NAMED_LIST}.{1,120})| (?:and|by far|without|hands down|if|as long as|provided|no question|forever|always|now|for sure|period|full stop|deal|ok|okay|right|fr|tbh|lol|ngl|no cap|for real|honestly|truly|obviously|of course|haha|lmao|tho|though)${E}))|(?:top|#1|dream|ideal|favorite) (?:program|residency|place to train|destination|place|hospital)${E})`,
    ),
    accept: viaSubject,
  },
  // "your program is #1 for me", "you are first in my book", "you are the top pick for me".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,5}?)${COPULA}${ASIDE} ${ADV}(?:#1|first|the top|top|the first|the #1|the clear (?:first|#1|top)|my (?:first|#1|top)|the frontrunner|the front runner|the favorite|the (?:clear|runaway|outright|undisputed|obvious|firm|strong|hot) (?:favorite|frontrunner|front runner|leader)|the leader|the one) (?:(?:choice|pick|program|option|place) )?(?:for me|in my (?:book|mind|eyes|heart|rankings?|rank order list|list|view)|on ${LIST_REF})${E}`,
    ),
    accept: viaSubject,
  },
  // Above every other: "your program is above every other on my list", "Kilburn is placed ahead of all the others".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,5}?)${COPULA}${ASIDE} ${ADV}(?:(?:written|placed|listed|put|entered|positioned|pencilled|penciled|inked|slotted|sitting|ranked) )?(?:above|ahead of|higher than) (?:all|every|any) (?:the )?(?:other|others|rest)(?: (?:programs?|programmes?|places?|ones?|residency|residencies|hospitals?))?(?=\s?(?:[.,;:!?)"-]|$| (?:on|in) (?:my|the)${E}| for me${E}))`,
    ),
    accept: viaSubject,
  },
  // "I will not rank anyone above you", "no program will be ranked ahead of yours", "I will rank no one above Fenwick"
  // (a named program, at the end of its clause).
  {
    pattern: rx(
      String.raw`${B}(?:rank|ranking|place|put|placing|putting|list|listing|be ranked|be placed|be listed|rank higher|come|comes|be) (?:anyone|anybody|any program|any other program|no one|nobody|no program|no other program|another program|other programs|any place|anything)? ?(?:else )?(?:above|ahead of|higher than|over|before) (?:(?:you|yours|your (?:program|residency)|this program|it)${E}|(?!(?:the|a|an|my|our|his|her|their|your|its|any|what|how|that|this|those|these|them|him|me|us)${E})(?<named>(?:[${L}][${L}'.-]* ){0,2}?[${L}][${L}'.-]*)(?=\s?(?:[.,;:!?)"-]|$)| (?:on my list|in my list|on my rank|when i|come march|in march|for me)${E}))`,
    ),
    accept: (match) => !(match.groups?.named ?? "").split(/\s+/).some((w) => NAMED_OBJECT_STOPWORDS.has(w) || NOT_PROGRAM_SUBJECTS.has(w)),
    negationIsTheClaim: true,
  },
  // First place by exclusion: "I would never rank anyone but you first", "I won't put any program other than yours at
  // the top", "I can't imagine ranking any program above Kilburn".
  {
    pattern: rx(
      String.raw`${B}(?:rank|ranking|place|put|placing|putting|list|listing|slot|slotting|have|having|see|seeing) (?:anyone|anybody|any program|any other program|another program|any place|anything|any residency|a program|any hospital|any of the others)(?: else)? (?:but|except|other than|besides|apart from|save|bar|instead of) (?:you|yours|your (?:program|residency)|this program|it|(?<named>(?:[${L}][${L}'.-]* ){0,2}?[${L}][${L}'.-]*)) (?:${ADV})?(?:as (?:my )?)?(?:first|#1|number one|at the top|at the very top|on top|at #1|in first place|${TOP_SLOT}|${TOP_OF_LIST})${E}`,
    ),
    accept: (match) => !(match.groups?.named ?? "").split(/\s+/).some((w) => NAMED_OBJECT_STOPWORDS.has(w) || NOT_PROGRAM_SUBJECTS.has(w)),
    negationIsTheClaim: true,
  },
  {
    pattern: rx(
      String.raw`${B}(?:rank|ranking|place|put|placing|putting|list|listing|imagine|imagining) (?:(?:any|another) (?:other )?(?:program|programs|residency|place|hospital|one)|anywhere|anyplace|anyone|anybody)(?: else)? (?:above|ahead of|higher than|over|before) (?<named>(?:[${L}][${L}'.-]* ){0,2}?[${L}][${L}'.-]*)(?=\s?(?:[.,;:!?)"-]|$| (?:on my|in my|when|once|after|and)${E}))`,
    ),
    accept: (match) =>
      !(match.groups?.named ?? "")
        .split(/\s+/)
        .some((w) => NAMED_OBJECT_STOPWORDS.has(w) || NOT_PROGRAM_SUBJECTS.has(w) || /^(?:the|a|an|his|her|their|its)$/u.test(w)),
    negationIsTheClaim: true,
  },
  // First place as a rhetorical question: "Where else would I put at the top of my list?", "who else could I rank first?".
  {
    pattern: rx(
      String.raw`${B}(?:where|who|whom|what|which (?:program|place|one|residency)) else (?:would|could|will|can|should|might|am) i (?:(?:possibly|ever|even|really|honestly|be|going to) )*(?:put|putting|rank|ranking|place|placing|list|listing|slot|slotting|have) (?:(?:${W} ){0,2}?)(?:(?:as )?(?:my )?(?:first|#1|number one)|at the top|at the very top|on top|at #1|in first place|${TOP_SLOT}|${TOP_OF_LIST})${E}(?! (?:but|except|other than|besides|apart from|over|before|ahead of) (?:my|our|his|her|their)${E})`,
    ),
  },
  // First place as a question that cannot be answered no, often without its question mark: "how could I not rank
  // Ridgeview first after a day like that", "why would I not put you at the top", "how could I rank anyone above you".
  {
    pattern: rx(
      String.raw`${B}(?:how|why) (?:on earth |in the world )?(?:could|would|can|should|will|might) i (?:(?:possibly|ever|even|really|honestly|then|now) )*(?:(?:not|fail to|help but|do anything but|do anything other than) (?:(?:possibly|ever|even) )?(?:rank|put|place|list|slot|keep|make|have) (?<object>(?:${W} ){0,2}?${W}) (?:${ADV})?(?:as |at )?(?:my )?${TOP_PLACE}|(?:rank|put|place|list|slot) (?:anyone|anybody|any (?:other )?(?:program|programme|place|residency|hospital)|another (?:program|programme|place|residency|hospital)|anything|anywhere)(?: else)? (?:above|ahead of|higher than|over|before) (?<named>(?:${W} ){0,2}?${W}))(?=\s?(?:[.,;:!?)"-]|$)| (?:after|when|once|given|now|on|in|with|and|honestly|really)${E})`,
    ),
    accept: (match) => chosenIsProgram(match.groups?.object ?? match.groups?.named),
    cue: /\b(?:how|why) (?:on earth |in the world )?(?:could|would|can|should|will|might) i\b/u,
  },
  // "nobody but you will be first on my list", "no program except Mercy at the top", "none ahead of you".
  {
    pattern: rx(
      String.raw`${B}(?:no one|nobody|no program|no other program|nothing|none|no place|no other place|no residency)(?: else)? (?:but|except|other than|besides|apart from|save|bar) (?:you|yours|your (?:program|residency)|this program|(?<named>(?:[${L}][${L}'.-]* ){0,2}?[${L}][${L}'.-]*)) (?:(?:will|would|is going to|shall|can|could) )?(?:(?:be|get|go|come|sit|take|is|goes|gets|comes|sits|takes|make|makes|stand|stands) )?(?:(?:ranked|placed|listed|put|entered) )?(?:${ADV})?(?:first|#1|number one|at the top|at the very top|on top|at #1|in first place|the top spot|the #1 spot|the first spot|${TOP_SLOT}|${TOP_OF_LIST})${E}`,
    ),
    accept: (match) => !(match.groups?.named ?? "").split(/\s+/).some((w) => NAMED_OBJECT_STOPWORDS.has(w) || NOT_PROGRAM_SUBJECTS.has(w)),
  },
  // The program settled in the writer's top slot: "Silver Birch sits in my number one spot", "Mercy is in my #1 slot".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,4}?)(?:is|are|sits|sit|stays|stay|remains|remain|will be|will sit|will stay|will remain|is sitting|has settled|settled|lands|landed|will land|ends up|ended up|has landed) (?:${ADV})?(?:in|into|at) my (?:very )?(?:top|first|#1|number one|highest|pole|lead) (?:spot|slot|position|place|seat|rank|line)${E}(?! (?:for|of) (?!my (?:list|rank|rol))${W})`,
    ),
    accept: viaSubject,
    cue: /\bmy (?:very )?(?:top|first|#1|number one|highest|pole|lead) (?:spot|slot|position|place|seat|rank|line)\b/u,
  },
  // First place once the list is named: "I certified my rank list today and Hillcrest is in first place".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,4}?)(?:is|are|will be|sits|stays|remains|will sit|will stay|ends up|ended up|landed|lands|went|goes|will go) (?:${ADV})?(?:in first place|in the (?:very )?(?:first|top|#1) (?:spot|slot|position|place)|at the (?:very )?top|on top|at #1|(?:in|at) (?:#1|number one|the #1 spot))(?=\s?(?:[.,;:!?)"-]|$| (?:and|because|as|for|now|again|after|where|i|we|my)${E}))(?<=${B}${NAMED_LIST}.{1,160})`,
    ),
    accept: viaSubject,
  },
  // A label without "choice": "My number one: Eastbrook Transitional Year", "our #1 - Mercy".
  {
    pattern: rx(String.raw`^(?:my|our) (?:very )?(?:#1|top one|first one) ?(?::|=|-) ?(?<object>(?:${W} ?){1,4})$`),
    accept: (match) => {
      const object = (match.groups?.object ?? "").trim();
      return (
        !VAGUE_OR_SPECIALTY.test(object) &&
        (namedAfterSpecialty(object) ||
          !object
            .split(/\s+/)
            .some((w) => NAMED_OBJECT_STOPWORDS.has(w) || QUESTION_OR_TOPIC_WORDS.has(w) || NOT_PROGRAM_SUBJECTS.has(w) || LABEL_WORDS.has(w)))
      );
    },
  },
  // A rhetorical question that names the program as the only answer: "where else would I put first but Saint
  // Catalina?", "who else could be my number one but you?", "what other program would I rank first if not yours?".
  {
    pattern: rx(
      String.raw`${B}(?:where|who|what|which (?:program|place|one|hospital|residency)|what other (?:program|place|one|hospital|residency)) (?:else )?(?:would|could|will|can|should|might|am) i (?:(?:possibly|ever|even|realistically|honestly|going to) )*(?:put|rank|place|list|slot|choose|pick|have|want|enter) (?:${ADV})?(?:first|#1|number one|at the top|at the very top|on top|in first place|at #1|${TOP_SLOT}|as (?:my )?(?:first|#1|top|number one)(?: (?:choice|pick))?)(?: (?:on|of|in) ${LIST_REF})? (?:but|than|except|other than|if not|besides|apart from|save) (?<object>(?:${W} ){0,3}?${W})(?=\s?(?:[.,;:!?)"-]|$))`,
    ),
    accept: (match) =>
      cleftNamesProgram(match) ||
      !(match.groups?.object ?? "").split(/\s+/).some((w) => NAMED_OBJECT_STOPWORDS.has(w) || NOT_PROGRAM_SUBJECTS.has(w) || LABEL_WORDS.has(w)),
  },
  {
    pattern: rx(
      String.raw`${B}(?:where|who|what|which (?:program|place|one|hospital|residency)|what other (?:program|place|one|hospital|residency)) (?:else )?(?:would|could|will|can|should|might|is going to) (?:possibly |ever |even )?(?:be|go|sit|come|rank) (?:${ADV})?(?:my |the )?(?:first|#1|number one|top|at the top|at the very top|on top|in first place|${TOP_SLOT})(?: ${NOUN})?(?: (?:on|of|in) ${LIST_REF})?,? (?:but|than|except|other than|if not|besides|apart from|save) (?<object>(?:${W} ){0,3}?${W})(?=\s?(?:[.,;:!?)"-]|$))`,
    ),
    accept: (match) =>
      cleftNamesProgram(match) ||
      !(match.groups?.object ?? "").split(/\s+/).some((w) => NAMED_OBJECT_STOPWORDS.has(w) || NOT_PROGRAM_SUBJECTS.has(w) || LABEL_WORDS.has(w)),
  },
  // The program named after "it will be", then its place: "It will be Valle Verde, at the top", "it's Mercy, first".
  {
    pattern: rx(
      String.raw`${B}it (?:will be|is|would be|is going to be|shall be|has to be) (?<object>(?:${W} ){0,3}?${W}), (?:${ADV})?(?:at the (?:very )?top|first|#1|on top|in first place|at #1|${TOP_SLOT})(?=\s?(?:[.,;:!?)"-]|$| (?:of|on) ${LIST_REF}${E}| (?:for me|again|always|no question)${E}))`,
    ),
    accept: (match) => {
      const object = (match.groups?.object ?? "").trim();
      return (
        !SPECIALTY_AT_START.test(object) &&
        !STATE_PREDICATE.test(object) &&
        !object.split(/\s+/).some((w) => NAMED_OBJECT_STOPWORDS.has(w) || NOT_PROGRAM_SUBJECTS.has(w) || LABEL_WORDS.has(w))
      );
    },
  },
  // "Anything other than #1" denied: "I would not be telling the truth if I said Evergreen was anything other than
  // number one for me", "Mercy could never be anything but my first choice".
  {
    pattern: rx(
      String.raw`${B}(?:not|never|cannot|no way|(?:be|am|was) (?:lying|kidding (?:you|myself)|fibbing) (?:to you )?if|lie (?:to you )?if|be (?:dishonest|untruthful) if)(?: ${W}){0,8}? (?<named>(?:${W} ){0,2}?${W}) (?:was|is|were|will be|would be|could be|be|being|ranks|ranked|came|comes|sits) anything (?:other than|but|except|less than|short of|lower than|below) (?:${ADV})?(?:my |the )?(?:#1|first|top|very top|#1 choice|first choice|top choice|top pick|first place|in first place|at the top)${E}${NOT_A_PRIORITY}`,
    ),
    accept: (match) => anythingButSubjectIsProgram(match.groups?.named),
  },
  {
    pattern: rx(
      String.raw`${B}(?<named>(?:${W} ){0,2}?${W}) (?:(?:could|would|will|can|shall) )?(?:not|never) (?:be|become|rank|sit|come) anything (?:other than|but|except|less than|short of|lower than|below) (?:${ADV})?(?:my |the )?(?:#1|first|top|very top|#1 choice|first choice|top choice|top pick|first place|in first place|at the top)${E}${NOT_A_PRIORITY}`,
    ),
    accept: (match) => anythingButSubjectIsProgram(match.groups?.named),
  },
  // "you will be the only program on my list".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,4}?)(?:will|would|is going to|shall) be the (?:only|sole|single) (?:program|one|place|residency|name) (?:on my|i (?:will |would |am going to |shall )?(?:rank|list|submit|certify|enter))${E}`,
    ),
    accept: viaSubject,
    cue: /\bbe the (?:only|sole|single)\b/u,
  },
  // "I would make Mercy the only program on my list".
  {
    pattern: rx(
      String.raw`${B}make (?:it|you|yours|your program|this program|${W}(?: ${W})?) (?:the|my) (?:only|sole|single) (?:program|one|place|residency|name) (?:on my|i (?:will |would )?(?:rank|list))${E}`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}(?:no|not a|not one|not any|nor a|nor one)(?: single)? (?:other )?(?:program|programme|residency|place|institution|hospital)s? (?:${W} ){0,3}?(?:above|ahead of|higher than|over|before|outranks|beats|tops|comes close to|compares to)${E}(?! (?:average|par|expectations|the rest of (?:the )?(?:country|region|state))${E})${COMPARED_OBJECT_OR_END}`,
    ),
  },
  // "My first choice is your program" (not "my first choice is to stay close to family" or "... is neurology").
  {
    pattern: rx(
      String.raw`${B}(?:my|our) ${ADJ}${RANK} ?(?:choice|pick|option|preference|program|programs|residency)(?: (?:program|residency|hospital|institution))? (?:is|will be|would be|remains|has always been|has become|was|is and will be) ${ADV}(?<object>(?:${W} ?){1,3})`,
    ),
    accept: (match) => {
      const object = (match.groups?.object ?? "").trim().split(/\s+/);
      const first = object[0] ?? "";
      const vague = [
        "to",
        "not",
        "undecided",
        "unclear",
        "open",
        "uncertain",
        "still",
        "a",
        "an",
        "one",
        "something",
        "hard",
        "difficult",
        "yet",
        "in",
        "for",
        "of",
        "between",
        "among",
        "based",
        "clear",
        "obvious",
        "somewhere",
      ];
      return !vague.includes(first) && !SPECIALTY_AT_START.test(object.join(" "));
    },
  },
  // "the first position on my list will be given to your program", "... has been reserved for Lakeside".
  {
    pattern: rx(
      String.raw`${B}(?:the |my )?(?:first|top|#1|highest|number one|very first) (?:position|spot|place|slot|line|rank|name|entry) (?:on|of|in) my (?:${W} ){0,3}?list (?:${W} ){0,3}?(?:given|reserved|saved|kept|going|goes|belongs|held|set aside|earmarked) (?:to|for) ${W}`,
    ),
  },
  // The writer giving the program the first place: "I have given your programme the topmost position in my rank list",
  // "I've awarded the #1 slot on my ROL to Brookside".
  {
    pattern: rx(
      String.raw`${B}i (?:${W} ){0,3}?(?:give|given|gave|giving|award|awarded|assign|assigned|allot|allotted|allocate|allocated|grant|granted) (?:(?:${W} ){1,4}?the (?:very )?(?:first|top|topmost|uppermost|#1|highest|number one|foremost|premier) (?:position|spot|place|slot|line|rank|ranking|entry|seat) (?:on|of|in) ${LIST_REF}|the (?:very )?(?:first|top|topmost|uppermost|#1|highest|number one|foremost|premier) (?:position|spot|place|slot|line|rank|ranking|entry|seat) (?:on|of|in) ${LIST_REF} to (?!(?:another|other|a different|my|someone|somebody)${E})${W})${E}`,
    ),
  },
  // "the top spot on my list is yours", "the first line of my ROL will be Mercy's".
  {
    pattern: rx(
      String.raw`${B}(?:the |my )?(?:first|top|#1|highest|number one|very first|very top) (?:position|spot|place|slot|line|rank|name|entry) (?:on|of|in) ${LIST_REF} (?:${COPULA}|goes to|will go to|belongs to|will belong to) (?:${ADV})?(?:yours|you|your (?:program|residency)|(?:${W} ){0,2}?[${L}]+'s)${E}`,
    ),
  },
  // The first line bears the program's name, once the sentence has named the list: "when I certify my list, the first
  // line will have your program's name on it", "the top slot of my ROL will carry Mercy's name".
  {
    pattern: rx(
      String.raw`${B}(?=(?:the|my) (?:very )?(?:first|top|#1|number one|highest) )(?:(?<=${B}${NAMED_LIST}.{0,120}?)|(?=\S+ (?:\S+ )?(?:\S+ )?(?:on|of|in) ${LIST_REF}))(?:the|my) (?:very )?(?:first|top|#1|number one|highest) (?:line|spot|slot|entry|name|position|place|row)(?: (?:on|of|in) ${LIST_REF})? (?:(?:will|would|is going to|shall|already) )?(?:have|has|bear|bears|carry|carries|show|shows|say|says|read|reads|hold|holds|feature|features|contain|contains) (?:(?:on it|there) )?(?:you|yours|your (?:program|programme|residency|program's name|name)|(?:${W} ){0,3}?[${L}]+'s (?:${W} )?name)${E}`,
    ),
  },
  // "it is Marston General's name that I will be putting at the very top".
  {
    pattern: rx(
      String.raw`${B}(?:the one|the program|the name|name|one|program|place|residency)(?: that| which)? i (?:${W} ){0,4}?(?:rank|ranking|place|placing|put|putting|list|listing|slot|keep|keeping)(?: it)? (?:${ADV})?${TOP_PLACE}${E}${HEDGED_AFTER}`,
    ),
  },
  // The list done, with the program in its first place: "I just certified my list with Cedar Point first", "submitted my
  // ROL with you at the top".
  {
    pattern: rx(
      String.raw`${B}(?:certified|submitted|finali[sz]ed|locked in|locked|entered|sent in|sent|made|did|finished|completed|uploaded) (?:my|our) (?:final )?(?:rank (?:order )?list|list|rol|ranking|rankings)(?: ${W}){0,2}? with (?<object>(?!(?:my|the|a|an|no|nothing|everything|all|every|some)${E})(?:${W} ){0,3}?${W}) (?:${ADV})?(?:first|at the (?:very )?top|on top|at #1|as #1|as (?:my )?(?:#1|first|top) (?:choice|pick|program)?)${E}(?! (?:thing|time|day|days|week|month|year|of|and foremost|off|person)${E})`,
    ),
    accept: (match) => hasNoStopword(match.groups?.object),
  },
  // "Kelvinbridge is sitting at number one".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,5}?)(?:is sitting|sits|is sat|stands|is standing|is|are|are sitting|will sit|will be sitting|will be) (?:${ADV})?at (?:#1|the (?:very )?top|first place|the #1 spot|the head)(?: of (?:my|the) (?:${W} ){0,2}?list)?${E}(?! of${E})${HEDGED_AFTER}`,
    ),
    // A bare "at the top" is the writer's list only when the sentence names no other list ("the list of electives is
    // long and the ICU block is at the top"); a plain "is at the top" needs the writer's rank list named before it.
    accept: (match) => {
      if (!viaSubject(match)) return false;
      if (!BARE_TOP.test(match[0])) return true;
      const before = match.input.slice(0, match.index + (match.groups?.subject ?? "").length);
      if (ANOTHER_LIST.test(before)) return false;
      return !/ (?:is|are|will be) (?:\S+ )*?at the (?:very )?(?:top|head)$/u.test(match[0]) || RANK_LIST_NAMED.test(before);
    },
  },
  // "a first-place ranking of your programme", "the top spot for your program".
  {
    pattern: rx(
      String.raw`${B}(?:a |the |my )?(?:first place|first|#1|top|highest|number one) (?:ranking|rank|spot|position|place|slot) (?:of|for|to) (?:you|your|this (?:program|residency)|(?:${W} ){1,3}?(?:program|hospital|general|regional|medical center))${E}`,
    ),
  },
  // "my number one is your program".
  {
    pattern: rx(
      String.raw`${B}(?:my|our) (?:#1|number one|first|top pick|top one) (?:is|will be|remains|has always been) (?:${ADV})?(?:you|yours|your (?:program|residency)|this program|(?:${W} ){0,2}?(?:program|hospital|medical center|university|general|regional|memorial))${E}`,
    ),
  },
  // A single pick for the Match, said without "first": "you are my pick for the Match", "Lakeside is my choice this cycle".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,5}?)${COPULA}${ASIDE} ${ADV}(?:my|our) (?:(?:clear|final|definite|one|only|sole|single|ultimate) )?(?:pick|choice|selection) (?:for (?:the match|residency|match day)|this (?:cycle|match|year|match season))${E}`,
    ),
    accept: viaSubject,
  },
  // "my first-choice program" (the compound names a single program; "one of my top choice programs" does not).
  {
    pattern: rx(
      String.raw`${B}(?<!(?:one|some|two|three|few|several|all|both|any|each|many|either|none|either) of |among |between )(?:my|our) ${ADJ}(?:first|top|#1) ?(?:choice|pick) (?:program|residency|hospital|institution|place to train)${E}`,
    ),
  },
  // "I consider your program my first choice", "I see you as my top choice".
  {
    pattern: rx(
      String.raw`${B}(?:consider|see|regard|view|count|think of|rate|deem) (?<subject>(?:${W} ){1,4}?)(?:as |to be )?(?:my|our) ${ADJ}${RANK} ?${NOUN}${E}${NOT_ABOUT_PROGRAM}`,
    ),
    accept: viaSubject,
  },
  // The program chosen as the first: "I've settled on Greystone as my top pick", "we went with you as our number one".
  {
    pattern: rx(
      String.raw`${B}(?:(?:settled|settle|settling|decided|decide|deciding|landed|land|landing) on|chosen|chose|choose|choosing|picked|pick|picking|selected|select|selecting|(?:gone|went|go|going) with|(?:opted|opt|opting) for|named|designated|earmarked|locked in|(?:committed|committing) to) (?<object>(?:${W} ){1,4}?)as (?:my|our) (?:${ADJ}${RANK} ?${NOUN}${E}${NOT_ABOUT_PROGRAM}|(?:number one|#1|numero uno|no 1|top one)(?=\s?(?:[.,;:!?)"-]|$)| (?:for (?:the |this )?(?:match|residency|match day|couples match)(?!(?: ${W})? (?:city|cities|location|locations|region|area|state|specialty)${E})|in (?:the |my |our )?(?:match|rank)|on (?:my|our) (?:${W} )?list|when|come|and)${E}))`,
    ),
    accept: (match) => chosenIsProgram(match.groups?.object),
  },
  // The top of a list named earlier in the sentence: "I have certified my rank list, and Hawthorne sits at its top",
  // "my list went in with your program at its head" ("at its peak" is a degree, not a place on the list).
  {
    pattern: rx(
      String.raw`(?<=${B}${NAMED_LIST}.{1,160}?)${B}(?<subject>(?:${W},? ){0,5}?)(?:(?:is|are|sits|sit|stays|will be|will sit|remains|goes|went|comes|stands|is sitting|landed|lands|ended up|placed|put|listed|entered|now) )*(?:${ADV})?(?:at|on|in) (?:its|the) (?:very )?(?:top|head|summit|apex)(?: (?:spot|slot|position|place|line))?(?=\s?(?:[.,;:!?)"-]|$)| (?:and|when|once|for me|where|as)${E})`,
    ),
    accept: (match) => viaSubject(match) && hasNoStopword(match.groups?.subject),
  },
  // The one program the writer could put in the first line, then named: "there was only one program I could imagine
  // typing into the first line, and it was Windmere", "the only name I could see in my top spot is yours".
  {
    pattern: rx(
      String.raw`${B}(?:only|just|but|exactly) one (?:program|place|name|residency|hospital|option) (?:that |which )?i (?:(?:could|would|can|will|was able to|ever) )?(?:(?:imagine|see myself|picture|envision|bear|stand|think of|consider) )?(?:typing|putting|entering|placing|listing|writing|keying|type|put|enter|place|list|write|key|seeing|see)(?: (?:in|down))? (?:in |into |on |at |onto )?(?:the |my )?(?:very )?(?:first|top|#1|number one|highest) (?:line|spot|slot|place|position|row|entry)${E}[^.;!?]{0,40}?(?:,? (?:and )?(?:it|that|this) (?:was|is|will be|would be|had to be) |: |, )(?<named>you|yours|your (?:program|programme|residency)|(?:[${L}][${L}'.-]* ){0,2}?[${L}][${L}'.-]*)(?=\s?(?:[.,;:!?)"-]|$))`,
    ),
    accept: (match) => subjectCanBeProgram(match.groups?.named ?? "") && hasNoStopword(match.groups?.named ?? ""),
  },
  // "the top one" said of the program, with the ranking named in the sentence: "It is the top one, and it will be ranked
  // that way" (a plain "the top one for teaching" is about something else).
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,4}?)${COPULA} (?:${ADV})?(?:the|my) (?:very )?(?:top|first|#1|number one) (?:one|pick|choice|program|programme)(?=\s?(?:[.,;:!?)"-]|$)| (?:and|for me|on my list)${E})(?=.*${B}(?:rank|ranked|ranking|list|rol|certif\w*)${E})`,
    ),
    accept: (match) => viaSubject(match) && hasNoStopword(match.groups?.subject),
  },
  // The program the writer would most want, asked and answered: "if anyone asked which program I'd most want to see in my
  // envelope, the answer is yours", "which place would I pick above all? Yours."
  {
    pattern: rx(
      String.raw`${B}which (?:program|programme|place|residency|hospital|one|name) (?:i would|i'd|would i|do i|i) (?:(?:most|really|truly|above all|secretly) )*(?:want|like|love|hope|wish|pick|choose|prefer|rank first|put first)${E}[^.;!?]{0,80}?(?:,|:|-|\?) ?(?:(?:the|my) (?:answer|reply|honest answer) (?:is|would be|will be|has always been) |it (?:is|would be|will be) |(?:that|it) is )?(?:yours|you|your (?:program|programme|residency))(?=\s?(?:[.,;:!?)"-]|$)| (?:and|every time|without|hands down)${E})`,
    ),
  },
  // The first line of the list said to carry the program's name: "the line above every other will carry your program's
  // name", "the top line of my list will read Mercy" (not "the top line of my CV").
  {
    pattern: rx(
      String.raw`${B}(?:the|my) (?:(?:very )?(?:top|first|#1|highest|uppermost|topmost) (?:line|slot|spot|entry|row|place|position|name)(?: (?:on|of|in) ${LIST_REF})?|(?:line|slot|spot|entry|row|place|position|name) (?:above|ahead of|before) (?:every|all|each|any) (?:other|others|the rest|the others)(?: (?:line|lines|one|ones|entry|entries))?) (?:(?:will|shall|is going to|would) )?(?:carry|carries|hold|holds|bear|bears|show|shows|read|reads|have|has|say|says|contain|contains|feature|features) (?:(?:the )?name (?:of )?)?(?<named>you|yours|your (?:program|programme|residency)(?:'s name)?|(?:[${L}][${L}'.-]* ){0,2}?[${L}][${L}'.-]*)(?=\s?(?:[.,;:!?)"-]|$)| (?:and|when|once|come)${E})`,
    ),
    accept: (match) =>
      subjectCanBeProgram(match.groups?.named ?? "") &&
      hasNoStopword(match.groups?.named ?? "") &&
      !/(?:^|\s)(?:cv|resume|essay|statement|letter|email|page|form|application)(?:\s|$)/u.test(match[0]),
  },
  // "for me your program is the top one", "you are the number one for me" (the one at the top, of programs).
  {
    pattern: rx(
      String.raw`${B}(?:(?:for me|to me|honestly|personally|in my mind|in my heart),? )?(?:you|u|yours|your (?:${W} )?(?:program|programme|residency|hospital|institution)|this (?:program|programme|residency|place)) (?:is|are|will be|remains|would be|will always be) (?:the|my) (?:very |clear |absolute |undisputed |obvious )?(?:top|#1|first) one(?=\s?(?:[.,;:!?)"-]|$)| for me${E})`,
    ),
  },
  // "you are the clear first choice for me" (a plain "a top choice for me" is hedged and not a claim).
  { pattern: rx(String.raw`${B}(?:the|a clear|the clear|the obvious|the undisputed|the absolute) (?:first|top|#1) ${NOUN} for me${E}`) },
  // "you are at the top of my list", "yr program is the one im putting at the top of my ROL".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,6}?)(?:(?:is|are|will be|remains|sits|stays|will stay|will remain|has been|ranks|comes|stands|stand|will stand|shall stand|shall be|shall remain|goes|will go|is going|are going|will be going|am putting|am placing|will put|will place|am going to put|plan to put|put|place|placed|putting|placing|keep|keeping|have|having|has) )?${ADV}${TOP_OF_LIST}`,
    ),
    accept: viaSubject,
  },
  // "I will rank you first", "I'm putting u at the top of my ROL", "ranking your program number one".
  {
    pattern: rx(
      String.raw`${B}(?=[rplskhm])(?<!(?:not|never) (?:be )?)(?<!${B}(?:should|shall|ought) i (?:(?:really|still|even|honestly|just) )?)(?<!${B}(?:they|he|she|residents|many|most|others|people|applicants|everyone|everybody|friends?|classmates?|colleagues?|seniors|who|that|which) (?:(?:all|also|both|each|had|have|has|would|will|did|always|once|just|happily) ){0,2})(?:rank|ranking|ranked|rate|rating|place|placing|put|putting|list|listing|slot|slotting|keep|keeping|have|having|make|making|mark|marking|set|setting|position|positioning) (?:${PROGRAM_OBJECT}) (?:${ADV})?(?:as |at )?(?:my )?${TOP_PLACE}${E}${HEDGED_AFTER}`,
    ),
  },
  // "you will be ranked first", "your program will be #1 on my list".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,5}?)(?:will|would|is going to|are going to|shall) (?:be|get|remain|stay)(?: |(?=,))(?:${ADV})?(?:(?:ranked|placed|listed|put|entered|submitted|slotted|marked|designated|certified|typed|kept|found|seen|sitting|standing)(?: by me| by myself)?(?: |(?=,)))?(?:, [^,.;:!?]{1,60}, )?(?:as (?:my )?)?(?:${TOP_SLOT}(?: (?:thereon|on it|of it|on my list|of my list))?|first|#1|highest|at the top|at #1|at the #1 (?:spot|position|place)|at the very top|on top|in first place|number one|my #1|my first|my top|my highest|my strongest|(?<=as (?:my )?)(?:highest|top|strongest) (?:preference|choice|pick|option|program)|(?<=(?:ranked|placed|listed|put|entered|slotted|kept) )(?:above|ahead of|higher than|over|before) (?:all|every|each|any|the rest|everyone|everything)(?: of)?(?: (?:the|my))?(?: other| others| rest)?(?: (?:program|programs|residency|residencies|place|places|one|ones|option|options))?(?: (?:that |which )?i (?:have )?(?:applied|interviewed)(?: to| at| with)?)?)${E}${HEDGED_AFTER}`,
    ),
    accept: viaSubject,
  },
  // "I intend to rank Mercy General first": a named program ranked first by a first-person intention, or done ("I ranked
  // Highgate first on my list").
  {
    pattern: rx(
      String.raw`${B}(?:i (?:(?:will|would|shall|do|am|fully|definitely|certainly|absolutely|also|intend|plan|planning|going|want|hope|to|have|already|be|truly|sincerely|now|honestly|firmly|really|def|gonna|decided|resolved|chosen|opted|elected|determined|settled|made up my mind|expect|happily|gladly|proudly|readily|gratefully|joyfully|eagerly|confidently|unhesitatingly|unreservedly|wholeheartedly|surely|undoubtedly|unquestionably) ){1,6}|i (?=(?:ranked|placed|listed|entered|typed|submitted|slotted|keyed|inputted|designated|named|marked|put|set) (?!(?:the|my|our|a|an|his|her|their|some|all|those|these|each|every)${E})(?:${W} ){1,4}?(?:first|#1|at the top|top) (?:on|of|in) ${LIST_REF}${E}(?! of${E}))|my (?:(?:firm|final|settled|clear|current) )?(?:plan|intention|intent|decision|aim|resolve|resolution) (?:\([^()]*\) )?(?:is|was|will be|remains|has been) to )(?:rank|ranking|ranked|put|putting|place|placing|placed|list|listing|listed|enter|entering|entered|type|typing|typed|submit|submitting|submitted|slot|slotting|slotted|input|inputted|key|keyed|designate|designated|name|named|mark|marked|set|pencil|penciled) (?<object>(?:${W} ){1,4}?)(?:as (?:my )?)?(?:first|#1|number one|no 1|highest|at the top|at #1|in first place|on top|(?<!${B}(?:the|near|close to|towards|toward|nearly|almost|around|very near|up) )top(?=\s?(?:[.,;:!?)]|$)| (?:and|but|so|on my|of my|this|in march)${E})|${TOP_SLOT}|(?:above|ahead of|over|higher than) (?:all|every|any|the rest|everyone|everything)${E}(?! (?:(?:the|of the) )?(?:other )?(?:part|parts|aspect|aspects|thing|things|factor|factors|rotation|rotations|consideration|considerations|element|elements|feature|features|priority|priorities)${E}))${E}${HEDGED_AFTER}`,
    ),
    accept: (match) => hasNoStopword(match.groups?.object),
  },
  // "Northgate is the one I will place first", "the program I am putting at the top".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,5}?)(?:is|are|will be|remains|would be|was) (?:the|my) (?:one|program|place|residency|institution|hospital|name)(?: that| which)? i (?:(?:will|would|am going to|plan to|intend to|am|have|already|definitely|fully|def|gonna|going to|be) ){0,4}(?:rank|ranking|ranked|place|placing|placed|put|putting|list|listing|slot|slotting|keep|keeping|enter|entering|type|typing|write|writing|submit|submitting|input|inputting|choose|choosing|chose|pick|picking|picked|prefer|preferring|select|selecting|favou?r|take|taking)(?: it)? (?:${ADV})?${TOP_PLACE}${E}${HEDGED_AFTER}`,
    ),
    accept: viaSubject,
  },
  // The list named first: "on my ROL you come first", "my list has you at the top", "in my rank list, Mercy is #1", "in
  // my heart and in my list your hospital is the first one, before all others", "on my list, Hartfield holds the first
  // position" (not "in my list of electives, ...").
  {
    pattern: rx(
      String.raw`${B}(?:on|in|for|within) ${LIST_REF}(?! of${E}),? (?:(?:and|but) (?:on|in) (?:my|our) (?:heart|mind|head|eyes),? )?(?<subject>(?:${W},? ){0,4}?)(?:come|comes|will come|is|are|will be|sit|sits|will sit|go|goes|will go|stand|stands|rank|ranks|will rank|take|takes|will take|lead|leads|top|tops|holds|will hold|has|will have|occupies|will occupy|gets|will get) (?:${ADV})?(?:first|#1|on top|at the top|at the very top|in first place|(?:the |my )?(?:very )?(?:first|top|#1|number one)(?: (?:spot|slot|position|place|line|row|entry|name|one|program|choice|pick))?)(?=\s?(?:[.,;:!?)"-]|$)| (?:and|by far|for me|when|once|after|before|above|ahead of)${E}| (?:on|in|of) (?:it|there|that list|the list)${E})`,
    ),
    accept: (match) => subjectCanBeProgram(match.groups?.subject) && hasNoStopword(match.groups?.subject),
  },
  {
    pattern: rx(
      String.raw`${B}${LIST_REF} (?:has|will have|is going to have|puts|will put|shows|will show|lists|will list|places|will place|has got) (?<object>(?:${W} ){1,3}?)(?:first|#1|at the top|at the very top|on top|in first place|in the top spot|at #1)${E}${HEDGED_AFTER}`,
    ),
    accept: (match) => hasNoStopword(match.groups?.object),
  },
  // "Riverbend's name will be the one at the very top", "Mercy is the program in first place when I certify my list".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,5}?)${COPULA} (?:the|my) (?:one|name|program|entry|place|residency|hospital|pick) (?:(?:that|which) (?:is|will be|sits|goes|will sit|will go) )?(?:(?:sitting|going|placed|listed|put|entered|ranked) )?(?:at the (?:very )?top|on top|in first place|at #1|${TOP_SLOT})(?=\s?(?:[.,;:!?)"-]|$)| (?:of|on) ${LIST_REF}${E}(?! of)| (?:when|once|after|as soon as|come|for me|this year|next week)${E})`,
    ),
    accept: viaSubject,
    cue: /\b(?:one|name|program|entry|place|residency|hospital|pick) (?:(?:that|which) \S+ )?(?:\S+ )?(?:at|on|in)\b/u,
  },
  // "Whitehaven's top, by a country mile", "you are first by far": first place with a margin over the rest.
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,5}?)${COPULA}${ASIDE} ${ADV}(?:#1|first|the top|top|number one|the clear (?:first|#1|top)|the (?:clear|runaway|outright|undisputed|obvious) (?:favorite|frontrunner|front runner|leader)),? (?:by a (?:country )?mile|by miles|by far|by a (?:long )?(?:way|shot|distance)|hands down|no contest|streets ahead|head and shoulders above (?:the rest|everyone|the others|all))(?=\s?(?:[.,;:!?)-]|$))`,
    ),
    accept: viaSubject,
  },
  // The verdict after weighing the programs: "I weighed many places, and when the weighing was done, Ashgrove was first;
  // first by a distance", "having compared them all, yours came out on top". A program by name needs the programs named
  // as what was weighed ("I compared the rotation schedules and the ICU month was first" weighs something else).
  {
    pattern: rx(
      String.raw`(?<=${B}(?:weigh|compar)[${L}]*${E}.{0,160}?)${B}(?<subject>(?:${W},? ){1,6}?)(?:was|were|is|came|came out|comes out|came in|ended up|finished|emerged|stood|stands) (?:${ADV})?(?:as )?(?:first|#1|number one|on top|top|the (?:clear )?winner|in first place|at the top)(?=\s?(?:[.,;:!?)"-]|$)| (?:by|overall|in the end|every time|again)${E})`,
    ),
    accept: (match) => {
      const subject = clauseSubject(match.groups?.subject);
      if (/^(?:you|yours|u|your (?:program|programme|residency|hospital|place))$/u.test(subject)) return true;
      return (
        WEIGHED_PROGRAMS.test(match.input.slice(0, match.index + (match.groups?.subject ?? "").length)) &&
        viaSubject(match) &&
        hasNoStopword(subject) &&
        !SPECIALTY_AT_END.test(subject)
      );
    },
    cue: /(?:weigh|compar)/u,
  },
  // "it will be the first program on my rank order list", "occupy the first position on my rank list".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,5}?)(?:is|are|will be|remains|remain|would be|will occupy|occupies|occupy|is occupying|are occupying|will be occupying|will take|takes|take|is taking|are taking|will hold|holds|hold|is holding|are holding|gets|get|will get|is getting|has|have|will have|fills|fill|is filling|will fill|sits in|sits at|is sitting in|is sitting at|will sit in|will sit at|stands in|is standing in) (?:the|my|our) (?:very )?(?:first|#1|top|highest|number one) (?:program|programs|one|ones|name|names|entry|entries|spot|place|position|slot|line|rank|choice|pair|pairing|couple|combination|row|item|seat|berth)? ?(?:on|of|in|at the top of) ${LIST_REF}${E}`,
    ),
    accept: viaSubject,
  },
  // The program as a label, the claim after it: "Mercy General: my #1, no question", "Bayview - my first choice".
  {
    pattern: rx(
      String.raw`^(?<subject>(?:${W} ){0,3}${W})\s?(?::|-) (?:${ADV})?(?:my|our) ${ADJ}(?:#1|first choice|top choice|first pick|top pick|first|#1 choice|#1 pick|dream program|top program)(?=\s?(?:[.,;:!?)"-]|$)| (?:for me|no question|hands down|by far|always|period|full stop|forever|and)${E})`,
    ),
    accept: (match) => {
      const words = (match.groups?.subject ?? "").trim().split(/\s+/);
      return (
        !words.some((w) => QUESTION_OR_TOPIC_WORDS.has(w) || NAMED_OBJECT_STOPWORDS.has(w) || LABEL_WORDS.has(w)) && subjectCanBeProgram(match.groups?.subject)
      );
    },
  },
  // The program as a label with its slot, once the list is named: "ROL submitted. Brookhaven: position 1", "my rank list -
  // Mercy = #1".
  {
    pattern: rx(
      String.raw`(?<=${B}${NAMED_LIST}.{0,40}?)(?:^|[,:;-] )(?<subject>(?:${W} ){0,3}${W}) ?(?::|-|=) (?:the )?(?:very )?(?:#1|first|1st|top|number one)(?: (?:spot|slot|position|place|line|row|entry|choice|pick))?(?=\s?(?:[.,;!?)"]|$))`,
    ),
    accept: (match) => {
      const words = (match.groups?.subject ?? "").trim().split(/\s+/);
      return (
        !words.some((w) => QUESTION_OR_TOPIC_WORDS.has(w) || NAMED_OBJECT_STOPWORDS.has(w) || LABEL_WORDS.has(w) || NOT_PROGRAM_SUBJECTS.has(w)) &&
        subjectCanBeProgram(match.groups?.subject) &&
        !SPECIALTY_AT_END.test(words.join(" "))
      );
    },
  },
  // "My first choice: Bayview" (a subject line or a list).
  {
    pattern: rx(
      String.raw`${B}(?:my|our) ${ADJ}(?:first|top|#1) ?(?:choice|pick|program)(?: program)? ?(?::|=|-|is) ?(?<object>(?:${W} ?){1,4}?)(?: ?(?:-|:|,|\|) ?${COURTESY_LABEL})?$`,
    ),
    accept: (match) => !VAGUE_OR_SPECIALTY.test((match.groups?.object ?? "").trim()),
  },
  // The label alone, said to the program as an address, beside at most a courtesy: a subject line "My top choice - thank
  // you!", "Thank you from me - my #1", "To my first-choice program", "Update + first choice" (not "my top choice of
  // elective", not a question).
  {
    pattern: rx(
      String.raw`^(?:${COURTESY_LABEL} ?(?:-|:|,|\||\+|and) ?(?:(?:my|our) )?|(?:(?:to|for|dear) )?(?:my|our) )${ADJ}(?:(?:first|top|dream) ?(?:choice|pick|program|programme|residency)|#1(?: ?(?:choice|pick|program|programme|residency))?)(?: (?:program|programme|residency))?[!.]*(?: ?(?:-|:|,|\|) ?${COURTESY_LABEL})?$`,
    ),
  },
  // A subject line or a list item without its subject: "Letter of intent - ranking Mercy first", "update: putting Mercy at #1".
  {
    pattern: rx(
      String.raw`(?:^|[-:;,] )(?:(?:i am|am) )?(?:ranking|putting|placing|listing|slotting|entering) (?<object>(?:${W} ){1,4}?)(?:as (?:my )?)?(?:first|#1|at the top|at the very top|at #1|in first place|on top|${TOP_SLOT})${E}${HEDGED_AFTER}`,
    ),
    accept: (match) => hasNoStopword(match.groups?.object),
  },
  // "#1 = you", "my #1: you guys".
  { pattern: rx(String.raw`^(?:(?:my|our|the) )?#1 ?(?:is|:|-) ?(?:you|yours|your (?:program|residency|team)|you guys|you all|this program)${E}`) },
  // A subject line or a list item without "my": "FIRST CHOICE: MERCY GENERAL", "#1 pick = Lakeside".
  {
    pattern: rx(
      String.raw`^(?:(?:my|our|the) )?(?:first|top|#1) ?(?:choice|pick)(?: program)? ?(?::|=|-) ?(?<object>(?:${W} ?){1,4}?)(?: ?(?:-|:|,|\|) ?${COURTESY_LABEL})?$`,
    ),
    accept: (match) => {
      const object = (match.groups?.object ?? "").trim();
      return !VAGUE_OR_SPECIALTY.test(object) && !object.split(/\s+/).some((w) => NAMED_OBJECT_STOPWORDS.has(w) || QUESTION_OR_TOPIC_WORDS.has(w));
    },
  },
  // "Mercy is where I want to be more than anywhere else", "I want to train with you more than anywhere else".
  {
    pattern: rx(
      String.raw`${B}(?:(?:is|are) )?(?:where|the place|the program|the one place)(?: that| where)? i (?:(?:truly|really|most|still|genuinely) )*(?:want|wish|hope|would like|would love|would rather|long|prefer|see myself) (?:to )?(?:be|train|match|go|work|spend|start|end up)(?: ${W}){0,3}? (?:more than|over|above|rather than|before) (?:anywhere|anyplace|any other (?:place|program|residency|hospital|one)|all (?:the )?others|all other (?:places|programs)|every other (?:place|program)|everywhere)(?: else)?${E}`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}i (?:(?:truly|really|genuinely|still|most|would) )*(?:want|wish|hope|would like|would love|long|prefer) to (?:train|match|be|work|start|end up) (?:here|there|with (?:you|your (?:team|program|residents))|at (?:your|this) (?:program|residency|hospital|place)|(?:at|with) (?!home${E})(?:${W} ){1,3}?)(?:more than|over|above|rather than|before) (?:anywhere|anyplace|any other (?:place|program|residency|hospital|one)|all (?:the )?others|all other (?:places|programs)|every other (?:place|program)|everywhere)(?: else)?${E}`,
    ),
  },
  // "you are #1", "your program is number one" (without "my").
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,4}?)(?:are|is|will be|remain|remains|stays|will stay) ${ADV}(?:#1|the #1|the first|first)(?=\s?(?:[.,;:!?)"-]|$| (?:on|for|in) (?:my|the) (?:${W} ){0,2}?(?:list|book|mind|ranking|rankings)${E}|(?<=#1) (?:of|among|out of) (?:all|every|(?:all )?the (?:${W} )?(?:programs|programmes|places|ones|residencies|hospitals|interviews)|(?:all )?those)(?: ${W}){0,3}? (?:i|me|my (?:(?:rank|match|final) )?list)${E}| on (?:it|there|mine)${E}(?<=${B}${NAMED_LIST}.{1,120})| for me${E}| in my (?:book|mind|heart|eyes)${E}))`,
    ),
    accept: viaSubject,
  },
  // "Brookside goes first", "Aldgate in first place" (a list item), "with Glenfield in the number one position".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,4}?)(?:(?:goes|go|going|will go|is going|are going|comes|coming|will come|is coming|slots|slotting|will slot|is slotting|gets put|is put|will be put|is being put|gets entered|is entered|will be entered|gets typed|will be typed) in(?: (?:right|straight))?(?= (?:at|as|first|on|in)${E})|goes|go|will go|is going|are going|comes|will come|sits|will sit|stays|will stay|lands|will land|takes|will take|is taking|gets|will get|(?:moves|will move|is moving|moved|has moved|jumps|jumped|will jump|is jumping|has jumped|shoots|shot|will shoot|has shot|climbs|climbed|will climb|has climbed|rises|rose|will rise|has risen|goes|went|will go|is going|has gone|bumps|bumped|(?:gets|got|was|is|will get|will be|has been) (?:bumped|moved|promoted))(?: (?:straight|right|all the way))?(?: up)? (?:to|into)) ${ADV}(?:first|#1|on top|at the top|at the very top|at #1|as (?:my )?(?:#1|first|top)(?: (?:choice|pick|program))?|in first place|in the #1 (?:spot|position|slot)|${TOP_SLOT}|(?<=(?:to|into) )(?:(?:the )?(?:#1|first) (?:spot|position|slot|place)|the (?:very )?top(?: (?:spot|slot|position|place))?)(?=\s?(?:[.,;:!?)"-]|$)| (?:on|of|in|at) (?:my|mine)${E}| for me${E}| (?:after|since|now|again|and|because|as|with|from)${E}))${E}${HEDGED_AFTER}`,
    ),
    accept: viaSubject,
  },
  {
    pattern: rx(
      String.raw`${B}(?:with|having|had|has|put|placed|listed|ranked|putting|placing|listing|ranking|keeping) (?:${W} ){1,5}?(?:in|at) (?:the )?(?:#1|first|top|number one|highest) (?:position|spot|place|slot|line|rank)${E}`,
    ),
  },
  {
    // "the first week of March" after the label names a date, not a slot.
    pattern: rx(
      String.raw`${B}(?:rank|rank order|match|my|final)? ?list ?: (?:${W} ){1,4}?(?:in first place|first|#1|at the top|on top|at #1)(?=\s?(?:[.,;:!?)"-]|$)| (?:and|then|by|for me|overall|again|no question|hands down|on it)${E})`,
    ),
  },
  // "nothing outranks Bellefontaine on my list", "no program tops yours".
  {
    pattern: rx(
      String.raw`${B}(?:nothing|no program|no one|nobody|no other program|none of the others|no place) (?:${W} ){0,2}?(?:outranks|outrank|beats|tops|comes close to|compares to|is above|ranks above|ranks higher than|will rank above|will outrank)${E}${COMPARED_OBJECT_OR_END}`,
    ),
  },
  // Nothing else measures up, said without an object: "no other program comes close for me", "nowhere else compares".
  {
    pattern: rx(
      String.raw`${B}(?:no other (?:program|programs|place|places|residency|residencies|hospital|option)|no program|nowhere else|nowhere|no place else|no other one|none of the others|none of the other programs)(?: (?:i (?:have )?(?:saw|seen|visited|interviewed at|applied to)|on my list))? (?:(?:even|really|quite|truly|remotely|ever) )?(?:comes close|come close|compares|compare|measures up|measure up|matches up|stacks up|holds a candle|can compete|competes)(?=\s?(?:[.,;:!?)"-]|$)| (?:for me|in my book|on my list|in my mind|in my eyes|to you|to yours|to this program|honestly|tbh|after|since)${E})`,
    ),
  },
  // Clefts: "it is Northgate that I will be placing at the head of my list", "it's Mercy I'm putting first".
  {
    pattern: rx(
      String.raw`${B}(?:it is|it will be|it would be|it has always been|it was always) (?<object>(?:${W} ){1,4}?)(?:(?:that|which|whose name|who) )?i (?:${W} ){0,4}?(?:rank|ranking|place|placing|put|putting|list|listing|slot|slotting|keep|keeping|enter|entering|type|typing|submit|submitting|write|writing)(?: it)? (?:${ADV})?${TOP_PLACE}${E}${HEDGED_AFTER}`,
    ),
    accept: cleftNamesProgram,
    cue: CLEFT_CUE,
  },
  {
    pattern: rx(
      String.raw`${B}(?:it is|it will be) (?<object>(?:${W} ){1,4}?)(?:that|which) (?:goes|will go|sits|will sit|comes|will come|is going|ends up|will end up|lands|will land) ${ADV}${TOP_PLACE}${E}${HEDGED_AFTER}`,
    ),
    accept: cleftNamesProgram,
    cue: CLEFT_CUE,
  },
  // "the first program I enter on my list", "the first name going on my rank order list".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,5}?)(?:is|will be|would be|remains|is going to be) (?:the|my) (?:very )?(?:first|#1|top|number one|highest) (?:program|one|name|place|residency|hospital|entry)(?: that| which)? (?:i (?:(?:will|would|am going to|plan to|intend to|am|shall|be|have) ){0,3}(?:rank|ranking|list|listing|enter|entering|type|typing|write|writing|submit|submitting|certify|certifying|put|putting|place|placing|input|inputting|key|keying)(?: (?:in|into|on|onto|down))?|(?:going|to go|that goes|that will go) (?:on|onto|in|into|at the top of) ${LIST_REF})${E}`,
    ),
    accept: viaSubject,
    cue: /\b(?:first|#1|top|highest) (?:program|one|name|place|residency|hospital|entry)\b/u,
  },
  // The same, the slot first: "the first program I enter on my list will be yours", "the top name I type into the NRMP
  // site is going to be Mercy's", "1st name on my ROL = you".
  {
    pattern: rx(
      String.raw`${B}(?:the|my) (?:very )?(?:first|1st|#1|top|number one|highest) (?:program|one|name|place|residency|hospital|entry|line|spot|slot)(?: that| which)? (?:i (?:(?:will|would|am going to|plan to|intend to|am|shall|be|have|ever) ){0,3}(?:rank|ranking|list|listing|enter|entering|type|typing|write|writing|submit|submitting|certify|certifying|put|putting|place|placing|input|inputting|key|keying|add|adding)(?: (?:in|into|on|onto|down))?|(?:going|to go|that goes|that will go))?(?: (?:on|onto|in|into|at the top of) ${LIST_REF})?(?: (?:when i (?:certify|submit|finalize)|in march|come march|this year))? (?:will be|is|is going to be|shall be|would be|=|:|-) (?:(?:you|yours|your (?:program|residency|name|program's name)|you guys|you all|y'all|u|this program)${E}|(?<named>(?:[${L}][${L}'.-]* ){0,2}?[${L}][${L}'.-]*)(?=\s?(?:[.,;:!?)"-]|$)))`,
    ),
    accept: (match) => subjectCanBeProgram(match.groups?.named ?? "you") && hasNoStopword(match.groups?.named ?? ""),
    cue: /\b(?:first|1st|#1|top|number one|highest) (?:program|one|name|place|residency|hospital|entry|line|spot|slot)\b/u,
  },
  // The claim with its possessive dropped (texting, notes): "first choice = you guys", "top pick: you", "#1 choice is
  // u". Only the program as a pronoun: "first choice is neurology" names a field.
  {
    pattern: rx(
      String.raw`(?:^|[.!?,;:(]\s?|${B}(?:and|but|so|honestly|lol|ok|okay|btw|fyi|ps|tbh|spoiler|spoiler alert)[,:]? )(?:(?:the|my) )?(?:very )?(?:first|1st|#1|top|number one|no 1|no\. 1) (?:choice|pick|option|program|place|spot|preference)(?: (?:on my list|for me|in my book|this year))? (?:is|=|:|-|remains|will be|would be|has to be|has always been|still is|is still) (?:(?:obviously|clearly|definitely|still|and always will be|always) )?(?:you|you guys|you all|y'all|u|yours|your program|your residency|your team)(?=\s?(?:[.,;:!?)"-]|$)| (?:guys|all|folks|obviously|clearly|lol|haha|tbh|for sure|hands down|by far|all the way)${E})`,
    ),
  },
  // The list opens with the program: "my ROL will start with Mercy", "top of the list for me is Mercy".
  {
    pattern: rx(
      String.raw`${B}${LIST_REF} (?:will |is going to |shall |would )?(?:start|starts|begin|begins|open|opens|lead|leads|kick off|kicks off|is headed|will be headed|starts and ends|begins and ends|will start and end|starts and finishes|begins and finishes) (?:with|by) (?<subject>(?:${W} ){0,2}?${W})(?=\s?(?:[.,;:!?)"-]|$| (?:and|at|on|for|then|because|as)${E}))`,
    ),
    accept: (match) => subjectCanBeProgram(match.groups?.subject) && hasNoStopword(match.groups?.subject),
  },
  {
    pattern: rx(
      String.raw`${B}(?:the )?(?:very )?top of (?:${LIST_REF}|the (?:rank |rank order )?list for me) (?:for me )?(?:is|will be|remains|goes to|belongs to) (?:${ADV})?(?<subject>(?:${W} ){0,2}?${W})(?=\s?(?:[.,;:!?)"-]|$| (?:and|because|as|for)${E}))`,
    ),
    accept: (match) => subjectCanBeProgram(match.groups?.subject) && hasNoStopword(match.groups?.subject),
  },
  // The first slot as the subject, the program after it: "the first program on my list will be yours", "the number one
  // name on my ROL is Mercy", "the top spot on our rank list goes to you".
  {
    pattern: rx(
      String.raw`${B}(?:the|my) (?:very )?(?:first|#1|top|number one|highest) (?:program|programme|name|place|spot|entry|one|choice|slot|position|line|row|pick)(?: (?:on|in|of) ${LIST_REF})? (?:for me )?(?:is|will be|remains|is going to be|shall be|goes to|will go to|belongs to|will belong to|has to be|must be) (?:${ADV})?(?<object>(?:${W} ){0,2}?${W})(?=\s?(?:[.,;:!?)"-]|$| (?:and|because|as|for|no matter)${E}))`,
    ),
    // A list of something else ("in my list of questions, the first one is about leave") holds no program.
    accept: (match) =>
      LIST_CONTEXT.test(match.input) &&
      !claimWordsNotAClaim(match.input) &&
      !/^(?:about|on|for|in|at|with|regarding|concerning|whether|if|how|what|when|why)(?:\s|$)/u.test(match.groups?.object ?? "") &&
      !VAGUE_OR_SPECIALTY.test(match.groups?.object ?? "") &&
      !/(?<![\p{L}])(?:tbd|secret|decided|undecided|pending|unknown|blank|empty|up in the air)(?![\p{L}])/u.test(match.groups?.object ?? "") &&
      subjectCanBeProgram(match.groups?.object) &&
      hasNoStopword(match.groups?.object),
  },
  // "Mercy gets the top spot from me", "your program will take the first place on my list".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,5}?)(?:gets|will get|is getting|are getting|are going to get|are gonna get|will be getting|get|got|has got|have got|takes|are taking|will take|take|earns|will earn|has earned|have earned|wins|will win|has won|have won|secured|has secured|have secured|secures|claimed|has claimed|have claimed|claims|clinched|has clinched|have clinched|grabbed|has grabbed|have grabbed|has|have|will have|holds|hold|will hold|occupies|occupy|will occupy|owns|own) (?:(?:the|my) (?:very )?(?:top|first|#1|highest|number one|pole|lead) (?:spot|slot|position|place|vote|rank|ranking) (?:from me|(?:on|in|of) ${LIST_REF}|in my (?:book|heart|mind|eyes|rankings?))${E}|my (?:very )?(?:top|first|#1|highest|number one) (?:spot|slot|position|place|vote|rank|ranking)${E}(?! (?:for|as|in|at) (?!me${E}|my (?:list|rank|rol|book)|residency${E}|training${E})${W})|pole position (?:on|in|of) (?:${LIST_REF}|my)${E})`,
    ),
    accept: viaSubject,
    cue: /\b(?:(?:spot|slot|position|place|vote|rank|ranking) (?:from me|on my|in my|of my)|my (?:very )?(?:top|first|#1|highest|number one) (?:spot|slot|position|place|vote|rank|ranking)|pole position)\b/u,
  },
  // "from your future #1-ranking applicant": the writer as the one who ranks the program first.
  { pattern: rx(String.raw`${B}your (?:(?:future|soon to be|loyal|devoted) )*(?:#1|first|top) ranking (?:applicant|candidate|resident|intern)${E}`) },
  // "the highest ranked program on my list".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,5}?)(?:is|will be|remains|would be) the (?:highest|top|#1|first|number one) (?:ranked |rated )?(?:program|one|place|choice|name|entry|option) (?:on|in|of) (?:my|our) (?:(?:final|rank|ranking|rank order|match|nrmp) )*list${E}`,
    ),
    accept: viaSubject,
  },
  // "there is no place I would rather train", "nowhere else I would rather be".
  {
    pattern: rx(
      String.raw`${B}(?:there is |there are )?(?:no|not a|not one|not any) (?:other )?(?:program|place|residency|hospital|institution|where)s? (?:else )?(?:that |where |which )?i (?:would|will|could) (?:rather|prefer|sooner|more gladly)${E}`,
    ),
  },
  { pattern: rx(String.raw`${B}nowhere (?:else )?(?:that )?i (?:would|will|could) (?:rather|prefer|sooner)${E}`) },
  // "the only program I want to match at", "you are the one place I most want to train".
  {
    pattern: rx(
      String.raw`${B}(?:the|my) (?:only|one|single) (?:program|place|residency|hospital|institution|spot) (?:that |where |which )?i (?:(?:truly|really|genuinely|actually|still|most|would) )*(?:want|wish|hope|plan|intend|desire|long|care|would like|would love|see myself|can see myself)${E}`,
    ),
  },
  // The only program the writer ranks: "ur the only one im ranking", "Mercy is the sole program I will list".
  {
    pattern: rx(
      String.raw`${B}(?:the|my) (?:only|sole|one and only) (?:one|program|place|residency|hospital|name|choice) (?:that |which )?i (?:(?:am|will|will be|am going to|plan to|intend to|even|actually|really|truly|seriously) )*(?:ranking|rank|listing|list|putting on my list|put on my list|certifying)${E}(?! (?:as|for) (?:a |an |my )?(?:reference|contact|mentor|backup|safety|emergency)${E})`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}(?:the|a) (?:program|place|residency|hospital|institution|spot|one) (?:that |where |which )?i (?:(?:truly|really|genuinely|actually|still|would) )*(?:most (?:want|wish|hope|desire|long|would like|would love|prefer)|(?:want|wish|hope|long|would like|would love) (?:most|the most|above all|more than any other))${E}`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}where i (?:(?:truly|really|genuinely|actually|still|would) )*most (?:want|wish|hope|desire|long|would like|would love|prefer) to (?:train|match|be|go|spend)${E}`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}i (?:(?:truly|really|genuinely|actually|still|now|only|just) )*(?:want|wish|hope|plan|intend) (?:only )?to match (?:only )?(?:at|with|into|in) (?:you|your program|this program|here)(?: and nowhere else| only| alone)${E}`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}i (?:(?:truly|really|genuinely|actually|still|now) )*only (?:want|wish|hope) to (?:match|train) (?:at|with|into|in|here) ?(?:you|your program|this program|here)?${E}`,
    ),
  },
  // "you are second to none for me", "nothing compares".
  { pattern: rx(String.raw`${B}(?:you are|your program is|it is) second to none(?: (?:for me|on my list|in my (?:ranking|list|book)))${E}`) },
  // Nothing else above the program on the writer's list: "nowhere else is higher on my list than Brookside", "nobody else
  // will appear above Tidewater when I certify my list".
  {
    pattern: rx(
      String.raw`${B}(?:nothing|nowhere|no program|no one|nobody|no place|no other (?:program|programs|place|places|residency|hospital|option|one)|none of the others|none of the other programs)(?: else)? (?:(?:is|will be|would be|sits|will sit|goes|will go|appears|will appear|comes|will come|ranks|will rank|gets|will get|is going to (?:be|sit|go|appear|come)) )(?:any )?(?:higher(?: (?:on|in) my (?:(?:rank|rank order|match|final) )?list)? than|above|ahead of|before|over)(?: (?:on|in) my (?:(?:rank|rank order|match|final) )?list)?${E}(?! (?:family|faith|health|patients?|patient care|learning|teaching|education|wellness|safety|service|research|sleep|friends)${E})${COMPARED_OBJECT_OR_END}`,
    ),
    // The negative subject is the claim; a negation before it belongs to another clause ("I hope you won't mind me
    // sharing that no programme will appear above X").
    negationIsTheClaim: true,
  },
  // The program placed first, said in the passive: "Glenrock has been placed first on the rank order list", "Ashbourne has
  // been chosen above every other programme on the list".
  {
    pattern: rx(
      String.raw`(?:^|${B}(?:that|and|so|now|update|confirmed),? )(?:you|your (?:program|programme|residency)|this program|(?!(?:the|a|an|my|our|his|her|their|your|its|it|this|that|cardiology|research|family|everything|nothing)${E})(?:[${L}][${L}'.-]* ){0,2}?[${L}][${L}'.-]*) (?:has been|have been|was|is|will be|is being|was just|has now been|has officially been) (?:(?:officially|now|formally|already|firmly) )*(?:placed|ranked|put|listed|chosen|entered|selected|slotted|kept) (?:(?:first|#1|number one|at the top|at the very top|on top|in first place) (?:on|of|in) (?:the|my) (?:(?:final|rank|rank order|match|certified) )*list|above (?:every|all|any) other (?:program|programs|place|places|residency|residencies|option|options)(?: (?:on|in) (?:the|my) (?:(?:final|rank|rank order|match) )*list)?)${E}(?! of${E})`,
    ),
  },
  // A couples list with the pairing that includes the program at the top: "the pairing with Ridgecrest for me sits at the
  // very top", "our couples list has the Ridgecrest pairing first".
  {
    pattern: rx(
      String.raw`${B}(?:the|our|my) (?:(?:${W}) )?(?:pairing|pair|combination|combo|couples? (?:pairing|combination|option)) (?:with|at|including|involving|for) (?:you|your program|this program|(?!(?:my|our|his|her|their|the|a|an)${E})(?:[${L}][${L}'.-]* ){0,2}?[${L}][${L}'.-]*) (?:(?:for me|for us|for both of us) )?(?:sits|is|goes|comes|will sit|will be|will go|ranks|is ranked|is placed|was placed|has been placed) (?:${ADV})?(?:at the (?:very )?top|first|#1|number one|in first place)${E}(?! of${E})|${B}(?:our|my) (?:couples? )?(?:rank |rank order )?list (?:has|puts|places|will have) (?:the )?(?:(?:[${L}][${L}'.-]* ){0,2}?[${L}][${L}'.-]*) (?:pairing|pair|combination|combo) (?:${ADV})?(?:at the (?:very )?top|first|#1|in first place)${E}`,
    ),
  },
  // First among the writer's preferences, or simply "my first": "your program is the first in my preferences", "your
  // program is my first.", "you are my first love among programs".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,4}?)(?:is|are|will be|remains|has always been) (?:${ADV})?(?:(?:the|my) (?:very )?first (?:in|among|of) (?:my|our|all my) (?:preferences|choices|options|(?:rank |match )?list|ranking|rankings|programs)|my (?:very )?first(?=\s?[.!]*$)|my first love (?:among|of all|of the) (?:the )?programs)${E}`,
    ),
    accept: viaSubject,
  },
  // The rest as the program's backup: "everything else is plan B; your program is plan A", "the rest of my list is just
  // backup to your program".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,4}?)(?:is|are|will be|remains|has always been) (?:(?:still|always|definitely|clearly|simply) )?(?:my |our )?plan a${E}(?! (?:is|was|for)${E})`,
    ),
    accept: viaSubject,
  },
  {
    pattern: rx(
      String.raw`${B}(?:everything|everyone|everywhere|every other (?:program|place|option)|all the other (?:programs|places|options)|the rest(?: of (?:my|the) (?:rank |match )?list)?|all the others|the others) (?:else )?(?:is|are|will be) (?:(?:just|only|merely|simply|all|really) )*(?:plan b|(?:a |my )?(?:backups?|back ups?|fallbacks?|backup (?:plans?|options?))(?: (?:to|for|behind) ${PROGRAM_OBJECT})?)(?=\s?(?:[.,;:!?)"-]|$)| (?:to|for|behind) )`,
    ),
  },
  // Every other program placed after this one: "every other program on my list will come after yours", "my second choice
  // is not even close to you", "my rank list, if you could see it, would start with your program".
  {
    pattern: rx(
      String.raw`${B}(?:every|each|all(?: the)?|any|the) other (?:program|programme|place|one|residency|hospital)s?(?: (?:on|in) (?:my|our) (?:rank |match )?list)? (?:(?:will|would|is going to|are going to) )?(?:come|comes|go|goes|fall|falls|sit|sits|be ranked|rank|ranks|be|is|are|land|lands) (?:after|behind|below|beneath|under|lower than)${E} ${PROGRAM_OBJECT}${E}`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}my (?:second|next|number two|#2) (?:choice|pick|place|option|favorite)(?: program)? (?:is not|is nowhere|does not|does not even|is not even|is not anywhere|is nowhere near) (?:even )?(?:come )?(?:close|near|in the same league)${E}`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}my (?:(?:rank|rank order|match|final) )?list (?:will|would|is going to|does|shall) (?:(?:definitely|certainly|clearly|simply) )?(?:start|begin|open|lead off|kick off) with ${PROGRAM_OBJECT}${E}`,
    ),
  },
  // The top of the list as a thing the program is or holds: "your program is the pinnacle of my list", "the crown jewel
  // of my rank list", "has pride of place on my rank list", "occupies first place in my list", "the top spot has belonged
  // to Georgetown since December", "Columbia's place at number one is settled".
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,4}?)(?:(?:is|are|will be|remains|has always been) the (?:very )?(?:top|summit|peak|apex|pinnacle|crown jewel|jewel in the crown|head|crown|cream) of (?:my|our) (?:(?:rank|rank order|match|final) )?list|(?:has|holds|takes|enjoys|occupies|will occupy|will take|will hold|claims|gets) (?:the )?(?:pride of place|first place|top place|the top spot|top spot|first spot|#1 spot|#1 position|first position|top position) (?:on|in|at the top of) (?:my|our) (?:(?:rank|rank order|match|final) )?list)${E}`,
    ),
    accept: viaSubject,
  },
  {
    pattern: rx(
      String.raw`${B}the (?:top|first|#1) (?:spot|place|position|slot)(?: on my (?:rank )?list)? (?:has (?:always )?belonged|belongs|has gone|goes|has been reserved|is reserved|is taken|has been taken|is held|has been held|will go) (?:to|for|by) (?<object>(?:${W} ){0,3}?${W})(?=\s?(?:[.,;:!?)"-]|$)| since| for| and)`,
    ),
    accept: (m) => chosenIsProgram(m.groups?.object),
  },
  {
    pattern: rx(
      String.raw`${B}(?:your|its|[${L}]+'s) (?:place|spot|position|slot) (?:at|in) (?:#1|the top|first place|the #1 spot|the first spot|the top spot)${E}`,
    ),
  },
  // Which is first, then the program: "never on which one is first: yours", "there is only one at the top: Vanderbilt",
  // "my #1, which is your program", "Hopkins first, then everyone else", "there's Mount Sinai, and then there is
  // everyone else".
  {
    pattern: rx(
      String.raw`${B}(?:which (?:one|program) (?:is|will be|goes|sits) (?:first|#1|on top|at the top)|(?:there is )?only one (?:program )?(?:at the top|on top|in first place|at #1|for me))(?::| -|,| is) (?<object>(?:${W} ){0,3}?${W})(?=\s?(?:[.,;:!?)"-]|$))`,
    ),
    accept: (m) => chosenIsProgram(m.groups?.object),
  },
  {
    pattern: rx(
      String.raw`${B}my (?:#1|first choice|top choice|top pick|first pick|dream program|number one choice)(?: program)?,? (?:which|that|who) (?:is|will be|remains) ${PROGRAM_OBJECT}${E}`,
    ),
  },
  {
    pattern: rx(
      String.raw`(?:^|: |${B}(?:is simple|simple)(?: this year)?:? )(?<object>(?:${W} ){0,2}?${W}) first,? (?:and )?then (?:everyone|everything|everybody|every other program|the rest|all the others|the others)${E}`,
    ),
    accept: (m) => chosenIsProgram(m.groups?.object),
  },
  {
    pattern: rx(
      String.raw`${B}there is (?<object>(?:${W} ){0,3}?${W}),? and then (?:there is )?(?:everyone|everything|everybody|every other program|the rest|all the others|a (?:(?:long|big|huge|wide|large) )?gap)${E}`,
    ),
    accept: (m) => chosenIsProgram(m.groups?.object),
  },
  // Ranked first in a relative clause or a gerund: "your program, which I will rank first, offers ...", "your program
  // being my first choice is one of them", "with Yale firmly as my first choice", "from an applicant who has you at the
  // top of her list".
  {
    pattern: rx(
      String.raw`${B}${PROGRAM_OBJECT},? (?:which|that|whom) i (?:(?:will|am going to|plan to|intend to|shall|have decided to|am) )*(?:rank|ranking|put|putting|place|placing|list|listing) (?:${ADV})?(?:first|#1|at the top|at #1|on top)${E}`,
    ),
  },
  {
    pattern: rx(String.raw`${B}(?<subject>(?:${W},? ){0,3}?)being (?:${ADV})?my (?:very )?(?:first|top|#1) (?:choice|pick|program)${E}`),
    accept: viaSubject,
  },
  {
    pattern: rx(
      String.raw`${B}with (?<object>(?:${W} ){0,3}?${W}) (?:(?:firmly|solidly|squarely|still|clearly|definitely) )?as my (?:very )?(?:first|top|#1) (?:choice|pick)${E}`,
    ),
    accept: (m) => chosenIsProgram(m.groups?.object),
  },
  {
    pattern: rx(
      String.raw`${B}(?:an? |your )?(?:applicant|candidate|resident|intern|future resident|future intern) who (?:has|puts|ranks|keeps|will rank|will put|is ranking|is putting|has ranked|has put) (?:you|your program|your residency) (?:at the (?:very )?top|first|#1|on top|in first place)${E}`,
    ),
  },
  // Wanted above every other: "yours is the one I am praying to match at above all", "Yale is where I want to match above
  // all", "the program I hope to match with more than any other", "the program I'd most like to call home", "where we
  // want to be more than anywhere else", "the program I'm hoping for above everything else" (not "one of the programs").
  {
    pattern: rx(
      String.raw`(?<!${B}(?:one|some|two|three|few|several|any|each|many) of (?:the )?(?:${W} ){0,3}?)${B}(?:(?:program|programme|place|residency|hospital|institution|one) (?:that |which |where )?(?:i|we)|where (?:i|we)|(?:i|we) (?:would|will)?) ?(?:(?:am|are|would|have|had|will|most|really|truly|most of all|still|always) )*(?:praying|pray|hoping|hope|want|wanting|wish|wishing|longing|long|dying|desperate|aiming|like|love|keen)(?: ${W}){0,2}? (?:to )?(?:match|train|join|start|land|end up|do my residency|spend my residency|call home)(?: ${W}){0,3}? (?:above all(?: else| others| the rest)?|above (?:every|any) other(?: program| place)?|above everything(?: else)?|above everywhere(?: else)?|above the rest|more than any(?: other)?(?: program| place)?|more than anywhere(?: else)?|over (?:every|any|all) other(?:s| programs?| places?)?|over all (?:the )?others|before any other)${E}`,
    ),
  },
  {
    pattern: rx(
      String.raw`(?<!${B}(?:one|some|two|three|few|several|any|each|many) of (?:the )?(?:${W} ){0,3}?)${B}(?:program|programme|place|residency|hospital|institution|one) (?:that |which |where )?(?:i|we) (?:(?:would|am|are|will|really|truly) )*most (?:(?:like|want|love|wish|hope|hoping) (?:to )?(?:(?:match|train|be|join|go|spend|start|call)(?: ${W}){0,3}?)?|hoping to match)(?=\s?(?:[.,;:!?)"-]|$)| (?:with|at|in|home|there)${E})`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}(?:it is )?my (?:(?:earnest|sincere|deepest|greatest|strongest|only|fervent|heartfelt) )*(?:desire|wish|hope|dream|aim) to (?:match|train) (?:at|with|in) (?:${W} ){0,3}?(?:above (?:every|any|all) others?|above all|more than (?:any|anywhere) (?:other|else)|over (?:every|any|all) others?)${E}`,
    ),
  },
  // Nothing else measures up to it, nothing ahead of it: "nothing else I interviewed at holds a candle to it", "I'd be
  // lying if I said any program was ahead of yours", "if there is one program I want to match at, it's yours", "every
  // time I compare programs side by side, yours wins".
  {
    pattern: rx(
      String.raw`${B}(?:nothing|no program|no other program|no place|none of the others|nowhere) (?:else )?(?:${W} ){0,4}?(?:holds|hold|comes|come) (?:a candle|close) to ${PROGRAM_OBJECT}${E}`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}(?:lying|lie|be wrong|be dishonest|not be honest) if i (?:said|say|told you|claimed) (?:that )?(?:any|another|a different|some other|one) (?:other )?(?:program|place|one|residency) (?:was|is|were|ranked|ranks|sits|sat|came|comes|is ranked) (?:ahead of|above|higher than|over|before|in front of) ${PROGRAM_OBJECT}${E}`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}if there is (?:one|a single|only one|just one) (?:program|place|residency|hospital|programme) (?:that )?(?:i|we) (?:(?:really|truly|most) )?(?:want|hope|would love|would like|wish|am dying|long|am praying)(?: ${W}){0,4}?,? (?:it is|that is|it would be|it will be) ${PROGRAM_OBJECT}${E}`,
    ),
  },
  // Round thirteen's first-choice set: every other program below this one, the program in the top slot, ranked first in
  // a passive relative clause, the program "to put first", first among every program, the first of the programs on the
  // list, the list's top answered with the program, every comparison ending with it ahead, "up top".
  {
    pattern: rx(
      String.raw`${B}(?:every other (?:program|programme|place|one|hospital|residency)|all (?:the )?other (?:programs|programmes|places|ones|hospitals|residencies)|the rest(?: of (?:my|the) (?:${W} )?(?:list|rol|programs|programmes))?)(?: (?:i (?:interviewed|visited|saw|applied) (?:at|to|with)?|on (?:my|the) (?:${W} )?list))? (?:(?:is|are|sits|sit|fell|falls|will (?:be|sit|fall|go)|go|goes|come|comes|are going|stacks? up|fell into place|fall into place|will fall into place|have fallen into place|are stacked|is stacked|rank|ranks|will rank) )+(?:(?:all|well|far|way|somewhere) )?(?:below|beneath|under|underneath|behind) (?:you|u|yours|your (?:${W} )?(?:program|programme|residency|hospital|place)|this (?:program|programme|place))${E}`,
    ),
  },
  // The others in general words only with the list named: "everyone else is below you on my list" (not "in the
  // cafeteria line").
  {
    pattern: rx(
      String.raw`${B}(?:everyone else|everybody else|everything else|all the others|the others|all of them)(?: (?:i (?:interviewed|visited|saw|applied) (?:at|to|with)?|on (?:my|the) (?:${W} )?list))? (?:(?:is|are|sits|sit|fell|falls|will (?:be|sit|fall|go)|go|goes|come|comes|are going|stacks? up|fell into place|fall into place|will fall into place|have fallen into place|are stacked|is stacked|rank|ranks|will rank) )+(?:(?:all|well|far|way|somewhere) )?(?:below|beneath|under|underneath|behind) (?:you|u|yours|your (?:${W} )?(?:program|programme|residency|hospital|place)|this (?:program|programme|place))${E}`,
    ),
    cue: /\b(?:list|lists|rol|rank\w*)\b/u,
  },
  {
    pattern: rx(
      String.raw`${B}the (?:program|programme|one|name|place|residency) (?:(?:sitting|that sits|which sits|at|in|on|placed|listed|holding) )+(?:the )?(?:very )?(?:top|first|#1|number one|highest)(?: (?:slot|spot|place|position|line|row|entry))?,? (?:is |has been |will be |remains )?(?:yours|your (?:program|programme|residency|hospital)|you)${E}`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}${PROGRAM_OBJECT},? (?:which|that) (?:will|is going to|shall|would) be (?:${ADV})?(?:ranked|placed|listed|put|entered) (?:${ADV})?(?:first|#1|at the top|on top|top|number one)${E}${HEDGED_AFTER}`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}(?:yours|your (?:program|programme|residency|hospital)|you) (?:is|are|will be) the (?:program|programme|one|place|residency|hospital) (?:(?:i am going|i will|i intend|i plan|i want|i have|i need|i am|i) )?(?:to )?(?:put|rank|place|list|putting|ranking|placing|listing) (?:${ADV})?(?:first|top|#1|at the top|on top|number one)${E}${HEDGED_AFTER}`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,5}?)(?:stands|ranks|sits|comes|is|will stand|will rank|will sit|will come) (?:${ADV})?first (?:among|of|out of|above) (?:all|every|each|the)${E}(?<!first of all)(?: ${W}){0,6}? (?:(?:that |which |at which |where )?i (?:interviewed|visited|saw|applied|have seen|ranked|am ranking|will rank|considered)|on my (?:${W} )?list)${E}`,
    ),
    accept: viaSubject,
  },
  {
    pattern: rx(
      String.raw`${B}(?<subject>(?:${W},? ){0,5}?)(?:will appear|appears|will be|will show up|shows up|will feature|features|will come|comes) as the (?:very )?first (?:of the programs|of the programmes|program|programme|entry|name|line|one)(?: ${W}){0,3}? (?:on|in) ${LIST_REF}${E}`,
    ),
    accept: viaSubject,
  },
  {
    pattern: rx(
      String.raw`${B}(?:what is|what's|who is|which program is|which one is) (?:at the (?:very )?top of|first on|#1 on) ${LIST_REF}(?: (?:right now|now|today|at the moment|this year))?(?:,|:| -| is) (?:yours|your (?:${W} )?(?:program|programme|residency|hospital)|you)${E}`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}(?:every|each) (?:comparison|time i compare(?:d)?(?: ${W}){0,3}?) (?:ended|ends|has ended|came out|comes out) (?:with|the same way,? with) (?:yours|your (?:program|programme)|you) (?:ahead|on top|first|in front|winning)${E}`,
    ),
  },
  {
    pattern: rx(
      String.raw`(?:^|[,;:-] |${B}(?:and|so|now) )(?:you are|your|your program is|you guys are) (?:(?:now|firmly|officially|still|def|definitely) )*up top${E}`,
    ),
  },
  {
    pattern: rx(
      String.raw`${B}(?:compare|comparing|weigh|weighing|put|line|lining|rank|ranking)${E}[^.;!?]{0,60}?,? (?:yours|you|your program) (?:win|wins|wins out|win out|comes out on top|come out on top|comes out ahead|come out ahead|comes out first|come out first|tops them all|top them all|beats them all|beat them all|beats them|comes first|come first)(?=\s?(?:[.,;:!?)"-]|$)| (?:every time|each time|hands down|easily|again)${E})`,
    ),
  },
];

/** A phrase just before the claim that hedges or negates it: "one of", "not sure whether", "have not decided". */
const HEDGED_BEFORE = rx(
  String.raw`(?:${B}(?:one|some|two|three|few|several|any|each|many|either|neither|none) of|among|between|(?:strong |serious |real |leading |top )?(?:contender|contenders|candidate|candidates) for|in (?:the )?(?:running|contention) for|vying for|competing for|${NEGATOR}|undecided|unsure|not sure|not certain|uncertain|wondering whether|wondering if|have not decided|yet to decide|no idea|deciding whether|decide whether|decide if)\s*$`,
);

/** "whether" a few words before the claim, in the same clause. */
const UNDER_WHETHER = /(?:^|\s)whether(?:\s[^\s,;:]+){0,5}\s*$/u;

/** Words without which no claim above can be made. */
const ANY_CLAIM_WORD = rx(
  String.raw`${B}(?:first|top|topmost|#1|favorite|dream|preferred|primary|premier|foremost|principal|prime|highest|strongest|lead|summit|peak|apex|pinnacle|forefront|higher|only|sole|single|rather|prefer|sooner|most|more|anywhere|everywhere|above|ahead|over|before|outranks?|beats|tops|nothing|nowhere|second|choice|pick|number|pole|head|heads|leads?|headlines|heading|headed|leading|topping|anything|start|starts|begins?|opens?|close|compares?|but|except|besides|apart|compares?|comes?|measures?|matches|stacks|holds|secured|claimed|clinched|earned|plan|backups?|fallbacks?|jewel|pride|place|wins?|after|behind|below|beneath|under|lower|gap|everyone|everything|lying|belonged|belongs|occupies|being|which|one|outshine\w*|surpass\w*|trump\w*|eclips\w*|league|mile|shoulders|crop|dog|medal|headline|frontrunner|apple|jewel|star)${E}`,
);

const NEGATIVE_QUANTIFIER = /\b(?:no one|nobody|no program|no other program|none|nothing|nowhere)\b/u;
/** "None will be ahead of you": a negative subject a few words before the claim. */
const NEGATIVE_QUANTIFIER_BEFORE = /\b(?:no one|nobody|no program|no other program|none|nothing|nowhere)\b(?:\s\S+){0,3}\s*$/u;
const SUBJECT_CLAUSE_START = /^.*\b(?:that|because|since|so|and|but|while|when)\s/u;

/** A question whether to rank the program first, asked of it: "should I put you first on my list, or would that be a mistake?". */
const ASKS_WHETHER_TO_RANK = /^(?:(?:so|and|but|honestly|ok|okay|quick question:?|question:?)\s)*(?:should|shall|ought) i\b[^.!]*(?:\?|\bor\b)/u;

/**
 * "First" said in another language inside an English sentence ("Seabrook is pehla number on my list", "you are mi
 * primera opción", "em primeiro lugar"), read in English. A possessive of the same language just before it becomes "my".
 */
const OWN_IN_ANOTHER_LANGUAGE = String.raw`(?:(?:meri|mera|mere|mi|mis|mon|ma|mein|meine|meu|minha|mia|mio) )?`;
const FIRST_IN_ANOTHER_LANGUAGE: readonly (readonly [RegExp, string])[] = [
  [rxg(String.raw`${B}${OWN_IN_ANOTHER_LANGUAGE}(?:pehla|pahla|pehala|pehela|pehli|pahli|pehle|pahle) (?:number|nambar|numbar|no|num|#)${E}`), "#1"],
  [rxg(String.raw`${B}${OWN_IN_ANOTHER_LANGUAGE}(?:(?:number|nambar|numbar) (?:ek|uno|un|um|eins)|no (?:ek|uno))${E}`), "#1"],
  [rxg(String.raw`${B}${OWN_IN_ANOTHER_LANGUAGE}(?:pehli|pahli|pehla|pahla) (?:pasand|choice|option|preference)${E}`), "my first choice"],
  [
    rxg(
      String.raw`${B}${OWN_IN_ANOTHER_LANGUAGE}(?:(?:primera|primer|1a) (?:opción|opcion|elección|eleccion|preferencia)|primeira (?:opção|opcao|escolha)|premier choix|prima scelta|erste wahl)${E}`,
    ),
    "my first choice",
  ],
  [
    rxg(
      String.raw`${B}(?:en |em |al |auf |in )?(?:(?:el|o|la|le|il) )?(?:primer lugar|primeiro lugar|première place|premiere place|primo posto|platz (?:eins|1))${E}`,
    ),
    "in first place",
  ],
  [rxg(String.raw`${B}(?:número|numero|numéro|nummer) (?:uno|um|un|eins)${E}`), "#1"],
];

/**
 * Typing slips and autocorrect in the words a claim turns on, one edit away and not another real word in that place:
 * "number won", "rank lst" / "rank lust" after a list word, "puting" / "placng" before the program.
 */
const LIST_WORD_BEFORE = /(?:^|\s)(?:rank|rank order|match|nrmp|final|ranking)$/u;
const NOT_LIST_TYPOS = new Set("last lost lint lift lisp mist fist gist lest lists".split(" "));
const RANKING_VERBS = ["putting", "placing", "listing"];
const NOT_VERB_TYPOS = new Set(
  "potting pitting patting petting punting pulling pushing pacing plating playing planing placid placings lasting lifting listening lusting".split(" "),
);
const WORD_TOKEN = /[\p{L}#]+/gu;

function withClaimTyposRead(sentence: string): string {
  return sentence.replace(/(?<![\p{L}])(number|#) won(?![\p{L}])/gu, "$1 one").replace(WORD_TOKEN, (word, at: number) => {
    if (word.length < 2 || word.length > 9) return word;
    if (
      word.length <= 5 &&
      word !== "list" &&
      !NOT_LIST_TYPOS.has(word) &&
      editDistance(word, "list") === 1 &&
      LIST_WORD_BEFORE.test(sentence.slice(Math.max(0, at - 12), at).trimEnd())
    )
      return "list";
    if (word.length >= 5 && !NOT_VERB_TYPOS.has(word))
      for (const verb of RANKING_VERBS) if (word !== verb && word.charAt(0) === verb.charAt(0) && editDistance(word, verb) === 1) return verb;
    return word;
  });
}

/** The sentence with another language's "first" and the claim words' typing slips read as English. */
/** "Become" before a first place is "be" (a second-language "your hospital become first rank in my list"). */
const BECOMES_FIRST = rxg(
  String.raw`${B}(?:(?:is|are|am) becoming|become|becomes|became|will become|shall become|has become|have become)(?= (?:the |my )?(?:first|#1|number one|top)${E})`,
);

/** "It would be hard to imagine ranking anywhere ahead of you" says what "I cannot imagine ..." says. */
const HARD_TO_IMAGINE = rxg(
  String.raw`${B}(?:it )?(?:would be|is|will be|'d be) (?:(?:very|so|really|quite|rather) )?(?:hard|difficult|impossible|tough) (?:for me )?to (?:imagine|picture|see myself)${E}`,
);

/** The program already told is another one: "I have already written to the program I plan to rank first". */
const PROGRAM_ALREADY_TOLD = rxg(
  String.raw`${B}(?:written|wrote|write|writing|sent|send|sending|told|spoken|spoke|talked|promised|committed|emailed|reached out) (?:to|with) the (?:program|programme|residency|hospital|place) (?:that |which )?(?:i|we) (?:${W} ){0,3}?rank(?:ed|ing)? (?:it )?(?:first|#1|at the top)${E}`,
);

function claimWordsRead(sentence: string): string {
  let text = sentence.replace(PROGRAM_ALREADY_TOLD, "written to another program");
  for (const [pattern, english] of FIRST_IN_ANOTHER_LANGUAGE) text = text.replace(pattern, english);
  text = text
    .replace(HARD_TO_IMAGINE, "i cannot imagine")
    .replace(BECOMES_FIRST, "is")
    .replace(/\bfirst rank (?=(?:in|on) my\b)/gu, "first ");
  return withClaimTyposRead(text);
}

/**
 * The claim said of another program: "another program is my first choice", "I have already told one program that it is
 * my first choice", "I wrote to a different programme that I would rank it first". The program it points to is not the
 * one written to, so nothing is claimed to it.
 */
const OTHER_PROGRAM = String.raw`(?:another|a different|the other|some other|one other|my other|a|one|an earlier|a previous)(?: ${W})? (?:program|programme|residency|hospital|institution|place)${E}`;
const OTHER_PROGRAM_AS_SUBJECT = rx(
  String.raw`(?:^|[,;:]|${B}(?:and|but|so|because|since|as|that|which|thought|believed|assumed|felt|figured|guessed|imagined|expected|was sure|knew|said))\s?(?:another|a different|the other|some other|one other|my other)(?: ${W})? (?:program|programme|residency|hospital|institution|place),? (?:(?:which|that|who) )?$`,
);
const TOLD = String.raw`${B}(?:told|tell|telling|informed|inform|informing|assured|assure|assuring|promised|promise|promising|wrote|written|writing|write|emailed|email|emailing|let|letting|reassured|sent|send|sending|given|gave|give|giving)(?: ${W}){0,6}? ${OTHER_PROGRAM}(?: ${W}){0,4}?,? (?:(?:that|and|which|so) )?`;
const OTHER_PROGRAM_TOLD = rx(
  String.raw`${TOLD}(?:it|they)(?: (?:would|will|is|was|are|were|remains|remain|shall|could|might|be|has|have|been|still|always|now|truly|definitely|really|also)){0,3}\s?$`,
);
/** "I told another program I would rank it first": the program the writer ranks is the one told, not "you". */
const OTHER_PROGRAM_TOLD_RANKED = rx(
  String.raw`${TOLD}i (?:${W} ){0,3}?(?:rank|ranking|put|putting|place|placing|list|listing|slot|keep|have|make) (?:it|them)${E}`,
);
function aboutAnotherProgram(sentence: string, match: RegExpExecArray, claimStart: number): boolean {
  const before = sentence.slice(0, claimStart);
  if (OTHER_PROGRAM_AS_SUBJECT.test(before) || OTHER_PROGRAM_TOLD.test(before)) return true;
  const told = OTHER_PROGRAM_TOLD_RANKED.exec(sentence);
  return told !== null && told.index < match.index + match[0].length && told.index + told[0].length > match.index;
}

/** The first claim in the sentence, as the position it starts at, or -1. */
export function firstChoiceClaimAt(written: string): number {
  // A first choice of something else ("it would be my first choice of rotation") is read out; a claim beside it stays.
  const sentence = claimWordsRead(written).replace(CHOICE_OF_SOMETHING_ELSE, (choice) => " ".repeat(choice.length));
  // "Should I put you first on my list, or not?" asks; it claims nothing.
  if (ASKS_WHETHER_TO_RANK.test(sentence)) return -1;
  if (!ANY_CLAIM_WORD.test(sentence) || openOrLeftBehind(sentence)) return -1;
  // A claim reported between others ("one of them said a program asked her to promise to rank it first") is nobody's
  // claim to the program written to.
  if (betweenOthers(sentence)) return -1;
  for (const claim of CLAIMS) {
    if (claim.cue && !claim.cue.test(sentence)) continue;
    const match = claim.pattern.exec(sentence);
    if (!match) continue;
    if (claim.accept && !claim.accept(match)) continue;
    const subject = match.groups?.subject ?? "";
    const claimStart = match.index + subject.length;
    // The subject's own clause starts after a complementiser: in "it will not seem presumptuous to tell you that
    // Dunmore will be ...", the negation belongs to "seem", not to the claim.
    const boundary = SUBJECT_CLAUSE_START.exec(subject);
    const subjectStart = match.index + (boundary ? boundary[0].length : 0);
    const negated = negatedBefore(sentence, subjectStart, 3) || negatedBefore(sentence, claimStart, 5);
    // "I will not rank anyone above you" is a claim because of its negation; "rank other programs above yours" is not.
    if (negated && !(claim.negationIsTheClaim ?? false)) continue;
    if (claim.negationIsTheClaim && !negated && !NEGATIVE_QUANTIFIER.test(match[0]) && !NEGATIVE_QUANTIFIER_BEFORE.test(sentence.slice(0, match.index)))
      continue;
    const lead = sentence.slice(Math.max(0, match.index - 30), match.index);
    // An indirect question asserts nothing: "I was asked whether your program is my first choice".
    if (UNDER_WHETHER.test(sentence.slice(Math.max(0, match.index - 30), claimStart))) continue;
    // A negation that is part of an idiom which affirms ("if I did not tell you that") hedges nothing.
    if (HEDGED_BEFORE.test(lead) && !affirmedAt(sentence, match.index) && !claim.negationIsTheClaim) continue;
    if (aboutAnotherProgram(sentence, match, claimStart)) continue;
    return match.index;
  }
  return -1;
}

/** The writer's list named: "my rank list", "ROL finalised", "the match list". */
const WRITERS_LIST = rx(String.raw`${B}(?:(?:my|our) (?:(?:final|rank|ranking|rank order|match|nrmp) )*lists?|(?:rank|rank order|match|nrmp) lists?|rol)${E}`);
/** The program's own list, said to it ("your rank list", "the program's list"): not the writer's. */
const PROGRAMS_LIST = rxg(String.raw`${B}(?:your|their|its|the program's|the programme's) (?:(?:final|rank|ranking|rank order|match|nrmp) )*lists?${E}`);

/**
 * A sentence read with the writer's list that one of the two sentences before it named: "ROL finalised. Mercy =
 * position #1.", a reply under the program's quoted "as you build your rank list": "you will be the very first line on
 * it". The program's quoted words name the writer's list as "your"; the writer's own "your rank list" is the program's.
 * Null when the sentence names a list itself, or no list was named just before it.
 */
export function withListAntecedent(sentence: string, before: readonly string[]): string | null {
  if (!ANY_CLAIM_WORD.test(sentence) || RANK_LIST_NAMED.test(sentence)) return null;
  const named = before.slice(-2).some((previous) => WRITERS_LIST.test(previous.startsWith(">") ? previous : previous.replace(PROGRAMS_LIST, " ")));
  return named ? `on my rank list, ${sentence}` : null;
}

/** A cleft that puts the writer's own thing first: "it is my family that I will put first". */
const OWN_CLEFT = rx(String.raw`${B}(?:it is|it will be|it has always been|it was always) (?:my|our) (?:${W} ){1,2}?(?:that|which|who) (?:i|we)${E}`);
const RANK_LIST_OR_MATCH = rx(String.raw`${B}(?:${NAMED_LIST}|rank(?:ing|ings|ed)?|rol|match)${E}`);

/**
 * True when the sentence's first-slot words claim nothing: a question whether to rank the program first, a list of
 * something else with no rank list named ("top of my list of reasons to train here"), a cleft on the writer's own thing.
 */
/**
 * Claim words that name no single program first: a field as the writer's first choice ("honestly neurology is my first
 * choice"), or the program as one of several at the top ("Riverbend is one of the programs at the top of my list").
 * Read only when no other claim word is left once they are taken out.
 */
const NOT_A_SINGLE_FIRST = rxg(
  String.raw`(?:^(?:(?:honestly|frankly|truly|really|and|but|so|also|still|now|well|ok|okay|yes|anyway),? )*${SPECIALTY_PATTERN} (?:is|was|remains|will be|has been|has always been|is still|is always) (?:(?:still|always|definitely|clearly|very much) )*(?:my|the) (?:first|top|#1|number one) (?:choice|pick|priority|love)|${B}one of (?:the |my )?(?:(?:${W} ){0,2}?(?:programs|programmes|places|hospitals|options|choices|picks|names|residencies) )?(?:at|near|on|in|towards|toward) (?:the )?(?:very )?top|${B}one of my (?:(?:very|absolute) )?(?:top|first|highest) (?:${W} )?(?:choices|picks|programs|programmes|options|places))${E}`,
);
const ONE_NOT_A_SINGLE_FIRST = rx(NOT_A_SINGLE_FIRST.source);
const CLAIM_WORD = rx(String.raw`${B}(?:first|#1|number one|top|topmost|best|favou?rite|no 1|numero uno|dream|highest)${E}`);
function noSingleFirst(sentence: string): boolean {
  if (!ONE_NOT_A_SINGLE_FIRST.test(sentence)) return false;
  return !CLAIM_WORD.test(sentence.replace(NOT_A_SINGLE_FIRST, " "));
}

/** A claim disclaimed: "I'm not claiming you are my first choice", "I am not saying your program is my #1". */
const DISCLAIMED = rx(
  String.raw`${B}(?:not|never|no longer|rather than|instead of|(?<!${B}(?:goes|go|went|it) )without) (?:(?:trying|going|here|writing|meaning|wanting|able|ready|prepared|in a position) to )?(?:claim|claiming|call|calling|name|naming|say|saying|tell|telling|state|stating|suggest|suggesting|imply|implying|pretend|pretending|promise|promising|declare|declaring)(?: you)?(?: that)? (?:${W} ){0,4}?(?:is|are|will be|would be|as) (?:(?:at|on) )?(?:(?:my|our|the) (?:${W} )?)?(?:very )?(?:first|top|#1|number one)${E}`,
);

/** A disclaimer with no claim made after it in a contrast: "I'm not saying you are my #1, but you are my #1" claims. */
function disclaimedOnly(sentence: string): boolean {
  const at = DISCLAIMED.exec(sentence)?.index;
  return at !== undefined && !/\b(?:but|though|although|yet|however|while|still)\b.*(?:\bfirst\b|#1|\bnumber one\b|\btop\b)/u.test(sentence.slice(at));
}

/**
 * A first choice held in the past and left, or an open question of which is first: "two years ago the Cleveland Clinic was
 * my dream program, but my priorities have shifted", "I used to think I would rank a big academic center first", "the
 * question of which program I will rank first is still open".
 */
/** A time in the past of this season: "back in October", "when I started applying", "early in the season". */
const PAST_TIME = String.raw`(?:(?:back )?in (?:(?:early|late|mid) )?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|apr|aug|sept|sep|oct|nov|dec|the autumn|the fall|the spring|the summer)|back in (?:the )?${W}|since (?:january|february|march|april|may|june|july|august|september|october|november|december|oct|nov|dec|the autumn|the fall|the summer)|when i (?:first )?(?:started|began|applied|was applying|submitted|started applying|began applying|started this process|started the process|first interviewed)|early (?:in|on) (?:the|this) (?:season|cycle|process|year)|at first(?! (?:glance|sight))|initially|originally|a few months ago|months ago|weeks ago)`;
const LEFT_BEHIND = rx(
  String.raw`${B}(?:used to (?:think|believe|assume|imagine|plan|want|say)|(?:last (?:summer|spring|year|fall|autumn|winter|cycle)|before (?:interviews|the interviews|the interview season|interview season)|earlier in the (?:cycle|season|year)|at the (?:start|beginning) of the (?:season|cycle|year|process)|${PAST_TIME})${E}.*${B}(?:was|were) my (?:${W} )?(?:dream|first|top|#1)${E}.*(?:;|${B}(?:but|since|now|having|these days)${E})|${B}(?:was|were) my (?:${W} )?(?:dream|first|top|#1)(?: (?:choice|pick|program|programme))?(?: ${W}){0,2}? (?:${PAST_TIME})${E}.*(?:;|${B}(?:but|since|now|these days)${E})|(?:when i applied to|for) (?:medical|med) school${E}.*${B}(?:was|were) my (?:${W} )?(?:dream|first|top|#1)|my (?:first|top|#1)(?: choice)? program (?:last|in the last|from last) (?:cycle|year|match|season)|(?:was|were) my (?:${W} )?(?:dream|first|top|#1)${E}.*(?:;|${B}(?:but|until|before|since then|since|now)${E}).*${B}(?:changed|shifted|moved on|evolved|different|no longer|not anymore|anymore|have changed|has changed|weighing|reconsidering|rethinking|open again|undecided|unsettled|less settled|all over the place|still comparing|still thinking|still deciding|not sure|high on my list|comparing))`,
);
const WHICH_IS_FIRST = rx(
  String.raw`${B}(?:which|what) (?:program|programme|one|place|residency|hospital) (?:(?:i|we) (?:will|would|am going to|should|shall|might|want to) (?:rank|put|place|list) (?:first|#1|at the top)|(?:will be|is going to be|would be|should be|becomes|will become) my (?:very )?(?:first|top|#1) (?:choice|pick)|(?:goes|will go|sits|will sit|ends up|will end up|belongs) (?:at the (?:very )?top|first|at #1|on top))${E}(?! (?:is|will be) (?:you|yours|your)${E})`,
);
const OPEN_QUESTION = rx(
  String.raw`${B}(?:question|still open|open question|undecided|made up my mind|make up my mind|decided|not sure|unsure|deciding|decide|not decided|not yet|yet to|figure out|figuring out|thinking about|torn|weighing|unclear|not certain|uncertain)${E}`,
);
const CLAIM_STATED_NOW = rx(String.raw`${B}(?:still|now|remains?|always|today)${E}`);
/** In the running for the top, or not ready to name a first: "a strong contender for the top of my list", "not ready to call any program my first choice". */
const NOT_YET_FIRST = rx(
  String.raw`${B}(?:(?:contender|contenders|candidate|in the running|in contention) for (?:the )?(?:very )?(?:top|first|#1)|(?:not|never) (?:(?:yet|ready|prepared|able|going) (?:to )?)?(?:call|name|crown|declare) (?:any|a|one|a single) (?:program|programme|place|one)(?: ${W}){0,2}? (?:my|our) (?:very )?(?:first|top|#1)|(?:have|has|had) (?:not|never) (?:yet )?(?:ranked|put|placed|listed|chosen|picked|named) (?:any|a|one|a single) (?:program|programme|place|one|residency)(?: ${W}){0,2}? (?:first|at the top|#1|on top))${E}`,
);
/** Someone else ranked the program: "a classmate of mine ranked your program first last year". */
const OTHER_RANKED = rx(
  String.raw`^(?:(?:${W},? ){0,3}?)?(?:a|my|one of my|our) (?:${W} )?(?:classmate|friend|buddy|colleague|co resident|coresident|senior|junior|brother|sister|roommate|mentor|cousin|batchmate|resident|attending|supervisor|teacher|professor|dean|advisor|adviser|wife|husband|partner|spouse|father|mother|uncle|aunt)s?(?: of mine)?(?! and (?:i|me|myself)${E}) (?:${W} ){0,3}?(?:ranked|put|listed|placed|had)${E}`,
);
/** The question answered in the same sentence: "... and the answer is Harbourfront", "..., I answered yours". */
function answeredAfter(after: string): boolean {
  return (
    /\banswer\b/u.test(after) ||
    /^[\s,:;-]*(?:(?:and )?(?:it is|it will be|is|will be|i answered|i said|i replied|i told (?:him|her|them))\s+)?(?:you|yours|your)\b/u.test(after)
  );
}
function openOrLeftBehind(sentence: string): boolean {
  // "Rather than say you are my first choice, I will say ...": disclaimed, with no claim after it.
  if (/\b(?:rather than|instead of)\b/u.test(sentence) && disclaimedOnly(sentence)) return true;
  // "Number one on my priority list is procedural training": another list, and no rank list or Match named.
  if (ANOTHER_LIST.test(sentence) && !RANK_LIST_OR_MATCH.test(sentence.replace(EVERY_OTHER_LIST, " "))) return true;
  if (OTHER_RANKED.test(sentence)) return true;
  if (NOT_YET_FIRST.test(sentence)) return true;
  const which = WHICH_IS_FIRST.exec(sentence);
  // "... asked which program I'd put first, I answered yours" answers the question.
  if (which && OPEN_QUESTION.test(sentence) && !answeredAfter(sentence.slice(which.index + which[0].length))) return true;
  return LEFT_BEHIND.test(sentence) && !CLAIM_STATED_NOW.test(sentence.split(/;|\b(?:but|until|before|now)\b/u)[0] ?? "");
}

export function claimWordsNotAClaim(sentence: string): boolean {
  if (openOrLeftBehind(sentence)) return true;
  if (disclaimedOnly(sentence) || OWN_CLEFT.test(sentence) || ASKS_WHETHER_TO_RANK.test(sentence) || noSingleFirst(sentence) || betweenOthers(sentence))
    return true;
  // Another list's "number one" with no rank list named is read by openOrLeftBehind above. Every first choice in the sentence is one of
  // something else: "my first-choice research topic", "my first choice for an academic niche".
  // Every first choice in the sentence is denied: "I should be honest that Kingsford is not my first choice, but it will
  // be high on my list".
  const rest = sentence.replace(CHOICE_OF_SOMETHING_ELSE, " ").replace(FIRST_CHOICE_DENIED, " ").replace(PROGRAM_ALREADY_TOLD, " ");
  return rest !== sentence && !/\b(?:first|top|#1|number one|best|favou?rite)\b/u.test(rest);
}
const FIRST_CHOICE_DENIED = rxg(
  String.raw`${B}(?:(?:is|are|was|were) (?:not|never)|(?:will|would) (?:not|never) be|is no longer) (?:(?:my|our|the) )?(?:very )?(?:first|top|#1|number one) (?:choice|pick|program|option|preference)${E}(?![^.;]{0,40}?${B}(?:you|yours|your (?:program|programme|residency|hospital)|this program) (?:are|is)(?: (?:it|the one))?(?:[.,;!]|$))`,
);
const SOMETHING_ELSE = String.raw`(?:(?:research|clinical|academic|career|teaching) )?(?:topics?|subjects?|areas?|niches?|projects?|electives?|rotations?|questions?|fields?|specialt(?:y|ies)|fellowships?|mentors?|interests?|housing|accommodation|apartments?|neighbou?rhoods?|schedules?|shifts?|start dates?|vacation (?:blocks?|weeks?)|blocks?)`;
const CHOICE_OF_SOMETHING_ELSE = rxg(
  String.raw`${B}my (?:(?:very|absolute|clear|true) )?(?:first|top|number one|#1) (?:choice|pick|preference|option) (?:(?:of|for|as|in) (?:a |an |the |my )?)?${SOMETHING_ELSE}${E}|${B}my (?:(?:very|absolute|clear|true) )?(?:first|top|number one|#1) (?:choice|pick|preference|option) (?:would be|is|will be) (?:(?:living|to live|renting|to rent) (?:near|close to|within walking distance of|next to|by) (?:the )?(?:hospital|campus|medical center|clinic|city centre|city center|downtown|program)|housing|an apartment|a room|a flat)${E}`,
);
