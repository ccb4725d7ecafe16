// Classes generalised from the fiftieth writer's misses and false blocks (dev-fiftieth-writer.jsonl, measured blind
// first on two engines): paraphrases written here, not copied from the corpus, with near misses of the same shapes.
import { describe, expect, it } from "vitest";
import { languageRules, type Profile, RANK, DEAL, STORY } from "@/lib/rules/messages/test-fixtures";
import type { RuleId } from "@/lib/rules/messages/types";

const ANESTHESIA_US: Profile = { targetSpecialty: "anesthesiology", visaStatus: "US_CITIZEN_OR_PR" };
const MEDICINE_H1B: Profile = { targetSpecialty: "internal-medicine", visaStatus: "H1B" };
const MEDICINE_US: Profile = { targetSpecialty: "internal-medicine", visaStatus: "US_CITIZEN_OR_PR" };
const EM_OPT: Profile = { targetSpecialty: "emergency-medicine", visaStatus: "F1_OPT" };

/** A sentence, the rules it breaks, the profile and the subject line. */
const CASES: [text: string, expected: RuleId[], profile: Profile, subject?: string][] = [
  // A run-on is scored a part at a time: the request of one part is not paired with the ranking words of another.
  [
    "Hi Ms. Ortiz I wanted to check the rank list certification date because I am on call that weekend and also is there someone to call if the NRMP website goes down thanks",
    [],
    ANESTHESIA_US,
  ],
  [
    "Hello I will bring my passport and my EAD card to the onboarding session and I also have the OPT approval letter so please let me know if that is enough or if the HR office needs anything else thanks",
    [],
    EM_OPT,
  ],
  [
    "Hi Ms. Ortiz I finished the onboarding forms and the drug screen last week and also could you tell me where I am on your rank list thanks so much for everything",
    RANK,
    ANESTHESIA_US,
  ],
  // Where the writer stands with an administrative matter; a subject line saying no question is asked.
  ["Thanks for checking on the paperwork.", [], ANESTHESIA_US, "Re: Where do I stand with the licensing paperwork?"],
  ["Could you tell me where I stand with the credentialing office?", [], ANESTHESIA_US],
  ["Could you tell me where I stand with the selection committee?", RANK, ANESTHESIA_US],
  ["Here is the poster for your records.", [], ANESTHESIA_US, "No questions about my ranking"],
  ["No question about my chances, but could you tell me if I will be ranked?", RANK, ANESTHESIA_US],
  // A key held down, with other typos in the same sentence: "I commmit to acepting a spot if it is ofered".
  ["I promisse to acept the posittion if it is ofered to me.", DEAL, ANESTHESIA_US],
  ["Sooo grateful for the feedback on my elective.", [], ANESTHESIA_US],
  // The writer as a visa type, then the writer again; the J-1's own form, needed.
  ["Forms are done and as a J1 I will need the DS-2019 from ECFMG as well.", STORY, MEDICINE_H1B],
  ["I am still waiting on my DS-2019 from ECFMG.", STORY, MEDICINE_US],
  ["As an H1B physician I will need the petition filed by March.", [], MEDICINE_H1B],
  // Someone else named as the subject with an aside keeps the subject after it.
  ["My husband, who is Canadian, will need a visa to join me.", [], MEDICINE_US],
  ["My sister, as a J1, will need the DS-2019 soon.", [], MEDICINE_US],
];

describe("fiftieth writer's classes", () => {
  it.each(CASES)("%j -> %j (subject %j)", (text, expected, profile, subject) => {
    expect(languageRules(text, profile, subject)).toEqual(expected);
  });
});
