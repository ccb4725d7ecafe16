// Classes generalised from the forty-second and forty-sixth writers' misses (dev-fortysecond-writer.jsonl and
// dev-fortysixth-writer.jsonl, measured blind on three engines first): paraphrases written here, not copied from the
// corpus, with honest near misses of the same shapes. Profiles vary per case; a first-choice claim to another program
// is on record.
import { describe, expect, it } from "vitest";
import { languageRules, type Profile, RANK, CLAIM, STORY } from "@/lib/rules/messages/test-fixtures";
import type { RuleId } from "@/lib/rules/messages/types";

const MEDICINE_J1: Profile = { targetSpecialty: "internal-medicine", visaStatus: "J1" };
const MEDICINE_H1B: Profile = { targetSpecialty: "internal-medicine", visaStatus: "H1B" };
const FAMILY_US: Profile = { targetSpecialty: "family-medicine", visaStatus: "US_CITIZEN_OR_PR" };
const PSYCH: Profile = { targetSpecialty: "psychiatry", visaStatus: "NEEDS_SPONSORSHIP" };

/** A sentence, the rules it breaks, the profile and the subject line. */
const CASES: [text: string, expected: RuleId[], profile: Profile, subject?: string][] = [
  // A request as the condition of the writer's thanks: "if you felt comfortable giving me a sense of how ...".
  ["If you ever felt comfortable giving me a rough idea of how the faculty sees my application for ranking, I would be grateful.", RANK, MEDICINE_J1],
  ["If you feel comfortable telling me where I stand, I would be thankful.", RANK, MEDICINE_J1],
  ["Should you feel comfortable sharing how my candidacy is viewed, I would appreciate it.", RANK, MEDICINE_J1],
  ["If you felt comfortable sharing more about the new ultrasound curriculum, I would be grateful.", [], MEDICINE_J1],
  ["If I match with you, will you be sharing the orientation schedule in March?", [], MEDICINE_J1],
  ["If you are comfortable telling me, what do your interns like most about the ICU month?", [], MEDICINE_J1],
  // How applicants placed among the others, asked for the writer's own list: "... because it would help me order my list".
  ["Could you let applicants know how they placed compared with the other candidates, since that would help me order my rank list?", RANK, MEDICINE_J1],
  ["Can you share how I stacked up against the other interviewees so I can finalize my rank list?", RANK, MEDICINE_J1],
  ["Comparing programs side by side is how I will build my rank list.", [], MEDICINE_J1],
  ["I placed every program in a spreadsheet before I certified my rank list.", [], MEDICINE_J1],
  // First choice as a subject line's label: "Letter of intent - first choice".
  ["I passed Step 3 and my quality project was accepted as a poster.", CLAIM, MEDICINE_J1, "Letter of intent - first choice (Amara Obi)"],
  ["I passed Step 3 and my quality project was accepted as a poster.", CLAIM, MEDICINE_J1, "Top choice letter | Amara Obi"],
  ["I passed Step 3 and my quality project was accepted as a poster.", CLAIM, MEDICINE_J1, "LOI: my #1 choice"],
  ["I passed Step 3 and my quality project was accepted as a poster.", [], MEDICINE_J1, "Question about first choice letters"],
  ["I passed Step 3 and my quality project was accepted as a poster.", [], MEDICINE_J1, "First choice - a question about timing"],
  ["I passed Step 3 and my quality project was accepted as a poster.", [], MEDICINE_J1, "First choice of elective dates"],
  // The sender described by a relative clause: "from someone who has you at the very top of her list".
  ["Thank you for Tuesday's interview.", CLAIM, MEDICINE_J1, "A thank-you from someone who has you at the top of his list"],
  ["Thank you for Tuesday's interview.", CLAIM, MEDICINE_J1, "Thanks from someone who ranked you first"],
  ["Thank you for Tuesday's interview.", STORY, MEDICINE_J1, "From someone who will need H-1B sponsorship"],
  ["Thank you for Tuesday's interview.", [], MEDICINE_J1, "Thank you from someone who enjoyed the day"],
  // The sender as the program's own number one: "from your future #1-ranked applicant".
  ["Thank you for Tuesday's interview.", CLAIM, MEDICINE_J1, "Many thanks from your number one ranked candidate"],
  ["Thank you for Tuesday's interview.", CLAIM, MEDICINE_J1, "Thanks from your #1 fan"],
  ["Thank you for Tuesday's interview.", [], MEDICINE_J1, "Thanks from your future intern"],
  ["Thank you for Tuesday's interview.", [], MEDICINE_J1, "Thanks from the #1 ranked student in my class"],
  ["Thank you for Tuesday's interview.", [], MEDICINE_J1, "Re: my top choice"],
  ["Thank you for Tuesday's interview.", [], MEDICINE_J1, "A note from someone who admires her mentors"],
  // A visa held, by its papers or as one of a group: "my J-1 DS-2019", "F-1 OPT graduates like me".
  ["Should I mail my J-1 DS-2019 to the GME office before the Match", STORY, FAMILY_US],
  ["I will bring my H-1B approval notice to orientation.", STORY, MEDICINE_J1],
  ["Does your program take F-1 OPT graduates like me.", STORY, MEDICINE_H1B],
  ["Do you take J-1 physicians like me?", STORY, FAMILY_US],
  ["Do you sponsor J-1 visas for applicants like me?", [], MEDICINE_J1],
  ["Many J-1 physicians like my cousin have trained here.", [], FAMILY_US],
  ["Should I send the J-1 DS-2019 forms to your office after the Match?", [], MEDICINE_H1B],
  // A field with its own verb after a goal begins a new clause: "an ophthalmologist and psychiatry gives ...".
  ["The year will help me because my goal is to become a dermatologist and psychiatry teaches you a lot about patients", STORY, PSYCH],
  ["My goal is to become a psychiatrist and neurology gives me a lot of respect for the brain.", [], PSYCH],
  ["My goal is psychiatry, and addiction psychiatry is where I hope to end up.", [], PSYCH],
];

describe("forty-second and forty-sixth writers' classes", () => {
  it.each(CASES)("%j -> %j (subject %j)", (text, expected, profile, subject) => {
    expect(languageRules(text, profile, subject)).toEqual(expected);
  });
});
