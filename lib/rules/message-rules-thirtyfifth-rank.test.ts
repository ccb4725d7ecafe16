// Classes generalised from the thirty-fifth to thirty-eighth writers' rank-solicitation misses (dev-thirtyfifth-writer.jsonl
// to dev-thirtyeighth-writer.jsonl): paraphrases written here, not copied from the corpus, with honest near misses of the
// same shapes. The default profile targets neurology on a J-1, with a first-choice claim to another program on record.
import { describe, expect, it } from "vitest";
import { languageRules, type LanguageCase, RANK } from "@/lib/rules/messages/test-fixtures";

const CASES: LanguageCase[] = [
  // A second language's modal after "to", or a bare verb after a wish, still asks.
  ["I want to can know whether your hospital is going to rank me.", RANK],
  ["I would like know if the committee will put me on the rank list.", RANK],
  ["I wish to could learn where I stand in your list, sir.", RANK],
  ["I want know if you will rank me to match.", RANK],
  ["I hope to can join your program in July and learn from your team.", []],
  ["I want to can know more about the research track and the night float.", []],
  ["I would like know if the interview day includes a tour of the stroke unit.", []],
  // The writer among the stronger of the pool, as judged by the program.
  ["Could you tell me if the panel saw me as one of the strongest candidates you interviewed?", RANK],
  ["I would be grateful to hear whether I came out in the top half of applicants this cycle.", RANK],
  ["would love to know if im among the top applicants u met this yr", RANK],
  ["Might you share whether the interviewers felt I was among the more competitive applicants this year", RANK],
  ["I was among the stronger applicants in my medical school class, according to my dean.", []],
  ["Could you tell me whether I was one of the stronger applicants for the research award?", []],
  ["Could you let me know if I am one of the best fits for the research track?", []],
  ["Let me know whether I was among the applicants invited to the second look dinner.", []],
  // Misspelt words of asking: "know", "being", "whether", "wanted".
  ["Pls let me konw if I am bieng considered for your list.", RANK],
  ["I wnated to check wether the committee intends to rank me.", RANK],
  ["could u let me kow if my name is on ur rank list", RANK],
  ["Pls let me konw if the second look is bieng moved to Friday.", []],
  ["I wnated to check wether the parking permit covers the weekend.", []],
  ["wether or not I match, I will be grateful for this experience.", []],
  // A run-on that reports what someone said, then asks the writer's own question.
  [
    "my PI said my poster went well and the chief said she would email you and I know you mentioned the list gets finalized soon so can you please tell me if I am on it or where I am on your list",
    RANK,
  ],
  ["the residents told me you would be ranking in February and so could you let me know where I stand with you", RANK],
  ["my visa got sorted and my mentor said i should write and i know the team said decisions come in feb so can u tell me if im still on ur list", RANK],
  ["my friend said programs never tell you where you stand so I will just wait and keep working hard", []],
  ["the coordinator said the list is due in February and so could you let me know when the second look is", []],
  // A negation that hedges the request: what follows "just" or "only" is asked.
  ["Not looking for my exact spot, only whether I am going to be ranked at all.", RANK],
  ["I don't need details - just if I will be on your list in some form.", RANK],
  ["Just whether I'm being ranked, nothing more; I know you are busy.", RANK],
  ["I'm not after any numbers, simply whether I will be on your rank list.", RANK],
  ["I am not asking for anything, just whether the rank list deadline is still March 4.", []],
  ["No reply is needed, only if you want to add anything about the schedule.", []],
  ["Just whether you will be sending the contract by email, thanks.", []],
  ["I will not be at the second look, just wondering whether the slides will be shared.", []],
  // A group chosen for something other than the Match (found while probing this round).
  ["Please let me know if I am one of the applicants chosen for the second look.", []],
  ["Could you say whether I am among the candidates selected for the research symposium?", []],
  ["Please let me know if I am one of the applicants chosen for your program.", RANK],
];

describe("thirty-fifth to thirty-eighth writers' rank classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});
