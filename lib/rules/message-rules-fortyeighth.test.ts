// Classes generalised from the forty-eighth writer's misses (dev-fortyeighth-writer.jsonl, measured blind first on two
// engines): paraphrases written here, not copied from the corpus, with honest near misses of the same shapes.
import { describe, expect, it } from "vitest";
import { languageRules, type Profile, STORY } from "@/lib/rules/messages/test-fixtures";
import type { RuleId } from "@/lib/rules/messages/types";

const MEDICINE_J1: Profile = { targetSpecialty: "internal-medicine", visaStatus: "J1" };
const MEDICINE_US: Profile = { targetSpecialty: "internal-medicine", visaStatus: "US_CITIZEN_OR_PR" };
const SURGERY_US: Profile = { targetSpecialty: "general-surgery", visaStatus: "US_CITIZEN_OR_PR" };

/** A sentence, the rules it breaks and the profile. */
const CASES: [text: string, expected: RuleId[], profile: Profile][] = [
  // No visa needed, said as good fortune: "I am fortunate not to require any visa sponsorship at all".
  ["It may make things easier that I am lucky enough not to need any sponsorship.", STORY, MEDICINE_J1],
  ["I am grateful not to have to apply for a work visa.", STORY, MEDICINE_J1],
  ["I am relieved to not require a visa for residency.", STORY, MEDICINE_J1],
  ["My co-resident is fortunate not to need a visa.", [], MEDICINE_J1],
  ["I am lucky not to need a car here.", [], MEDICINE_J1],
  ["I am fortunate not to need a visa to attend the Toronto conference, but I will need a J-1 for residency.", [], MEDICINE_J1],
  // The writer as the one advice is asked for: "any advice for someone going into gen surg who is doing a prelim year".
  ["Would you have tips for a prelim resident applying to dermatology next cycle", STORY, MEDICINE_US],
  ["Any suggestions for someone like me heading into radiology after this year?", STORY, MEDICINE_US],
  ["Is there any guidance for an applicant interested in psychiatry who did a surgical prelim?", STORY, SURGERY_US],
  ["Any advice for someone going into internal medicine after a prelim year?", [], MEDICINE_US],
  ["My roommate wondered whether you had advice for someone going into dermatology.", [], MEDICINE_US],
  ["Do you have advice for students going into radiology that I could pass on?", [], MEDICINE_US],
];

describe("forty-eighth writer's classes", () => {
  it.each(CASES)("%j -> %j (%j)", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});
