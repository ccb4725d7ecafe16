// Classes generalised from the thirty-fifth to thirty-eighth writers' first-choice and deal misses and false blocks
// (dev-thirtyfifth ... dev-thirtyeighth): paraphrases written here, not copied from the corpus, with honest near misses
// of the same shapes. The default profile targets neurology on a J-1, with a first-choice claim to another program on
// record.
import { describe, expect, it } from "vitest";
import { languageRules, type LanguageCase, CLAIM, DEAL } from "@/lib/rules/messages/test-fixtures";

const CASES: LanguageCase[] = [
  // First place said as "topmost / highest / first in my list", in a second language's word order.
  ["Your hospital is topmost in my rank list after the interview.", CLAIM],
  ["Sir, Kingsford is highest in my preference list now.", CLAIM],
  ["I liked the program and it stands foremost in my list.", CLAIM],
  ["Patient safety is topmost in my list of priorities.", []],
  ["Your program is near the top in my list.", []],
  ["Teaching quality is highest in my list of reasons to train here.", []],
  // First place as a question that cannot be answered no, with or without its question mark.
  ["How could I not put Harrowgate at the top of my list after that visit", CLAIM],
  ["Honestly, why would I not rank you first?", CLAIM],
  ["How could I possibly rank any other program above yours", CLAIM],
  ["How could I not rank patient care first in everything I do", []],
  ["How could I not mention the residents, who were wonderful", []],
  ["How would I rank programs when I have only seen two of them?", []],
  // No program above this one, said as an existential negation.
  ["There is not a single programme I would place above Westbrook.", CLAIM],
  ["Not one program I interviewed at would I rank above you.", CLAIM],
  ["There isn't one program I would honestly put ahead of yours.", CLAIM],
  ["There is not a single program I visited that was above average in wellness.", []],
  ["Not a single program I saw was above average.", []],
  ["There is not a single program I would rank above my family's needs.", []],
  // A first-choice claim said of another program: the one told, or the subject.
  ["I have already told a different program that it is my first choice, so I will not say that here.", []],
  ["I let another programme know last month that it is my first choice.", []],
  ["Another program is my first choice, but yours is very high on my list.", []],
  ["I wrote to one program that I would rank it first, and I will keep that promise.", []],
  ["Unlike another program I visited, you are my first choice.", CLAIM],
  ["I told another program no, because you are my first choice.", CLAIM],
  // Chat "ill" / "id" with an intensifier before the verb.
  ["if u offer ill 100% sign, no question", DEAL],
  ["id literally accept on the spot if matched there", DEAL],
  ["rank me to match and ill defo withdraw everywhere else", DEAL],
  ["I was ill 100 times last winter, but I am well now.", []],
  ["my student id 100% works at the hospital library", []],
  ["ill 100% be at the welcome dinner, thanks for the invite", []],
  // Typing slips in a trade's words: "retrun", "remaning".
  ["In retrun for a high ranking I would withdraw all my other applications.", DEAL],
  ["I will cancel my remaning interviews if you rank me to match.", DEAL],
  ["I am happy to decline my remaning interviews if your program offers me a position.", DEAL],
  ["I will retrun the signed visiting form by Friday.", []],
  ["My remaning interviews are in January and February.", []],
  // The writer's own act is not the program's: "I wanted to send one note" offers no place.
  ["I wanted to send one brief note to confirm that I will rank you first.", CLAIM],
  ["I wanted to send one more note to say thank you and to confirm my interest.", []],
  ["If you can send one offer my way, I will sign it the same day.", DEAL],
  // A deal the writer reports between others: nothing of the writer or the program in it.
  ["A classmate of mine told me one program asked him to promise he would rank it first in return for a guaranteed spot.", []],
  ["I heard that some programs ask applicants to commit to them in exchange for a place on their list.", []],
  ["My friend said another hospital offered her a position outside the Match if she would sign that week.", []],
  ["My friend told me you might offer a spot if I promise to rank you first, and I do promise.", [...CLAIM, ...DEAL]],
  ["A classmate said another program offered him a spot outside the Match; I would accept the same from you in a heartbeat.", DEAL],
];

/** The claim only in the subject line, said as an address beside a courtesy. */
const SUBJECTS: [subject: string, expected: typeof CLAIM][] = [
  ["My #1 - thanks for Friday!", CLAIM],
  ["Thank you from me - my first choice program", CLAIM],
  ["To my dream program", CLAIM],
  ["My top choice of elective - thank you", []],
  ["My top choice?", []],
  ["Re: my top choice", []],
];

describe("thirty-fifth to thirty-eighth writers' claim and deal classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
  it.each(SUBJECTS)("subject %j -> %j", (subject, expected) => {
    expect(languageRules("Thank you for the interview day; the residents were wonderful.", undefined, subject)).toEqual(expected);
  });
});
