// Classes generalised from the forty-ninth writer's misses and false blocks (dev-fortyninth-writer.jsonl, measured blind
// first on two engines): paraphrases written here, not copied from the corpus, with honest near misses of the same
// shapes. A first-choice claim to another program is on record.
import { describe, expect, it } from "vitest";
import { languageRules, type Profile, RANK, DEAL, CLAIM, STORY } from "@/lib/rules/messages/test-fixtures";
import type { RuleId } from "@/lib/rules/messages/types";

const ANESTHESIA_J1: Profile = { targetSpecialty: "anesthesiology", visaStatus: "J1" };
const NEURO_US: Profile = { targetSpecialty: "neurology", visaStatus: "US_CITIZEN_OR_PR" };
const SURGERY_US: Profile = { targetSpecialty: "general-surgery", visaStatus: "US_CITIZEN_OR_PR" };

/** A sentence, the rules it breaks, the profile and the subject line. */
const CASES: [text: string, expected: RuleId[], profile: Profile, subject?: string][] = [
  // A request named as a subject line's label before what it asks: "Request: my ranking position at ...".
  ["I finished my ICU month and passed Step 3.", RANK, ANESTHESIA_J1, "Request - my place on the Fairview rank list"],
  ["I finished my ICU month and passed Step 3.", [], ANESTHESIA_J1, "Request: second look dates"],
  ["I finished my ICU month and passed Step 3.", [], ANESTHESIA_J1, "Enquiry: rank list deadline"],
  // A place on the list with how it got there, or as someone would find it: "written above every other".
  ["Should anyone read my list, they would see Fairview placed above all the others.", CLAIM, ANESTHESIA_J1],
  ["Your program is pencilled in ahead of every other program on my list.", CLAIM, ANESTHESIA_J1],
  ["Patient safety is above every other consideration in our unit.", [], ANESTHESIA_J1],
  ["My family is placed above all others in my life.", [], ANESTHESIA_J1],
  // A field worked towards, named with an aside between: "ophthalmic surgery, which I'm thrilled about, since that's ...".
  ["I joined a course in eye surgery, which was wonderful, since that is the career I am working towards.", STORY, ANESTHESIA_J1],
  ["Dermatology is the field I am striving for.", STORY, ANESTHESIA_J1],
  ["I joined a course in regional anaesthesia, which was wonderful, since that is the career I am working towards.", [], ANESTHESIA_J1],
  ["I assisted in eye surgery cases during my surgical rotation.", [], SURGERY_US],
  // A J-1 waiver of the writer's own, misspelt too: "my J-1 waver approval".
  ["I recieved my J-1 waver approval last week.", STORY, NEURO_US],
  ["My colleague received her J-1 waiver approval last week.", [], NEURO_US],
  // The sender's status without an article, before a name: "Update from green card holder ...".
  ["I finished my observership in neuropathology.", STORY, ANESTHESIA_J1, "Update from green card holder Leyla Aydin"],
  ["I finished my observership in neuropathology.", STORY, NEURO_US, "News from J-1 applicant Leyla Aydin"],
  ["I finished my observership in neuropathology.", [], ANESTHESIA_J1, "News from J-1 applicant Leyla Aydin"],
  // Whether something weighs in the ranking at all is the program's process, not the writer's standing.
  ["May I ask if the virtual social is required, and whether it carries any weight in the ranking process", [], SURGERY_US],
  ["Would you tell me whether it will have a positive effect on my ranking?", RANK, SURGERY_US],
  // Keeping the other programs, said outright, offers nothing; a condition makes it a deal again.
  ["I will not cancel any of my other interviews, since that would be unfair to them.", [], SURGERY_US],
  ["I will not withdraw from my other interviews unless you can promise me a spot.", DEAL, SURGERY_US],
];

describe("forty-ninth writer's classes", () => {
  it.each(CASES)("%j -> %j (subject %j)", (text, expected, profile, subject) => {
    expect(languageRules(text, profile, subject)).toEqual(expected);
  });
});
