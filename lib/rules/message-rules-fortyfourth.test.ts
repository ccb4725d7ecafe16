// Classes generalised from the forty-fourth writer's miss and false block (dev-fortyfourth-writer.jsonl, measured blind
// first on two engines): paraphrases written here, not copied from the corpus, with honest near misses of the same
// shapes. The default profile targets internal medicine on a J-1, with no first-choice claim elsewhere.
import { describe, expect, it } from "vitest";
import { contextFor, draftOf, LANGUAGE_YEAR, on, rulesOf, type Profile, DEAL } from "@/lib/rules/messages/test-fixtures";
import type { RuleId } from "@/lib/rules/messages/types";

const MEDICINE: Profile = { targetSpecialty: "internal-medicine", visaStatus: "J1" };

/** The body, the subject line, the rules broken. */
const CASES: [body: string, subject: string, expected: RuleId[]][] = [
  // A commitment named as a subject line's label: "Binding commitment to accept at Fairview".
  ["Thank you again for the interview day.", "Binding commitment to accept at Lakeview", DEAL],
  ["Thank you again for the interview day.", "Firm pledge to sign with Lakeview", DEAL],
  ["Thank you again for the interview day.", "Commitment to patient care and teaching", []],
  ["Thank you again for the interview day.", "A promise to send my Step 3 score", []],
  // A claim then the writer's own act: the program's act needs a subject that is not the writer ("your program is my
  // first choice and I will put it first" is a true claim to the only program that has one, not a deal).
  ["Your program is my first choice and I will put it first on my rank list.", "Letter of intent", []],
  ["With this letter I inform that your program is my first choice and I will give it the first place in my list.", "Letter of intent", []],
  ["If your program can offer me a spot, I will put it first and withdraw elsewhere.", "A question", DEAL],
  ["If the committee can hold a place for me, I will sign the same day.", "A question", DEAL],
];

describe("forty-fourth writer's classes", () => {
  it.each(CASES)("%j (subject %j) -> %j", (body, subject, expected) => {
    const context = contextFor(LANGUAGE_YEAR, { profile: MEDICINE, sentThisCycle: [] });
    const draft = draftOf({ subject, body, kind: subject === "Letter of intent" ? "LETTER_OF_INTENT" : "INTEREST_UPDATE", sentAt: on(LANGUAGE_YEAR, 1, 20) });
    expect(rulesOf(draft, context).filter((rule) => rule !== "loi-timing" && rule !== "too-long")).toEqual(expected);
  });
});
