// Classes generalised from the forty-fifth writer's misses (dev-fortyfifth-writer.jsonl, measured blind first on two
// engines): paraphrases written here, not copied from the corpus, with honest near misses of the same shapes. The
// default profile targets neurology on a J-1, with a first-choice claim to another program on record.
import { describe, expect, it } from "vitest";
import { languageRules, type LanguageCase, type Profile, RANK, CLAIM, STORY } from "@/lib/rules/messages/test-fixtures";

const FAMILY_US: Profile = { targetSpecialty: "family-medicine", visaStatus: "US_CITIZEN_OR_PR" };

const CASES: LanguageCase[] = [
  // Having done enough to be ranked: "whether the panel reckoned I'd done enough to be ranked".
  ["I keep wondering if I'd done enough on the day to be ranked.", RANK],
  ["Could you say whether my interview did enough to earn a spot on your list?", RANK],
  ["I'd done enough night shifts by March to qualify for the wellness day.", []],
  // "'d" before a past participle is "had": "I'd done", "we'd been told".
  ["We'd been told the list is certified in February; I'd like to thank you for that.", []],
  // Asked with "only": "I'd only like to know if I'll be on it at all".
  ["I will not ask about the list itself. I would only like to know if I will be on it.", RANK],
  ["I would only like to know when the list deadline is.", []],
  // The top one: "for me your program is the top one, number one choice".
  ["Honestly, your programme is the top one for me.", CLAIM],
  ["Of the two electives, the cardiology one is the top one.", []],
  ["Which program is the top one in the state?", []],
  // A visa held today against a citizen's profile, described without an article or misspelt: "As F-1 student on OPT
  // now", "I am curently on a J1 visa and will need a waver job".
  ["As international student on OPT now, I hope to stay for residency.", STORY, FAMILY_US],
  ["I am curently on an H1B through my lab.", STORY, FAMILY_US],
  ["I will need a waver job after residency.", STORY, FAMILY_US],
  ["As a student on OPT back then, I worked in a clinic.", [], FAMILY_US],
  ["As a US citizen on a J-1 exchange in the past, I now need no visa.", [], FAMILY_US],
  ["My current visa situation is simple: I am a citizen.", [], FAMILY_US],
  ["I did not waver in my commitment to family medicine.", [], FAMILY_US],
];

describe("forty-fifth writer's classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});
