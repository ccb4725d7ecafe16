// Classes generalised from the thirty-first and thirty-second writers' misses (dev-thirtyfirst-writer.jsonl,
// dev-thirtysecond-writer.jsonl, each measured blind first, on main and after the twenty-fifth to thirtieth writers'
// rounds): paraphrases written here, not copied from the corpus, with honest near misses of the same shapes. The default
// profile targets neurology on a J-1, with a first-choice claim to another program on record.
import { describe, expect, it } from "vitest";
import { languageRules, type LanguageCase, type Profile, RANK, DEAL, CLAIM, STORY } from "@/lib/rules/messages/test-fixtures";

const MEDICINE: Profile = { targetSpecialty: "internal-medicine", visaStatus: "J1" };

const CASES: LanguageCase[] = [
  // How the writer's interview came out when the list was made.
  ["Would you be willing to tell me how my interview came out when the committee ordered its list?", RANK],
  ["Would you share how my application fared once the rank list was put together?", RANK],
  ["Would you be willing to tell me how the interview day came together for your team?", []],
  ["You were frank with me, so would you share how my interview landed when your team put its list in order?", RANK],
  ["Would you share how my research poster landed with the judges?", []],
  // A rhetorical question whether the writer may feel confident of matching.
  ["Is there any reason I should not feel confident that I will match at Harbourview?", RANK],
  ["Is there really any reason I shouldn't feel sure I'll be matching with you?", RANK],
  ["Is there any reason I should not feel confident about my Step 3 exam?", []],
  // The writer as "the Applicant" throughout a formal letter.
  ["The Applicant respectfully asks whether the Applicant has been placed high enough on the rank order list to match.", RANK],
  ["The Applicant respectfully asks whether the Applicant may attend the second look in February.", []],
  ["Does an applicant have to be ranked to match before the contract is sent?", []],
  ["The Candidate submits a single question: whether the Candidate has been placed within the part of the list likely to match.", RANK],
  ["Does the applicant named on the contract need to sign it before July?", []],
  // Statement-order requests: "I'm sure you wouldn't mind telling me".
  ["I'm sure you wouldn't mind telling me how the committee rated me against the other candidates.", RANK],
  ["I'm sure you wouldn't mind telling me how residents are evaluated at the end of the year.", []],
  // Sports slang for the Match: being drafted, cutting other teams from the board.
  ["if you draft me I'm signing on the spot and cutting every other team from my board", DEAL],
  ["Our fantasy league draft is next week, if any residents want to join.", []],
  // A list for a list, in metaphor.
  ["Let your list hold my name, and mine will hold only yours.", DEAL],
  ["Your list and mine will both be certified by the deadline.", []],
  // An imperative to rank the writer, answered by the writer's side in the next sentence.
  ["Rank me to match. I rank you first. Done.", [...CLAIM, ...DEAL]],
  ["Rank me to match. Every other interview gets cancelled the same day.", DEAL],
  ["Rank me however you see fit. I will be grateful either way.", []],
  // Goals: an endgame, a plan as a label, British spellings of a specialist.
  ["endgame for me is derm, full send", STORY, MEDICINE],
  ["endgame for me is internal medicine, full send", [], MEDICINE],
  ["Interest unchanged. Plan: radiology. Prelim year first.", STORY, MEDICINE],
  ["Plan: call the coordinator on Monday.", [], MEDICINE],
  ["Long term, I plan to practise as an anaesthesiologist.", STORY, MEDICINE],
  ["I hope to work as an orthopaedist one day.", STORY, MEDICINE],
  ["Quick update on my roadmap: my core focus going forward is dermatology, where my skills add the most value.", STORY, MEDICINE],
  ["Quick update on my roadmap: my core focus going forward is internal medicine.", [], MEDICINE],
  ["My key focus this month is the dermatology elective.", [], MEDICINE],
];

describe("thirty-first and thirty-second writers' classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });

  it("reads a deal stated only in the subject line", () => {
    const subject = "Thank you, and my commitment to rank Harbourview first provided I am ranked to match there";
    expect(languageRules("Thank you for a wonderful day. I enjoyed meeting your residents.", MEDICINE, subject)).toEqual([...CLAIM, ...DEAL]);
    expect(languageRules("Thank you for a wonderful day. I enjoyed meeting your residents.", MEDICINE, "Thank you, and my commitment to patient care")).toEqual(
      [],
    );
  });
});
