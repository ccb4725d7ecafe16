// Classes generalised from the forty-first writer's misses and false blocks (dev-fortyfirst-writer.jsonl, measured blind
// first) and from the scorer's retraining on forty writers: paraphrases written here, not copied from the corpus, with
// honest near misses of the same shapes. The default profile targets neurology on a J-1, with a first-choice claim to
// another program on record.
import { describe, expect, it } from "vitest";
import { languageRules, type LanguageCase, type Profile, RANK, DEAL, CLAIM, STORY, US } from "@/lib/rules/messages/test-fixtures";

const MEDICINE_US: Profile = { targetSpecialty: "internal-medicine", visaStatus: "US_CITIZEN_OR_PR" };
const OPT: Profile = { targetSpecialty: "internal-medicine", visaStatus: "F1_OPT" };
const H1B: Profile = { targetSpecialty: "psychiatry", visaStatus: "H1B" };
const OTHER: Profile = { targetSpecialty: "internal-medicine", visaStatus: "OTHER" };
const MEDICINE: Profile = { targetSpecialty: "internal-medicine", visaStatus: "J1" };
const ANESTHESIA: Profile = { targetSpecialty: "anesthesiology", visaStatus: "US_CITIZEN_OR_PR" };

const CASES: LanguageCase[] = [
  // A need stated after an aside: "J-1 sponsorship, which, as an IMG, I will need".
  ["I have requested J-1 sponsorship through ECFMG, which, as an international graduate, I will need to start.", STORY, US],
  ["I have asked about H-1B sponsorship, which, given my background, I would need.", STORY, MEDICINE_US],
  ["I read about J-1 sponsorship, which, as my friend explained, many programs offer.", [], US],
  // A visa held today, said by its state or its status.
  ["My H-1B is already approved through my current employer, so a transfer is all that is needed.", STORY, OPT],
  ["Given my J-1 status, I will need a waiver job after training.", STORY, H1B],
  ["I will eventually need a Conrad 30 waiver position.", STORY, H1B],
  ["My H-1B extension was approved last week, and I finished my GI elective.", [], H1B],
  ["My OPT is already approved, so I can start in July.", [], OPT],
  // A typo in "holder".
  ["As a J1 visa holdr I will need ECFMG sponsorship to start training.", STORY, OPT],
  ["As an F1 visa holdr I can work on OPT for the intern year.", [], OPT],
  // "Other" is no citizen's status.
  ["I am a US citizen by birth, so there are no visa questions for the program.", STORY, OTHER],
  ["As a green card holder, I need no sponsorship.", STORY, OTHER],
  ["My husband is a US citizen, and my own work authorization is through my EAD.", [], OTHER],
  // A goal kept by denying its end.
  ["I'm not giving up on ortho, though; I will apply again this cycle.", STORY, MEDICINE_US],
  ["I am never going to give up on dermatology.", STORY, MEDICINE_US],
  ["I'm not giving up on internal medicine, though; I will apply again this cycle.", [], MEDICINE_US],
  // A field the writer left or failed at, just before it.
  ["I no longer plan to pursue surgery; the prelim year settled that for me.", [], MEDICINE],
  ["After two failed cycles in orthopaedic surgery and a research year, I found my place in the operating room's other side.", [], ANESTHESIA],
  ["I gave up on dermatology last spring and never looked back.", [], MEDICINE],
  ["I once considered surgery, but now surgery is truly the only career I want.", STORY, MEDICINE],
  // A deal or a claim reported between others.
  ["One of them mentioned that another program had asked her to promise to rank it first in exchange for a spot.", []],
  ["One of the residents said a program once asked him to commit to ranking it first in return for a place.", []],
  ["They said that if I rank them first they will rank me to match.", DEAL],
  // A field as the first choice, and one of several programs at the top, are not a single program first.
  ["Honestly neurology is my first choice.", []],
  ["Riverbend is one of the programs at the top of my list.", []],
  ["You are one of my top choices, and I hope to hear from you.", []],
  ["Riverbend is one of the programs at the top of my list, and you are my first choice.", CLAIM],
  // Feeling sure of matching, asked as a reason not to.
  ["Is there any reason I should not feel sure that I will match with you?", RANK],
  ["Is there really any reason I shouldn't feel certain about ending up with you?", RANK],
  ["I feel sure I will enjoy the ICU month with you.", []],
  // Found by review: the new gates must not hide the writer's own claim, deal or goal.
  ["The program will be ranked first if they offer a position before Match.", [...CLAIM, ...DEAL]],
  ["Ranking Mercy #1, as my mentors told me they did.", CLAIM],
  ["I left my country to pursue dermatology.", STORY, MEDICINE],
  ["I quit my job to pursue dermatology.", STORY, MEDICINE],
  ["No other program I interviewed at called me back before Christmas.", []],
  ["im all the way in texas so visiting is hard", [], MEDICINE],
  ["With my husband being a US citizen, I hold an EAD.", [], OTHER],
  ["As a US citizen's spouse, I have work authorization.", [], OTHER],
];

describe("forty-first writer's classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});
