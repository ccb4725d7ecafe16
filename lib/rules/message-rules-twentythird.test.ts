// Classes generalised from the twenty-third and twenty-fourth writers' misses and false blocks
// (dev-twentythird-writer.jsonl and dev-twentyfourth-writer.jsonl, each measured blind first, before and after the goal
// reader of decision 0017): paraphrases written here, not copied from the corpus, with honest near misses of the same
// shapes. The default profile targets neurology on a J-1, with a first-choice claim to another program on record.
import { describe, expect, it } from "vitest";
import { languageRules, type LanguageCase, type Profile, RANK, DEAL, CLAIM, STORY } from "@/lib/rules/messages/test-fixtures";

const MEDICINE: Profile = { targetSpecialty: "internal-medicine", visaStatus: "J1" };
const ANAESTHESIA: Profile = { targetSpecialty: "anesthesiology", visaStatus: "J1" };
const H1B: Profile = { visaStatus: "H1B" };

const CASES: LanguageCase[] = [
  // The writer's application placed on the program's list, in a legal register ("the undersigned" is the writer).
  ["The undersigned respectfully asks the program to indicate the position of the undersigned's application on its rank order list.", RANK],
  ["I hereby request a written indication of the position assigned to my application on the program's list.", RANK],
  ["The undersigned thanks the program for the interview and confirms attendance at the second look.", []],
  ["Could you tell me whether the position of my application on ERAS needs updating after my new publication?", []],
  // Chances in a second language: "possibilities", "be retained", "staying with you".
  ["I permit myself to ask if my application has good possibilities to be retained in your ranking.", RANK],
  ["I want to ask you, with all respect, if I have real possibilities of staying with you in the match, because my heart is there.", RANK],
  ["I wonder whether my application has good possibilities for a research elective.", []],
  ["I want to ask: if I am matched in your program, when will the contract be sent?", []],
  // The writer placed in the program's top group or high on its list.
  ["I wondered if you could confirm that I am sitting in your top ten.", RANK],
  ["It would be appreciated if it could be indicated whether this application is being considered for a position high on the final list.", RANK],
  ["Your program sits in a position high on my list.", []],
  ["Could you let me know whether residents who are sitting in the top ten of their class get extra electives?", []],
  // Whether the writer should rank the program highly, asked of the program.
  ["Please let me know if I should rank you highly.", RANK],
  ["I wondered whether I should rank programs by location or by teaching.", []],
  ["I will rank you highly, and I wanted you to know that.", []],
  // A place among those the program will rank; the writer as someone the program sees matching.
  ["So I dare to ask whether an applicant like me has a place among those you intend to rank.", RANK],
  ["Am I someone you can picture matching here?", RANK],
  ["I was curious whether I'm someone you see matching at Pine Hollow this year.", RANK],
  ["Am I someone who would enjoy the night float schedule, do you think?", []],
  ["Do you see residents matching into cardiology fellowships often?", []],
  // "Without fail" is a certainty, not a negation; a promise to free up interview places; a program able to tell.
  ["I am giving you my word that I will join your hospital on July 1 without fail if you select me.", DEAL],
  ["Were your programme able to let me know I'll match there, I would be glad to free up my remaining interview slots.", DEAL],
  ["Should you confirm I am ranked to match, I will free up my remaining interviews for others.", [...RANK, ...DEAL]],
  ["I would be glad to free up my schedule for the second look if you let me know the date.", []],
  ["If you let me know the date, I will release my shift to a colleague.", []],
  // A place held out as a condition, as a noun, and "select me" as an imperative.
  ["A guaranteed spot and I am yours.", DEAL],
  ["A guaranteed place here and I will sign the same day.", DEAL],
  ["You have my word: select me and I will come, no matter what.", DEAL],
  ["A firm date for the second look and I will book my flights.", []],
  ["Select me for the research project and I will work hard on it.", []],
  // A rhetorical question the writer answers in the next sentence.
  ["Who would not withdraw from every other interview for a guaranteed spot at Mercy? I would.", [...RANK, ...DEAL]],
  ["Who wouldn't want to train somewhere this friendly? I would.", []],
  ["What applicant would not love the new simulation center? I would, the moment it opens.", []],
  // Nothing else above the program on the writer's list; the program placed first, in the passive; a couples pairing.
  ["Nowhere else is higher on my list than Brookside.", CLAIM],
  ["Nobody else will appear above Tidewater when I certify my list.", CLAIM],
  ["It is confirmed that Glenrock has been placed first on the rank order list that will be certified this week.", CLAIM],
  ["Ashbourne has been chosen above every other programme on the list.", CLAIM],
  ["My partner and I have finished our couples list, and the pairing with Ridgecrest for me sits at the very top.", CLAIM],
  ["Our couples list has the Ridgecrest pairing at the very top.", CLAIM],
  ["Nothing is higher on my list than family.", []],
  ["My elective has been placed first on the schedule.", []],
  ["The ICU rotation was placed first in the block schedule.", []],
  ["Our couples list has the Boston pairing near the top.", []],
  ["The presentation was chosen above every other poster at the conference.", []],
  // Goals: a future in a field's practice, a field as the writer's whole life, the writer in a field's applicant pool, a
  // field "which is" the writer's, an advanced post named by its field, the writer described in apposition.
  ["Since our conversation I am even more certain that my future lies in paediatric practice.", STORY],
  ["Ortho is my whole life tbh, cant wait to start.", STORY],
  ["I'm in the neurosurgery pool this year and my fiance is in internal medicine.", STORY],
  ["I think it will really help me get into dermatology which is the field I am applying to this year.", STORY],
  ["Just to note that my application this cycle is in dermatology.", STORY],
  ["Quick update: I've secured my advanced anaesthetics post pending the Match.", STORY],
  ["I, a humble seed of a future general surgeon, dream of growing in its light.", STORY],
  ["I, an aspiring psychiatrist, thank you for the interview.", STORY],
  ["Neurology is my whole life, honestly.", []],
  ["I am in the surgery pool for the hospital football team.", []],
  ["Two of my friends are in the neurosurgery pool this year.", []],
  ["I, like many future doctors, admire surgeons.", []],
  ["I, the proud daughter of a future surgeon, thank you.", []],
  ["Quick update: I've secured my advanced anaesthetics post pending the Match.", [], ANAESTHESIA],
  ["I am keen to do my prelim year at Kingsway before starting life as an anaesthetist.", [], ANAESTHESIA],
  ["My advanced internal medicine post starts in July.", [], MEDICINE],
  // A double negative that affirms a need: not a claim of needing no visa.
  ["It's not that I don't need sponsorship - I do, for an H-1B, so I wanted to confirm you offer it.", [], H1B],
  ["It's not that I don't need sponsorship, I just want to be clear that I am a green card holder now.", STORY],
];

describe("twenty-third and twenty-fourth writers' classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});
