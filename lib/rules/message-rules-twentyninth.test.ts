// Classes generalised from the twenty-ninth and thirtieth writers' misses and false blocks (dev-twentyninth-writer.jsonl,
// dev-thirtieth-writer.jsonl, each measured blind first, on main and after the twenty-fifth round): paraphrases written
// here, not copied from the corpus, with honest near misses of the same shapes. The default profile targets neurology on
// a J-1, with a first-choice claim to another program on record.
import { describe, expect, it } from "vitest";
import { languageRules, type LanguageCase, type Profile, RANK, DEAL, CLAIM, STORY } from "@/lib/rules/messages/test-fixtures";

const MEDICINE: Profile = { targetSpecialty: "internal-medicine", visaStatus: "J1" };
const PEDIATRICS: Profile = { targetSpecialty: "pediatrics", visaStatus: "J1" };
const SURGERY: Profile = { targetSpecialty: "general-surgery", visaStatus: "J1" };
const FAMILY_CITIZEN: Profile = { targetSpecialty: "family-medicine", visaStatus: "US_CITIZEN_OR_PR" };
const SPONSORSHIP: Profile = { visaStatus: "NEEDS_SPONSORSHIP" };

const CASES: LanguageCase[] = [
  // A question of when, after the Match as a premise, asks about the process: not a rank question, not a promise.
  ["If I match, when would I get the contract to sign?", []],
  ["Once I am matched, how soon do I sign the paperwork?", []],
  ["If I match with you, by what date should I return the signed contract?", []],
  ["If I match, would I receive a contract from you before Match Day?", RANK],
  ["If you rank me to match, I will sign the contract the same day.", DEAL],
  // An elliptical tier weighed beside the writer's own list asks the program nothing.
  ["I keep wondering where Harbourview belongs on my list. Top two? Top four? I will decide by Friday.", []],
  ["Top three? That is where I hope to be on your list.", RANK],
  ["Am I in your top three? You are high on my list.", RANK],
  // A promise about the writer's own attendance, with a condition on the writer's own travel.
  ["I will be at the dinner, I promise, and if my train is delayed I will call the coordinator.", []],
  ["I will be there for the second look for sure, I promise, and if my bus is late I will message you.", []],
  ["thanks so much for inviting me to the welcome dinner I will be there for sure I promise", []],
  ["I will be there in July for sure, I promise, if you rank me to match.", DEAL],
  ["I promise I will sign with you if you rank me to match.", DEAL],
  // Turning other programs down for this one, in the progressive.
  ["I am already turning down other programs for your program only.", DEAL],
  ["I am already declining other interview invitations so that I can come to yours.", DEAL],
  ["I am already turning down extra night shifts so that I can study for Step 3.", []],
  // First choice: "first rank in my list" in a second language; no program above this one.
  ["I have decided your hospital will be first rank in my list.", CLAIM],
  ["No other programme is going to sit above Kingsford when I submit my list.", CLAIM],
  ["No other programme is going to sit above Kingsford in the US News tables.", []],
  ["Our hospital is first rank in the city for stroke care.", []],
  ["I want to tell that your program become first rank in my list.", CLAIM],
  ["I hope you will not mind me saying that no hospital will appear above Kingsford when I certify my list.", CLAIM],
  ["My daughter became first in her class this year.", []],
  // Visa: "any kind of" sponsorship denied; a J-1 the writer will be on.
  ["No, I do not need any kind of visa sponsorship, my status is settled.", STORY, SPONSORSHIP],
  ["I do not need any kind of help with the J-1 paperwork, thank you.", [], SPONSORSHIP],
  ["I will be on a J-1 visa sponsored through ECFMG.", STORY, FAMILY_CITIZEN],
  ["My sister will be on a J-1 visa next year.", [], FAMILY_CITIZEN],
  // Goals: a question about the writer's future answered in the next sentence; "since that is the field I am applying
  // into"; a contrast set off by commas; "an applicant to X"; "the only specialty for me" pointing back; a future
  // specialist with an interest in a subspecialty.
  ["You asked where I see myself in ten years. My answer: an ophthalmologist in a teaching hospital.", STORY, MEDICINE],
  ["You asked where I see myself in ten years. My answer: a general internist in a teaching hospital.", [], MEDICINE],
  ["Can prelims take an elective in urology, since that is the field I am applying into?", STORY, SURGERY],
  ["Can prelims take an elective in urology, since that is the field my partner is applying into?", [], SURGERY],
  ["I should say that radiology, rather than internal medicine, is the career I am pursuing.", STORY, MEDICINE],
  ["I should say that internal medicine, rather than radiology, is the career I am pursuing.", [], MEDICINE],
  ["As an applicant to physiatry this cycle, I value a strong medicine year.", STORY, MEDICINE],
  ["As an applicant to your preliminary year, I value your teaching.", [], MEDICINE],
  ["Why would a girl from Lagos chase dermatology in Ohio? Honestly, it is the only specialty for me.", STORY, MEDICINE],
  ["Why would a girl from Lagos chase internal medicine in Ohio? Honestly, it is the only specialty for me.", [], MEDICINE],
  ["As a future internist with a particular interest in hospital medicine, I enjoyed your geriatrics teaching.", STORY, PEDIATRICS],
  ["As a future pediatrician with a particular interest in hospital medicine, I enjoyed your teaching.", [], PEDIATRICS],
];

describe("twenty-ninth and thirtieth writers' classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});
