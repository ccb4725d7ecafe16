// Classes generalised from the thirty-ninth and fortieth writers' misses and false blocks (dev-thirtyninth-writer.jsonl,
// dev-fortieth-writer.jsonl, each measured blind on two engines first): paraphrases written here, not copied from the
// corpus, with honest near misses of the same shapes. The default profile targets neurology on a J-1, with a
// first-choice claim to another program on record.
import { describe, expect, it } from "vitest";
import { languageRules, type LanguageCase, type Profile, RANK, DEAL, CLAIM, STORY } from "@/lib/rules/messages/test-fixtures";

const MEDICINE_US: Profile = { targetSpecialty: "internal-medicine", visaStatus: "US_CITIZEN_OR_PR" };
const MEDICINE_H1B: Profile = { targetSpecialty: "internal-medicine", visaStatus: "H1B" };
const MEDICINE_J1: Profile = { targetSpecialty: "internal-medicine", visaStatus: "J1" };
const MEDICINE_OPT: Profile = { targetSpecialty: "internal-medicine", visaStatus: "F1_OPT" };
const SURGERY_US: Profile = { targetSpecialty: "general-surgery", visaStatus: "US_CITIZEN_OR_PR" };

const CASES: LanguageCase[] = [
  // A place on the list offered for the program's interest returned: "were the feeling mutual", "provided you feel the same".
  ["I would gladly put Eastbrook at the top of my list, were the interest mutual.", [...CLAIM, ...DEAL]],
  ["Should your program feel the same way about me, you will be first on my rank list.", [...CLAIM, ...DEAL]],
  ["If my interest is reciprocated, I will rank Harlow first and withdraw elsewhere.", [...CLAIM, ...DEAL]],
  ["I am ranking you first and I hope the feeling is mutual.", CLAIM],
  ["If the interest is mutual, I would love to hear from you.", RANK],
  ["I hope the feeling is mutual, and I look forward to the second-look day.", []],
  ["The feeling of the place was warm and welcoming, and I enjoyed every conversation.", []],
  // A first-choice promise softened by an adverb of feeling: "I would happily rank Northgate first".
  ["I will proudly rank Brookfield first.", CLAIM],
  ["I would readily rank Easton #1.", CLAIM],
  ["I would happily rank my options once interviews finish.", []],
  ["I will gladly rank Brookfield among my top programs.", []],
  // Accepting a match promised with a modal in the condition: "if I can match at your program, I will accept".
  ["If I could match at Riverside, I promise I would accept and not look at any other offer.", DEAL],
  ["If I manage to match with you, I will sign straight away.", DEAL],
  ["If I can match at a program like yours, I will be very happy.", []],
  // A first choice misspelled by one letter: "firt choice", "frst pick".
  ["Coastal General is my firt choice and I am excited for March.", CLAIM],
  ["you are def my frst pick", CLAIM],
  ["The fist choice I made was to stay close to family.", []],
  // A guarantee of matching asked with a misspelled "match".
  ["Is there any guarantee that I will mtach at your hospital?", RANK],
  ["Could you tell me whether I will mathc with your program?", RANK],
  ["I bought a box of matches for the camping trip.", []],
  // Asking while calling the question forward: "I hope it would not be too forward of me to ask whether ...".
  ["I hope it would not be too bold of me to ask whether I will be ranked high enough to match.", RANK],
  ["It may not be too forward to ask whether my name will be on your list.", RANK],
  ["I know it would be too forward of me to ask where I stand, so I will simply say thank you.", []],
  // A request named as a noun at the head of a subject line: "Request to know my position on your rank list".
  ["Request to learn my standing on your rank list - Step 3 passed", RANK],
  ["Humble request for information about my ranking", RANK],
  ["Request for a letter of recommendation from Dr. Ames", []],
  ["Request to reschedule my second look", []],
  // The reason for an earlier question asks nothing itself: "I only ask so I can set my expectations".
  ["Will the program send anything before Match Day? I only ask so I can set my expectations.", []],
  ["Do you know when the rank list deadline is? I ask because I want to plan my travel.", []],
  ["Am I likely to match with you? I only ask so I can set my expectations.", RANK],
  // A dropped subject after a chat opener: "fyi applying psych this yr".
  ["btw applying derm this cycle, the skin clinic was my fave", STORY, MEDICINE_US],
  ["fyi going into ortho after this year", STORY, MEDICINE_US],
  ["fyi applying IM this cycle, loved the wards", [], MEDICINE_US],
  ["fyi the program is applying for a new fellowship in cardiology", [], MEDICINE_US],
  // A goal stated with "more than ever": "I am more determined than ever to become an anaesthetist".
  ["After this year I am more determined than ever to become a radiologist.", STORY, MEDICINE_US],
  ["I am even more committed than before to training in psychiatry.", STORY, MEDICINE_US],
  ["I am more determined than ever to become a general internist.", [], MEDICINE_US],
  // A goal followed by what the program gives: the target named after "and your program" is not the goal's field.
  ["I am determined to become a dermatologist and your program will give me a solid base in internal medicine.", STORY, MEDICINE_US],
  ["I am determined to become a cardiologist and your program will give me a solid base in internal medicine.", [], MEDICINE_US],
  // A status held today said of the writer described ("As a British citizen on OPT"), for a profile on another visa;
  // the profile's own type as a topic states no plan, a stated plan for it does.
  ["As a Canadian national on OPT, I would welcome advice on H-1B sponsorship.", STORY, MEDICINE_H1B],
  ["As an applicant currently on OPT, I would like to ask about J-1 sponsorship.", STORY, MEDICINE_J1],
  ["I am on OPT now and will need J-1 sponsorship to start residency.", [], MEDICINE_J1],
  ["As a student on OPT last year, I worked in a research lab.", [], MEDICINE_H1B],
  ["As an applicant on OPT, I would be grateful for your advice.", [], MEDICINE_OPT],
  ["My father was a surgeon on an H-1B, so I grew up moving between hospitals.", [], SURGERY_US],
];

describe("thirty-ninth and fortieth writers' classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});
