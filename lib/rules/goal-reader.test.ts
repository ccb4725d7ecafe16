// The learned goal reader (docs/decisions/0017). Goals of our own wording that the story detectors do not read but the
// reader does, so only the reader blocks them; and honest sentences naming another field that it must leave alone.
// This file is not read by the reader's training (scripts/rules-model/goal.ts reads message-rules*.test.ts), so it
// stays a test of it.
import { describe, expect, it } from "vitest";
import { evaluateMessage } from "@/lib/rules/message-rules";
import { ruleInput, storyByDetectors } from "@/lib/rules/messages/rules";
import { sentencesOf } from "@/lib/rules/messages/sentences";
import { LANGUAGE_YEAR, contextFor, draftOf, languageRules, on, type Profile } from "@/lib/rules/messages/test-fixtures";

const MEDICINE: Profile = { targetSpecialty: "internal-medicine" };

/**
 * A goal only the reader reads, the profile it contradicts, and the field the finding names. ("Next July, all being well,
 * it is ophthalmology training for me." was read until the reader was retrained with the twenty-third and twenty-fourth
 * writers' sets, and scores 0.49 since, under the 0.5 threshold.)
 */
const READER_ONLY: [text: string, profile: Profile, named: string][] = [
  ["The plan after this prelim year is anaesthesia training.", MEDICINE, "Anesthesiology"],
  ["What I want for the long term is neurology training.", MEDICINE, "Neurology"],
  ["What I am after in the long term is a urology residency.", MEDICINE, "Urology"],
  ["Long term, what I hope for is plastics.", MEDICINE, "Plastic surgery"],
  ["The goal after this prelim year is urology training.", { targetSpecialty: "pediatrics" }, "Urology"],
];

/** Another field named, but not as the writer's own goal, or a goal that fits the profile. */
const HONEST: [text: string, profile: Profile][] = [
  ["My husband hopes to train in psychiatry.", MEDICINE],
  ["My sister is a future paediatrician.", MEDICINE],
  ["Many of your graduates go on to radiology fellowships.", MEDICINE],
  ["I worked alongside a dermatologist in clinic.", MEDICINE],
  ["I admired how the psychiatry team handled the case.", MEDICINE],
  ["The plan after this prelim year is internal medicine training.", MEDICINE],
  // A fellowship that follows the target fits it.
  ["The plan after this prelim year is cardiology training.", MEDICINE],
  ["The plan after this prelim year is paediatrics training.", { targetSpecialty: "pediatrics" }],
  ["Rather than surgery, what I want for the long term is internal medicine.", MEDICINE],
  ["My friends from medical school mostly went into anaesthesia training.", MEDICINE],
];

function storyFinding(text: string, profile: Profile) {
  const context = contextFor(LANGUAGE_YEAR, { profile });
  const draft = draftOf({ body: `Thank you for the interview. ${text}`, sentAt: on(LANGUAGE_YEAR - 1, 12, 1) });
  return {
    detectors: storyByDetectors(ruleInput(draft, context, sentencesOf(draft.subject, draft.body))),
    finding: evaluateMessage(draft, context).find((f) => f.rule === "consistent-story"),
  };
}

describe("learned goal reader", () => {
  it.each(READER_ONLY)("%j: the detectors miss it, the reader blocks it", (text, profile, named) => {
    const { detectors, finding } = storyFinding(text, profile);
    expect(detectors).toBeNull();
    expect(finding?.severity).toBe("block");
    expect(finding?.quote).toBe(text);
    expect(finding?.message).toContain(named);
    // The rewrite names the profile's target instead, and clears the finding.
    expect(finding?.rewrite?.from).toBe(text);
    const rewritten = finding?.rewrite?.to ?? "";
    expect(rewritten).not.toBe(text);
    expect(languageRules(rewritten, profile)).toEqual([]);
  });

  it.each(HONEST)("%j blocks nothing", (text, profile) => {
    expect(languageRules(text, profile)).toEqual([]);
  });

  it("reads nothing when the profile names no target", () => {
    expect(languageRules("The plan after this prelim year is anaesthesia training.", { targetSpecialty: "other" })).toEqual([]);
  });
});
