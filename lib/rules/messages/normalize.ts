// Text normalisation for the message rules. Every detector reads normalised text, so a finding cannot depend on
// case, curly quotes, spacing, contractions, British spelling, texting shorthand or a common typo: applicants
// write in all of these registers, many of them in a second language.

import { distance } from "fastest-levenshtein";
import { L, LETTER_STAND_IN, matchesOf, precompiled, rxg } from "@/lib/rules/messages/lexicon";
import { FUZZY_GUARD, FUZZY_SPECIALTY_TARGETS, SHORT_TYPO_GUARD } from "@/lib/rules/messages/typo-guard";

/** No real word is 60 characters long. Longer unbroken runs (pasted links, rulers, junk) are dropped. */
const RUN_CAP = /[^\s]{60,}/gu;

const CHARACTERS: readonly (readonly [RegExp, string])[] = [
  [/[‘’‚‛′`´]/g, "'"],
  [/[“”„‟″«»]/g, '"'],
  [/[‐‑‒–—―−]/g, "-"],
  [/[…]/g, "..."],
  // First-place emoji mean "#1".
  [/(?:🥇|1️⃣|☝️)/gu, " #1 "],
  // A handshake offered on a proposal is "deal".
  [/🤝/gu, " deal "],
  // Any other emoji closes what came before it, like an exclamation mark: "ur program is #1 🙌".
  [/\p{Extended_Pictographic}[\u{FE0F}\u{200D}\p{Extended_Pictographic}\p{EMod}]*/gu, " ! "],
  [/\s+/gu, " "],
];

/**
 * "your" typed (or "ur" written) for "you're" before a predicate: "your #1 for me", "your my first choice". Not after a
 * verb of being, where it is the possessive: "tell me I'm your first choice".
 */
const YOUR_AS_YOU_ARE =
  /(?<!\b(?:am|was|be|been|being|is|are|were|become|became|remain|stay) )\byour (?=(?:my|our|definitely|def|defo|still|always|easily|clearly|by far|absolutely|hands down|not|going to|gonna|the (?:one|best|first|top|only|clear|obvious|program|place)|#1(?= for me| on my| in my|\s?[.!,]|$)|first(?= (?:for me|on my|in my|choice))|(?:at|on|in) (?:the (?:very )?(?:top|head|first|#1|summit|peak)|#1|number one|first place|top|my)(?= ))\b)/g;

/** Contractions, most specific first. */
const CONTRACTIONS: readonly (readonly [RegExp, string])[] = [
  // "you're program", "you're rank list": the contraction typed for the possessive.
  [
    /\byou'?re (?=(?:rank|ranking|list|program|programs|programme|residency|team|committee|interview|hospital|department|faculty|residents|application|institution|selection|match|top|offer|spot|position|prelim|preliminary|categorical)\b)/g,
    "your ",
  ],
  [/\bwon't\b/g, "will not"],
  [/\bcan't\b/g, "cannot"],
  [/\bshan't\b/g, "shall not"],
  [/\bain't\b/g, "is not"],
  [/n't\b/g, " not"],
  [/\bi'm\b/g, "i am"],
  [/'re\b/g, " are"],
  [/'ve\b/g, " have"],
  [/'ll\b/g, " will"],
  // A past participle typed with "'d" ("rank'd", "plac'd", "ranl'd") after a word that is not a pronoun: "-ed".
  [
    /\b(?!(?:that|they|there|where|what|who|someone|somebody|everyone|everybody|nobody|anyone|anybody|this|these|those|which|she|you|how|why|when|here|we|he|it|i|u|ya|ye|yall|y'all|program|mercy)'d)(\p{L}{3,})'d\b/gu,
    "$1ed",
  ],
  // "'d" before a past participle is "had": "I'd done enough", "we'd been told" ("I'd like" stays "would").
  [
    /'d(?= (?:(?:already|just|never|always|not|really|actually|only|ever) )?(?:done|been|gone|had|seen|made|got|gotten|taken|given|shown|sent|met|told|heard|known|left|applied|matched|ranked|interviewed|finished|completed|decided|hoped|thought|wanted|planned|spoken|written|received|passed|failed|started|worked|chosen|signed|accepted)\b)/g,
    " had",
  ],
  [/'d\b/g, " would"],
  [/\blet's\b/g, "let us"],
  // "my app" is the writer's application ("how's my app looking"); "the app" may be a phone's.
  [/\bmy app\b/g, "my application"],
  // "my good self", "my humble self" (Indian and East African English for "I" or "me"): "I" before a verb, else "me".
  [/\bmy (?:good|humble|own) ?self (?=(?:am|is|was|will|would|shall|can|could|have|has|had|may|might|must|should)\b)/g, "i "],
  [/\bmy (?:good|humble) ?self\b/g, "me"],
  [/\b(it|that|what|where|who|how|there|here|he|she|this|everything|nothing)'s\b/g, "$1 is"],
  // A named program's "'s" before a predicate is "is": "Bayside's going in the top slot", "Mercy's my first choice".
  [
    /(?<=\p{L})'s (?=(?:going|gonna|my|our|the (?:one|first|top|only|clear|obvious)|#1|number|no\.? ?1|first|top|at the|definitely|def|easily|still|always|clearly|now|absolutely|truly|by far|hands down|in (?:the|first|pole))\b)/gu,
    " is ",
  ],
];

/**
 * Whole-word substitutions: texting shorthand, contractions typed without the apostrophe, British and
 * Commonwealth spelling and vocabulary, and misspellings common enough to list. Keys are lower case words;
 * values may be several words.
 */
const WORDS: Record<string, string> = {
  // Texting and chat shorthand.
  u: "you",
  ya: "you",
  yu: "you",
  r: "are",
  yr: "your",
  yall: "you all",
  "ya'll": "you all",
  "y'all": "you all",
  yor: "your",
  youre: "you are",
  ure: "you are",
  urs: "yours",
  pls: "please",
  plz: "please",
  plse: "please",
  pleae: "please",
  thx: "thanks",
  thnx: "thanks",
  thanx: "thanks",
  tnx: "thanks",
  ty: "thank you",
  def: "definitely",
  defo: "definitely",
  deffo: "definitely",
  defs: "definitely",
  deff: "definitely",
  prob: "probably",
  prolly: "probably",
  probs: "probably",
  bc: "because",
  bcz: "because",
  bcs: "because",
  cuz: "because",
  coz: "because",
  cos: "because",
  abt: "about",
  tbh: "to be honest",
  lmk: "let me know",
  idk: "i do not know",
  imo: "in my opinion",
  imho: "in my opinion",
  rn: "right now",
  asap: "as soon as possible",
  gonna: "going to",
  wanna: "want to",
  tryna: "trying to",
  jus: "just",
  tryin: "trying",
  wana: "want to",
  wnna: "want to",
  frm: "from",
  whr: "where",
  whre: "where",
  wher: "where",
  stnd: "stand",
  rnking: "ranking",
  gotta: "have to",
  kinda: "kind of",
  tho: "though",
  thru: "through",
  ppl: "people",
  pgm: "program",
  prgm: "program",
  progm: "program",
  prog: "program",
  progs: "programs",
  wud: "would",
  wld: "would",
  cud: "could",
  cld: "could",
  shud: "should",
  shld: "should",
  wat: "what",
  wht: "what",
  wen: "when",
  hw: "how",
  knw: "know",
  kno: "know",
  gr8: "great",
  b4: "before",
  sth: "something",
  smth: "something",
  pos: "position",
  iam: "i am",
  ive: "i have",
  youve: "you have",
  youd: "you would",
  theyre: "they are",
  thats: "that is",
  theres: "there is",
  whats: "what is",
  wheres: "where is",
  hows: "how is",
  dont: "do not",
  doesnt: "does not",
  didnt: "did not",
  isnt: "is not",
  arent: "are not",
  wasnt: "was not",
  werent: "were not",
  wouldnt: "would not",
  couldnt: "could not",
  shouldnt: "should not",
  wont: "will not",
  cant: "cannot",
  havent: "have not",
  hasnt: "has not",
  youll: "you will",
  numero: "number",
  numbr: "number",
  nuber: "number",
  nummber: "number",
  numbe: "number",
  numer: "number",
  mumber: "number",
  uno: "one",
  // Match vocabulary.
  candidature: "candidacy",
  rol: "rank order list",
  rols: "rank order lists",
  ranklist: "rank list",
  ranklists: "rank lists",
  shortlist: "short list",
  shortlisted: "short listed",
  pd: "program director",
  pds: "program directors",
  apd: "associate program director",
  // British and Commonwealth spelling.
  programme: "program",
  programmes: "programs",
  "programme's": "program's",
  paediatric: "pediatric",
  paediatrics: "pediatrics",
  paediatrician: "pediatrician",
  paediatricians: "pediatricians",
  paeds: "peds",
  paed: "peds",
  anaesthesia: "anesthesia",
  anaesthesiology: "anesthesiology",
  anaesthetics: "anesthesiology",
  anaesthetic: "anesthetic",
  anaesthetist: "anesthesiologist",
  anaesthesiologist: "anesthesiologist",
  anaesthesiologists: "anesthesiologists",
  orthopaedist: "orthopedist",
  orthopaedists: "orthopedists",
  anaesthetists: "anesthesiologists",
  anesthetist: "anesthesiologist",
  gynaecology: "gynecology",
  gynaecologist: "gynecologist",
  orthopaedic: "orthopedic",
  orthopaedician: "orthopedician",
  orthopaedicians: "orthopedicians",
  orthopaedics: "orthopedics",
  haematology: "hematology",
  haematologist: "hematologist",
  oesophageal: "esophageal",
  favour: "favor",
  favourable: "favorable",
  favourably: "favorably",
  favourite: "favorite",
  favourites: "favorites",
  honour: "honor",
  honoured: "honored",
  honours: "honors",
  centre: "center",
  centres: "centers",
  behaviour: "behavior",
  endeavour: "endeavor",
  labour: "labor",
  colour: "color",
  licence: "license",
  practise: "practice",
  practising: "practicing",
  counselling: "counseling",
  travelling: "traveling",
  cancelled: "canceled",
  cancelling: "canceling",
  enrol: "enroll",
  judgement: "judgment",
  whilst: "while",
  amongst: "among",
  learnt: "learned",
  realise: "realize",
  realised: "realized",
  recognise: "recognize",
  recognised: "recognized",
  specialise: "specialize",
  specialised: "specialized",
  specialising: "specializing",
  specialisation: "specialization",
  prioritise: "prioritize",
  organisation: "organization",
  organisations: "organizations",
  apologise: "apologize",
  finalise: "finalize",
  finalised: "finalized",
  finalising: "finalizing",
  emphasise: "emphasize",
  categorise: "categorize",
  authorised: "authorized",
  authorisation: "authorization",
  naturalised: "naturalized",
  naturalisation: "naturalization",
  utilise: "utilize",
  summarise: "summarize",
  familiarise: "familiarize",
  reckon: "think",
  reckoned: "thought",
  // Commonwealth clinical vocabulary.
  rota: "schedule",
  registrar: "resident",
  registrars: "residents",
  consultant: "attending",
  consultants: "attendings",
  // Misspellings common enough to list (others are caught by the fuzzy step below).
  recieve: "receive",
  aproved: "approved",
  compair: "compare",
  compaired: "compared",
  intervewed: "interviewed",
  seasn: "season",
  mentr: "mentor",
  enuff: "enough",
  thougt: "thought",
  aproval: "approval",
  practis: "practice",
  studing: "studying",
  recieved: "received",
  definately: "definitely",
  definetly: "definitely",
  definitly: "definitely",
  defintely: "definitely",
  definatly: "definitely",
  deffinitely: "definitely",
  beleive: "believe",
  untill: "until",
  wich: "which",
  whcih: "which",
  teh: "the",
  adn: "and",
  nad: "and",
  fo: "of",
  hte: "the",
  ot: "to",
  yuo: "you",
  yoru: "your",
  yuor: "your",
  realy: "really",
  stil: "still",
  actualy: "actually",
  acutally: "actually",
  relly: "really",
  wil: "will",
  whould: "would",
  woud: "would",
  alot: "a lot",
  pateints: "patients",
  pateint: "patient",
  residnets: "residents",
  positons: "positions",
  sincerly: "sincerely",
  intervew: "interview",
  intervews: "interviews",
  interveiws: "interviews",
  cancle: "cancel",
  comit: "commit",
  comits: "commits",
  comiting: "committing",
  commiting: "committing",
  comitting: "committing",
  comited: "committed",
  acept: "accept",
  accpet: "accept",
  acepted: "accepted",
  acepting: "accepting",
  promiss: "promise",
  promis: "promise",
  allways: "always",
  alwys: "always",
  alwayz: "always",
  cancell: "cancel",
  wiling: "willing",
  willin: "willing",
  asure: "assure",
  assur: "assure",
  garentee: "guarantee",
  thier: "their",
  becuase: "because",
  beacuse: "because",
  wnat: "want",
  waht: "what",
  knwo: "know",
  // Misspelt words of asking: "let me kow if", "if I am beng ranked", "wether you plan to".
  kow: "know",
  konw: "know",
  nkow: "know",
  knowe: "know",
  beng: "being",
  bieng: "being",
  beeing: "being",
  wether: "whether",
  whther: "whether",
  wheter: "whether",
  spcialty: "specialty",
  speciality: "specialty",
  specialities: "specialties",
  wuold: "would",
  woudl: "would",
  confrim: "confirm",
  comfirm: "confirm",
  recieving: "receiving",
  submitt: "submit",
  todya: "today",
  tody: "today",
  offerd: "offered",
  ofered: "offered",
  oferred: "offered",
  offerred: "offered",
  ment: "meant",
  mach: "match",
  mached: "matched",
  maching: "matching",
  mch: "match",
  enuf: "enough",
  "ped's": "peds",
  "peds'": "peds",
  enogh: "enough",
  provied: "provided",
  provded: "provided",
  pasion: "passion",
  passon: "passion",
  feild: "field",
  aplying: "applying",
  aply: "apply",
  app: "application",
  apps: "applications",
  appling: "applying",
  aplication: "application",
  aplications: "applications",
  evrything: "everything",
  thnaks: "thanks",
  thnks: "thanks",
  bothr: "bother",
  goin: "going",
  nah: "no",
  ranl: "rank",
  rnak: "rank",
  rnk: "rank",
  rankk: "rank",
  raank: "rank",
  rankd: "ranked",
  rnaked: "ranked",
  rnaking: "ranking",
  rakning: "ranking",
  rankign: "ranking",
  frist: "first",
  fisrt: "first",
  firts: "first",
  fírst: "first",
  lsit: "list",
  lits: "list",
  choise: "choice",
  choce: "choice",
  chioce: "choice",
  choicee: "choice",
  progam: "program",
  progarm: "program",
  porgram: "program",
  programm: "program",
  pogram: "program",
  prgram: "program",
  programe: "program",
  gaurantee: "guarantee",
  garantee: "guarantee",
  guarentee: "guarantee",
  guarante: "guarantee",
  guarrantee: "guarantee",
  gurantee: "guarantee",
  commited: "committed",
  comitted: "committed",
  commitee: "committee",
  comittee: "committee",
  committment: "commitment",
  commitement: "commitment",
  intrested: "interested",
  intersted: "interested",
  interveiw: "interview",
  interivew: "interview",
  inteview: "interview",
  wondring: "wondering",
  wonderin: "wondering",
  sponser: "sponsor",
  sponsership: "sponsorship",
  sponsorhip: "sponsorship",
  citizien: "citizen",
  residancy: "residency",
  recidency: "residency",
  chanse: "chance",
  chanses: "chances",
  postion: "position",
  possition: "position",
  positon: "position",
  oppurtunity: "opportunity",
  oportunity: "opportunity",
  appriciate: "appreciate",
  apreciate: "appreciate",
  greatful: "grateful",
  gratefull: "grateful",
  psychaitry: "psychiatry",
  pyschiatry: "psychiatry",
  pediatrican: "pediatrician",
  peadiatrics: "pediatrics",
  peditrics: "pediatrics",
};

/** "im" is "I'm" in a chat message and internal medicine after these words or before these nouns. */
const IM_BEFORE = new Set(
  (
    "in into for of to categorical prelim preliminary an internal and or pursue pursuing applying apply choose chose matching match love loved is " +
    // A field as what the writer does or picks: "im def doing IM", "picked IM", "chasing IM".
    "doing do did picking picked pick choosing chasing considering preferred prefer"
  ).split(" "),
);
const IM_AFTER = new Set(
  (
    "residency residencies program programs applicant applicants resident residents physician physicians doctor doctors spot spots " +
    "position positions track match fellowship fellowships training categorical prelim preliminary department career rotation " +
    "rotations ward wards service team clinic intern interns attending attendings subspecialty"
  ).split(" "),
);

/** "ur" is "your" before a noun and "you are" before these words. */
const UR_YOU_ARE = new Set(
  "the a an my so very really definitely not going such one my truly honestly always still by absolutely clearly easily gonna at def defo literally".split(" "),
);

const WORD_RE = precompiled(/[\p{L}\p{N}#][\p{L}\p{N}#'&]*/gu);

function substituteWords(text: string): string {
  const parts: { word: string; start: number; end: number }[] = [];
  for (const match of matchesOf(WORD_RE, text)) parts.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  if (parts.length === 0) return text;
  let out = "";
  let last = 0;
  for (let i = 0; i < parts.length; i += 1) {
    const { word, start, end } = parts[i] as (typeof parts)[number];
    const previous = parts[i - 1]?.word ?? "";
    const next = parts[i + 1]?.word ?? "";
    const afterNext = parts[i + 2]?.word ?? "";
    const nextPart = parts[i + 1];
    // The next word closes its clause: punctuation or the end of the text follows it ("... b4 the match im in, ...").
    const nextEndsClause = nextPart !== undefined && /^\s*(?:[.,;:!?)]|$)/.test(text.slice(nextPart.end, parts[i + 2]?.start ?? text.length));
    out += text.slice(last, start);
    out += replacementFor(word, previous, next, afterNext, nextEndsClause);
    last = end;
  }
  return out + text.slice(last);
}

/** Words after which "2" means "to" ("ready 2 commit", "want 2 rank"). */
const TWO_AS_TO = new Set(
  "ready want wanted going gonna have need like love able plan hope wanna due used try trying about supposed happy glad willing wish".split(" "),
);
const ILL_VERBS = new Set(
  (
    "need be definitely rank put accept sign take do have send never always make go come join withdraw cancel keep let get try just also probably still gladly happily " +
    "def totally absolutely really surely for pick choose commit promise decline drop stop happily be pull skip remove turn quit reject send write give " +
    "match end land hear know start see find rank"
  ).split(" "),
);
/**
 * Intensifiers a chat message puts between "ill" / "id" and the verb: "ill 100% accept", "id literally sign today". After
 * a word that makes "ill" an adjective ("was ill", "fell ill") or "id" a noun ("my ID"), they stay.
 */
const CHAT_INTENSIFIERS = new Set("100 1000 110 hundred defo deffo deff literally seriously honestly obviously certainly fr".split(" "));
const ILL_AS_ADJECTIVE_AFTER =
  /^(?:was|is|am|are|be|been|being|were|feel|feels|felt|fell|falls|fall|got|get|gets|very|so|too|become|became|seriously|critically|mentally|chronically|terminally|of|the|an|a)$/;
const ID_AS_NOUN_AFTER = /^(?:my|your|the|an|a|his|her|their|our|photo|student|badge|valid|national|employee|with|of)$/;
const ID_VERBS = new Set(
  "be love like cancel rank accept sign need prefer rather appreciate want have do say gladly happily definitely totally really withdraw decline drop pick choose commit".split(
    " ",
  ),
);
/** After "were I", the verb forms of a condition put by inversion: "were I to match", "were I offered a place". */
const INVERTED_CONDITION_VERB = new Set(
  "to offered ranked matched given selected chosen accepted fortunate lucky able granted invited successful ever in so not".split(" "),
);
/** Words after which "im" is "I'm" even after "and", "to", "for": "and im not", "and im def", "so im gonna". */
const IM_AS_I_AM_BEFORE = new Set(
  "not so very really definitely def defo totally sure certain happy excited thrilled still also now gonna going planning hoping always never just officially".split(
    " ",
  ),
);
const IM_AS_SUBJECT_OF = new Set("is was has remains seems feels fits suits".split(" "));
/** "im in", "im out", "im sold" closing a clause are the writer ("I'm in"), not internal medicine. */
const IM_PREDICATE = new Set("in out down game done ready keen good set sold there here".split(" "));
/** Nouns in -ing that follow "your": "ur training", "ur housing", "ur morning report". */
const ING_NOUNS = new Set(
  (
    "training building housing meeting meetings morning evening setting funding nursing wedding opening ranking rankings listing offering thing things " +
    "teaching scheduling staffing onboarding wellbeing being boarding parking clothing lodging funding recruiting hiring interviewing recording " +
    "reading writing spelling understanding feeling feelings warning ceiling siblings darling bedding ending beginning painting learning"
  ).split(" "),
);
const YEAR_BEFORE =
  /^(?:this|next|last|per|a|the|one|each|every|that|same|whole|final|first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|pgy\d|intern|academic|\d+)$/;
function replacementFor(word: string, previous: string, next: string, afterNext = "", nextEndsClause = false): string {
  if (word === "2" && TWO_AS_TO.has(previous)) return "to";
  if (word === "4" && /^(?:thanks|thx|thank|ready|looking|wait|waiting|hoping|hope|grateful|time)$/.test(previous)) return "for";
  if (word === "ill" && (previous === "" || ILL_VERBS.has(next) || (CHAT_INTENSIFIERS.has(next) && !ILL_AS_ADJECTIVE_AFTER.test(previous)))) return "i will";
  if (word === "id" && (previous === "" || ID_VERBS.has(next) || (CHAT_INTENSIFIERS.has(next) && !ID_AS_NOUN_AFTER.test(previous)))) return "i would";
  // "yr" is "your" in chat, and "year" after a word that counts or places a year: "applying psych this yr", "2nd yr".
  if (word === "yr" && YEAR_BEFORE.test(previous)) return "year";
  if (word === "weather" && /^(?:i|my|you|your|the|there|it|or)$/.test(next) && previous !== "the") return "whether";
  if (
    word === "were" &&
    (next === "i" || next === "my") &&
    !/^(?:if|you|u|ya|ye|yall|they|we|there|who|which|that|as)$/.test(previous) &&
    !(next === "i" && INVERTED_CONDITION_VERB.has(afterNext))
  )
    return "where";
  if (word === "their" && /^(?:is|are|any|will|was|were|a)$/.test(next) && /^(?:is|are|was|were|if|whether|that|because|)$/.test(previous)) return "there";
  if (/^rak(?:e|es|ed|ing)$/.test(word) && /^(?:you|your|u|ur|yr|it|this|the|them|my|our|high|highly|to|first|#1|at|on|low|well|me|enough|enuf)$/.test(next))
    return word
      .replace(/^rak/, "rank")
      .replace(/^ranke$/, "rank")
      .replace(/^rankes$/, "ranks");
  // "whereabouts I sit on your list" asks where; "the residents' whereabouts" is a noun.
  if (word === "whereabouts" && /^(?:i|my|do|does|did|am|is|are|would|will|might|could|we|on|in)$/.test(next)) return "where";
  // "I will not except any other offer": "accept" typed as its homophone, after a modal or negation and before its object.
  if (
    /^except(?:ed|ing)?$/.test(word) &&
    /^(?:will|would|shall|can|could|to|not|never|gladly|happily|definitely|immediately|readily|i|and|be|been|am|is|was|get|got|also|surely|certainly)$/.test(
      previous,
    ) &&
    /^(?:your|the|a|an|any|it|that|this|their|its|offers?|positions?|immediately|right|on|without|gladly|happily|no|every|all|by|into|at|to|if|when|once|$)$/.test(
      next,
    )
  )
    return word.replace(/^ex/, "ac");
  // "will chose your program": the past tense after a modal or "to" is the present ("I will choose").
  if (word === "chose" && /^(?:will|would|shall|to|can|could|should|must|might|may)$/.test(previous)) return "choose";
  // "planing to" is always "planning to" (planing, smoothing wood, is a real word the typo step leaves alone).
  // "planing" typed for "planning": before what is planned, or after the writer's "I am" ("I am planing a career in ortho").
  if (
    word === "planing" &&
    (/^(?:to|on|for|a|an|my|our|the|this|that|ahead)$/.test(next) || /^(?:am|are|is|was|were|be|been|i|we|currently|now|still|also)$/.test(previous))
  )
    return "planning";
  // "im" as the subject of a third-person verb is the field: "IM is where I belong".
  if (word === "im" && IM_AS_SUBJECT_OF.has(next)) return "internal medicine";
  if (word === "im" && nextEndsClause && IM_PREDICATE.has(next)) return "i am";
  // A verb or a predicate after "im" makes it "I'm" whatever precedes it: "and im ranking Lakeshore #1", "and im so".
  if (word === "im" && !IM_AFTER.has(next) && (/^\p{L}{2,}ing$/u.test(next) || IM_AS_I_AM_BEFORE.has(next))) return "i am";
  if (word === "im") return IM_BEFORE.has(previous) || IM_AFTER.has(next) ? "internal medicine" : "i am";
  // "ur getting my #1 spot": before a verb's -ing form "ur" is "you're"; before a noun in -ing ("ur training") "your".
  // "let you no I am ...": "know" typed as "no" after the one told and before what they are told.
  if (word === "no" && /^(?:you|u|ya|me|us|them|him|her)$/.test(previous) && /^(?:i|im|that|what|how|if|whether|my|we|about|when|where)$/.test(next))
    return "know";
  if (word === "ur" && /^\p{L}{3,}ing$/u.test(next) && !ING_NOUNS.has(next)) return "you are";
  if (word === "ur") return UR_YOU_ARE.has(next) ? "you are" : "your";
  // "TY" after a determiner or before what a program offers is a transitional year ("does your TY have electives"), not
  // "thank you".
  if (word === "ty" && /^(?:your|the|a|my|our|their|this|that|his|her|any|each|every)$/.test(previous)) return "transitional year";
  if (word === "ty" && /^(?:year|program|programs|spot|spots|position|positions|slot|slots|residency|applicants?|interns?)$/.test(next)) return "transitional";
  // "firt choice", "fist pick", "frst option": one edit from "first" before the slot it names.
  if (word !== "first" && word.length >= 3 && /^(?:choice|choices|pick|option|place|preference|priority)$/.test(next) && editDistance(word, "first") === 1)
    return "first";
  // "hopping to match", "hopping for a spot": "hoping" with a letter struck twice, before what is hoped for.
  if (
    word === "hopping" &&
    ((next === "to" &&
      /^(?:match|become|be|train|pursue|apply|get|join|specialize|specialise|go|do|start|enter|land|secure|hear|continue|work|practice|practise)$/.test(
        afterNext,
      )) ||
      (next === "for" && /^(?:a|an|the|your|my|good|positive|some|match|matching|acceptance)$/.test(afterNext)))
  )
    return "hoping";
  if (word === "waver" && /^(?:job|jobs|position|positions|program|programs|requirement|requirements|obligation|service)$/.test(next)) return "waiver";
  if (word === "i" && next === "m") return "i"; // "I m" typed with a space; the "m" is dropped below.
  if (word === "m" && previous === "i") return "am";
  const mapped = WORDS[word];
  if (mapped !== undefined) return mapped;
  // A key held down or struck twice ("commmit", "pleeease"): a letter three or more times running is read twice.
  if (/(\p{L})\1\1/u.test(word)) {
    const held = word.replace(/(\p{L})\1{2,}/gu, "$1$1");
    return WORDS[held] ?? fuzzyCorrect(held);
  }
  return fuzzyCorrect(word);
}

/**
 * Words the rules depend on, corrected when a token is one edit away (two for long words) and is not itself a
 * real English word (lib/rules/messages/typo-guard.ts lists the real words near these, generated from a word
 * list by scripts/generate-typo-guard.ts).
 */
export const FUZZY_TARGETS: readonly string[] = [
  "holder",
  // Practitioners and fields a goal names, misspelled as often as the rest ("nuerosurgeon", "radiolgist").
  "neurosurgeon",
  "neurosurgery",
  "neurologist",
  "radiologist",
  "cardiologist",
  "dermatologist",
  "pathologist",
  "anesthesiologist",
  "oncologist",
  "nephrologist",
  "urologist",
  "urology",
  "ophthalmologist",
  "gastroenterologist",
  "obstetrician",
  "gynecologist",
  "internist",
  "guarantee",
  "guaranteed",
  "program",
  "programs",
  "position",
  "positions",
  "interview",
  "interviews",
  "committee",
  "commitment",
  "committed",
  "definitely",
  "sponsorship",
  "residency",
  "standing",
  "assurance",
  "chances",
  "ranking",
  "ranked",
  "matching",
  "match",
  "currently",
  "withdraw",
  "pediatrics",
  "pediatrician",
  "psychiatry",
  "psychiatrist",
  "anesthesiology",
  "dermatology",
  "neurology",
  "cardiology",
  "orthopedics",
  "orthopedic",
  "radiology",
  "gastroenterology",
  "obstetrics",
  "gynecology",
  "pathology",
  "emergency",
  "appreciate",
  "grateful",
  "wondering",
  "consider",
  "considered",
  "selection",
  "candidacy",
  "application",
  "citizen",
  "permanent",
  "preference",
  "favorite",
  "promise",
  "assure",
  "interested",
  "opportunity",
  "accept",
  "accepting",
  "surgery",
  "surgeon",
  "surgeons",
  "surgical",
  "physician",
  "internal",
  "medicine",
  "anesthesiologist",
  "dermatologist",
  "neurologist",
  "cardiologist",
  "radiologist",
  "pathologist",
  "urologist",
  "oncologist",
  "gastroenterologist",
  "ophthalmologist",
  "obstetrician",
  "gynecologist",
  "hospitalist",
  "applying",
  "pursue",
  "pursuing",
  "career",
  "exchange",
  "return",
  "remaining",
  "planning",
  "ambition",
  "stand",
  "choice",
  "likely",
  "ophthalmology",
  "rheumatology",
  "specialize",
  "specializing",
  "citizenship",
  "naturalized",
  "possibility",
  "possibilities",
  "probability",
  "likelihood",
  "require",
  "requires",
  "required",
  "requiring",
  "sponsor",
  "sponsored",
  "deadline",
  "deadlines",
  "documents",
  "paperwork",
  "positions",
  "becoming",
  "passionate",
  "number",
  "question",
  "position",
  "green",
  "sponsorship",
  "necessary",
  "received",
  "receive",
  "different",
  "decided",
  "specialty",
  "future",
  "whether",
  "wanted",
  "family",
  "first",
  // The words the rank, goal and visa readings turn on, struck by one slip as often as the rest ("chfnce", "sleected",
  // "hopfeul", "cofirm", "specialy", "resdient"): measured with one random slip per sentence of the probe sets.
  "chance",
  "candidate",
  "candidates",
  "selected",
  "prospects",
  "compare",
  "compared",
  "confirm",
  "hopeful",
  "hoping",
  "curious",
  "enough",
  "really",
  "should",
  "nothing",
  "another",
  "nowhere",
  "without",
  "become",
  "needed",
  "resident",
  "residents",
  "matched",
  "aiming",
  "intern",
  "aspiring",
  "already",
  "always",
  "applicant",
  "applicants",
  "expect",
  "expecting",
  "interest",
  "question",
  "questions",
  "working",
  "highest",
  "american",
  "cannot",
  "writing",
  "claiming",
  "observership",
  "workshop",
  "thanks",
];

/**
 * Short words the rules depend on ("ask", "top", "list"), too short for the edit-distance step: read through the two
 * slips a hurried writer makes most, two neighbouring letters swapped ("aks", "tpo", "lsit", "yaer") and a letter
 * struck twice ("rannk", "lisst"), unless the slip is itself a real word, a surname or an acronym.
 */
export const SHORT_FUZZY_TARGETS: readonly string[] = "ask top list rank year want plan know visa need hope wish".split(" ");

/** Slips that are surnames or plurals a message may carry ("Dr. Topp", "Dr. Hoppe", "vias"): left as typed. */
const SHORT_SLIPS_KEPT = new Set("topp toop hoppe yera vias vissa lits".split(" "));

/** Every swap of two neighbouring letters and every doubled letter of `word`, without `word` itself. */
export function shortSlips(word: string): string[] {
  const slips = new Set<string>();
  for (let i = 0; i + 1 < word.length; i += 1) slips.add(word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
  for (let i = 0; i < word.length; i += 1) slips.add(word.slice(0, i + 1) + word.charAt(i) + word.slice(i + 1));
  slips.delete(word);
  return [...slips];
}

const SHORT_SLIPS = new Map<string, string>();
for (const target of SHORT_FUZZY_TARGETS)
  for (const slip of shortSlips(target))
    // A slip that moves the first letter ("sak", "ened") is read as typed: names and other words start that way.
    if (slip.charAt(0) === target.charAt(0) && !SHORT_TYPO_GUARD.has(slip) && !SHORT_SLIPS_KEPT.has(slip) && !SHORT_FUZZY_TARGETS.includes(slip))
      SHORT_SLIPS.set(slip, target);

const FUZZY_BY_FIRST = new Map<string, string[]>();
for (const target of [...FUZZY_TARGETS, ...FUZZY_SPECIALTY_TARGETS]) {
  const first = target.charAt(0);
  FUZZY_BY_FIRST.set(first, [...(FUZZY_BY_FIRST.get(first) ?? []), target]);
}
const FUZZY_TARGET_SET = new Set([...FUZZY_TARGETS, ...FUZZY_SPECIALTY_TARGETS]);

/** The largest edit distance at which `word` is read as `target`: one edit, two for long targets. */
export function fuzzyReach(word: string, target: string): number {
  if (word.length < 5 || Math.abs(target.length - word.length) > 2) return -1;
  // Five-letter words are short enough to be many real words' neighbours: only targets of up to six letters.
  if (word.length === 5 && target.length > 6) return -1;
  return target.length >= 9 ? 2 : 1;
}

/** Words already read (most words of a message recur across live checks): bounded, cleared when full. */
const FUZZY_SEEN = new Map<string, string>();

function fuzzyCorrect(word: string): string {
  const seen = FUZZY_SEEN.get(word);
  if (seen !== undefined) return seen;
  const corrected = fuzzyCorrectUncached(word);
  if (FUZZY_SEEN.size >= 20_000) FUZZY_SEEN.clear();
  FUZZY_SEEN.set(word, corrected);
  return corrected;
}

function fuzzyCorrectUncached(word: string): string {
  const slip = SHORT_SLIPS.get(word);
  if (slip !== undefined) return slip;
  if (word.length < 5 || FUZZY_TARGET_SET.has(word) || FUZZY_GUARD.has(word) || !/^[a-z]+$/.test(word)) return word;
  const candidates = FUZZY_BY_FIRST.get(word.charAt(0));
  if (!candidates) return word;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const target of candidates) {
    const allowed = fuzzyReach(word, target);
    if (allowed < 0) continue;
    const d = editDistance(word, target);
    if (d <= allowed && d < bestDistance) {
      best = target;
      bestDistance = d;
    }
  }
  return best ?? word;
}

/**
 * Edit distance where a swap of adjacent letters counts as one edit ("recieve", "gaurantee"): the optimal string
 * alignment distance. Plain Levenshtein (fastest-levenshtein) first, the slower table only when it can matter.
 */
export function editDistance(a: string, b: string): number {
  const plain = distance(a, b);
  if (plain < 2) return plain;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i += 1) d[i * cols] = i;
  for (let j = 0; j < cols; j += 1) d[j] = j;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      let best = Math.min((d[(i - 1) * cols + j] ?? 0) + 1, (d[i * cols + j - 1] ?? 0) + 1, (d[(i - 1) * cols + j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1))
        best = Math.min(best, (d[(i - 2) * cols + j - 2] ?? 0) + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1] ?? plain;
}

const TOKENS: readonly (readonly [RegExp, string])[] = [
  // Rank tokens: "#1", "# 1", "No. 1", "no 1", "number one", "num. 1", "no1" become "#1"; "no one" stays.
  [/#\s?(?:1|one)(?![\p{L}\p{N}])/gu, "#1"],
  [/\bno\.?\s?1(?![\p{L}\p{N}])/gu, "#1"],
  [/\bnumber\s?(?:1|one)(?![\p{L}\p{N}])/gu, "#1"],
  [/\bnum\.?\s?1(?![\p{L}\p{N}])/gu, "#1"],
  [/\bnr\.?\s?1(?![\p{L}\p{N}])/gu, "#1"],
  [/\b1st\b/g, "first"],
  // "signing on day 1": the first day by its number.
  [/\bday 1\b/g, "day one"],
  [/\btop\s?1\b/g, "#1"],
  // "my Rank 1 in NRMP", "Rank one: you": the first slot named by its number.
  [/\bmy rank\s?(?:1|one)(?![\p{L}\p{N}])/gu, "my #1"],
  [/^rank\s?(?:1|one)(?=\s?:)/u, "#1"],
  // "put St. Mary's as rank one": a slot named by its number.
  [/\bas rank\s?(?:1|one)(?![\p{L}\p{N}])/gu, "as #1"],
  // Abbreviations whose periods would otherwise read as the end of a sentence.
  [/\bu\.\s?s\.(?:\s?a\.)?/g, "us "],
  [/\b(dr|mr|mrs|ms|mx|prof|st|jr|sr|vs|approx|dept|univ)\./g, "$1"],
  [/\be\.g\./g, "eg"],
  [/\bi\.e\./g, "ie"],
  // Visa names: "J-1", "J 1", "H-1B", "H1-B", "F-1", "J1-visa" become j1, h1b, f1.
  [/\bj\s?-?\s?1(?![\p{L}\p{N}])/gu, "j1"],
  [/\bh\s?-?\s?1\s?-?\s?b(?![\p{L}\p{N}])/gu, "h1b"],
  [/\bf\s?-?\s?1(?![\p{L}\p{N}])/gu, "f1"],
  [/\bgreen\s?-?\s?card(s?)\b/g, "green card$1"],
  // A lawful permanent resident by initials ("I'm now an LPR"); a green card as "my GC" (not "GC/chlamydia").
  [/\blprs?\b/g, "lawful permanent resident"],
  // "make my carrier in psychiatry": a career, by its common misspelling.
  [/\bmy carrier (in|as)\b/g, "my career $1"],
  [/\b(my|a|the|our) gc\b(?!\s?\/)/g, "$1 green card"],
  // Other visa types by their letters: "E-3", "O-1A", "L-1", "H-4" become e3, o1, l1, h4 ("TN" stays as written).
  [/\be-?3(?![\p{L}\p{N}])/gu, "e3"],
  [/\bo-?1(?:a|b)?(?![\p{L}\p{N}])/gu, "o1"],
  [/\bl-?1(?:a|b)?(?![\p{L}\p{N}])/gu, "l1"],
  [/\bh-?4(?![\p{L}\p{N}])/gu, "h4"],
  // "path" as pathology before the places and people of a residency: "only path programs", "a path applicant" (not a
  // career path).
  [
    /(?<!\b(?:career|learning|training|critical|clear|same|different|this|that|my|your|our|their|the) )\bpath(?= (?:programs?|programmes?|residenc(?:y|ies)|residents?|applicants?|interviews?|match|departments?|electives?|rotations?)\b)/g,
    "pathology",
  ],
  // A hyphen or slash between letters joins words ("first-choice", "long-term", "ob-gyn"): read it as a space.
  [/(?<=[\p{L}\p{N}])[-/](?=\p{L})/gu, " "],
  [/&/g, " and "],
  // "Mercy = #1 for me".
  [/\s=\s/g, " is "],
  // "b" for "be" after a subject or a modal: "should i b getting ready", "will u b there" ("plan b" stays).
  [/\b(i|u|you|we|it|will|would|should|could|can|to|not|might|must|may|gonna|wanna) b(?![\p{L}\p{N}])/gu, "$1 be"],
  // A double negative that affirms: "it's not that I don't need sponsorship" says "I need sponsorship".
  [/\b(?:it is|it was) not that i (?:do not|did not|would not|will not) (need|require|want|hold|have)\b/g, "i $1"],
  // "Without fail" is a certainty, not a negation: "I will join on July 1 without any fail".
  [/\bwithout (?:any |a )?fail\b/g, "for certain"],
  // Legal register: the writer as "the undersigned" ("the undersigned's application" is "my application").
  [/\bthe undersigned's\b/g, "my"],
  [/(^|[,;:]\s*|\b(?:that|and|but|so|hence|thus|who|hereby|then|whether|if|when|once)\s)the undersigned\b/g, "$1i"],
  // "whether I has been placed" agrees again: "whether I have been placed".
  [/\bi has\b/g, "i have"],
  [/\bthe undersigned\b/g, "me"],
  // ... and its verb agrees with "I" again: "the undersigned hereby requests" reads "I hereby request".
  [
    /\bi ((?:hereby |respectfully |humbly |kindly |formally |also |further )*)(request|ask|wish|want|hope|seek|submit|declare|confirm|covenant|undertake|commit|promise|pledge)s\b/g,
    "i $1$2",
  ],
  // South Asian English: a "merit list" is a ranked list of candidates; "the position of mine" is "my position".
  [/\bmerit lists?\b/g, "rank list"],
  [/\bthe ((?:[\p{L}]+ ){0,2}?(?:position|place|rank|ranking|standing|status|selection|chances?|result|number)) of mine\b/gu, "my $1"],
  // A slot named by its number: "at line one", "in slot 1", "position #1" read "the first line/slot/position".
  // ("a place one could call home" keeps its pronoun).
  [/\b(my|our|the|a) (line|position|spot|slot|row|place|entry|seat)\s(?:1|#1|one(?=\s(?:on|of|in|at)\b|\s?[.,;:!?)]|$))(?![\p{L}\p{N}])/gu, "$1 first $2"],
  [/\b(line|position|spot|slot|row|place|entry|seat)\s(?:1|#1|one(?=\s(?:on|of|in|at)\b|\s?[.,;:!?)]|$))(?![\p{L}\p{N}])/gu, "the first $1"],
  // A label and the program as its value: "Top spot: yours", "My #1 - you guys" read "top spot is yours". A named value
  // keeps its colon ("My #1: Brightwater Internal Medicine" has its own reading; "Top pick: questions about ..." is a heading).
  [
    /^((?:my |our )?(?:#1|first choice|top choice|top pick|top spot|first pick|first place|top program|dream program))\s?(?::|\s-)\s(?=(?:you|yours|you guys|you all|y'all|your program|your residency|this program)(?![\p{L}\p{N}]))/u,
    "$1 is ",
  ],
  // A label without its owner at the start of a sentence: "First choice is you guys", "#1 is Lakeside".
  [
    /^(?=(?:#1|first choice|top choice|top pick|top spot|first pick|top program|dream program) (?:is|will be|remains|goes to|belongs to|has to be|has always been)\s)/u,
    "my ",
  ],
];

/**
 * Lower case, plain quotes and dashes, expanded contractions and shorthand, American spelling, corrected common
 * typos, canonical rank and visa tokens, single spaces.
 */
/**
 * "the Applicant", capitalised as a defined term in a formal letter, is the writer ("The Applicant respectfully asks
 * whether the Applicant has been placed ..."); a lower-case "the applicant" may be anyone.
 */
const DEFINED_APPLICANT = /\b([Tt]he) (?:Applicant|Candidate)\b/gu;

export function normalizeText(text: string): string {
  let out = asText(text).normalize("NFKC").replace(DEFINED_APPLICANT, "$1 undersigned").toLowerCase().replace(RUN_CAP, " ");
  for (const [pattern, replacement] of CHARACTERS) out = out.replace(pattern, replacement);
  for (const [pattern, replacement] of CONTRACTIONS) out = out.replace(pattern, replacement);
  for (const [pattern, replacement] of TOKENS) out = out.replace(pattern, replacement);
  out = substituteWords(out);
  out = out.replace(YOUR_AS_YOU_ARE, "you are ");
  // Again, for tokens the substitutions produced ("numero uno" is "number one").
  for (const [pattern, replacement] of TOKENS) out = out.replace(pattern, replacement);
  return out.replace(/\s+/gu, " ").replace(FOREIGN_LETTER, LETTER_STAND_IN).trim();
}

/** A letter or digit outside the detectors' alphabet (lexicon.ts, L): one stand-in letter keeps its word a word. */
const FOREIGN_LETTER = rxg(String.raw`(?![${L}0-9])[\p{L}\p{N}]`);

export function asText(value: unknown): string {
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
