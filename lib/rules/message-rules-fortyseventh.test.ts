// Classes generalised from the forty-seventh writer's misses and false blocks (dev-fortyseventh-writer.jsonl, measured
// blind first on two engines): paraphrases written here, not copied from the corpus, with honest near misses of the
// same shapes. The default profile targets neurology on a J-1, with a first-choice claim to another program on record.
import { describe, expect, it } from "vitest";
import { languageRules, type Profile, RANK, CLAIM, STORY } from "@/lib/rules/messages/test-fixtures";
import type { RuleId } from "@/lib/rules/messages/types";

const MEDICINE_US: Profile = { targetSpecialty: "internal-medicine", visaStatus: "US_CITIZEN_OR_PR" };
const PSYCH_US: Profile = { targetSpecialty: "psychiatry", visaStatus: "US_CITIZEN_OR_PR" };
const FAMILY_OTHER: Profile = { targetSpecialty: "family-medicine", visaStatus: "OTHER" };
const MEDICINE_SPONSOR: Profile = { targetSpecialty: "internal-medicine", visaStatus: "NEEDS_SPONSORSHIP" };

/** A sentence, the rules it breaks, the profile (internal medicine, US citizen, when absent) and the subject line. */
const CASES: [text: string, expected: RuleId[], profile?: Profile, subject?: string][] = [
  // How things look for the writer on the program's list: "hows it looking for me on ur rank list".
  ["so how are things looking for me on your list", RANK],
  ["How is my application looking on the rank list?", RANK],
  ["How is the new rank list software looking for the coordinators?", []],
  // Found by review: a list that is not the rank list.
  ["How is it looking for me on the call schedule list?", []],
  // The list named, then asked about as "it": "... reveal the list itself. Could you tell me whether I'm on it?".
  ["I know the rank list is confidential. Still, am I on it?", RANK],
  ["I would never ask you to share your list, but is my name on it, yes or no?", RANK],
  ["I made a list of questions for the second look. Am I right that I can bring it?", []],
  ["The rank list deadline is in March. I am on it already and have certified mine.", []],
  // Finding it reassuring to hear: "I would find it reassuring to hear that you intend to rank me".
  ["I would find it comforting to know that I will be ranked to match.", RANK],
  ["I would find it helpful to hear more about the night float schedule.", []],
  // Withheld: "I am not writing to ask about my standing".
  ["I am not writing to ask where I stand or to make any promise; I just wanted to say thank you.", []],
  ["I am not reaching out to inquire about my ranking, only to share my Step 3 score.", []],
  // A claim disclaimed: "I'm not claiming you are my first choice".
  ["I am not saying your program is my first choice, only that I enjoyed the day.", []],
  ["I won't pretend you are my number one, but I was impressed.", []],
  ["I am saying plainly that your program is my first choice.", CLAIM],
  // Found by review: a claim made after the disclaimer, in a contrast.
  ["I am not saying your program is my first choice, but it is my first choice.", CLAIM],
  // A subject line of labels joined by "+" or "and": "Update + first choice".
  ["Thank you for the interview.", CLAIM, undefined, "Update + first choice"],
  ["Thank you for the interview.", [], undefined, "Update + question about the first week"],
  // The writer described, then a relative clause: "I'm a British citizen who will need the programme to sponsor an H-1B".
  ["I'm an Irish national who will require H-1B sponsorship.", STORY, PSYCH_US],
  ["I'm a resident who will need a parking permit.", [], PSYCH_US],
  // Having applied to another field: "I've applied for emergency medicine this year as well".
  ["I have applied to anesthesiology this cycle too, since the OR suits me.", STORY, MEDICINE_SPONSOR],
  ["I have applied to internal medicine programs across the Midwest.", [], MEDICINE_SPONSOR],
  // Found by review: an application of the past.
  ["I had applied to pediatrics last year before switching to internal medicine.", [], MEDICINE_SPONSOR],
  ["I applied to surgery the first time, and this cycle only to internal medicine.", [], MEDICINE_SPONSOR],
  // A preliminary year in another field is a year, not a goal.
  ["I have applied to a few prelim surgery programs as well.", [], FAMILY_OTHER],
  ["I have applied to categorical surgery as well.", STORY, FAMILY_OTHER],
  // A visa held today against an "Other" status: "I am on a J-1 visa as an exchange visitor right now".
  ["I am currently on an H-1B with my research lab.", STORY, FAMILY_OTHER],
  ["I was on a J-1 during a research year in 2019.", [], FAMILY_OTHER],
  ["I have an EAD while my asylum case is pending.", [], FAMILY_OTHER],
  ["My wife is on an H-1B with her company.", [], FAMILY_OTHER],
  ["I am on a J-1 visa as an exchange visitor right now.", [], { targetSpecialty: "family-medicine", visaStatus: "J1" }],
];

describe("forty-seventh writer's classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile, subject) => {
    expect(languageRules(text, profile ?? MEDICINE_US, subject)).toEqual(expected);
  });
});
