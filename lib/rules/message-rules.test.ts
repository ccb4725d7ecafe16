import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BLOCK_RULES,
  WARN_RULES,
  claimsFirstChoice,
  evaluateMessage,
  normalizeText,
  wordCount,
  type CycleCalendar,
  type MessageContext,
  type MessageDraft,
  type MessageKind,
  type RuleId,
  type SentMessage,
  type VisaStatus,
} from "@/lib/rules/message-rules";
import { MESSAGE_TEMPLATES, renderTemplate, type TemplateValues } from "@/lib/rules/message-templates";
import { SPECIALTY_IDS, specialtyById, type SpecialtyId } from "@/lib/rules/specialties";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const KINDS = Object.keys(MESSAGE_TEMPLATES) as MessageKind[];
const VISA_STATUSES: VisaStatus[] = ["US_CITIZEN_OR_PR", "J1", "H1B", "F1_OPT", "NEEDS_SPONSORSHIP", "OTHER"];
/** Two cycle years: every structural table runs for both, so nothing can depend on one hard-coded year. */
const YEARS = [2027, 2031];

const at = (iso: string) => new Date(iso);
const pad = (n: number) => String(n).padStart(2, "0");
/** A UTC instant in the given year: on(2027, 3, 16, 10) is 2027-03-16T10:00Z. */
const on = (year: number, month: number, dayOfMonth: number, hour = 0, minute = 0) =>
  at(`${year}-${pad(month)}-${pad(dayOfMonth)}T${pad(hour)}:${pad(minute)}:00Z`);

function calendarFor(year: number): CycleCalendar {
  return {
    applicationsOpen: on(year - 1, 6, 4),
    rankListDeadline: on(year, 3, 4),
    matchWeekMonday: on(year, 3, 16),
    soapEnd: on(year, 3, 19),
    matchDay: on(year, 3, 20),
    trainingStart: on(year, 7, 1),
  };
}

const MERCY = "p-mercy";
const LAKESIDE = "p-lakeside";

type ContextOverrides = {
  profile?: Partial<MessageContext["profile"]>;
  program?: Partial<MessageContext["program"]>;
  programContactedFirstDuringSoap?: boolean;
  sentThisCycle?: SentMessage[];
};

function contextFor(year: number, overrides: ContextOverrides = {}): MessageContext {
  return {
    profile: { targetSpecialty: "neurology", visaStatus: "J1", ...overrides.profile },
    program: {
      id: MERCY,
      name: "Mercy General Neurology",
      postInterviewCommunication: "YES",
      participatesInMatch: true,
      interviewDate: on(year - 1, 11, 10, 9),
      ...overrides.program,
    },
    calendar: calendarFor(year),
    programContactedFirstDuringSoap: overrides.programContactedFirstDuringSoap ?? false,
    sentThisCycle: overrides.sentThisCycle ?? [],
  };
}

function draftOf(overrides: Partial<MessageDraft> & { sentAt: Date }): MessageDraft {
  return { programId: MERCY, kind: "OTHER", subject: "A question", body: "Thank you for your time.", ...overrides };
}

const sent = (programId: string, kind: MessageKind, sentAt: Date, claims = false): SentMessage => ({ programId, kind, sentAt, claimsFirstChoice: claims });
const rulesOf = (draft: MessageDraft, context: MessageContext): RuleId[] => evaluateMessage(draft, context).map((f) => f.rule);

// ---------------------------------------------------------------------------------------------------------------
// Language detectors. Each sentence is sent as a plain message while a first-choice claim to another program is
// already on record, so a first-choice claim shows up as "single-first-choice". Everything else in the context is
// harmless; the expected list is every finding the sentence should produce.

type LanguageCase = [text: string, expected: RuleId[], profile?: Partial<MessageContext["profile"]>];

const US: Partial<MessageContext["profile"]> = { visaStatus: "US_CITIZEN_OR_PR" };

const FIRST_CHOICE_CLAIMS: LanguageCase[] = [
  ["You are my first choice.", ["single-first-choice"]],
  ["You're my No. 1 choice for residency.", ["single-first-choice"]],
  ["Your program is my top choice.", ["single-first-choice"]],
  ["I’ll rank you #1.", ["single-first-choice"]],
  ["I will rank your program number one.", ["single-first-choice"]],
  ["I plan to rank you first on my list.", ["single-first-choice"]],
  ["I intend to rank Mercy General first.", ["single-first-choice"]],
  ["You are at the top of my rank list.", ["single-first-choice"]],
  ["Mercy General remains my top choice.", ["single-first-choice"]],
  ["I consider your program my first choice.", ["single-first-choice"]],
  ["Your program is my first-choice program.", ["single-first-choice"]],
  // Movement to the top of the list: "moved up to", "got bumped up to", "climbs to".
  ["After the second look, Mercy jumped straight to the top of my list.", ["single-first-choice"]],
  ["Your program has moved up to #1 on my rank list.", ["single-first-choice"]],
  ["Lakeside just got bumped up to first place on my ROL.", ["single-first-choice"]],
  ["Your program climbs to number one on mine.", ["single-first-choice"]],
  // A typo in "number"; the list named and then pointed back at ("on it", "on there"); an emoji after the claim;
  // the claim as what the writer decided or told someone; a subject line without "my"; entered as the first choice;
  // the place wanted more than anywhere else; no program ranked higher.
  ["Mercy is numbr one on my list.", ["single-first-choice"]],
  ["I finished my rank list last night and your program is first on it.", ["single-first-choice"]],
  ["When I certify my ROL, Mercy will be the first name on it.", ["single-first-choice"]],
  ["My list is done and you are #1 on there.", ["single-first-choice"]],
  ["I made my list: it starts with Mercy General.", ["single-first-choice"]],
  ["ur program is #1 😍", ["single-first-choice"]],
  ["you're my top choice 🙏🙏", ["single-first-choice"]],
  ["I decided Mercy is going to the very top of my rank list.", ["single-first-choice"]],
  ["I already told my parents your program is my first choice.", ["single-first-choice"]],
  ["We have told everyone Lakeside is our #1.", ["single-first-choice"]],
  ["I just want you to know your program is my first choice.", ["single-first-choice"]],
  ["I have entered Mercy as my first choice in the NRMP system.", ["single-first-choice"]],
  ["Mercy is where I want to be more than anywhere else.", ["single-first-choice"]],
  ["I want to train with you more than anywhere else.", ["single-first-choice"]],
  ["There's no program I'd rank higher than yours.", ["single-first-choice"]],
  ["FIRST CHOICE: MERCY GENERAL", ["single-first-choice"]],
  ["I would be thrilled to train at my first-choice program, which is yours.", ["single-first-choice"]],
  ["You are my number one.", ["single-first-choice"]],
  ["I will be ranking your program highest.", ["single-first-choice"]],
  ["My first choice is your program.", ["single-first-choice"]],
  ["YOU ARE MY FIRST CHOICE", ["single-first-choice"]],
  ["you    are my\n\ttop   choice", ["single-first-choice"]],
  ["I have ranked you at the top.", ["single-first-choice"]],
  ["Your residency program is #1 on my list.", ["single-first-choice"]],
  ["I will rank you above all others.", ["single-first-choice"]],
  ["I want you to know that you are the clear first choice for me.", ["single-first-choice"]],
  ["Without a doubt, you are still my top pick.", ["single-first-choice"]],
  ["Your program is my no 1 program.", ["single-first-choice"]],
  ["I won't rank anyone above you.", ["single-first-choice"]],
  ["Your program is, without question, my first choice.", ["single-first-choice"]],
  ["Your program is #1 for me.", ["single-first-choice"]],
  // Classes the fifth writer used, as paraphrases: verbs of decision before ranking, clefts, 'you guys', slots and pole position, the list the writer submits, entering first, a named program's "'s", a negation that belongs to another verb, lists that start with the program, the top spot from me.
  ["I have decided to rank Mercy General first.", ["single-first-choice"]],
  ["P.S. I've made up my mind to put Mercy at the top of my list.", ["single-first-choice"]],
  ["I have resolved to rank your program first.", ["single-first-choice"]],
  ["It is Mercy that I will be placing at the head of my list.", ["single-first-choice"]],
  ["it's Mercy General i'm putting first", ["single-first-choice"]],
  ["It will be your program that goes at the top of my rank list.", ["single-first-choice"]],
  ["ranking u guys 1st", ["single-first-choice"]],
  ["Just so you know, I'm putting you all at the top of my list.", ["single-first-choice"]],
  ["y'all are going first on my ROL", ["single-first-choice"]],
  ["Mercy is going in the top slot on my ROL.", ["single-first-choice"]],
  ["Your program will take the number one spot on my list.", ["single-first-choice"]],
  ["St Agnes sits in pole position on my rank list.", ["single-first-choice"]],
  ["Mercy will be the first programme on the list I submit.", ["single-first-choice"]],
  ["Your program is the first name on the list I will certify.", ["single-first-choice"]],
  ["You will be at the top of the list I send to the NRMP.", ["single-first-choice"]],
  ["When I submit my list next month, Mercy is the name I will enter first.", ["single-first-choice"]],
  ["Mercy General will be the first program I enter on my list.", ["single-first-choice"]],
  ["Your program is the first one I will type into the NRMP system.", ["single-first-choice"]],
  ["Reckon I've made my mind up - Bayside's going in the top slot on my ROL.", ["single-first-choice"]],
  ["Mercy's my number one, no contest.", ["single-first-choice"]],
  ["St Agnes's definitely my first choice.", ["single-first-choice"]],
  ["I hope it won't seem presumptuous to tell you that Dunmore will be the first programme on the list I submit.", ["single-first-choice"]],
  ["I don't want to overstate things, but I can say that Mercy is my first choice.", ["single-first-choice"]],
  ["Mercy will get my first-place vote.", ["single-first-choice"]],
  ["Top of the list for me is Mercy.", ["single-first-choice"]],
  ["You are my first and only choice.", ["single-first-choice"]],
  ["Mercy tops my list.", ["single-first-choice"]],
  ["My rank list begins with your program.", ["single-first-choice"]],
  ["I will be ranking you first and foremost.", ["single-first-choice"]],
  ["I'd rank you first in a heartbeat.", ["single-first-choice"]],
  ["Mercy leads my rank list.", ["single-first-choice"]],
  // Other registers: a P.S., ALL CAPS, texting, second-language and British/Irish/Australian idiom.
  ["Dear Dr Lee,\nThank you for the interview.\nBest,\nAmina\nP.S. You are my first choice!", ["single-first-choice"]],
  ["UR MY NUMBER ONE!!!", ["single-first-choice"]],
  ["Sir, your hospital is my first preference.", ["single-first-choice"]],
  ["You're top of my list, no two ways about it.", ["single-first-choice"]],
  // Brainstormed beyond the corpus: passive and very polite requests, list notation, commitments offered against a ranking, goals decided on, bare citizenship.
  ["You will be ranked first by me.", ["single-first-choice"]],
  ["First on my list: Mercy.", ["single-first-choice"]],
  ["Mercy = #1 for me", ["single-first-choice"]],
  ["Mercy, without a doubt, will be my number one.", ["single-first-choice"]],
  ["Nothing will outrank Mercy on my list.", ["single-first-choice"]],
  ["There's no program I'd rather match at than yours.", ["single-first-choice"]],
  ["Mercy is the program I want most.", ["single-first-choice"]],
  // Typos in the key word: swaps counted as one edit in long words, five-letter words, short targets.
  ["You are my frist choise.", ["single-first-choice"]],
  ["I will rank you fisrt on my rank lsit.", ["single-first-choice"]],
  ["Your programe is my top choic.", ["single-first-choice"]],
  // A realistic prospect, backup plans, ranking others above the program, doing enough on interview day; a negated ranking above the program.
  ["I would never rank other programs above yours.", ["single-first-choice"]],
  ["I will rank no program above yours.", ["single-first-choice"]],
  // The program as the one at the top; idioms for the list; the passive with "as my"; "your" typed for "you're".
  ["When I submit my rank list, Mercy's name will be the one at the very top.", ["single-first-choice"]],
  ["honestly ur the one at #1 this year", ["single-first-choice"]],
  ["I've finalised my rank list and Mercy is top of the pile.", ["single-first-choice"]],
  ["After certifying my list, you lead the pack.", ["single-first-choice"]],
  ["Ellsworth will be ranked as my highest preference when I certify my list.", ["single-first-choice"]],
  ["Your program will be entered as my first choice.", ["single-first-choice"]],
  ["You're my strongest preference, full stop.", ["single-first-choice"]],
  ["just wanted u to know ur #1 for me", ["single-first-choice"]],
  ["your my first choice dr lee!!", ["single-first-choice"]],
  // Verbs of entering; a negation in a condition on telling affirms what is told.
  ["Palmview is going in at number one when I certify my list.", ["single-first-choice"]],
  ["You'll be slotting in at #1 on my ROL.", ["single-first-choice"]],
  ["I would feel dishonest if I did not tell you that you are my first choice.", ["single-first-choice"]],
  ["I'd be remiss not to mention that Mercy is my top choice.", ["single-first-choice"]],
  // Holding the top slot; the list named first; the top slot said to be the program's.
  ["Mercy gets my #1 spot.", ["single-first-choice"]],
  ["You have the top spot on my rank list.", ["single-first-choice"]],
  ["Your program has pole position on my list.", ["single-first-choice"]],
  ["On my ROL you come first.", ["single-first-choice"]],
  ["My list has you at the top.", ["single-first-choice"]],
  ["The top spot on my list is yours.", ["single-first-choice"]],
  ["Mercy is the clear favourite on my list.", ["single-first-choice"]],
  // A subject line without its subject; the summit of the list; an affirming idiom that contains "without".
  ["Letter of intent - ranking Mercy first", ["single-first-choice"]],
  ["I have decided to place your programme at the summit of my rank list.", ["single-first-choice"]],
  ["Without a shadow of a doubt, you're my first pick.", ["single-first-choice"]],
  // The first place/position/spot of my list (ESL 'in the first place of my list'); 'ur/your at the top' typed for 'you are'; the first line bearing the program's name; ranking at number one; a program whose name ends in its specialty ('Greenway Family Medicine'); a negation before 'but you' does not reach the claim.
  ["I want that you know that your program is in the first place of my list.", ["single-first-choice"]],
  ["Your hospital is at the first position in my rank list.", ["single-first-choice"]],
  ["Mercy stands in the top spot of my ROL.", ["single-first-choice"]],
  ["jk not yet lol but ur at the top of my ROL fr.", ["single-first-choice"]],
  ["your at the top of my list!!", ["single-first-choice"]],
  ["ur on top of my rank list", ["single-first-choice"]],
  ["I thought you might like to know that, when I certify my list, the first line will have your program's name on it.", ["single-first-choice"]],
  ["Once my rank list is done, the top slot will carry Mercy's name.", ["single-first-choice"]],
  ["Riverbend will be the program I rank at number one.", ["single-first-choice"]],
  ["Mercy is the place I am putting at #1.", ["single-first-choice"]],
  ["Greenway Family Medicine will be the first program on my rank list.", ["single-first-choice"]],
  ["Lakeview Neurology is my first choice.", ["single-first-choice"]],
  ["I can say that Northside Internal Medicine is my top choice.", ["single-first-choice"]],
  ["Not sure about the others yet but you are my first choice.", ["single-first-choice"]],
  // Right/squarely at the top.
  ["My list is done and Mercy is right at the top.", ["single-first-choice"]],
  ["You sit squarely at the top of my rank list.", ["single-first-choice"]],
  // The program as a label with the claim after it ('Mercy General: my #1, no question').
  ["Mercy General: my #1, no question.", ["single-first-choice"]],
  ["Bayview Medicine - my first choice.", ["single-first-choice"]],
  ["Lakeside Neurology: my top pick for me", ["single-first-choice"]],
  ["I would never rank anyone but you first", ["single-first-choice"]],
  ["I won't rank any program other than yours first.", ["single-first-choice"]],
  ["no one but you at the top of my list", ["single-first-choice"]],
  ["None will be ahead of you on my list.", ["single-first-choice"]],
  ["I couldn't put anybody except Mercy at the top.", ["single-first-choice"]],
  ["No program besides yours will sit at the top of my rank list.", ["single-first-choice"]],
  ["I cannot imagine ranking any program above Kilburn.", ["single-first-choice"]],
  ["I won't be ranking any other programme ahead of Northgate.", ["single-first-choice"]],
  ["Seagrove will be ranked above every other program on my list.", ["single-first-choice"]],
  ["Your program will be placed ahead of all the others.", ["single-first-choice"]],
  ["Mercy is leading my list at the moment.", ["single-first-choice"]],
  ["Saltmarsh is now heading my rank list.", ["single-first-choice"]],
  ["your program is in my top spot", ["single-first-choice"]],
  ["My list is done and Mercy is at the top.", ["single-first-choice"]],
  ["Lakeview Pediatrics is my first choice", ["single-first-choice"]],
  ["My #1: Brightwater Internal Medicine", ["single-first-choice"]],
  ["It will be Valle Verde, at the top", ["single-first-choice"]],
  ["Mercy could never be anything but my first choice.", ["single-first-choice"]],
  ["I'd be lying if I said you were anything other than my #1.", ["single-first-choice"]],
  ["I would not be honest if I told you Hartwell was anything less than first on my list.", ["single-first-choice"]],
  ["I submitted my rank list last night and Hillcrest is in first place we are thrilled", ["single-first-choice"]],
  ["Your program will be ranked by me at the top.", ["single-first-choice"]],
  ["after long thinking your hospital will be placed by me at number one", ["single-first-choice"]],
  ["ur my #1 fr", ["single-first-choice"]],
  ["No other program comes close for me.", ["single-first-choice"]],
  ["Nowhere else compares.", ["single-first-choice"]],
  ["Your program has secured the top spot on my list.", ["single-first-choice"]],
  ["You have earned the number one spot on my rank list.", ["single-first-choice"]],
  ["I will rank you higher than any other program.", ["single-first-choice"]],
  ["I will rank Mercy ahead of all the others.", ["single-first-choice"]],
  ["Nothing beats Mercy.", ["single-first-choice"]],
  ["You are at the top of my preference list.", ["single-first-choice"]],
];

const FIRST_CHOICE_HONEST: LanguageCase[] = [
  ["My daughter goes to the top school in town.", []],
  ["I made a list of questions and the first one on it is about parking.", []],
  ["I wrote down a list of restaurants and the top of it is a taco place.", []],
  ["I finished my rank list last night and I am relieved it is done.", []],
  ["thank you so much for the interview 😊", []],
  ["I told my parents my first choice is to stay near them.", []],
  ["I decided my top priority is patient care.", []],
  ["My mentor told me his first choice was Mercy back in 2010.", []],
  ["I want to be at home with my family more than anywhere else.", []],
  ["Chicago is where I want to live more than anywhere else.", []],
  ["I want to learn more than anything else this year.", []],
  ["My list is long, and your program is on it.", []],
  ["Your program is #1 in the region for stroke care.", []],
  ["Top pick: questions about the second look", []],
  ["My first rotation was in the ICU.", []],
  ["Your program is ranked among the top programs for ICU training.", []],
  ["I will rank programs after my interviews.", []],
  ["Your program is one of my top choices.", []],
  ["You are among my top choices this year.", []],
  ["I was the first choice for chief resident in medical school.", []],
  ["Neurology has always been my first choice of specialty.", []],
  ["Neurology is my first choice.", []],
  ["Dr. Lee was my first choice for a letter writer.", []],
  ["Patient safety is my top priority.", []],
  ["My #1 priority on nights is patient safety.", []],
  ["Location is at the top of my list.", []],
  ["Teaching quality sits at the top of my list of priorities.", []],
  ["I will rank you highly.", []],
  ["I ranked first in my medical school class.", []],
  ["I was ranked first in my class.", []],
  ["I will rank patient care first in every decision.", []],
  ["My first choice would be to stay close to my family.", []],
  ["Your program is one of my top choice programs.", []],
  ["I hope to match at one of my top three programs.", []],
  ["I am number one in my class.", []],
  ["The ICU team ranked first in the hospital quality awards.", []],
  ["I will rank you in my top three.", []],
  ["Your program is a top choice for many applicants.", []],
  ["The first choice I made as an intern was to join the QI committee.", []],
  ["Your program was my first interview of the season.", []],
  ["I will rank every program where I interviewed.", []],
  ["I hope to rank highly on your list.", []],
  ["Patient safety is #1 for me.", []],
  ["Family comes first for me.", []],
  ["I would be happy to train at any of the programs where I interviewed.", []],
  ["Your program's first-year curriculum is impressive.", []],
  // Near misses of the same classes.
  ["I have decided to rank programs first by location and then by fit.", []],
  ["I have decided to put my family first this year.", []],
  ["It is patient care that I will always put first.", []],
  ["It is my family that I will put first.", []],
  ["My research project took the top spot at the regional poster competition.", []],
  ["Our team finished in pole position at the charity run.", []],
  ["Mercy was the first program on the list of hospitals I visited.", []],
  ["Mercy was the first program I interviewed with.", []],
  ["Your program was the first one I applied to.", []],
  ["I entered Mercy's hospital first on the tour.", []],
  ["Mercy's first-year curriculum is impressive.", []],
  ["Mercy's top priority is patient safety.", []],
  ["I would not say that Mercy is my first choice yet.", []],
  ["I cannot tell you that any program is my first choice yet.", []],
  ["My list starts with the programs closest to home.", []],
  ["My day starts with morning report at seven.", []],
  ["I ranked first in my class in pharmacology.", []],
  ["Mercy leads the region in stroke outcomes.", []],
  ["The top of the list for me is good teaching.", []],
  ["Mercy gets the top spot in the US News rankings for cardiology.", []],
  ["I have decided to rank programs by how well they teach.", []],
  ["It is teamwork that I will always put first.", []],
  ["You all made me feel at home on the interview day.", []],
  ["Our team took the top spot at the regional QI competition.", []],
  ["Mercy was the first program on the list of hospitals I toured.", []],
  ["Your program was the first one I heard back from.", []],
  ["I'll be entering the NRMP system next week to certify my list.", []],
  ["My day begins with a run before rounds.", []],
  ["The top of my list of priorities is a supportive culture.", []],
  ["My research won the first place prize at the state meeting.", []],
  ["Mercy's emergency department is the busiest in the state.", []],
  ["I am ranking programs above all on their teaching.", []],
  // Real words near the short typo targets stay as they are.
  ["I will rank programs fairly.", []],
  ["I am a prolific reader of the literature.", []],
  ["Stan and I drove to the interview together.", []],
  ["The choir at the welcome dinner was lovely.", []],
  ["We stood in the atrium and talked about the curriculum.", []],
  ["Dr. Patel is the one at the top of the department's call schedule.", []],
  ["Boston is the city at the top of my list of places to live.", []],
  ["Your residents are top of the pile when it comes to teaching.", []],
  ["Your program is top of the league for research funding.", []],
  ["Ellsworth will be ranked as one of my highest preferences.", []],
  ["My highest preference is a program near my family.", []],
  ["Your #1 priority is clearly patient safety.", []],
  ["your always welcoming residents made the day", []],
  ["I can't tell you that you're my first choice, since I promised that to another program.", []],
  ["The new interns are going in at 7 am on the first day.", []],
  ["Dr Lee holds the top position in my department.", []],
  ["Your teaching conference gets my #1 vote for best lecture series.", []],
  ["On my list of questions, housing comes first.", []],
  ["My list of priorities has family at the top.", []],
  ["The top spot on my list of concerns is housing.", []],
  ["Mercy has the top spot in the state rankings for cardiac care.", []],
  ["You are one of my top choices.", []],
  ["My first choice of elective was cardiology.", []],
  ["The top spot in the teaching awards went to your chief.", []],
  ["The cafeteria gets my top vote for coffee.", []],
  ["On my list of questions, housing comes first.", []],
  ["Your first choice of rotation will be honoured, the coordinator said.", []],
  ["My research is going in first on the agenda.", []],
  ["Ranking factors: location first, then teaching.", []],
  ["Update - putting my family first this year.", []],
  ["Should you need anything else i can send it today.", []],
  ["Please let me know if I will be matched with a peer mentor at orientation.", []],
  // Others' lists and others' rankings; a single application withdrawn from something else.
  ["Your program is at the top of many applicants' lists, I'm sure.", []],
  ["Your residents told me they ranked you first and never regretted it.", []],
  ["I will withdraw my application to the research fellowship because of timing.", []],
  // 'In the first place' as an idiom, the first line of a letter, 'your on call schedule', a specialty with a word before it that names no program, hedges after 'but'.
  ["Neurology is my first choice of specialty.", []],
  ["Honestly neurology is my first choice.", []],
  ["My first choice is family medicine.", []],
  ["I think internal medicine will be the first rotation on my schedule.", []],
  ["In the first place, I applied because of the stroke service.", []],
  ["Your program is in the first place I looked when I started applying.", []],
  ["The first line of my letter has your program's name on it.", []],
  ["ur on call schedule looks busy but fair.", []],
  ["your in house research day sounds amazing.", []],
  ["Neurology is my first choice of elective.", []],
  ["Your residents are at the top of their game.", []],
  ["I have not decided yet but you are one of my top choices.", []],
  ["I am not ranking anyone first yet, but you are high on my list.", []],
  // Labels that name no program ('Re:', 'Update:', 'Specialty:', 'Question:'); the target as the only thing.
  ["Re: my first choice", []],
  ["Update: my first choice of elective is set.", []],
  ["Specialty: my first choice is neurology.", []],
  ["Neurology is the only thing I want to do.", []],
  ["Question: my first choice of rotation?", []],
  ["I would never rank anyone based on prestige alone.", []],
  ["Nobody but you asked about my research.", []],
  ["I would never put anything above patient safety.", []],
  ["I can't imagine ranking any program above the ones near my family.", []],
  ["No one but you took the time to show me the ICU.", []],
  ["Our team is in first place in the hospital fun run.", []],
  ["I will be placed ahead of the other interns in the call schedule.", []],
  ["Patient safety sits in my number one spot of values.", []],
  ["Nothing but good things were said about the program.", []],
  ["I would not say the night float was anything other than fair.", []],
  ["It will be cold, at the top of the mountain.", []],
  ["It is my family, first and always.", []],
  ["Patient safety could never be anything but first for our team.", []],
  ["I never said teaching was anything but my top priority at all.", []],
  ["I would be lying if I said the night shifts were anything other than hard.", []],
  ["The call room will be placed by the facilities team at the top of the stairs.", []],
  ["My #1: question about parking", []],
  ["Nothing compares to the weather here.", []],
  ["No other hospital comes close to your trauma volume, which is why I applied.", []],
  ["No program comes close in terms of research funding, my mentor says.", []],
  ["Nowhere else compares when it comes to the food in the cafeteria.", []],
  ["The residents have claimed the top spot in the hospital fun run.", []],
  ["I will rank the rotations higher than any other part of the schedule in my feedback.", []],
  ["I ranked the restaurants in town and yours came first.", []],
  ["Your program is my first interview of the season.", []],
];

const SOLICITATION: LanguageCase[] = [
  ["Would you be able to give me a sense of how my application sits on your list?", ["no-rank-solicitation"]],
  ["I wonder how I compare with the other applicants you interviewed.", ["no-rank-solicitation"]],
  ["Where will I be ranked on your list?", ["no-rank-solicitation"]],
  ["Where do I stand on your rank list?", ["no-rank-solicitation"]],
  ["Will you rank me?", ["no-rank-solicitation"]],
  ["Can you guarantee me a position?", ["no-rank-solicitation"]],
  ["How high will you rank me?", ["no-rank-solicitation"]],
  ["Please let me know my ranking.", ["no-rank-solicitation"]],
  ["Am I ranked to match?", ["no-rank-solicitation"]],
  ["I'd like to know where I stand.", ["no-rank-solicitation"]],
  ["Could you let me know whether you will rank me?", ["no-rank-solicitation"]],
  ["Is there any guarantee that I’ll match at your program?", ["no-rank-solicitation"]],
  ["Are you going to rank me highly?", ["no-rank-solicitation"]],
  ["Who is on your rank list this year?", ["no-rank-solicitation"]],
  ["How far down your rank list do you usually go?", ["no-rank-solicitation"]],
  // Asking for a guarantee in exchange for a first-place ranking is also a deal.
  ["Am I guaranteed a spot if I rank you first?", ["single-first-choice", "no-rank-solicitation", "no-commitment-deal"]],
  ["What is my rank on your list?", ["no-rank-solicitation"]],
  ["Will I match at your program?", ["no-rank-solicitation"]],
  // Asking for a place outside the Match asks for a commitment as well as about the program's intentions.
  ["Could you offer me a position outside the Match?", ["no-rank-solicitation", "no-commitment-deal"]],
  ["Is my name on your rank order list?", ["no-rank-solicitation"]],
  ["How highly am I ranked?", ["no-rank-solicitation"]],
  ["Do you think I will match?", ["no-rank-solicitation"]],
  ["What are my chances of matching at your program?", ["no-rank-solicitation"]],
  ["Do you know how many applicants you plan to rank?", ["no-rank-solicitation"]],
  ["WHERE   WILL I BE RANKED?", ["no-rank-solicitation"]],
  // Paraphrases of the classes the fifth writer used: feeling hopeful about March, wishing to know, a group the program ranks, whereabouts, how the program has the writer down, making the list, a portion of the list, counting on a named program, the chance of securing a slot, up near the top, do-support comparisons, whether hoping is worth it, the interview's verdict.
  ["Is there any chance you could tell me if I should feel hopeful about March?", ["no-rank-solicitation"]],
  ["Should I be optimistic about Match Day with your program?", ["no-rank-solicitation"]],
  ["Could you let me know whether I ought to feel confident about matching with you?", ["no-rank-solicitation"]],
  ["I only wish to know if I can expect good news from you in March.", ["no-rank-solicitation"]],
  ["I desire to know whether I am on your rank list.", ["no-rank-solicitation"]],
  ["I would wish to learn where I stand with the committee.", ["no-rank-solicitation"]],
  ["May I ask if I am already included among the applicants you will rank?", ["no-rank-solicitation"]],
  ["am i include in the candidate that will get position?", ["no-rank-solicitation"]],
  ["Could you tell me whether I am counted among those you plan to rank highly?", ["no-rank-solicitation"]],
  ["Could you tell me whereabouts I am on your list?", ["no-rank-solicitation"]],
  ["Any idea whereabouts I sit in the rankings?", ["no-rank-solicitation"]],
  ["I wondered whereabouts I might land on the programme's list.", ["no-rank-solicitation"]],
  ["I would be grateful to know whether the programme has me down as a candidate it intends to rank highly.", ["no-rank-solicitation"]],
  ["Might I ask whether the committee sees me as someone likely to match here?", ["no-rank-solicitation"]],
  ["Does the committee count me as an applicant it plans to rank?", ["no-rank-solicitation"]],
  ["Would it be cheeky to ask whether I've made your list?", ["no-rank-solicitation"]],
  ["Can you tell me if I made the cut for your rank list?", ["no-rank-solicitation"]],
  ["just wondering if i made it onto ur list", ["no-rank-solicitation"]],
  ["I would like to know whether my name is likely to appear in the top portion of your rank list.", ["no-rank-solicitation"]],
  ["Could you tell me if I fall in the upper half of your list?", ["no-rank-solicitation"]],
  ["Is my application in the bottom part of your rank list?", ["no-rank-solicitation"]],
  ["I also wanted to ask whether I can count on Westbrook when I certify my list next month.", ["no-rank-solicitation"]],
  ["Can I count on Mercy General come Match Day?", ["no-rank-solicitation"]],
  ["Could I rely on St Agnes when I submit my rank list?", ["no-rank-solicitation"]],
  ["Could you give me an indication of the chance I have of securing one of the preliminary slots?", ["no-rank-solicitation"]],
  ["What are the odds of me winning one of your categorical positions?", ["no-rank-solicitation"]],
  ["Please let me know my likelihood of obtaining a spot in the intern class.", ["no-rank-solicitation"]],
  ["Reckon you could give me a steer on whether I'm up near the top of your list?", ["no-rank-solicitation"]],
  ["Could you tell me if I'm way down the pecking order?", ["no-rank-solicitation"]],
  ["Am I somewhere near the top of your list or further down?", ["no-rank-solicitation"]],
  ["How does my candidacy stack up against the rest of this year's pool?", ["no-rank-solicitation"]],
  ["How did my interview compare with the other applicants'?", ["no-rank-solicitation"]],
  ["Where does my application rank among the others?", ["no-rank-solicitation"]],
  ["Has my application been ranked yet?", ["no-rank-solicitation"]],
  ["Will my name be submitted on your rank list?", ["no-rank-solicitation"]],
  ["Are you planning to list me?", ["no-rank-solicitation"]],
  ["I'd be ever so grateful for any hint as to my standing.", ["no-rank-solicitation"]],
  ["Do I have a realistic shot at Mercy?", ["no-rank-solicitation"]],
  ["Would I be wasting my time ranking you highly?", ["no-rank-solicitation"]],
  ["Could you confirm I am rankable?", ["no-rank-solicitation"]],
  ["is there hope for me at your program?", ["no-rank-solicitation"]],
  ["Am I in the running for one of your prelim spots?", ["no-rank-solicitation"]],
  ["Is it realistic for me to think I will match with you?", ["no-rank-solicitation"]],
  ["Please let me know if I am selected.", ["no-rank-solicitation"]],
  ["Is it likely I will be offered a position?", ["no-rank-solicitation"]],
  ["Could you tell me whether the committee was impressed with my interview?", ["no-rank-solicitation"]],
  ["I wanted to ask whether the feedback from my interviewers was positive.", ["no-rank-solicitation"]],
  ["Could you share how my interview was scored?", ["no-rank-solicitation"]],
  // Other registers: a P.S., ALL CAPS, texting, second-language and British/Irish/Australian idiom.
  ["Dear Dr Lee,\nThank you for the interview.\nBest,\nAmina\nPS - any idea if I made the list?", ["no-rank-solicitation"]],
  ["WILL I MATCH THERE??", ["no-rank-solicitation"]],
  ["so like... am i gonna match or nah", ["no-rank-solicitation"]],
  ["Kindly intimate me whether my candidature is considered for ranking.", ["no-rank-solicitation"]],
  ["Respected sir, please tell me my rank position in your merit list.", ["no-rank-solicitation"]],
  ["I am requesting you to inform whether I will be getting the seat.", ["no-rank-solicitation"]],
  ["Would you be able to give me a sense of whether I'm in the frame for a place?", ["no-rank-solicitation"]],
  ["Any chance you could let slip whether I'm on the list?", ["no-rank-solicitation"]],
  ["Am I in with a chance, do you reckon?", ["no-rank-solicitation"]],
  // Brainstormed beyond the corpus: passive and very polite requests, list notation, commitments offered against a ranking, goals decided on, bare citizenship.
  ["It would be wonderful to hear whether I am likely to be ranked.", ["no-rank-solicitation"]],
  ["Any insight into how I was received by the committee would be much appreciated.", ["no-rank-solicitation"]],
  ["I'd be grateful for any indication of how favourably my application is viewed.", ["no-rank-solicitation"]],
  ["Would it be appropriate to ask whether I will be ranked to match?", ["no-rank-solicitation"]],
  ["Has a decision been made about where I will be placed on the list?", ["no-rank-solicitation"]],
  ["Has the committee decided whether to rank me?", ["no-rank-solicitation"]],
  ["Was I ranked highly by the interviewers?", ["no-rank-solicitation"]],
  ["Has my name been put forward for the rank list?", ["no-rank-solicitation"]],
  ["I am eager to learn whether I should expect a match with you.", ["no-rank-solicitation"]],
  ["Would I be right in thinking I'm on your list?", ["no-rank-solicitation"]],
  ["Am I correct in assuming I will be ranked?", ["no-rank-solicitation"]],
  ["Dare I hope that I will be ranked to match?", ["no-rank-solicitation"]],
  ["Is there a place for me in your intern class next year?", ["no-rank-solicitation"]],
  ["Is there room for me in next year's class?", ["no-rank-solicitation"]],
  // Typos in the key word: swaps counted as one edit in long words, five-letter words, short targets.
  ["Can you gaurentee me a possition?", ["no-rank-solicitation"]],
  ["Where do I stnad on your list?", ["no-rank-solicitation"]],
  ["Could you tell me my rankng?", ["no-rank-solicitation"]],
  ["Am I likley to match with you?", ["no-rank-solicitation"]],
  // A realistic prospect, backup plans, ranking others above the program, doing enough on interview day; a negated ranking above the program.
  ["I was hoping you might be able to shed some light on my prospects with the program.", ["no-rank-solicitation"]],
  ["Would the committee be willing to share where I landed after interviews?", ["no-rank-solicitation"]],
  ["I'd really value your candid view on whether I'm a realistic prospect for Mercy.", ["no-rank-solicitation"]],
  ["Is it a case of waiting and seeing, or do I have a good shot?", ["no-rank-solicitation"]],
  ["Could you tell me if I am someone you would like to see in July?", ["no-rank-solicitation"]],
  ["Should I be making backup plans?", ["no-rank-solicitation"]],
  ["Do I need to look elsewhere, or is Mercy still possible for me?", ["no-rank-solicitation"]],
  ["Would it be wise for me to rank other programs above yours?", ["no-rank-solicitation"]],
  ["Are my chances better than average?", ["no-rank-solicitation"]],
  ["any chance im getting in?", ["no-rank-solicitation"]],
  ["Did I do enough on interview day to get ranked?", ["no-rank-solicitation"]],
  ["Are you planning on ranking me or should I move on?", ["no-rank-solicitation"]],
  // The writer inside the group the program means to match, described by a relative clause; "strong enough that ...";
  // British intensifiers and the panel as the one who ranks; how favourably the program regards the writer.
  ["Could you tell me if my file is expected to land inside the group you intend to match this spring?", ["no-rank-solicitation"]],
  ["I was wondering whether I might end up falling within the band of applicants your panel hopes to match.", ["no-rank-solicitation"]],
  ["Is my application competitive enough that matching at Riverside is realistic?", ["no-rank-solicitation"]],
  ["Do you think my scores are good enough that I can expect a spot here?", ["no-rank-solicitation"]],
  ["I would be hugely thankful for any sense of where I sit on the panel's list.", ["no-rank-solicitation"]],
  ["Might I ask how favourably your faculty viewed my interview?", ["no-rank-solicitation"]],
  ["I would love to know how highly the program director rates my candidacy.", ["no-rank-solicitation"]],
  // Matching there judged likely or realistic; the writer judged likely or on track to match.
  ["Can you tell me whether a match with Lakeview is on the cards for me?", ["no-rank-solicitation"]],
  ["i just want to know if matching here is even possible for someone like me", ["no-rank-solicitation"]],
  ["Would getting a spot at Mercy be within reach, in your view?", ["no-rank-solicitation"]],
  ["Is matching with you a realistic goal or a long shot?", ["no-rank-solicitation"]],
  ["Does your team see me as likely to be ranked to match?", ["no-rank-solicitation"]],
  ["Would the program director deem me competitive enough to match here?", ["no-rank-solicitation"]],
  ["Could you let me know whether I am on track to match at Northfield?", ["no-rank-solicitation"]],
  // Backup plans in other words; the writer compared with the other applicants; the few top places of the list.
  ["Please tell me whether I should start lining up alternative options.", ["no-rank-solicitation"]],
  ["Should I be preparing a plan B?", ["no-rank-solicitation"]],
  ["Should I have a backup ready?", ["no-rank-solicitation"]],
  ["Could you share how my interview stacked up against the other interviewees?", ["no-rank-solicitation"]],
  ["I would appreciate knowing where I placed relative to the rest of the applicants.", ["no-rank-solicitation"]],
  ["how did i do compared to the others??", ["no-rank-solicitation"]],
  ["Am I anywhere in the top few spots of your list?", ["no-rank-solicitation"]],
  ["i will be ranked high enough to match right, or no?", ["no-rank-solicitation"]],
  // An interview phrase far from the question does not make it a question about interview invitations.
  [
    "thank you for everything during the interview season it was long but worth it and I am still hoping to train with your team near my family may I ask if I will be ranked high enough to get a position",
    ["no-rank-solicitation"],
  ],
  // The program as the subject of a verb of placing in any tense, and "where you have me".
  ["It would help me plan to know where the committee has slotted me so far.", ["no-rank-solicitation"]],
  ["Could you share where you have me on your list at the moment?", ["no-rank-solicitation"]],
  ["i'd love to know where u guys have put me, top or bottom lol", ["no-rank-solicitation"]],
  ["May I ask where your program has got me on its rank list?", ["no-rank-solicitation"]],
  // The writer's standing as a place held with the program.
  ["If there's any way you could give me a hint whether I'm in a decent spot with the committee, I'd be relieved.", ["no-rank-solicitation"]],
  ["Is there any chance you could tell me whether my application is in a strong position on your list?", ["no-rank-solicitation"]],
  ["Could you let me know where things stand with my application?", ["no-rank-solicitation"]],
  // A condition on telling, however far the verb of telling sits from "if".
  ["If it is at all possible for you to share whether I am likely to match, I would be grateful.", ["no-rank-solicitation"]],
  // "However" before a word of degree is not a contrast.
  ["Any signal, however small, about whether I'll be ranked would ease my mind.", ["no-rank-solicitation"]],
  // A word of willingness between the modal and the ranking.
  ["Am I the sort of applicant you'd be happy to rank highly?", ["no-rank-solicitation"]],
  ["Do you think I'm someone the committee might be willing to rank?", ["no-rank-solicitation"]],
  ["Should I be hedging my bets and ranking more programs?", ["no-rank-solicitation"]],
  // A group the program ranks or wants, then the writer asking to be one of it, across clauses.
  ["I imagine you already know who you plan to rank highly - am I one of them?", ["no-rank-solicitation"]],
  ["You must have a good idea of the applicants you want in July; I'd love to know if I am among them.", ["no-rank-solicitation"]],
  ["Please do not hesitate to tell me where I stand on your list.", ["no-rank-solicitation"]],
  ["I am not going to ask about rankings, but please let me know if I am in the running.", ["no-rank-solicitation"]],
  // Appearing on the list, a contender for a place, viewed favourably, the prospect of matching, a good chance.
  ["I'd be grateful to learn whether I feature on your list.", ["no-rank-solicitation"]],
  ["Would you say I'm a strong contender for a spot?", ["no-rank-solicitation"]],
  ["Could you let me know if my application is viewed favourably?", ["no-rank-solicitation"]],
  ["Is there a realistic prospect of me matching at Mercy?", ["no-rank-solicitation"]],
  ["Would I be right in thinking I'm in with a good chance?", ["no-rank-solicitation"]],
  ["Can you say if I'm likely to land one of the positions?", ["no-rank-solicitation"]],
  ["Respected sir, please tell whether my name is coming in your rank list.", ["no-rank-solicitation"]],
  ["r u guys ranking me?? lol", ["no-rank-solicitation"]],
  ["Dare I ask how I fared with the committee?", ["no-rank-solicitation"]],
  // "whether I will be matched" in statement order, anywhere near the top, worth my while, a likely match.
  ["Dear Sir, I request you to kindly inform me whether I will be matched in your program.", ["no-rank-solicitation"]],
  ["Am I anywhere near the top?", ["no-rank-solicitation"]],
  ["Is it worth my while ranking you highly?", ["no-rank-solicitation"]],
  ["I was wondering if you might consider letting me know if I'm a likely match.", ["no-rank-solicitation"]],
  // Being given a place in other words (real/doable for me to land one of your spots, expect to be offered a position, be taken in your program); 'if/whether I have a chance' and 'if I am going to match' in statement order; a request announced ('quick question: ...') or without its subject ('keen to know whether').
  ["Who is on your rank list this year?", ["no-rank-solicitation"]],
  ["How far down your rank list do you usually go?", ["no-rank-solicitation"]],
  ["Can you tell me whether I am on the rank list?", ["no-rank-solicitation"]],
  ["what does your rank list look like for prelim spots?", ["no-rank-solicitation"]],
  ["Is it real for me to get a position in your program?", ["no-rank-solicitation"]],
  ["Is it possible for me to be taken in your program next year?", ["no-rank-solicitation"]],
  ["is it even doable for me to land one of your prelim slots", ["no-rank-solicitation"]],
  ["Would it be realistic for me to get a spot at Mercy?", ["no-rank-solicitation"]],
  ["I NEED TO KNOW IF I HAVE A REAL CHANCE AT OAKMONT.", ["no-rank-solicitation"]],
  ["Please tell me whether I still have a fighting chance with your program.", ["no-rank-solicitation"]],
  ["I'd like to know if I stand a chance of being matched there.", ["no-rank-solicitation"]],
  ["I wanted to ask if I have any hope of a position at Mercy.", ["no-rank-solicitation"]],
  ["Kindly advise whether I can expect to be offered a preliminary position.", ["no-rank-solicitation"]],
  ["can I expect to be accepted into your programme?", ["no-rank-solicitation"]],
  ["Should I expect to receive an offer from your department?", ["no-rank-solicitation"]],
  ["will I be getting one of your categorical spots?", ["no-rank-solicitation"]],
  ["so my question is am I receiving one of the prelim positions or not", ["no-rank-solicitation"]],
  ["can you tell me if I am going to match at Riverbend", ["no-rank-solicitation"]],
  ["Please let me know whether I will be matched with your program.", ["no-rank-solicitation"]],
  ["I would like to know if I'm gonna match at Mercy this year", ["no-rank-solicitation"]],
  ["Just keen to know whether I've made the cut for your rank list.", ["no-rank-solicitation"]],
  ["Dying to find out if I made your list!", ["no-rank-solicitation"]],
  ["Quick question: my chances of matching at Coastal Valley", ["no-rank-solicitation"]],
  ["Question about my ranking at Mercy", ["no-rank-solicitation"]],
  // Probing beyond the eighth writer: the possibility or status of my selection, a candidacy looked on favourably, hoping for a seat, a (realistic) hope of being taken on.
  ["kindly inform me about my possibility of selection in your program", ["no-rank-solicitation"]],
  ["Please share the status of my selection at your hospital.", ["no-rank-solicitation"]],
  ["I'd be grateful to learn if my candidature is being looked on favourably.", ["no-rank-solicitation"]],
  ["Please let me know if I can hope for a seat in your program.", ["no-rank-solicitation"]],
  ["Could I expect one of your intern positions?", ["no-rank-solicitation"]],
  ["Is there a realistic hope of me being taken on by your department?", ["no-rank-solicitation"]],
  ["Any real hope of being accepted at Mercy?", ["no-rank-solicitation"]],
  // A chance 'got' ('reckon I've got a chance'), a yes or no for me, being considered for a position, one of your places within reach.
  ["Reckon I've got a chance with you lot?", ["no-rank-solicitation"]],
  ["is it a yes or a no for me at mercy", ["no-rank-solicitation"]],
  ["Could you please inform whether I am considered for a position?", ["no-rank-solicitation"]],
  ["Would one of your prelim places be within reach for me?", ["no-rank-solicitation"]],
  ["Do you think I've got a shot?", ["no-rank-solicitation"]],
  // 'Whether I will match or not' asked, not conceded.
  ["Please tell me whether I will match or not.", ["no-rank-solicitation"]],
  ["can you let me know if I'm going to match or not, so I can plan", ["no-rank-solicitation"]],
  ["I was hoping you might share any sense of how my application sits with your committee.", ["no-rank-solicitation"]],
  ["Could you tell me how my file stands with the selection panel?", ["no-rank-solicitation"]],
  ["Any idea how I rate with the interviewers?", ["no-rank-solicitation"]],
  ["I'd be grateful to hear whether my candidacy is viewed favourably by the panel.", ["no-rank-solicitation"]],
  ["curious how i came across to the committee tbh", ["no-rank-solicitation"]],
  ["May I ask how my application went down with the faculty?", ["no-rank-solicitation"]],
  ["Is a spot at Mercy on the cards for me?", ["no-rank-solicitation"]],
  ["Is matching with you in the cards?", ["no-rank-solicitation"]],
  ["Is a position at your program within reach for me?", ["no-rank-solicitation"]],
  ["Is it on the cards that I match with you?", ["no-rank-solicitation"]],
  ["would a place in your intern class be within my reach?", ["no-rank-solicitation"]],
  ["IS A POSITION WITH YOU A REALISTIC PROSPECT FOR ME?", ["no-rank-solicitation"]],
  ["would the committee put me high enough to match?", ["no-rank-solicitation"]],
  ["does the panel have me somewhere on the list?", ["no-rank-solicitation"]],
  ["Could you tell me whether Northgate plans to list me in a position that leads to a match?", ["no-rank-solicitation"]],
  ["I'd love to know how strong my application was in the end.", ["no-rank-solicitation"]],
  ["can I bank on Mercy come March?", ["no-rank-solicitation"]],
  ["Would you consider ranking me likewise?", ["no-rank-solicitation"]],
  ["Is it realistic for someone like me to land one of your spots?", ["no-rank-solicitation"]],
  ["would you say it's realistic for me to match with you?", ["no-rank-solicitation"]],
  ["Could you let me know if I'm going to be rank'd high enough?", ["no-rank-solicitation"]],
  ["Kindly inform whether my good self is being considered for ranking.", ["no-rank-solicitation"]],
  ["I will put you first on my list and I ask you to keep me in mind in the same way.", ["single-first-choice", "no-rank-solicitation", "no-commitment-deal"]],
  ["I'd be so grateful for any steer on how I'm looking for the Match with you.", ["no-rank-solicitation"]],
  ["How am I looking for a spot with you?", ["no-rank-solicitation"]],
  ["I hope you don't mind me asking whether I will feature on your rank list.", ["no-rank-solicitation"]],
  ["How did the committee feel about my interview?", ["no-rank-solicitation"]],
  ["Did the committee like me?", ["no-rank-solicitation"]],
  ["Could you tell me if I made a good impression on the selection committee?", ["no-rank-solicitation"]],
  ["Do you think the committee liked me?", ["no-rank-solicitation"]],
  ["I wonder if I might be fortunate enough to be ranked by your programme.", ["no-rank-solicitation"]],
  ["Could you say if I'm in line for one of the PGY-1 posts?", ["no-rank-solicitation"]],
  ["I would appreciate knowing where my application stands in the ranking process.", ["no-rank-solicitation"]],
  ["hows my app looking on ur end?", ["no-rank-solicitation"]],
  ["How is my application looking to the committee?", ["no-rank-solicitation"]],
  ["Could you kindly share my present standing in your merit list?", ["no-rank-solicitation"]],
  ["Please inform me of my existing position on the rank list.", ["no-rank-solicitation"]],
  ["Would you let me know my provisional rank in your list?", ["no-rank-solicitation"]],
  ["Have I made it into the top half of your list?", ["no-rank-solicitation"]],
  ["Please tell me if I made it into the matching part of the list.", ["no-rank-solicitation"]],
  ["I would love to know how my interview translated into your rankings.", ["no-rank-solicitation"]],
  ["Could you say whether my application carried over well into your rank order?", ["no-rank-solicitation"]],
  ["I am curious how my visit factored into the committee's decision on the rank list.", ["no-rank-solicitation"]],
  ["Can I bank on your program ranking me this year?", ["no-rank-solicitation"]],
  ["Is it safe to count on the committee putting me high on the list?", ["no-rank-solicitation"]],
  ["Should I plan on you including me when you certify?", ["no-rank-solicitation"]],
  ["If I'm not going to be ranked at Mercy, please tell me so I can plan.", ["no-rank-solicitation"]],
  ["If I will not match with you, would you let me know now?", ["no-rank-solicitation"]],
  ["We would be grateful to hear whether the two of us are likely to match together at your hospital.", ["no-rank-solicitation"]],
  ["My husband and I are wondering if we are on track to be matched at your program.", ["no-rank-solicitation"]],
  ["I would be privileged to know the committee's assessment of my candidacy for the rank list.", ["no-rank-solicitation"]],
  ["May I know your honest evaluation of me for ranking purposes?", ["no-rank-solicitation"]],
  ["I wish to know if there is possibility for me to be on your list.", ["no-rank-solicitation"]],
  ["Are there any posibility of me being included in your rank list?", ["no-rank-solicitation"]],
  ["What is the probability of me being listed by your program?", ["no-rank-solicitation"]],
];

const SOLICITATION_HONEST: LanguageCase[] = [
  ["I explained how I ranked the differential on the list of problems.", []],
  ["She showed me how the residents are placed on the call schedule.", []],
  ["The rank list deadline is March 4.", []],
  ["I have not finalized my rank list yet.", []],
  ["What is your rank list deadline?", []],
  ["I hope to match at your program.", []],
  ["Please let me know if you need anything else from me.", []],
  ["I know there is no guarantee in the Match.", []],
  ["Where do residents live during the first year?", []],
  ["How do residents rank the night float rotations?", []],
  ["Could you tell me where the interview dinner will be held?", []],
  ["I would be grateful to be ranked to match.", []],
  ["Will you be at the rank list meeting?", []],
  ["Could you tell me when interview invitations go out?", []],
  ["Will you be attending the regional neurology meeting?", []],
  ["Where do your graduates usually go after residency?", []],
  ["How are residents evaluated during the first year?", []],
  ["I know how busy the rank list season is for your team.", []],
  ["I understand that programs cannot share ranking information, and I am not asking for any.", []],
  // Near misses of the same classes.
  ["Should I be worried about the commute from the east side?", []],
  ["I feel optimistic about the future of neurology.", []],
  ["I am hopeful about Match Day and grateful for the interview.", []],
  ["Should I feel nervous before the second look?", []],
  ["I only wish to know more about the research track.", []],
  ["I wish to learn more about the global health pathway.", []],
  ["I was one of the applicants who attended the second look.", []],
  ["Could you tell me if I am among the applicants invited to the second look?", []],
  ["I am proud to be part of a group of applicants who care about rural health.", []],
  ["Could you tell me whereabouts the residents live?", []],
  ["The committee sees me as someone who loves teaching, I hope.", []],
  ["My mentors regard me as someone who works hard.", []],
  ["I made the dean's list every semester.", []],
  ["Could you tell me whether I made the deadline for the second look?", []],
  ["I would like to know what the top portion of the curriculum covers.", []],
  ["Can I count on Dr Lee for a letter of recommendation?", []],
  ["Could I rely on the shuttle when I visit next month?", []],
  ["What are the chances of getting one of the parking spots near the hospital?", []],
  ["I climbed up near the top of Ben Nevis last summer.", []],
  ["How does your curriculum compare with other programs in the region?", []],
  ["How do residents measure up their progress each year?", []],
  ["Could you share how the interview day is structured?", []],
  ["Is there hope for a snow day tomorrow?", []],
  ["Do you know whether my letters have arrived?", []],
  ["Could you confirm my application is complete?", []],
  ["Has my application been received?", []],
  ["Could you let me know if my visa documents were received?", []],
  ["I am ranking programs this week and will submit my list soon.", []],
  ["How do you see the program changing over the next few years?", []],
  ["I wanted to ask whether the residents have protected time for research.", []],
  ["Is it likely that the new ICU will open in July?", []],
  ["Should I be worried about parking during the second look?", []],
  ["I feel hopeful and excited about starting residency in July.", []],
  ["I only wish to know when the orientation week starts.", []],
  ["I desire to learn more about your quality improvement curriculum.", []],
  ["Could you tell me whereabouts the call rooms are?", []],
  ["My attendings regard me as someone who will make a good teacher.", []],
  ["My classmates see me as someone who keeps calm under pressure.", []],
  ["I made the honor roll in my final year.", []],
  ["Could you tell me if I made it in time for the registration deadline?", []],
  ["Could you send me the top part of the schedule again?", []],
  ["Can I count on the residents for advice about housing when I move?", []],
  ["What are my chances of getting a parking permit on campus?", []],
  ["I was up near the top of the mountain when your email arrived.", []],
  ["How does the night float compare with the ICU months?", []],
  ["Is it worth bringing a car to the city?", []],
  ["Is there hope for more vegan options at the cafeteria?", []],
  ["Could you let me know if my application was received?", []],
  ["Please let me know if I am selected for the research elective.", []],
  ["I was impressed with the residents' teaching at morning report.", []],
  ["The feedback from my sub-internship was very positive.", []],
  ["I was one of the candidates who gave a talk at the regional meeting.", []],
  ["Could you tell me whether the feedback session is in person?", []],
  // Other registers, honest.
  ["Kindly intimate me the date of the second look.", []],
  ["Sir, I am having interest in your research projects.", []],
  ["Respected madam, I am grateful for the opportunity to interview.", []],
  ["I'm keen as mustard to start in July.", []],
  ["Cheers for a cracking day, the registrars were grand.", []],
  ["I am interested in doing research in stroke.", []],
  ["I am having interest to learn more about your stroke unit.", []],
  // Honest sentences that share words with the new classes (conditions on the writer's luck, making a list, plan A for the profile's own field, visa questions).
  ["I have decided on a research project about migraine.", []],
  ["If there is anything else you need from me, I will send it right away.", []],
  ["I was among the applicants who attended the virtual social, and I loved it.", []],
  ["I was one of the candidates selected to present at the regional meeting.", []],
  ["I made the list of Gold Humanism nominees at my school.", []],
  ["I made it onto the shortlist for our school's teaching award.", []],
  ["Your program was the first one I interviewed with, and it set a high bar.", []],
  ["It is your residents' kindness that I will remember first.", []],
  ["Mercy's new stroke center opens in July.", []],
  ["My list of priorities starts with teaching and mentorship.", []],
  ["I know you cannot tell me where I stand, and I am not asking.", []],
  ["I hope I will have the chance to work with your team.", []],
  ["How does the program support residents who want to do research?", []],
  ["Could you tell me how many residents you take each year?", []],
  ["I would love to know more about how the night float is structured.", []],
  ["Is it worth visiting the city before the rank list deadline?", []],
  ["Should I feel free to reach out to the residents with questions?", []],
  ["I am confident that my Step 3 score will arrive before the deadline.", []],
  ["I have decided to rank programs based on teaching and mentorship.", []],
  ["I am all in on learning as much as possible this year.", []],
  // Near misses: shedding light on research, the second look agenda, travel plans, interview day logistics.
  ["I was hoping you might shed some light on the research opportunities.", []],
  ["Would the committee be willing to share the second look agenda?", []],
  ["Should I be making travel plans for the second look now?", []],
  ["Do I need to bring anything to the second look?", []],
  ["Are there any chances to rotate at the VA?", []],
  ["Any chance I could shadow a resident on a Friday?", []],
  ["Did I send everything you needed for my file?", []],
  ["I believe I am a strong candidate and would love to hear more about your research.", []],
  ["Should I make backup travel plans in case of snow?", []],
  ["I did enough research in medical school to know I love neurology.", []],
  ["Could you tell me what time interview day starts?", []],
  ["Will interview day include a tour of the stroke unit?", []],
  // Near misses for the classes above: the age range of a program, strength that earned interviews, a schedule asked
  // for politely, how the committee views research, parking, a mentor's view of matching in the field, fellowships,
  // travel and equipment backups, a curriculum compared, the interview waitlist.
  ["I fall within the age range your wellness program is designed for.", []],
  ["My scores fall within the range your website lists for interview invitations.", []],
  ["My application was strong enough that I received eleven interview offers.", []],
  ["I would be ever so grateful for a copy of the didactics schedule.", []],
  ["I was curious how highly your residents rate the night float rotation.", []],
  ["I would love to know how the committee views the role of research in residency.", []],
  ["I know that matching anywhere is never guaranteed, so I am applying broadly.", []],
  ["Is parking at the hospital possible for residents on nights?", []],
  ["My mentor considers me likely to match in neurology somewhere.", []],
  ["Could you tell me whether residents are likely to match into fellowships from your program?", []],
  ["Should I be preparing anything for the second look day?", []],
  ["Should I bring a backup charger to the interview?", []],
  ["Should I have a backup call partner for the second look?", []],
  ["I would love to know how your curriculum compares to other programs in the region.", []],
  ["Could you tell me whether I am still on the interview waitlist?", []],
  // A condition put by inversion inside a statement is not a question.
  ["I will keep working hard on my Step 3 preparation should I be ranked by any program this year.", []],
  ["I would be delighted to join your team should I match there.", []],
  // A request withheld covers its topic; "please" before a reassurance asks nothing.
  ["Please don't worry, I'm not going to ask how I'll be ranked; I know that isn't appropriate.", []],
  ["Please do not worry about my chances; I trust the process completely.", []],
  ["Rest assured I won't ask where I stand, so please just enjoy the rest of the season.", []],
  ["PLEASE DON'T WORRY, I WON'T ASK ABOUT MY RANKING.", []],
  ["Where do you see me in five years?", []],
  ["Could you tell me where the committee has placed the orientation schedule?", []],
  ["I am in a good position to start in July, having finished my visa paperwork.", []],
  ["I am in good standing with the Medical Council of Ireland.", []],
  ["Could you let me know where things stand with the new schedule?", []],
  ["If there is any way I can help with recruitment events, I would be glad to.", []],
  ["I hope to be someone my future co-residents would be happy to work with.", []],
  ["I know who you would like to see at the poster session, and I am one of them.", []],
  // Standing somewhere, others' chances, a chance at a fellowship, a list or a cut for something other than the Match.
  ["Where should I stand during rounds on the first day?", []],
  ["Do residents have a good chance of matching into fellowships from here?", []],
  ["Am I on the list for the second look day?", []],
  ["Did I make the cut for the research symposium?", []],
  ["What are my chances of getting parking near the hospital?", []],
  ["Is there a spot for me at the welcome dinner?", []],
  ["How do residents rank the rotations here?", []],
  ["I'm curious how the committee decides its ranking.", []],
  ["Could you tell me how many positions you have this year?", []],
  ["I'd love to know how my former classmate is doing in your program.", []],
  ["My chances of passing boards are high thanks to my preparation.", []],
  ["Please forgive the long email; I am not asking about rankings, only sharing news.", []],
  ["I hope you are all in a good place after a busy interview season.", []],
  ["Thank you for letting me know where the program has placed its ICU rotations.", []],
  ["Without a shadow of a doubt, the residents were the highlight.", []],
  ["The pinnacle of my career so far was presenting at ACP.", []],
  // The list's logistics (a deadline or time as what is asked, the list as what is certified), chances to ask or shadow, a parking spot, matching with a partner, a question about something else.
  ["Quick question, whats the deadline to certify the ROL this yaer, is it March 4 or 5?", []],
  ["What time does the rank list certification close on the 4th?", []],
  ["When is the last day to submit the rank order list this year?", []],
  ["What's the cutoff date for certifying your rank list?", []],
  ["what time does the ROL lock on deadline day?", []],
  ["Could you remind me what day the rank order list is due?", []],
  ["whats the last day to edit the rank list, the 4th?", []],
  ["When do programs usually finish their rank order list meetings?", []],
  ["Is it possible for me to get a parking spot on interview day?", []],
  ["Do I have a chance to ask Dr Lee about the stroke elective?", []],
  ["Could you tell me if I have a chance to shadow in the clinic?", []],
  ["I wonder if I will match into neurology or psychiatry in the end.", []],
  ["Please let me know whether I will match with my partner in the couples match.", []],
  ["Can I expect to be offered an interview for the research track?", []],
  ["Quick question about the call schedule for interns.", []],
  ["Quick question: is parking free on second look day?", []],
  ["Keen to know more about the research track.", []],
  ["Is it possible for me to get a copy of the schedule?", []],
  ["If I have a chance at Mercy I will be so happy.", []],
  ["I was lucky to land a spot on the research elective.", []],
  ["I hope to match at a program like yours.", []],
  ["Is it realistic for me to finish a research project during intern year?", []],
  // Matched to a mentor or advisor is not the Match.
  ["Could you tell me whether I will be matched to a faculty advisor?", []],
  // Hope and selection about other things: a selection of electives, hope for the clinic, parking validated; right at the top of a hill; a people person; looked on favourably by patients.
  ["My selection of electives was broad.", []],
  ["I hope for a smooth interview season for everyone.", []],
  ["I have real hope that the new clinic will open soon.", []],
  ["Is there any hope of getting parking validated?", []],
  ["The ED is right at the top of the hill.", []],
  ["I am a people person and love teamwork.", []],
  ["As a neurology person I loved the stroke unit.", []],
  ["I was looked on favourably by my patients, they said.", []],
  // Considered for an award, a yes or no to bring a partner, got time or a cold, a spot on a tour or at a dinner, a committee position.
  ["Is a spot at the welcome dinner on the cards?", []],
  ["Could you tell me whether I am considered for the research award?", []],
  ["Is it a yes or no for me to bring my partner to the dinner?", []],
  ["Do you think I've got time to visit the clinic?", []],
  ["I think I have got a cold, sorry if I sounded hoarse.", []],
  ["Would a spot on the second look tour be possible?", []],
  ["Is a place at the welcome dinner still possible?", []],
  ["Would a position on the wellness committee be realistic for an intern?", []],
  // Near-misses of this round's new vocabulary: a letter or a research position, a seat at a lecture, a buddy, a concessive 'whether I will match or not, ...', a chance to meet, 'im done', covered by insurance, the deadline's hour, keen to know about a half day.
  ["Is it possible for me to get a letter from Dr Lee for my file?", []],
  ["Is it realistic for me to get a research position during residency?", []],
  ["I hope for a seat at the grand rounds lecture next week.", []],
  ["Could you tell me if I will be matched with a buddy for orientation?", []],
  ["Whether I will match or not, I learned a lot from this day.", []],
  ["Do I have any chance to meet the chief residents again?", []],
  ["im done with exams finally!", []],
  ["Update: going to be presenting my poster in April.", []],
  ["If I'm offered a position, I'll need to arrange childcare, so I'm planning ahead.", []],
  ["I am covered by my parents' insurance until June.", []],
  ["The first line of the rank list instructions confused me.", []],
  ["What time is the deadline for the rank list, 9 pm Eastern?", []],
  ["Surgery was my thing in med school but neurology won me over.", []],
  ["Thanks again: my pleasure to meet the team.", []],
  ["Quick question: my visa paperwork is in order, is there anything else you need?", []],
  ["Keen to know if the interns get a research half day.", []],
  ["Dying to hear how the new stroke unit is going!", []],
  ["I am set with my J-1 paperwork already.", []],
  ["Whether I'm going to match or not, thank you for a great day.", []],
  ["Is a research elective on the cards for interns?", []],
  ["Is a new ICU rotation in the cards for next year?", []],
  ["Is a move to the new building a realistic prospect?", []],
  ["Is a seat on the wellness committee within reach for interns?", []],
  ["I was hoping you might share how the new schedule sits with your residents.", []],
  ["Could you tell me how the night float change was received by the interns?", []],
  ["I wonder how my research poster was received at the conference.", []],
  ["How did my presentation go down with the residents at noon conference?", []],
  ["My application sits with the ECFMG at the moment.", []],
  ["Please put me on your mailing list for the research newsletter.", []],
  ["Could you put me in touch with a current resident?", []],
  ["Could you list me as a contact for the second look day?", []],
  ["Can I count on you for a letter of recommendation?", []],
  ["I know I can count on my family.", []],
  ["I wonder how competitive my application would be for fellowship later.", []],
  ["Could you place me with a mentor in the cardiology group?", []],
  ["Is it realistic for me to do research during intern year?", []],
  ["could you add me to the list for the welcome dinner?", []],
  ["How did the committee feel about the new wellness curriculum?", []],
  ["Did the residents like the new schedule?", []],
  ["I hope I made a good impression on the residents.", []],
  ["Could you tell me if I made it onto the list for the second look day?", []],
  ["Is my name spelled correctly on the badge?", []],
  ["Let me know if the committee would like me to send my Step 3 score.", []],
  ["Can you confirm the selection of my rotation dates?", []],
  ["how is the app looking on your end after the update?", []],
  ["My app crashed so I could not join the call.", []],
  ["I would love to know how my research translated into a publication.", []],
  ["Could you tell me how the interview day translated into your curriculum changes?", []],
  ["I would be honoured to know more about your global health track.", []],
  ["We would be grateful to know when the second look day is.", []],
  ["Can I count on you having the slides ready for the talk?", []],
  ["Could I count on the program having housing for interns?", []],
  ["If I am not going to be in town in March, could you tell me how to reschedule?", []],
  ["My present position at the hospital is house officer.", []],
  ["Kindly revert back with the list of documents required for the visa.", []],
  ["I made it into the final part of the list for the research award.", []],
  ["What are the possibilities for moonlighting during PGY-2?", []],
  ["Could you share your evaluation of the new EHR system?", []],
  ["We are likely to arrive late on interview day because of the flight.", []],
  ["Please let me know whether both of us can attend the social.", []],
];

const DEALS: LanguageCase[] = [
  ["If you rank me first, I'll rank you first.", ["single-first-choice", "no-commitment-deal"]],
  ["If you rank me highly I will accept without hesitation.", ["no-commitment-deal"]],
  ["I commit to accepting a position at your program.", ["no-commitment-deal"]],
  ["I promise to accept if I match.", ["no-commitment-deal"]],
  ["I will rank you first if you rank me to match.", ["single-first-choice", "no-commitment-deal"]],
  ["In exchange for a high ranking, I will withdraw my other applications.", ["no-commitment-deal"]],
  ["Should you rank me to match, I would sign immediately.", ["no-commitment-deal"]],
  ["I would accept an offer immediately should I be offered a position, and I will withdraw my other applications.", ["no-commitment-deal"]],
  ["I am ready to sign a contract before the Match.", ["no-commitment-deal"]],
  ["You have my word that I will accept.", ["no-commitment-deal"]],
  ["I commit to your program.", ["no-commitment-deal"]],
  ["I promise I won't rank any other program.", ["no-commitment-deal"]],
  ["If your program offers me a position, I will decline all other offers.", ["no-commitment-deal"]],
  ["I commit to attend.", ["no-commitment-deal"]],
  ["I'm committed to accepting a position at your program.", ["no-commitment-deal"]],
  // Classes the fifth writer used, as paraphrases: a bare commitment in a subject line, commitment letters, far coordinated binding verbs, the only program on the list, removing the rest, signing happily, 'you would have my word', 'and nowhere else', prepositional and existential conditions, passive binding, typos in deal words, 'in the case', engaging oneself, a promise as a bargaining chip, pulling applications, matching as the condition, being done interviewing.
  ["Commitment to accept if matched at Mercy", ["no-commitment-deal"]],
  ["Pledge to sign on day one if ranked to match", ["no-commitment-deal"]],
  ["Promise: I accept if you rank me to match", ["no-commitment-deal"]],
  ["If Mercy ranks me to match, I will sign a commitment letter to join the program.", ["no-commitment-deal"]],
  ["Should you rank me highly, I am prepared to send a letter of commitment to your program.", ["no-commitment-deal"]],
  ["if u rank me to match ill send u a signed letter of intent to accept and withdraw from all the rest", ["no-commitment-deal"]],
  ["Were I ranked to match, I would make Mercy the only program on my list.", ["single-first-choice", "no-commitment-deal"]],
  ["If you can rank me, I'll drop every other one from my list.", ["no-commitment-deal"]],
  ["Should you offer me a place, I would remove every other program.", ["no-commitment-deal"]],
  ["I would happily sign a contract today if that were possible.", ["no-commitment-deal"]],
  ["I'd gladly sign the contract this week if you offered one.", ["no-commitment-deal"]],
  ["You would have my word that I would be at Mercy on July 1 and nowhere else.", ["no-commitment-deal"]],
  ["Upon my being ranked to match by Mercy, my acceptance may be regarded as assured.", ["no-commitment-deal"]],
  ["On being offered a position, all of my other applications will be withdrawn.", ["no-commitment-deal"]],
  ["Following an offer from your program, my remaining interviews would be cancelled.", ["no-commitment-deal"]],
  ["if theres a spot for me ill sign whatever u send.", ["no-commitment-deal"]],
  ["If there is a position for me at Mercy, I will sign anything you send.", ["no-commitment-deal"]],
  ["If there's room for me, I'm not going anywhere else.", ["no-commitment-deal"]],
  ["In exchnage for a spot in your prelim year I will rank Mercy as my #1.", ["single-first-choice", "no-commitment-deal"]],
  ["I will not aply anywhere else if you rank me to match.", ["no-commitment-deal"]],
  ["I promiss to accept if you rank me.", ["no-commitment-deal"]],
  ["In the case you decide to take me in your programme, I cancel all my other interviews.", ["no-commitment-deal"]],
  ["In the case that you rank me to match, I will withdraw my other applications.", ["no-commitment-deal"]],
  ["I am ready to engage myself formally to accept your offer.", ["no-commitment-deal"]],
  ["Would it make any difference if I promised to rank Mercy first?", ["no-commitment-deal"]],
  ["Would it help if I pledged to rank your program first?", ["single-first-choice", "no-commitment-deal"]],
  ["I am happy to make that promise to you in writing: I will rank you first if you rank me.", ["single-first-choice", "no-commitment-deal"]],
  ["If you can guarantee me a spot, I'll pull every other application tonight.", ["no-commitment-deal"]],
  ["I will pull my other applications if you rank me to match.", ["no-commitment-deal"]],
  ["I'll pull out of every other interview if you can offer me a place.", ["no-commitment-deal"]],
  ["can u guarantee me a spot? if yes ill pull all my other apps", ["no-rank-solicitation", "no-commitment-deal"]],
  ["ill skip my other interviews if u rank me to match", ["no-commitment-deal"]],
  ["Should your committee see fit to place me within its matching range, I shall forthwith withdraw from all remaining interviews.", ["no-commitment-deal"]],
  ["Just say the word and I'll cancel the rest.", ["no-commitment-deal"]],
  ["IF YOU RANK ME TO MATCH I WILL RANK YOU FIRST", ["single-first-choice", "no-commitment-deal"]],
  ["Give me a spot and I am done interviewing.", ["no-commitment-deal"]],
  ["If I match at Mercy, I will sign on day one, no questions asked.", ["no-commitment-deal"]],
  ["Once I have your word that I'll be ranked, I'll withdraw from the others.", ["no-commitment-deal"]],
  ["If you rank me to match, I will stop interviewing.", ["no-commitment-deal"]],
  ["You rank me, I sign. Simple as that.", ["no-commitment-deal"]],
  ["if u can hold a spot for me im ready to cancel everything else", ["no-rank-solicitation", "no-commitment-deal"]],
  // Other registers: a P.S., ALL CAPS, texting, second-language and British/Irish/Australian idiom.
  ["Dear Dr Lee,\nThank you.\nps if you rank me to match i will withdraw everywhere else", ["no-commitment-deal"]],
  ["IF U RANK ME 2 MATCH ILL SIGN ON THE SPOT", ["no-commitment-deal"]],
  ["Sir, if you give me the seat, I will not join any other hospital.", ["no-commitment-deal"]],
  ["Madam, I am giving you guarantee that I will join if selected.", ["no-commitment-deal"]],
  ["Give us the nod and I'll knock back the others.", ["no-commitment-deal"]],
  // Brainstormed beyond the corpus: passive and very polite requests, list notation, commitments offered against a ranking, goals decided on, bare citizenship.
  ["I'll guarantee I rank you first if you guarantee me a position.", ["single-first-choice", "no-commitment-deal"]],
  ["If I get a spot, consider my other interviews cancelled.", ["no-commitment-deal"]],
  ["Rank me highly and you have my commitment.", ["no-commitment-deal"]],
  ["Assuming I'm ranked to match, I'll sign whatever is needed.", ["no-commitment-deal"]],
  ["Is there any way we could agree that I rank you first and you rank me to match?", ["single-first-choice", "no-rank-solicitation", "no-commitment-deal"]],
  // Typos in the key word: swaps counted as one edit in long words, five-letter words, short targets.
  ["I will withdrw all my other aplications if you rank me to mach.", ["no-commitment-deal"]],
  ["I promis to acept if matched.", ["no-commitment-deal"]],
  ["If you rank me, I will cancle my other interviews.", ["no-commitment-deal"]],
  // Committing to the program or to joining it, after "prepared", "ready", "willing"; an aside between the verb and
  // its object; "were I" as a condition; "comit" and "except" for the key words.
  ["I am prepared to commit to joining your program if I am offered a position.", ["no-commitment-deal"]],
  ["Should you rank me to match, I stand ready to commit to Mercy General.", ["no-commitment-deal"]],
  ["if u rank me im willing to commit to ur program rn", ["no-commitment-deal"]],
  ["Were I offered a spot, I'd be ready to commit to training with you.", ["no-commitment-deal"]],
  ["I would, without hesitation, accept your offer if you rank me to match.", ["no-commitment-deal"]],
  ["Should you rank me, I will - in writing if needed - withdraw my other applications.", ["no-commitment-deal"]],
  ["i am ready to commit, if it helps, to your program if you can offer me a spot", ["no-commitment-deal"]],
  ["I am ready to comit to your program if I am offered a position.", ["no-commitment-deal"]],
  ["If you rank me to match i will except your offer without thinking twice.", ["no-commitment-deal"]],
  // A place that exists "ever" or "still"; taking it; signing right now; a place for me outside the Match.
  ["If there is still a position for me, I would take it in a heartbeat.", ["no-commitment-deal"]],
  ["if there's somehow a spot for me outside the match i would sign right now", ["no-commitment-deal"]],
  ["Should you have a spot for me, I'd take it.", ["no-commitment-deal"]],
  // Verbs of discarding the other interviews; the moment, minute or day of the offer; "assuming"; the other
  // interviews put as already cancelled; an offer that means a yes.
  ["If you can offer me a place, I will ditch my other interviews.", ["no-commitment-deal"]],
  ["Rank me to match and I'll scrap the rest of my interviews.", ["no-commitment-deal"]],
  ["if you rank me highly I'm happy to blow off my remaining interviews", ["no-commitment-deal"]],
  ["I'll scrap every other interview the day you offer me a place.", ["no-commitment-deal"]],
  ["Assuming I'm on your list, I will accept no matter what.", ["no-commitment-deal"]],
  ["The instant I know I'm ranked to match, my other interviews are cancelled.", ["no-commitment-deal"]],
  ["An offer from you would mean an immediate yes from me.", ["no-commitment-deal"]],
  // Movement to the top of the writer's list offered in return.
  ["Rank me to match and Mercy goes to #1 on mine.", ["single-first-choice", "no-commitment-deal"]],
  ["Would you consider me for a pre-match contract? I would accept at once.", ["no-commitment-deal"]],
  ["I am open to a pre-match offer from your program.", ["no-commitment-deal"]],
  // Telling the other programs the writer is out; accepting joined to withdrawing by "and".
  ["I just want to state that if I am ranked to match, I will be accepting and will let every other program know I'm out.", ["no-commitment-deal"]],
  ["Should you rank me to match, I'd accept and tell the other programs I'm withdrawing.", ["no-commitment-deal"]],
  ["if u rank me high ill tell all the other places im out, promise", ["no-commitment-deal"]],
  ["Once I'm offered a spot I will notify the remaining programs that I am no longer interested.", ["no-commitment-deal"]],
  // Imperatives of placing and of telling the writer they are in; a condition that the writer's side helps their ranking.
  ["Put me in your top spots and I'll put you at the top of mine.", ["single-first-choice", "no-commitment-deal"]],
  ["Guarantee me a spot and I'm yours.", ["no-commitment-deal"]],
  ["Tell me I'm in and I'll withdraw from the rest.", ["no-commitment-deal"]],
  ["Hold me a spot and I'll sign today.", ["no-commitment-deal"]],
  ["I'd put in writing that I will accept if that would boost my ranking.", ["no-commitment-deal"]],
  ["If it would help my chances, I can send you a signed letter committing to your program.", ["no-commitment-deal"]],
  ["I'm happy to sign a letter committing to your program if that would help my ranking.", ["no-commitment-deal"]],
  ["if yall rank me highly i'll ghost every other program lol", ["no-commitment-deal"]],
  // One thing offered for another ("my commitment for your top spot"); an inverted condition without a comma.
  ["Offer: my commitment for your top spot", ["no-commitment-deal"]],
  ["should u rank me to match i will def sign on the dotted line", ["no-commitment-deal"]],
  // A place got/had/landed before the Match, an outside-the-Match post with a word before its noun, 'im in' closing a clause; a condition that the writer is matching there ('if I knew we were matching there'); other programs cancelled by their names; an acceptance given in advance ('consider this my acceptance').
  ["hi dr park, if theres any way to get a spot b4 the match im in, would accept rn no questions. thx!!", ["no-commitment-deal"]],
  ["If I could have a prelim post ahead of the match, I'd take it right away.", ["no-commitment-deal"]],
  ["if i knew we were matching there i would withdraw from everything else tomorrow morning", ["no-commitment-deal"]],
  ["If I was sure I'd be matched with you, I would withdraw from every other program.", ["no-commitment-deal"]],
  ["But if you rank me to match I'll cancel Denver and Phoenix the same arvo.", ["no-commitment-deal"]],
  ["Rank me to match and I will decline Baylor and Emory immediately.", ["no-commitment-deal"]],
  ["PS: if an outside-the-Match prelim post comes up, consider this my acceptance in advance.", ["no-commitment-deal"]],
  ["Should a pre-match categorical spot open up, take this email as my yes.", ["no-commitment-deal"]],
  ["If you have an off-the-match intern place, I accept in advance.", ["no-commitment-deal"]],
  // Pulling/backing out of the other interviews; the trade as a mirror ('you rank me, I rank you', 'I'll rank you right back').
  ["if i match at mercy i'm pulling out of every other interview", ["no-commitment-deal"]],
  ["You rank me, I rank you. Simple.", ["no-commitment-deal"]],
  ["Rank me to match and I'll rank you right back.", ["no-commitment-deal"]],
  ["If you pick me, I pick you.", ["no-commitment-deal"]],
  ["if you slide an offer my way I'll take it on the spot", ["no-commitment-deal"]],
  ["should you hand me a contract, i sign it right now", ["no-commitment-deal"]],
  ["If you rank me to match I will not consider anything else.", ["no-commitment-deal"]],
  ["I would accept your offer, and I am happy to put it in writing.", ["no-commitment-deal"]],
  ["I am willing to confirm this in writing: I will join your program if matched.", ["no-commitment-deal"]],
  ["IF YOU CAN OFFER ME ONE I ACCEPT TODAY", ["no-commitment-deal"]],
  ["I'd sign on the dotted line tomorrow if you put a contract in front of me.", ["no-commitment-deal"]],
  ["I'm prepared to commit to your programme here and now.", ["no-commitment-deal"]],
  ["happy to sign whatever u send me today", ["no-commitment-deal"]],
  ["Is there any chance of an offer before Match Day?", ["no-rank-solicitation", "no-commitment-deal"]],
  ["Can we come to an arrangement about the rankings?", ["no-commitment-deal"]],
  ["I would happily forgo the rest of the Match for a place with you.", ["no-commitment-deal"]],
  ["I'll accept on the spot if you offer.", ["no-commitment-deal"]],
  ["Kindly give me assurance of selection and I will join without fail.", ["no-rank-solicitation", "no-commitment-deal"]],
  ["Should you be offering me a place, I shall accept it immediately.", ["no-commitment-deal"]],
  ["If your committee is guaranteeing me a spot, I will withdraw from all other programs.", ["no-commitment-deal"]],
  ["If the programme is extending me the post, I will sign the contract on the spot.", ["no-commitment-deal"]],
  ["Were you making me an offer before the Match, I would accept right away.", ["no-commitment-deal"]],
  ["Could your team make me an offer outside of the match? I would sign today.", ["no-commitment-deal"]],
  ["I give you my sincere promise to accept if you rank me to match.", ["no-commitment-deal"]],
  ["I would like to suggest an arrangement: you rank me highly and I rank you first.", ["single-first-choice", "no-commitment-deal"]],
  ["Here is my proposal - a pact: you rank me to match, I rank you first.", ["single-first-choice", "no-commitment-deal"]],
  ["Provided you rank me to match, by March I will have withdrawn from every other program.", ["no-commitment-deal"]],
  ["If you can rank the two of us to match, we will rank you first.", ["single-first-choice", "no-commitment-deal"]],
  ["If Mercy ranks my husband and me to match, we will decline every other offer.", ["no-commitment-deal"]],
  ["I would give up a lot, even cancelling my other interviews, if that is what it takes for you to rank me to match.", ["no-commitment-deal"]],
  ["once you lock in my spot i will tell the other programs i am off the market", ["no-commitment-deal"]],
  ["So long as I am still on your list, you will be my number one.", ["single-first-choice", "no-commitment-deal"]],
];

const DEALS_HONEST: LanguageCase[] = [
  ["I commit to patient safety every day.", []],
  ["I am committed to a career in neurology.", []],
  ["I promise to keep you updated on my Step 3 score.", []],
  ["If you have any questions, I will gladly answer them.", []],
  ["I will accept any feedback you have on my application.", []],
  ["In return for your mentorship, I will work hard.", []],
  ["I am committed to training at a program with strong stroke care.", []],
  ["If you would like, I can send an updated CV.", []],
  ["I commit to lifelong learning.", []],
  ["I promise to send my updated letters by Friday.", []],
  ["I promise to accept any feedback and keep improving.", []],
  ["I am committed to your program's mission of serving the community.", []],
  ["If you need my updated CV, I will send it today.", []],
  ["I am ready to start on July 1.", []],
  // Near misses of the same classes.
  ["Commitment to patient care and teaching", []],
  ["Promise to send my Step 3 score when it arrives", []],
  ["I will sign the letter of recommendation form and send it today.", []],
  ["If you need it, I can send a signed copy of my medical license.", []],
  ["I would remove every other distraction and focus on my patients.", []],
  ["If you rank residents' wellness highly, I would love to hear more.", []],
  ["I would happily sign up for the Saturday clinic.", []],
  ["I would gladly sign the card for Dr Lee's retirement.", []],
  ["Upon arrival at the hospital, my badge will be issued.", []],
  ["On being matched, every intern receives a welcome packet.", []],
  ["My acceptance to the AOA honor society was confirmed in December.", []],
  ["If there is a spot for me on the research team, I would love to join.", []],
  ["I am not going anywhere else for the holidays.", []],
  ["In the case of a snowstorm, I will join the interview by video.", []],
  ["I engage myself fully in every rotation.", []],
  ["Would it make any difference if I sent an updated letter of recommendation?", []],
  ["I promised my mentor I would finish the paper before July.", []],
  ["I will pull my notes together before the second look.", []],
  ["I was ill during my surgery rotation but recovered quickly.", []],
  ["If I match at Mercy, I will bring my research on stroke outcomes with me.", []],
  ["Should I match with you, I look forward to joining the research track.", []],
  ["I promise to be a hard-working and reliable intern.", []],
  ["If you offer a research elective, I would love to take it.", []],
  ["Once I am matched anywhere, I will start my visa paperwork right away.", []],
  ["If you have me for the second look, I will bring my updated CV.", []],
  ["I gave you my word at the interview that I would send the poster, so here it is.", []],
  ["Upon matching, every intern signs the GME contract in April.", []],
  ["I am done interviewing and waiting patiently for March.", []],
  ["I will sign up for the Step 3 exam in February.", []],
  ["If there is a spot for me at the second look dinner, I would be glad to attend.", []],
  ["Commitment to service has shaped my whole career.", []],
  ["I will sign the consent forms for the research study this week.", []],
  ["Were I to describe your program in one word, it would be welcoming.", []],
  ["If you rank resident wellness as highly as I do, we are a good fit.", []],
  ["I would happily sign up to help with the interview socials.", []],
  ["On being offered the chief role at my school, I learned to delegate.", []],
  ["Following an offer of a research position last year, I published two papers.", []],
  ["After matching, my plan is to move with my family in June.", []],
  ["If there is a spot for me in the journal club this week, I would love to present.", []],
  ["I am not going anywhere else for spring break, so I can visit any day.", []],
  ["I bound myself to a strict study schedule for Step 3.", []],
  ["Would it make any difference if I sent my updated CV?", []],
  ["My acceptance speech at graduation was about my grandmother.", []],
  ["All of my interviews are complete, and I am grateful for each of them.", []],
  ["I dropped every other commitment to care for my father last spring.", []],
  ["I made a promise to my patients in Lagos that I would keep learning.", []],
  // Honest sentences that share words with the new classes (conditions on the writer's luck, making a list, plan A for the profile's own field, visa questions).
  ["If you rank me, I promise to work hard every day.", []],
  ["If you have any questions about my application, I will gladly answer them.", []],
  ["If I am fortunate enough to match with you, I will bring my QI experience to the wards.", []],
  ["Should I be lucky enough to join Mercy, I would love to continue my stroke research.", []],
  ["Upon arriving for the interview, I was struck by how warm everyone was.", []],
  ["After matching, most of your residents stay in the region, which I love.", []],
  ["I am not going to interview anywhere else this week because of a family matter.", []],
  ["I give you my word that I will send the updated CV by Friday.", []],
  ["I promise not to bother you with more emails.", []],
  ["I will accept any feedback on my application gratefully.", []],
  ["Rest assured, I will keep you updated on my Step 3 score.", []],
  // Near misses: committing to something else or being unable to commit; asides before an ordinary offer; "except";
  // taking a ride or a call; a spot on a research team; discarding notes and cars; a gerund as the subject; the
  // interviews cancelled by snow; a day remembered.
  ["I know I cannot commit to joining you before the Match, and I respect that.", []],
  ["I am prepared to commit to finishing my quality project if I match anywhere.", []],
  ["I commit to finishing the sepsis audit before July, whatever happens in the Match.", []],
  ["I am willing to commit to a career in neurology no matter where I match.", []],
  ["I would, of course, be happy to send my updated CV if that is helpful.", []],
  ["I will bring all documents except my diploma, which is still being translated.", []],
  ["If there is ever a spot for me on the research team, I would love to hear about it.", []],
  ["If you have time for a quick call, I'd take it gladly.", []],
  ["If a colleague offers me a ride to the second look, I will take it.", []],
  ["I know there is no spot for me outside the match, and I would not ask for one.", []],
  ["If I match, I will ditch my old car and buy a bike.", []],
  ["I scrapped my first personal statement draft after your feedback.", []],
  ["Accepting a position is a commitment to the program and its patients.", []],
  ["My other interviews are canceled because of the snowstorm, so I have time to visit.", []],
  ["The day you interviewed me was the best day of my season.", []],
  ["Patient safety goes to the top of my priorities every day.", []],
  ["Your program moved up in the rankings this year according to Doximity.", []],
  // A pre-Match offer named as a topic or as another program's proposes nothing.
  ["I received a pre-match offer from another program and turned it down.", []],
  ["A friend was offered a pre-match contract by a different hospital, which worried me.", []],
  ["Thank you for explaining your pre-match offer policy; I will respect it.", []],
  ["If I match with you, I will let my family know right away.", []],
  ["I will accept and respect whatever the Match decides.", []],
  ["I have told the other programs that I am still interested.", []],
  ["If it helps my application, I'd be happy to send an additional letter of recommendation.", []],
  ["Please tell me if I am missing any documents and I will send them.", []],
  ["Put me down for the Thursday social and I'll bring dessert.", []],
  ["I signed a letter committing to my current research lab through June.", []],
  ["Let the other applicants know I am happy to share my notes.", []],
  ["If I match with you, I will work hard every day.", []],
  ["Should I be ranked by your program, I would be honored.", []],
  ["I canceled my remaining interviews because of a family emergency.", []],
  ["Keep me in mind for research projects, and I'll happily help.", []],
  ["I'll forget about the stress once Match Day comes.", []],
  ["If I match elsewhere, I will let you know out of courtesy.", []],
  // Cancelling a lease or a trip after matching, 'im in the ICU', another program's pre-match offer, a thank-you note taken as such.
  ["If I match with you I will cancel my lease and move in June.", []],
  ["If I match there, I will cancel my trip to Denver and Phoenix.", []],
  ["im in the ICU this month so replies may be slow.", []],
  ["Quick update: im in Chicago this week, im out next week.", []],
  ["My friend got a pre-match offer from another program last year.", []],
  ["I will be in Denver and Phoenix for interviews next week.", []],
  ["Consider this my thank-you note for a great day.", []],
  ["If anything comes up, I am happy to answer more questions.", []],
  ["I can confirm in writing that my Step 3 score is 240.", []],
  ["I am happy to put that in writing for the visa office.", []],
  ["If you put a poster session in front of me, I will present happily.", []],
  ["Is there any way to lock in housing before the match?", []],
  ["Can you guarantee housing will be sorted before the match?", []],
  ["I accept today's invitation to the second look.", []],
  ["If you need anything else, I will not hesitate to send it.", []],
  ["Thank you, I accept the invitation to the dinner.", []],
  ["I am ready to commit to training hard as an intern.", []],
  ["I am willing to commit to your program's values of service.", []],
  ["I am happy to commit to the QI project you mentioned.", []],
  ["I will sign up for the welcome dinner right away.", []],
  ["I withdrew from the research conference to attend your second look.", []],
  ["If you have a spare moment, I would love to hear about the ICU.", []],
  ["Is there any realistic hope of getting a parking permit near the hospital?", []],
  ["My merit list position in medical school was 3.", []],
  ["I will join the residents for the journal club without fail.", []],
  ["My priority list for intern year starts with sleep.", []],
  ["If you are offering any research electives next year, I would love to join one.", []],
  ["I am giving you my honest assessment of the rotation: it was excellent.", []],
  ["I would like to propose a topic for the journal club: sepsis bundles.", []],
  ["Our agreement: I will send the slides by Friday.", []],
  ["By March I will have finished my research project and submitted the abstract.", []],
  ["My wife and I will be moving to Ohio in June regardless of the Match.", []],
  ["If you are confirming my interview date, Tuesday works well.", []],
  ["I would do anything for my patients, including staying late.", []],
  ["I am somewhere on the mailing list for the newsletter, I think.", []],
  ["Once you confirm my spot on the second look day, I will book my flight.", []],
  ["I am off the market for research positions this year because of my visa.", []],
  ["If you are holding a second look, I will attend.", []],
  ["We are both on the list for the welcome dinner.", []],
];

const STORY: LanguageCase[] = [
  ["I am a US citizen, so I do not need sponsorship.", ["consistent-story"], { visaStatus: "J1" }],
  ["As a green card holder, I can start in July.", ["consistent-story"], { visaStatus: "J1" }],
  ["I don't require visa sponsorship.", ["consistent-story"], { visaStatus: "H1B" }],
  ["I'm a U.S. citizen.", ["consistent-story"], { visaStatus: "F1_OPT" }],
  ["I will need J-1 sponsorship.", ["consistent-story"], US],
  ["I am currently on an H-1B visa.", ["consistent-story"], US],
  ["I’ll require visa sponsorship to train.", ["consistent-story"], US],
  ["My goal is a career in dermatology.", ["consistent-story"]],
  ["I plan to pursue orthopaedic surgery.", ["consistent-story"]],
  ["I am applying in radiology this cycle.", ["consistent-story"]],
  ["I hope to train in Emergency Medicine.", ["consistent-story"], { targetSpecialty: "internal-medicine" }],
  // Classes the fifth writer used, as paraphrases: a goal noun with a time adjunct, X-bound self-descriptions, idioms of commitment (all in on, sold on, plan A), the writer in a relative clause (as someone who, someone like me who), a visa in a relative clause or asked to be sponsored, second-language progressives and 'no requirement of sponsorship', typos in goal words, naturalisation as an event.
  ["My dream since the first year of medical school is to become a surgeon.", ["consistent-story"]],
  ["My plan after this preliminary year is an advanced position in diagnostic radiology.", ["consistent-story"]],
  ["My goal for many years now has been to practise dermatology.", ["consistent-story"]],
  ["EM-bound prelim applicant - update from Kofi", ["consistent-story"]],
  ["As a derm-bound intern, I value a strong prelim year.", ["consistent-story"]],
  ["I'm psych-bound after this year.", ["consistent-story"]],
  ["tbh rads was plan A for ages but im all in on derm this yr", ["consistent-story"]],
  ["I'm set on anesthesia after my prelim year.", ["consistent-story"]],
  ["I am sold on psychiatry now.", ["consistent-story"]],
  ["As someone who has always intended to become a cardiothoracic surgeon, I value perioperative medicine.", ["consistent-story"]],
  ["Would the prelim year suit someone like me who is pursuing ophthalmology?", ["consistent-story"]],
  ["For a person like me who wants to become a dermatologist, this year is ideal.", ["consistent-story"]],
  ["I would be grateful if the program could consider sponsoring a J-1 visa for me, which I will need in order to begin training.", ["consistent-story"], US],
  ["Could you sponsor my H-1B?", ["consistent-story"], US],
  ["Would the program be able to sponsor me for a J-1?", ["consistent-story"], US],
  ["I am having my green card since 2022 so there is no requirement of visa sponsorship from programme side.", ["consistent-story"]],
  ["There is no requirement for any visa sponsorship in my case.", ["consistent-story"]],
  ["I am having US citizenship from birth.", ["consistent-story"]],
  ["I am planing to do dermatolgy after my prelim year.", ["consistent-story"]],
  ["Im plannig to persue psychiatry.", ["consistent-story"]],
  ["My goal is to become a dermatologst.", ["consistent-story"]],
  ["Since my naturalisation ceremony took place in October, the program would be spared the usual visa paperwork.", ["consistent-story"]],
  ["I was naturalized last month, so there is no paperwork needed on your side.", ["consistent-story"]],
  ["I took the oath of citizenship in September.", ["consistent-story"]],
  ["Future dermatologist here, thanks for the interview!", ["consistent-story"]],
  ["Psych is where my heart is.", ["consistent-story"]],
  ["I intend on doing psychiatry.", ["consistent-story"]],
  ["Since third year, all I have wanted is to become a psychiatrist.", ["consistent-story"]],
  ["I matched into a dermatology advanced position, so your prelim year is my next step.", ["consistent-story"]],
  ["I hold Indian citizenship and will require sponsorship.", ["consistent-story"], US],
  ["Green card holder here, no sponsorship needed!", ["consistent-story"]],
  // Other registers: a P.S., ALL CAPS, texting, second-language and British/Irish/Australian idiom.
  ["IM GOING INTO DERM", ["consistent-story"]],
  ["I am having interest to become orthopedic surgeon, that is my aim in life.", ["consistent-story"], { targetSpecialty: "pediatrics" }],
  ["My aim in life is to become neurosurgeon.", ["consistent-story"], { targetSpecialty: "internal-medicine" }],
  ["I am interested to become a dermatologist.", ["consistent-story"]],
  // Brainstormed beyond the corpus: passive and very polite requests, list notation, commitments offered against a ranking, goals decided on, bare citizenship.
  ["I'm a surgery applicant at heart.", ["consistent-story"]],
  ["I see my future in dermatology.", ["consistent-story"]],
  ["I'll be doing derm after this prelim year.", ["consistent-story"]],
  ["I've decided on psychiatry.", ["consistent-story"]],
  ["Derm is the dream.", ["consistent-story"]],
  ["I need a J-1.", ["consistent-story"], US],
  ["I'm on an F-1 OPT right now.", ["consistent-story"], US],
  ["I'm a citizen, so no sponsorship needed.", ["consistent-story"]],
  ["I hold a green card.", ["consistent-story"]],
  // Typos in the key word: swaps counted as one edit in long words, five-letter words, short targets.
  ["I am a US citzen.", ["consistent-story"], { visaStatus: "J1" }],
  ["I will need visa sponser ship.", ["consistent-story"], US],
  ["My goal is to become a psychiatarist.", ["consistent-story"]],
  ["I plan to persue ophthalmolgy.", ["consistent-story"]],
  ["I want to specialise in dermatolgy.", ["consistent-story"]],
  // A subspecialty narrowed by the age of its patients, and the route named with "through" or "via"; lay names of a
  // field; eagerness idioms ("can't wait to be", "dying to be"); the field right after "going", "leaning into",
  // "pivoting to"; "X is where my head is at". (The default profile targets neurology.)
  ["I hope to build a career in adult cardiology.", ["consistent-story"], { targetSpecialty: "pediatrics" }],
  ["My plan is to do cardiology via internal medicine.", ["consistent-story"], { targetSpecialty: "pediatrics" }],
  ["My long-term goal is pediatric nephrology.", ["consistent-story"], { targetSpecialty: "internal-medicine" }],
  ["Since childhood my dream is to become a child specialist.", ["consistent-story"]],
  ["My ambition is to be a baby doctor for the children of my village.", ["consistent-story"]],
  ["I have always wanted to be a women's doctor.", ["consistent-story"]],
  ["I can't wait to be a peds doc one day!", ["consistent-story"]],
  ["I CANNOT WAIT TO BECOME A DERMATOLOGIST", ["consistent-story"]],
  ["im dying to be a surgeon tbh", ["consistent-story"]],
  ["im def going ortho, can't see myself doing anything else", ["consistent-story"]],
  ["tbh im leaning hard into anaesthetics now", ["consistent-story"]],
  ["I'm heading into derm after intern year.", ["consistent-story"]],
  ["honestly i'm pivoting to EM", ["consistent-story"]],
  ["gas is where my heads at.", ["consistent-story"]],
  ["Psychiatry is where my heart is.", ["consistent-story"]],
  // Words that qualify a goal ("long-held", "childhood", "end"), a career or calling that belongs somewhere, the
  // specialty that is "for me", seeing oneself as, sights set on, a field that has the writer's heart.
  ["It confirmed my long-held aim of becoming an internist.", ["consistent-story"], { targetSpecialty: "pediatrics" }],
  ["The rotation only deepened my childhood dream of becoming a surgeon.", ["consistent-story"], { targetSpecialty: "pediatrics" }],
  ["My end goal is to be a dermatologist.", ["consistent-story"]],
  ["My research year convinced me that orthopaedic surgery is where my career belongs.", ["consistent-story"]],
  ["Neurology is where my future lies.", ["consistent-story"], { targetSpecialty: "internal-medicine" }],
  ["I'm certain obstetrics and gynaecology is the specialty for me.", ["consistent-story"], { targetSpecialty: "anesthesiology" }],
  ["Radiology is the perfect fit for me.", ["consistent-story"]],
  ["Emergency medicine is what I was born to do.", ["consistent-story"]],
  ["I've always seen myself as a surgeon.", ["consistent-story"]],
  ["My sights are set on radiology.", ["consistent-story"]],
  ["I'm aiming at a surgical residency.", ["consistent-story"]],
  ["Ophthalmology has my heart.", ["consistent-story"]],
  ["I hold an Irish passport and an American one.", ["consistent-story"], { visaStatus: "J1" }],
  // Set on a field with an adverb we did not list ('now properly set on a career in ortho', 'well and truly set on'); 'surgeon' misspelt ('surgoen', 'surgen'); a goal after a label with its subject dropped ('update: gonna be a peds guy'); the progressive 'I am not requiring any visa sponsorship'; a status settled in colloquial words ('sorted with a green card', 'covered by my US citizenship').
  ["I did a fortnight with the trauma and orthopaedics team back home and I'm now properly set on a career in ortho.", ["consistent-story"]],
  ["I am well and truly set on dermatology now.", ["consistent-story"]],
  ["I'm absolutely set on becoming a psychiatrist.", ["consistent-story"]],
  ["Ever since medical school I have wanted to be a general surgoen.", ["consistent-story"]],
  ["My dream is to be a cardiac surgen one day.", ["consistent-story"]],
  ["update: gonna be a peds guy, kids r def my thing.", ["consistent-story"]],
  ["news: going into derm after all!", ["consistent-story"]],
  ["Quick note: going to become a psychiatrist, I have decided.", ["consistent-story"]],
  ["This is for your kind information that I am not requiring any visa sponsorship from your side.", ["consistent-story"]],
  ["I am not needing any sponsorship for training.", ["consistent-story"]],
  ["No need to worry about any visa sponsorship for me; I'm sorted with a green card.", ["consistent-story"]],
  ["I'm all set with my green card now, so no paperwork on your side.", ["consistent-story"]],
  ["I am covered by my US citizenship.", ["consistent-story"]],
  // The writer as a kind of person in a field: 'a derm girl through and through', 'a peds guy at heart'.
  ["I'm a derm girl through and through.", ["consistent-story"]],
  ["As a proper surgery person, I loved the OR.", ["consistent-story"]],
  ["im a peds guy at heart", ["consistent-story"]],
  // A field judged the writer's own: 'anaesthetics is for me', 'psych is my thing', 'radiology is it for me'.
  ["After my sub-I I've decided anaesthetics is for me.", ["consistent-story"]],
  ["Honestly psych is my thing now.", ["consistent-story"]],
  ["Radiology is it for me, I have decided.", ["consistent-story"]],
  // A field as the only thing the writer wants to do.
  ["Obs and gynae is the only thing I want to do.", ["consistent-story"]],
  ["Dermatology is all I want to do.", ["consistent-story"]],
  ["Does your program sponsor H-1B? I'd need one.", ["consistent-story"], US],
  ["Do you sponsor J-1 visas? I will need one.", ["consistent-story"], US],
  ["is j1 sponsorship available? i def need it lol", ["consistent-story"], US],
  ["Does the programme offer visa sponsorship? Because I will need it.", ["consistent-story"], US],
  ["Pediatrics has my heart.", ["consistent-story"]],
  ["honestly paediatrics is my calling", ["consistent-story"]],
  ["I carry a lifelong wish of becoming a pediatrician.", ["consistent-story"]],
  ["I am having the ambition to train in psychiatry.", ["consistent-story"]],
  ["Since childhood I have the dream to be a cardiac surgeon.", ["consistent-story"]],
  ["step 3 done and aiming for peds all the way lol", ["consistent-story"]],
  ["still shooting for derm tbh", ["consistent-story"]],
  ["I'm gunning for ortho next cycle.", ["consistent-story"]],
  ["I am a pediatrician in the making.", ["consistent-story"]],
  ["I am a plastic surgeon in training at heart.", ["consistent-story"]],
  ["The plan has always been OB/GYN.", ["consistent-story"]],
  ["Psych all the way!", ["consistent-story"]],
  ["I'm a ped's person at heart", ["consistent-story"]],
  ["ENT is where I see my future.", ["consistent-story"]],
];

const STORY_HONEST: LanguageCase[] = [
  ["I will need J-1 sponsorship.", [], { visaStatus: "J1" }],
  ["I am a US citizen.", [], US],
  ["Does your program sponsor J-1 visas?", [], US],
  ["I worked alongside many H-1B physicians.", [], US],
  ["I am a J-1 visa holder and will need ECFMG sponsorship.", [], { visaStatus: "J1" }],
  ["My sister is a US citizen.", [], { visaStatus: "J1" }],
  ["My goal is a career in neurology.", []],
  ["My rotation in dermatology taught me a lot about skin findings in lupus.", []],
  ["I enjoyed my time in the dermatology clinic.", []],
  ["I plan to pursue surgery.", [], { targetSpecialty: "orthopaedic-surgery" }],
  ["I plan to pursue dermatology.", [], { targetSpecialty: null }],
  ["I plan to pursue dermatology.", [], { targetSpecialty: "other" }],
  ["My goal is to practice medicine in an underserved community.", []],
  ["I'm applying to neurology programs.", []],
  ["I matched into a preliminary year in internal medicine.", []],
  ["As a prelim at Mercy, my goal is to grow as a clinician.", []],
  ["I trained in internal medicine before starting my preliminary year.", []],
  // Near misses of the same classes.
  ["My dream since the first year of medical school is to become a neurologist.", []],
  ["My plan after this year is to rest before starting neurology.", []],
  ["My dream since childhood was to be a pilot, but neurology won me over.", []],
  ["Neuro-bound applicant here, thank you for the interview.", []],
  ["Many of your derm-bound interns spoke highly of the program.", []],
  ["I am all in on neurology this year.", []],
  ["My co-resident is all in on derm.", []],
  ["I am sold on your program's wellness curriculum.", []],
  ["One of your residents, who is pursuing ophthalmology, gave me the tour.", []],
  ["As someone who has always loved teaching, I value your morning report.", []],
  ["I met someone who is pursuing ophthalmology at the dinner.", []],
  ["Does your program sponsor J-1 visas for its residents?", [], US],
  ["You will not need to sponsor me for anything.", [], US],
  ["I know you sponsor visas for many of your residents.", [], US],
  ["There is no requirement for a visa to attend the virtual open house.", []],
  ["I am having my J-1 documents prepared by ECFMG.", []],
  ["I am planing to do neurology after my prelim year.", []],
  ["My mother's naturalization ceremony took place in October.", []],
  ["I helped my brother prepare for his citizenship interview.", []],
  ["The visa paperwork for my J-1 is already under way.", []],
  ["Future neurologist here, thanks for the interview!", []],
  ["My roommate is a future dermatologist.", []],
  ["Psych was a close second for me, but neurology is my home.", []],
  ["I loved my dermatology elective, but neurology is where I belong.", []],
  ["Many of my classmates need J-1 sponsorship.", [], US],
  ["My husband needs an H-1B, but I am a US citizen.", [], US],
  ["Is a green card required for your research track?", []],
  ["I am applying for my green card next year.", []],
  ["I hope to get my green card soon.", []],
  ["My dream since childhood has been to help my community.", []],
  ["My plan after the interview season is to rest for a week.", []],
  ["As a neuro-bound applicant, I loved the stroke service.", []],
  ["I am sold on the value of a strong prelim year.", []],
  ["I am all in on this application season.", []],
  ["As someone who has always loved teaching, I enjoyed morning report.", []],
  ["I met a resident who is pursuing ophthalmology.", []],
  ["Does your program sponsor J-1 visas for incoming residents?", [], US],
  ["You would not need to sponsor me.", [], US],
  ["There is no requirement for a visa to attend the virtual open house.", []],
  ["I attended my father's naturalization ceremony last spring.", []],
  ["All I have wanted is a chance to train in neurology.", []],
  ["I matched into a preliminary year in internal medicine last cycle.", []],
  ["Neurology is where my heart is.", []],
  // Honest sentences that share words with the new classes (conditions on the writer's luck, making a list, plan A for the profile's own field, visa questions).
  ["Dermatology is the hardest field to match into.", []],
  ["I am a citizen of Nigeria and will need J-1 sponsorship.", []],
  ["I am a citizen scientist in my spare time.", []],
  ["If you can share the second look schedule, I will plan my travel.", []],
  ["On being matched to my sub-internship site, I learned how much I love neurology.", []],
  ["My plan after residency is a stroke fellowship.", []],
  ["My goal since my first neurology rotation has been to care for patients with epilepsy.", []],
  ["As someone who has always loved puzzles, I was drawn to neurology.", []],
  ["I would be grateful to know whether the program sponsors J-1 visas.", []],
  ["The feedback from my neurology sub-internship was very positive.", []],
  ["I dropped my plans for a research year to start residency right away.", []],
  ["In the case of a delay with my visa, I will let you know immediately.", []],
  ["I committed to a career in neurology after my third-year rotation.", []],
  ["Neurology has been plan A since medical school.", []],
  ["My husband is a derm-bound resident at your university.", []],
  ["My green card interview is scheduled for March.", [], { visaStatus: "J1" }],
  ["I am applying for my green card through my spouse.", [], { visaStatus: "J1" }],
  ["I will need to confirm my visa status with ECFMG.", [], US],
  ["Could you tell me whether your program sponsors H-1B visas?", [], US],
  ["Many of my friends needed sponsorship, but I am a US citizen.", [], US],
  // Near misses: the target's own subspecialty for the right age, a route through the target, a relative who is a
  // child specialist, a rotation, a clinic, "going to" a place, "where my heart is" about the target or a city.
  ["My goal is a career in adult cardiology.", [], { targetSpecialty: "internal-medicine" }],
  ["I hope to specialize in pediatric cardiology.", [], { targetSpecialty: "pediatrics" }],
  ["My plan is cardiology through pediatrics.", [], { targetSpecialty: "pediatrics" }],
  ["My mother is a child specialist in Lagos.", []],
  ["I can't wait to see the pediatrics residents again at the second look.", []],
  ["I cannot wait to start my surgery rotation next week.", []],
  ["I want to start my psychiatry clerkship in March.", []],
  ["im going to my surgery rotation tomorrow", []],
  ["I am heading to the ortho clinic after lunch.", []],
  ["I'm going peds rotation first then ICU.", []],
  ["Neurology is where my heart is.", []],
  ["Chicago is where my heart is.", []],
  ["I thought psychiatry was the specialty for me until my medicine rotation.", []],
  ["My friend's long-held aim is to become a surgeon.", []],
  ["Internal medicine is the specialty for me.", [], { targetSpecialty: "internal-medicine" }],
  ["Pediatrics is where my wife's career belongs.", []],
  ["Cardiology is where my interests lie within internal medicine.", [], { targetSpecialty: "internal-medicine" }],
  ["My old aim of surgery faded during my medicine rotation.", []],
  ["Many of my classmates are applying to dermatology.", []],
  ["My brother wants to be a surgeon.", []],
  ["I admire your psychiatry department.", []],
  ["Neurology is where my sister's career belongs.", [], { targetSpecialty: "internal-medicine" }],
  ["I enjoyed my surgery rotation.", []],
  // Set on something other than a field, sorted with housing, all set with paperwork, a dropped subject after a label that states no goal.
  ["I am set on finishing my research paper before July.", []],
  ["The residents were set on showing us the best coffee in town.", []],
  ["I was a bit nervous about the surgery rotation.", []],
  ["My physican friend recommended your program.", []],
  ["I am sorted with housing for the interview.", []],
  ["I am all set with the paperwork for the visit.", []],
  ["update: going to be in town next week for a wedding.", []],
  ["Re: going to be late to the second look", []],
  // Ranking the program among others in an opinion, picking someone up, a field that is not for the writer, the target itself for me, a goal the writer only thought they had.
  ["I rank you among the friendliest programs I visited.", []],
  ["If you have questions, I can pick you up from the airport lol.", []],
  ["Surgery is not for me, I learned that quickly.", []],
  ["Neurology is for me and your program is a great fit.", []],
  ["Radiology is for me a fascinating field to read about.", []],
  ["I thought cardiology was my thing until my sub-I in neurology.", []],
  ["Does your program sponsor H-1B? My classmate needs one.", [], US],
  ["Do you offer parking permits? I'd need one.", [], US],
  ["Does your program sponsor visas? I won't need one, I'm a citizen.", [], US],
  ["Do you sponsor H-1B? Just asking for a friend who needs one.", [], US],
  ["Hillside Family Medicine has my heart after the interview day.", []],
  ["I have the dream to be a good doctor.", []],
  ["My brother has the dream to be a pediatrician.", []],
  ["I am aiming for the peds elective in March.", []],
  ["going for a run before the psych rotation", []],
  ["My friend is a surgeon and going for peds later.", []],
  ["The residents are busy and going for lunch before the peds conference.", []],
  ["Lakeview Pediatrics in the making is a great new program.", []],
  ["The plan is to meet at noon on Friday.", []],
  ["The goal is to finish my neurology QI project.", []],
  ["Neuro all the way!", []],
  ["The plan for the day was a tour of the peds ward.", []],
  ["Surgery all the way down the hall, then left.", []],
  ["My sister is going into dermatology.", []],
  ["I rotated at Lakeview Pediatrics last spring.", []],
];

const TONE: LanguageCase[] = [
  ["I deserve a spot in your program.", ["tone"]],
  ["I know I'm not the strongest applicant, but I work hard.", ["tone"]],
  ["Sorry to bother you again.", ["tone"]],
  ["I'm just a prelim, but I learn fast.", ["tone"]],
  ["I am desperate for a position.", ["tone"]],
  ["I beg you to consider me.", ["tone"]],
  ["Please give me a chance, any chance.", ["tone"]],
  ["You owe me an interview.", ["tone"]],
  ["I am the best candidate you will meet.", ["tone"]],
  ["You should give me a position.", ["tone"]],
  ["I know I am weak and not competitive, but please consider me.", ["tone"]],
];

const TONE_HONEST: LanguageCase[] = [
  ["I deserved my honors grade after a hard rotation.", []],
  ["I am just a phone call away if you need anything.", []],
  ["I am the first in my family to become a doctor.", []],
  ["Sorry for the short notice on my updated CV.", []],
  ["Thank you for the interview on Tuesday.", []],
  ["Your residents made me feel welcome.", []],
  ["I am grateful for your time and advice.", []],
];

const LANGUAGE_CASES: LanguageCase[] = [
  ...FIRST_CHOICE_CLAIMS,
  ...FIRST_CHOICE_HONEST,
  ...SOLICITATION,
  ...SOLICITATION_HONEST,
  ...DEALS,
  ...DEALS_HONEST,
  ...STORY,
  ...STORY_HONEST,
  ...TONE,
  ...TONE_HONEST,
];

const LANGUAGE_YEAR = 2027;
const claimElsewhere = sent(LAKESIDE, "INTEREST_UPDATE", on(LANGUAGE_YEAR - 1, 11, 1), true);

function languageRules(text: string, profile?: Partial<MessageContext["profile"]>): RuleId[] {
  const context = contextFor(LANGUAGE_YEAR, { profile, sentThisCycle: [claimElsewhere] });
  return rulesOf(draftOf({ body: text, sentAt: on(LANGUAGE_YEAR - 1, 12, 1) }), context);
}

describe("language detectors", () => {
  it("has enough cases, at least half of them honest sentences that block nothing", () => {
    const blocking = new Set<RuleId>(BLOCK_RULES);
    const clean = LANGUAGE_CASES.filter(([, expected]) => !expected.some((rule) => blocking.has(rule)));
    expect(LANGUAGE_CASES.length).toBeGreaterThanOrEqual(80);
    expect(clean.length * 2).toBeGreaterThanOrEqual(LANGUAGE_CASES.length);
  });

  it.each(LANGUAGE_CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });

  it.each([...FIRST_CHOICE_CLAIMS, ...FIRST_CHOICE_HONEST, ...DEALS, ...SOLICITATION])("claimsFirstChoice(%j) agrees with the table", (text, expected) => {
    expect(claimsFirstChoice(text)).toBe(expected.includes("single-first-choice"));
  });

  it("checks the subject line as well as the body", () => {
    const context = contextFor(LANGUAGE_YEAR, { sentThisCycle: [claimElsewhere] });
    const draft = draftOf({ subject: "Where will I be ranked?", body: "Thank you for your time.", sentAt: on(LANGUAGE_YEAR - 1, 12, 1) });
    expect(rulesOf(draft, context)).toEqual(["no-rank-solicitation"]);
  });

  it("quotes the sentence it found, as typed, and says what to do instead", () => {
    const [finding] = evaluateMessage(draftOf({ body: "Hello.  Where  will I be ranked?", sentAt: on(2026, 12, 1) }), contextFor(2027));
    expect(finding?.rule).toBe("no-rank-solicitation");
    expect(finding?.quote).toBe("Where  will I be ranked?");
    expect(finding?.field).toBe("body");
    expect(finding?.message).toMatch(/NRMP/);
  });

  it.each<[string, RuleId, string]>([
    ["Hello again. You’re my first choice!", "single-first-choice", "You’re my first choice!"],
    ["Thanks. Can you guarantee me a position?", "no-rank-solicitation", "Can you guarantee me a position?"],
    ["If you rank me first, I'll accept. Best wishes.", "no-commitment-deal", "If you rank me first, I'll accept."],
    ["I am a US citizen.", "consistent-story", "I am a US citizen."],
    ["Thank you. My goal is a career in dermatology.", "consistent-story", "My goal is a career in dermatology."],
    ["Sorry to bother you. Thank you for your time.", "tone", "Sorry to bother you."],
  ])("%j: the %s finding quotes the sentence it found", (text, rule, quote) => {
    const context = contextFor(LANGUAGE_YEAR, { sentThisCycle: [claimElsewhere] });
    const finding = evaluateMessage(draftOf({ body: text, sentAt: on(LANGUAGE_YEAR - 1, 12, 1) }), context).find((f) => f.rule === rule);
    expect(finding?.quote).toBe(quote);
    expect(text).toContain(finding?.quote);
  });

  it.each([
    ["I’m sure you’ll", "i am sure you will"],
    ["You’re  my  No. 1", "you are my #1"],
    ["a FIRST-CHOICE\nprogram", "a first choice program"],
    ["I won't, I can't", "i will not, i cannot"],
    ["H-1B and J 1", "h1b and j1"],
    ["no one", "no one"],
  ])("normalizes %j to %j", (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Structural rules, for two cycle years.

type StructuralCase = [name: string, build: (year: number) => { draft: MessageDraft; context: MessageContext }, expected: RuleId[]];

const interviewOf = (year: number) => on(year - 1, 11, 10, 9);
const inSeason = (year: number) => on(year - 1, 12, 1, 12);
const inLoiWindow = (year: number) => on(year, 1, 20, 12);

const STRUCTURAL_CASES: StructuralCase[] = [
  // one-letter-of-intent
  ["a first letter of intent", (y) => ({ draft: draftOf({ kind: "LETTER_OF_INTENT", sentAt: inLoiWindow(y) }), context: contextFor(y) }), []],
  [
    "a second letter of intent to another program",
    (y) => ({
      draft: draftOf({ kind: "LETTER_OF_INTENT", sentAt: inLoiWindow(y) }),
      context: contextFor(y, { sentThisCycle: [sent(LAKESIDE, "LETTER_OF_INTENT", on(y, 1, 10))] }),
    }),
    ["one-letter-of-intent", "single-first-choice"],
  ],
  [
    "a second letter of intent to the same program",
    (y) => ({
      draft: draftOf({ kind: "LETTER_OF_INTENT", sentAt: inLoiWindow(y) }),
      context: contextFor(y, { sentThisCycle: [sent(MERCY, "LETTER_OF_INTENT", on(y, 1, 5), true)] }),
    }),
    ["one-letter-of-intent"],
  ],
  // single-first-choice
  [
    "a first-choice claim after a claim to another program",
    (y) => ({
      draft: draftOf({ body: "You are my first choice.", sentAt: inSeason(y) }),
      context: contextFor(y, { sentThisCycle: [sent(LAKESIDE, "INTEREST_UPDATE", on(y - 1, 11, 20), true)] }),
    }),
    ["single-first-choice"],
  ],
  [
    "a first-choice claim repeated to the same program",
    (y) => ({
      draft: draftOf({ body: "You are my first choice.", sentAt: inSeason(y) }),
      context: contextFor(y, { sentThisCycle: [sent(MERCY, "INTEREST_UPDATE", on(y - 1, 11, 20), true)] }),
    }),
    [],
  ],
  [
    "a first-choice claim after a letter of intent to another program",
    (y) => ({
      draft: draftOf({ body: "I will rank you #1.", sentAt: on(y, 2, 1) }),
      context: contextFor(y, { sentThisCycle: [sent(LAKESIDE, "LETTER_OF_INTENT", on(y, 1, 10))] }),
    }),
    ["single-first-choice"],
  ],
  [
    "a letter of intent after a first-choice claim to another program",
    (y) => ({
      draft: draftOf({ kind: "LETTER_OF_INTENT", sentAt: inLoiWindow(y) }),
      context: contextFor(y, { sentThisCycle: [sent(LAKESIDE, "INTEREST_UPDATE", on(y - 1, 12, 2), true)] }),
    }),
    ["single-first-choice"],
  ],
  [
    "a first-choice claim after plain interest letters elsewhere",
    (y) => ({
      draft: draftOf({ body: "You are my first choice.", sentAt: inSeason(y) }),
      context: contextFor(y, { sentThisCycle: [sent(LAKESIDE, "INTEREST_UPDATE", on(y - 1, 11, 20))] }),
    }),
    [],
  ],
  // spacing
  [
    "a message 6 days after the last one to the same program",
    (y) => ({
      draft: draftOf({ sentAt: inSeason(y) }),
      context: contextFor(y, { sentThisCycle: [sent(MERCY, "INTEREST_UPDATE", new Date(inSeason(y).getTime() - 6 * DAY))] }),
    }),
    ["spacing"],
  ],
  [
    "a message 8 days after the last one to the same program",
    (y) => ({
      draft: draftOf({ sentAt: inSeason(y) }),
      context: contextFor(y, { sentThisCycle: [sent(MERCY, "INTEREST_UPDATE", new Date(inSeason(y).getTime() - 8 * DAY))] }),
    }),
    [],
  ],
  [
    "a message exactly 7 days after the last one",
    (y) => ({
      draft: draftOf({ sentAt: inSeason(y) }),
      context: contextFor(y, { sentThisCycle: [sent(MERCY, "OTHER", new Date(inSeason(y).getTime() - 7 * DAY))] }),
    }),
    [],
  ],
  [
    "a message 1 day after writing to a different program",
    (y) => ({
      draft: draftOf({ sentAt: inSeason(y) }),
      context: contextFor(y, { sentThisCycle: [sent(LAKESIDE, "INTEREST_UPDATE", new Date(inSeason(y).getTime() - DAY))] }),
    }),
    [],
  ],
  [
    "a message 2 days after a reply to the same program",
    (y) => ({
      draft: draftOf({ sentAt: inSeason(y) }),
      context: contextFor(y, { sentThisCycle: [sent(MERCY, "REPLY", new Date(inSeason(y).getTime() - 2 * DAY))] }),
    }),
    [],
  ],
  [
    "a reply 1 day after an update to the same program",
    (y) => ({
      draft: draftOf({ kind: "REPLY", sentAt: inSeason(y) }),
      context: contextFor(y, { sentThisCycle: [sent(MERCY, "INTEREST_UPDATE", new Date(inSeason(y).getTime() - DAY))] }),
    }),
    [],
  ],
  [
    "a second thank-you to the same program",
    (y) => ({
      draft: draftOf({ kind: "THANK_YOU", sentAt: new Date(interviewOf(y).getTime() + 20 * HOUR) }),
      context: contextFor(y, { sentThisCycle: [sent(MERCY, "THANK_YOU", on(y - 1, 10, 1))] }),
    }),
    ["spacing"],
  ],
  ["a first thank-you", (y) => ({ draft: draftOf({ kind: "THANK_YOU", sentAt: new Date(interviewOf(y).getTime() + 20 * HOUR) }), context: contextFor(y) }), []],
  [
    "a third interest letter to the same program",
    (y) => ({
      draft: draftOf({ kind: "INTEREST_UPDATE", sentAt: on(y - 1, 12, 28) }),
      context: contextFor(y, { sentThisCycle: [sent(MERCY, "INTEREST_UPDATE", on(y - 1, 11, 20)), sent(MERCY, "INTEREST_UPDATE", on(y - 1, 12, 5))] }),
    }),
    ["spacing"],
  ],
  [
    "a second interest letter to the same program",
    (y) => ({
      draft: draftOf({ kind: "INTEREST_UPDATE", sentAt: on(y - 1, 12, 28) }),
      context: contextFor(y, { sentThisCycle: [sent(MERCY, "INTEREST_UPDATE", on(y - 1, 11, 20))] }),
    }),
    [],
  ],
  // soap-blackout
  ["a message on the Tuesday of Match Week", (y) => ({ draft: draftOf({ sentAt: on(y, 3, 17, 10) }), context: contextFor(y) }), ["soap-blackout"]],
  ["a message at the start of Match Week Monday", (y) => ({ draft: draftOf({ sentAt: on(y, 3, 16) }), context: contextFor(y) }), ["soap-blackout"]],
  ["a message in the afternoon of the last SOAP day", (y) => ({ draft: draftOf({ sentAt: on(y, 3, 19, 15) }), context: contextFor(y) }), ["soap-blackout"]],
  [
    "a message during SOAP after the program wrote first",
    (y) => ({ draft: draftOf({ sentAt: on(y, 3, 17, 10) }), context: contextFor(y, { programContactedFirstDuringSoap: true }) }),
    [],
  ],
  ["a message the day before Match Week", (y) => ({ draft: draftOf({ sentAt: on(y, 3, 15, 23) }), context: contextFor(y) }), []],
  ["a message on Match Day", (y) => ({ draft: draftOf({ sentAt: on(y, 3, 20, 12) }), context: contextFor(y) }), []],
  // respect-no-contact
  [
    "a message before the interview to a no-contact program",
    (y) => ({ draft: draftOf({ sentAt: on(y - 1, 11, 5) }), context: contextFor(y, { program: { postInterviewCommunication: "NO" } }) }),
    [],
  ],
  [
    "a message after the interview to a no-contact program",
    (y) => ({ draft: draftOf({ sentAt: on(y - 1, 11, 12) }), context: contextFor(y, { program: { postInterviewCommunication: "NO" } }) }),
    ["respect-no-contact"],
  ],
  [
    "a thank-you on the interview day to a no-contact program",
    (y) => ({
      draft: draftOf({ kind: "THANK_YOU", sentAt: new Date(interviewOf(y).getTime() + 3 * HOUR) }),
      context: contextFor(y, { program: { postInterviewCommunication: "NO" } }),
    }),
    ["respect-no-contact"],
  ],
  [
    "a reply after the interview to a no-contact program",
    (y) => ({ draft: draftOf({ kind: "REPLY", sentAt: on(y - 1, 11, 12) }), context: contextFor(y, { program: { postInterviewCommunication: "NO" } }) }),
    [],
  ],
  [
    "a message after the interview when the policy is unknown",
    (y) => ({ draft: draftOf({ sentAt: on(y - 1, 11, 12) }), context: contextFor(y, { program: { postInterviewCommunication: "UNKNOWN" } }) }),
    [],
  ],
  [
    "a message to a no-contact program with no interview yet",
    (y) => ({ draft: draftOf({ sentAt: on(y - 1, 11, 12) }), context: contextFor(y, { program: { postInterviewCommunication: "NO", interviewDate: null } }) }),
    [],
  ],
  // late-thank-you
  [
    "a thank-you 47 hours after the interview",
    (y) => ({ draft: draftOf({ kind: "THANK_YOU", sentAt: new Date(interviewOf(y).getTime() + 47 * HOUR) }), context: contextFor(y) }),
    [],
  ],
  [
    "a thank-you 49 hours after the interview",
    (y) => ({ draft: draftOf({ kind: "THANK_YOU", sentAt: new Date(interviewOf(y).getTime() + 49 * HOUR) }), context: contextFor(y) }),
    ["late-thank-you"],
  ],
  // loi-timing
  ["a letter of intent on January 1", (y) => ({ draft: draftOf({ kind: "LETTER_OF_INTENT", sentAt: on(y, 1, 1) }), context: contextFor(y) }), []],
  [
    "a letter of intent late on February 15",
    (y) => ({ draft: draftOf({ kind: "LETTER_OF_INTENT", sentAt: on(y, 2, 15, 23, 30) }), context: contextFor(y) }),
    [],
  ],
  [
    "a letter of intent on February 16",
    (y) => ({ draft: draftOf({ kind: "LETTER_OF_INTENT", sentAt: on(y, 2, 16) }), context: contextFor(y) }),
    ["loi-timing"],
  ],
  [
    "a letter of intent on December 31",
    (y) => ({ draft: draftOf({ kind: "LETTER_OF_INTENT", sentAt: on(y - 1, 12, 31, 23) }), context: contextFor(y) }),
    ["loi-timing"],
  ],
  [
    "a letter of intent a year early",
    (y) => ({ draft: draftOf({ kind: "LETTER_OF_INTENT", sentAt: on(y - 1, 1, 20) }), context: contextFor(y) }),
    ["loi-timing"],
  ],
  // too-long
  ["a body of 200 words", (y) => ({ draft: draftOf({ body: wordsOf(200), sentAt: inSeason(y) }), context: contextFor(y) }), []],
  ["a body of 201 words", (y) => ({ draft: draftOf({ body: wordsOf(201), sentAt: inSeason(y) }), context: contextFor(y) }), ["too-long"]],
  // final-note-count
  [
    "a final note to a third program",
    (y) => ({
      draft: draftOf({ kind: "FINAL_NOTE", programId: "p-3", sentAt: on(y, 2, 20) }),
      context: contextFor(y, { program: { id: "p-3" }, sentThisCycle: [sent("p-1", "FINAL_NOTE", on(y, 2, 18)), sent("p-2", "FINAL_NOTE", on(y, 2, 18))] }),
    }),
    [],
  ],
  [
    "a final note to a fourth program",
    (y) => ({
      draft: draftOf({ kind: "FINAL_NOTE", programId: "p-4", sentAt: on(y, 2, 20) }),
      context: contextFor(y, {
        program: { id: "p-4" },
        sentThisCycle: [sent("p-1", "FINAL_NOTE", on(y, 2, 18)), sent("p-2", "FINAL_NOTE", on(y, 2, 18)), sent("p-3", "FINAL_NOTE", on(y, 2, 18))],
      }),
    }),
    ["final-note-count"],
  ],
  [
    "final notes counted per program, not per message",
    (y) => ({
      draft: draftOf({ kind: "FINAL_NOTE", programId: "p-3", sentAt: on(y, 2, 20) }),
      context: contextFor(y, {
        program: { id: "p-3" },
        sentThisCycle: [sent("p-1", "FINAL_NOTE", on(y, 2, 1)), sent("p-2", "FINAL_NOTE", on(y, 2, 1)), sent("p-1", "FINAL_NOTE", on(y, 2, 12))],
      }),
    }),
    [],
  ],
];

function wordsOf(count: number): string {
  const vocabulary = ["the", "stroke", "service", "taught", "me", "careful", "handoffs", "and", "steady", "teamwork"];
  return Array.from({ length: count }, (_, i) => vocabulary[i % vocabulary.length]).join(" ");
}

describe.each(YEARS)("structural rules, cycle %i", (year) => {
  it.each(STRUCTURAL_CASES)("%s", (_name, build, expected) => {
    const { draft, context } = build(year);
    expect(rulesOf(draft, context)).toEqual(expected);
  });

  it("gives each finding the severity of its rule list, blocks first", () => {
    const findings = evaluateMessage(draftOf({ body: wordsOf(250), sentAt: on(year, 3, 17, 10) }), contextFor(year));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["soap-blackout", "block"],
      ["too-long", "warn"],
    ]);
  });
});

describe("wordCount", () => {
  it.each([
    ["", 0],
    ["   ", 0],
    ["one", 1],
    ["one  two\nthree\tfour", 4],
    ["Dr. Patel — thank you!", 4],
    ["{{programName}} is great", 3],
  ])("%j has %i words", (text, expected) => {
    expect(wordCount(text)).toBe(expected);
  });
});

describe("rule lists", () => {
  it("lists every rule once, blocks and warnings apart", () => {
    expect(new Set([...BLOCK_RULES, ...WARN_RULES]).size).toBe(BLOCK_RULES.length + WARN_RULES.length);
    expect(BLOCK_RULES).toHaveLength(10);
    expect(WARN_RULES).toHaveLength(5);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties

const PHRASES = [...LANGUAGE_CASES.map(([text]) => text), "Thank you for the interview", "I enjoyed meeting your residents", "the stroke service"];
const plainWord = fc.stringMatching(/^[A-Za-z]{1,10}$/);
const whitespaceRun = fc.constantFrom(" ", "  ", "\t", "\n", " \n ", "\u00a0", "\r\n", "   \t ");

function recase(text: string, mode: "upper" | "lower" | "mixed", flips: boolean[]): string {
  if (mode === "upper") return text.toUpperCase();
  if (mode === "lower") return text.toLowerCase();
  return [...text].map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase())).join("");
}

/** Each run of spaces becomes another run of whitespace. A blank line is a paragraph break, and a line break before
 * "- " or "2. " starts a list item: both are structure (they end a sentence), so a run never turns into one. */
function respace(text: string, runs: string[]): string {
  let i = 0;
  return text.replace(/ +(?=([-*•]|\d+[.)])?)/g, (_, listMarker: string | undefined) => {
    const run = runs[i++ % runs.length] ?? " ";
    return listMarker && /[\n\r]/.test(run) ? " " : run;
  });
}

describe("properties", () => {
  it("findings do not change with extra whitespace between words or a change of case", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PHRASES), plainWord), { minLength: 1, maxLength: 10 }),
        fc.constantFrom(...KINDS),
        fc.constantFrom(...VISA_STATUSES),
        fc.array(whitespaceRun, { minLength: 1, maxLength: 20 }),
        fc.constantFrom("upper" as const, "lower" as const, "mixed" as const),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }),
        (parts, kind, visaStatus, runs, mode, flips) => {
          const body = parts.join(" ");
          const context = contextFor(2028, { profile: { visaStatus }, sentThisCycle: [sent(LAKESIDE, "INTEREST_UPDATE", on(2027, 11, 1), true)] });
          const base = draftOf({ kind, subject: "Checking in", body, sentAt: on(2027, 12, 3) });
          const variant = { ...base, subject: recase("Checking  in", mode, flips), body: recase(respace(body, runs), mode, flips) };
          // Quotes and rewrites are the resident's own words, so they keep the variant's spacing and case.
          const verdicts = (draft: MessageDraft) =>
            evaluateMessage(draft, context).map(({ rule, severity, message, field }) => ({ rule, severity, message, field }));
          expect(verdicts(variant)).toEqual(verdicts(base));
          for (const finding of evaluateMessage(variant, context)) {
            if (finding.quote !== undefined) expect(`${variant.subject}\n${variant.body}`).toContain(finding.quote);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  const nameWord = fc.stringMatching(/^[A-Z][a-z]{2,11}$/);
  const name = fc.array(nameWord, { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
  const sentence = fc.array(fc.stringMatching(/^[a-z]{3,10}$/), { minLength: 1, maxLength: 8 }).map((w) => `${w.join(" ")}.`);
  const VISA_TEXT: Record<VisaStatus, string> = {
    US_CITIZEN_OR_PR: "US citizen",
    J1: "J-1 visa holder",
    H1B: "H-1B visa holder",
    F1_OPT: "F-1 student on OPT",
    NEEDS_SPONSORSHIP: "in need of visa sponsorship",
    OTHER: "other",
  };

  it("every template, filled with random names and sent at a harmless time, is blocked only for the gaps left in it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.integer({ min: 2026, max: 2040 }),
        fc.constantFrom<SpecialtyId | null>(...SPECIALTY_IDS, null),
        fc.constantFrom(...VISA_STATUSES),
        fc.record({
          residentName: name,
          programName: name,
          programDirectorName: name.map((n) => `Dr. ${n}`),
          currentProgram: name,
          institution: name,
          update: sentence,
          question: sentence,
        }),
        fc.integer({ min: 1, max: 23 }),
        fc.constantFrom<"YES" | "UNKNOWN">("YES", "UNKNOWN"),
        (kind, year, targetSpecialty, visaStatus, names, hoursAfter, policy) => {
          const interviewDate = on(year - 1, 11, 10, 9);
          const values: TemplateValues = {
            ...names,
            specialty: specialtyById(targetSpecialty)?.label,
            interviewDate: interviewDate.toISOString().slice(0, 10),
            graduationYear: String(year - 3),
            visaStatus: VISA_TEXT[visaStatus],
          };
          const rendered = renderTemplate(kind, values);
          const sentAt: Record<MessageKind, Date> = {
            PRE_APPLICATION: on(year - 1, 8, 15),
            THANK_YOU: new Date(interviewDate.getTime() + hoursAfter * HOUR),
            INTEREST_UPDATE: on(year - 1, 12, 5),
            LETTER_OF_INTENT: on(year, 1, 20),
            FINAL_NOTE: on(year, 2, 20),
            REPLY: on(year - 1, 12, 12),
            OTHER: on(year - 1, 9, 20),
          };
          const context = contextFor(year, { profile: { targetSpecialty, visaStatus }, program: { interviewDate, postInterviewCommunication: policy } });
          const findings = evaluateMessage({ programId: MERCY, kind, subject: rendered.subject, body: rendered.body, sentAt: sentAt[kind] }, context);
          // A value left empty (no target specialty on the profile) stays visible as [name] and must block the send.
          const blocks = findings.filter((f) => f.severity === "block").map((f) => f.rule);
          expect(blocks).toEqual(rendered.missing.length > 0 ? ["unfilled-placeholder"] : []);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("never throws on arbitrary unicode text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.oneof(fc.string({ unit: "binary", maxLength: 600 }), fc.string({ unit: "grapheme", maxLength: 600 })),
        fc.constantFrom(...KINDS),
        fc.constantFrom<SpecialtyId | null>(...SPECIALTY_IDS, null),
        fc.constantFrom(...VISA_STATUSES),
        (subject, body, kind, targetSpecialty, visaStatus) => {
          const context = contextFor(2029, { profile: { targetSpecialty, visaStatus }, sentThisCycle: [claimElsewhere] });
          const findings = evaluateMessage(draftOf({ kind, subject, body, sentAt: on(2028, 12, 1) }), context);
          expect(Array.isArray(findings)).toBe(true);
          for (const f of findings) expect(f.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
