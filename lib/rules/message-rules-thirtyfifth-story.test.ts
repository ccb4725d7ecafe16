// Story classes generalised from the thirty-fifth to thirty-eighth writers' misses and false blocks
// (dev-thirtyfifth-writer.jsonl ... dev-thirtyeighth-writer.jsonl, each measured blind first): paraphrases written
// here, not copied from the corpus, with honest near misses of the same shapes.
import { describe, expect, it } from "vitest";
import { languageRules, type LanguageCase, type Profile, STORY } from "@/lib/rules/messages/test-fixtures";

const MEDICINE: Profile = { targetSpecialty: "internal-medicine", visaStatus: "J1" };
const PSYCHIATRY: Profile = { targetSpecialty: "psychiatry", visaStatus: "H1B" };
const PEDIATRICS: Profile = { targetSpecialty: "pediatrics", visaStatus: "NEEDS_SPONSORSHIP" };
const SURGERY: Profile = { targetSpecialty: "general-surgery", visaStatus: "US_CITIZEN_OR_PR" };
const OPT: Profile = { targetSpecialty: "internal-medicine", visaStatus: "F1_OPT" };

const CASES: LanguageCase[] = [
  // A practitioner misspelled like any other word.
  ["Your stroke unit strengthened my goal to become a nuerologist one day.", STORY, MEDICINE],
  ["I hope to be a radiolgist after this year.", STORY, MEDICINE],
  ["Becoming a dermatolgist has been my dream since school.", STORY, MEDICINE],
  ["I learned a great deal from the nuerologist on the stroke team.", [], MEDICINE],
  ["Your residents' neurologic exams were the best I have seen.", [], MEDICINE],
  // "yr" as a year after a word that places it, and a dropped subject before a participle.
  ["quick update - applying derm this yr, so your clinic month is a plus", STORY, MEDICINE],
  ["applying ortho next yr so the trauma rotation matters to me", STORY, MEDICINE],
  ["applying to ur program this yr was the best choice i made", [], MEDICINE],
  ["thx for yr time on the tour, the wards looked great", [], MEDICINE],
  ["applying internal medicine this yr, so the ICU month is a plus", [], MEDICINE],
  // A change of field already made.
  ["I switched to anesthesia this cycle, which is why I applied to your anesthesia program as well.", STORY, MEDICINE],
  ["Since the summer I have moved over into emergency medicine.", STORY, MEDICINE],
  ["I switched from internal medicine to urology last spring.", STORY, MEDICINE],
  ["I switched from surgery to internal medicine last year.", [], MEDICINE],
  ["I switched to night float last week.", [], MEDICINE],
  // A field set against the goal is not the goal.
  ["My long-term plan is to work as a neurologist rather than a psychiatrist.", STORY, PSYCHIATRY],
  ["I hope to practise as a family physician instead of a pediatrician.", STORY, PEDIATRICS],
  ["My long-term plan is to work as a psychiatrist rather than a neurologist.", [], PSYCHIATRY],
  ["I hope to practise as a pediatrician, not a family physician.", [], PEDIATRICS],
  // A visa held today, of a type the profile does not hold.
  ["Hello, I am an H1B holder and would like to know whether you take H1B residents", STORY, OPT],
  ["I am currently working on an H-1B at a biotech lab and would need it transferred.", STORY, OPT],
  ["I am now in United States with F-1 OPT status and can start in July.", STORY, MEDICINE],
  ["I am currently on F-1 OPT and will need J-1 sponsorship for residency.", [], MEDICINE],
  ["I am on OPT now and will need an H-1B for residency.", [], OPT],
  ["My husband is an H1B holder.", [], OPT],
  ["My husband works here on an H-1B, but I will need J-1 sponsorship myself.", [], MEDICINE],
  // The visa the writer would apply on.
  ["Could you tell me if you accept applicants on the H-1B visa, as that is what I would be applying on?", STORY, MEDICINE],
  ["I would be applying on an H-1B, if that matters for the paperwork.", STORY, MEDICINE],
  ["I would be applying on a J-1, if that matters for the paperwork.", [], MEDICINE],
  // "IM" as the subject of a third-person verb is internal medicine.
  ["Hi Dr. Barnes, not applying to surgery anymore, IM all the way after this prelim year.", [], MEDICINE],
  ["no longer doing surgery, im is where i belong", [], MEDICINE],
  ["Not applying to surgery anymore. IM is where I belong after this prelim year.", STORY, SURGERY],
  ["IM so excited about the surgery rotation at your place.", [], SURGERY],
];

describe("thirty-fifth to thirty-eighth writers' story classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});
