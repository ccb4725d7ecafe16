// Classes generalised from the forty-third writer's misses and false blocks (dev-fortythird-writer.jsonl, measured
// blind first): paraphrases written here, not copied from the corpus, with honest near misses of the same shapes. The
// default profile targets neurology on a J-1, with a first-choice claim to another program on record.
import { describe, expect, it } from "vitest";
import { languageRules, type LanguageCase, type Profile, RANK, DEAL, STORY } from "@/lib/rules/messages/test-fixtures";

const ANESTHESIA_US: Profile = { targetSpecialty: "anesthesiology", visaStatus: "US_CITIZEN_OR_PR" };
const RADIOLOGY_US: Profile = { targetSpecialty: "diagnostic-radiology", visaStatus: "US_CITIZEN_OR_PR" };
const MEDICINE_US: Profile = { targetSpecialty: "internal-medicine", visaStatus: "US_CITIZEN_OR_PR" };

const CASES: LanguageCase[] = [
  // A good rank on the program's list: "whether I will be getting a good rank in your list".
  ["Please let me know if I will get a high rank on your list.", RANK],
  ["Could you share whether I am getting a decent ranking in your rank list?", RANK],
  ["I hope to earn a good rank on my board exams.", []],
  // Within range to match: "only whether I am within range to match".
  ["I am not asking where exactly I am, just whether I fall within the matching range.", RANK],
  ["I do not need my number, only whether I am in range to match with you.", RANK],
  ["I am within range of the hospital, so the commute is easy.", []],
  ["I am not asking about my ranking, only whether the rank list deadline moved.", []],
  // The writer's own application to a field: "as I put together my derm application".
  ["I am polishing my ortho application this week.", STORY, ANESTHESIA_US],
  ["My anesthesia application is nearly done.", [], ANESTHESIA_US],
  ["My friend's derm application is nearly done.", [], ANESTHESIA_US],
  // A shift or a clinic is not joining the program: "I can commit to coming in Thursday instead".
  ["I can commit to covering Tuesday clinic if that works for you.", [], MEDICINE_US],
  ["I can commit to coming in on Friday morning to finish the discharge summaries.", [], MEDICINE_US],
  ["I am post call today, but I can commit to coming in Wednesday afternoon instead.", [], MEDICINE_US],
  ["I commit to coming to your program if you rank me to match.", DEAL, MEDICINE_US],
  // A rule asked about is not an offer: "would she have to withdraw from the Match?".
  ["If a classmate received an offer outside the Match, would he have to withdraw from the Match?", [], MEDICINE_US],
  ["If I signed a contract before the Match, would I need to withdraw from the Match?", [], MEDICINE_US],
  ["I am ready to withdraw from the Match if you offer me a contract today.", DEAL, MEDICINE_US],
  // A nervous-system fellowship within the writer's own field: "a neuro fellowship" after radiology.
  ["I could see myself doing a neuro fellowship after residency.", [], RADIOLOGY_US],
  ["I hope to pursue a body imaging fellowship.", [], RADIOLOGY_US],
  ["I could see myself doing a neuro fellowship after residency.", STORY, MEDICINE_US],
];

describe("forty-third writer's classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});

// A subject line that says who the message is from describes the writer: "Thank you from a J-1 applicant".
const SUBJECTS: [string, Profile, string[]][] = [
  ["Thank you from an H-1B applicant", ANESTHESIA_US, STORY],
  ["Thanks from a future dermatologist", ANESTHESIA_US, STORY],
  ["Thank you from an anesthesia applicant", ANESTHESIA_US, []],
  ["A note from a friend of Dr. Lee", ANESTHESIA_US, []],
  ["Greetings from a fellow IMG", ANESTHESIA_US, []],
];

describe("a subject line naming who the message is from", () => {
  it.each(SUBJECTS)("%j (%j) -> %j", (subject, profile, expected) => {
    expect(languageRules("Thank you for the interview and the tour of the new pre-op area.", profile, subject)).toEqual(expected);
  });
});
