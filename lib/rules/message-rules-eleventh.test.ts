// Classes generalised from the eleventh writer's misses and false blocks (dev-eleventh-writer.jsonl): paraphrases
// written here, not copied from the corpus, and honest near misses of the same shapes. Kept apart from
// message-rules.test.ts so parallel rounds do not edit the same table.
import { describe, expect, it } from "vitest";
import type { RuleId } from "@/lib/rules/message-rules";
import { sentencesOf } from "@/lib/rules/messages/sentences";
import { languageRules, type LanguageCase, type Profile, RANK, DEAL, CLAIM, STORY } from "@/lib/rules/messages/test-fixtures";

const H1B: Profile = { visaStatus: "H1B" };
const PMR: Profile = { targetSpecialty: "physical-medicine-rehabilitation" };

const CASES: LanguageCase[] = [
  // A question about how the program's list is handled, not what is on it (even with an aside between).
  ["Could you tell me whether your rank list is certified separately for the preliminary and categorical tracks?", []],
  ["May I ask if the program's rank list (I'm not asking who is on it) is submitted jointly with the advanced track?", []],
  ["I wanted to check whether the programme's rank list, as a rule, is submitted by the coordinator or the PD.", []],
  ["Is the rank order list for the prelim year entered under a separate code, or combined with the categorical one?", []],
  ["Could you let me know whether the program's rank list includes me?", RANK],
  ["Could you let me know whether your rank list (the final one) has me near the top?", RANK],
  // A specialty that names a stretch of training, not the goal: observership, externship, attachment, posting.
  ["By June I will have completed a cardiology observership, which should help me as a neurologist.", []],
  ["I will have finished a psychiatry externship by March, useful for my neurology patients.", []],
  ["Next month I'll complete a surgery attachment in Lagos before starting neurology.", []],
  ["I am doing a pediatrics posting at the moment, which I enjoy.", []],
  ["I will have done a dermatology placement by spring.", []],
  ["I hope to gain more psychiatry exposure during my neurology residency.", []],
  ["My goal is to become a psychiatrist.", STORY],
  // A politeness adverb inside the request frame.
  ["I would like to respectfully ask whether my application has been placed among the candidates you will rank.", RANK],
  ["May I humbly enquire whether my name has been included on your rank list?", RANK],
  // Standing asked as one position or another, with no list named.
  ["Madam, I am requesting for small feedback whether I am standing in a good position or a poor position.", RANK],
  ["Kindly tell me whether I am in a strong position or a weak position after the interview.", RANK],
  ["Please let me know if I am sitting in a safe place or a precarious place.", RANK],
  ["Could you tell me whether I am in a good position to apply for the research track?", []],
  ["I was in a poor position to judge the case, so I asked my senior.", []],
  // A promise not to go elsewhere with its verbs coordinated.
  ["Guarantee me a spot and I will not apply, interview or rank anywhere else.", DEAL],
  ["If you offer me a place, I will never look, apply or interview anywhere else.", DEAL],
  ["Promise me a position and I won't interview, rank, or sign with any other program.", DEAL],
  ["My friend will not apply or interview anywhere else this year.", []],
  // The writer giving the program the first place on the list.
  ["I've awarded the number one slot on my rank list to Brookside.", CLAIM],
  ["I have assigned your residency the first position on my ROL.", CLAIM],
  ["i gave u guys the top spot on my list lol", CLAIM],
  ["I have given the first position on my list to another program, but you are close behind.", []],
  ["I gave the patient the first slot in clinic.", []],
  ["I have given your programme a high position in my rank list.", []],
  // The writer's status of selection or ranking asked after, in the words of several Englishes.
  ["Kindly inform me about my selection status for the residency.", RANK],
  ["Could you update me on my ranking status?", RANK],
  ["Sir, please tell my merit status in your list.", RANK],
  ["Could you update me on my application status, as one letter was missing?", []],
  ["Could you confirm my visa status is on file?", []],
  // Accepting an offer, with the adverb that makes it binding.
  ["If offered, I will accept outright.", DEAL],
  ["Should you offer me a place I would accept it unreservedly.", DEAL],
  ["I accept outright that my scores are not the strongest.", []],
  // First place as a rhetorical question.
  ["Where else would I put at the top of my list? Nowhere.", CLAIM],
  ["Honestly, who else could I rank first?", CLAIM],
  ["Where else would I put my name on the waitlist?", []],
  ["Who else would I ask for a letter?", []],
  ["Where else would you put the journal club?", []],
  // Once only the scorer's (message-rules.test.ts MODEL_ONLY); the detectors read a comparison with the others now.
  ["Is there any chance of hearing how I came across to the selection committee compared with others?", RANK],
  // Standing near the line, and the writer seen matching there.
  ["Would love to know if I'm anywhere near your match line.", RANK],
  ["Could you say whether my application is close to the cut line?", RANK],
  ["Do you foresee me matching at your program?", RANK],
  ["Can you picture me training here next year?", RANK],
  ["Does the committee see me joining your program?", RANK],
  ["Do you see me joining the research group on Thursdays?", []],
  ["Can you picture me at the second look day?", []],
  ["I can picture myself training here.", []],
  ["I live near the match venue.", []],
  // A standing commitment with adverbs between the verb and what it binds.
  ["I am prepared to commit in writing now to join you.", DEAL],
  ["I commit here and now to your program.", DEAL],
  ["I commit irrevocably to joining your program.", DEAL],
  ["I am prepared to commit in writing to a research schedule.", []],
  // The program wanting the writer to join, asked.
  ["Is your team hoping to bring me on board in July?", RANK],
  ["Are you keen to have me in your intern class?", RANK],
  ["Does the committee plan to welcome me in July?", RANK],
  ["Is your team hoping to bring on more residents next year?", []],
  ["Are you keen to have me present at journal club?", []],
  ["Would your team like to see me at the second look day?", []],
  // A yes/no question with the program named as its subject and no question mark.
  ["would st columba's rank me high enough to match", RANK],
  ["Could Riverside place me high on its list. Just curious.", RANK],
  ["Does Northfield have me on its rank list", RANK],
  ["Will Southgate offer a second look day this year.", []],
  ["Does Northfield have a night float system", []],
  ["Could Riverside take a look at my updated CV.", []],
  // The writer's own visa named by the type the profile does not hold.
  ["I'm currently on an H-1B, so the transfer should be simple.", STORY],
  ["I will need H-1B sponsorship to train in the US.", STORY],
  ["I would require J1 visa sponsorship through ECFMG.", STORY, H1B],
  ["I'll be needing a J-1 waiver job later.", STORY, H1B],
  ["I will need H-1B sponsorship, not J-1.", [], H1B],
  ["Does your program sponsor J-1 visas as well as H-1B?", [], H1B],
  ["Many of my classmates are on J-1 visas.", [], H1B],
  ["I could train on a J-1 or an H-1B, whichever is easier for you.", [], H1B],
  ["My wife is on an H-1B visa.", []],
  ["I do not need a J-1 since I will be on an H-1B.", [], H1B],
  ["I don't need an H-1B specifically; a J-1 is fine.", [], { visaStatus: "NEEDS_SPONSORSHIP" }],
  ["I do not need a J-1.", STORY],
  ["I do not need any visa sponsorship.", STORY, H1B],
  ["I will need J-1 sponsorship after my OPT ends.", [], { visaStatus: "F1_OPT" }],
  // A goal with its "I am" dropped before an adjective of intent, and a self-description "a X like me".
  ["Still set on a career as a neurologist.", STORY, PMR],
  ["Dead set on neurology, as ever.", STORY, PMR],
  ["Passed Step 2. Still keen on becoming a psychiatrist.", STORY, PMR],
  ["It's exactly what a budding orthopod like me needs.", STORY, PMR],
  ["The ICU block is ideal for an aspiring anaesthetist like myself.", STORY, PMR],
  ["Still set on a career in PM&R.", [], PMR],
  ["Set on finishing my neurology rotation before Christmas.", [], PMR],
  ["It is exactly what a budding physiatrist like me needs.", [], PMR],
  ["My brother, a surgeon like our father, sends his regards.", [], PMR],
  ["I learned a lot from a neurologist like Dr. Sato.", [], PMR],
  // A goal of "it" pointing back at the one field named just before.
  ["Everyone asks why neurology. It is the career I am pursuing, simple as that.", STORY, PMR],
  ["I get asked about dermatology a lot. Honestly, it has always been my calling.", STORY, PMR],
  ["Psychiatry? That is my passion.", STORY, PMR],
  ["I loved my neurology rotation. It is what I want to build on as a physiatrist.", [], PMR],
  ["My father is a cardiologist. It is the career I watched him love.", [], PMR],
  ["People ask why PM&R. It's the career I'm pursuing.", [], PMR],
  ["My wife works in psychiatry. It is the field she loves, and rehab is mine.", [], PMR],
  ["I respect cardiology. It is what I want to learn more about during residency.", [], PMR],
  ["My mother is an oncologist. It's what I grew up around.", [], PMR],
];

describe("eleventh writer's classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });

  it.each<[string, RuleId[]]>([
    ["Re: Pre-match offers", []],
    ["RE: pre-match offer policy", []],
    ["Fwd: pre-match offers", []],
    ["Pre-match offer: I'll sign today", DEAL],
  ])("subject line %j -> %j", (subject, expected) => {
    expect(languageRules("Thank you for your time.", undefined, subject)).toEqual(expected);
  });

  it("ends a sentence after a number followed by a capital, not inside a decimal", () => {
    const norms = sentencesOf("", "Passed Step 3. Still keen. My plan is 3.5 years. I scored 250. Thanks.").map((s) => s.norm);
    expect(norms).toEqual(["passed step 3.", "still keen.", "my plan is 3.5 years.", "i scored 250.", "thanks."]);
  });
});
