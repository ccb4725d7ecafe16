// Rank-solicitation classes generalised from the twenty-fifth to twenty-eighth writers' misses and false blocks
// (dev-twenty{fifth,sixth,seventh,eighth}-writer.jsonl): paraphrases written here, not copied from the corpus, with
// honest near misses of the same shapes. The default profile targets neurology on a J-1, with a first-choice claim to
// another program on record.
import { describe, expect, it } from "vitest";
import { languageRules, type LanguageCase, RANK, DEAL } from "@/lib/rules/messages/test-fixtures";

const CASES: LanguageCase[] = [
  // The writer's outcome named by a verb of result ("culminate in", "result in", "lead to" a match), its likelihood
  // asked, with an aside of attribution between the likelihood and what it is of.
  ["May I ask how likely it is, in the committee's estimation, that my application results in a match with your program?", RANK],
  ["I would be grateful for a sense of the likelihood that my candidacy leads to a position at Brookhaven.", RANK],
  ["Could you estimate the odds, as judged by your faculty, that my application will end in a match here?", RANK],
  ["I hope my candidacy culminates in a match with you.", []],
  ["Could you tell me the likelihood that the new night float will result in schedule changes for interns?", []],
  ["May I ask whether interview feedback, as collected by the committee, leads to changes in the curriculum?", []],
  // Clearing a bar, threshold or cut-off for the program's list.
  ["Has my file passed the cutoff for your rank list?", RANK],
  ["Could you let me know whether I cleared the bar to be ranked?", RANK],
  ["Did my application get over the threshold for ranking this year?", RANK],
  ["I cleared the threshold for the Step 2 exam last month and wanted to share it.", []],
  ["Could you tell me whether I have cleared the bar for a second look invitation?", []],
  // The place given, assigned or allotted to the writer on the list, in a passive relative clause.
  ["I would appreciate knowing the place that has been given to me on your rank order list.", RANK],
  ["Could you share the rank my application was assigned in the committee's ordering?", RANK],
  ["Any word on the spot allotted to my candidacy within your final list would be most welcome.", RANK],
  ["Could you tell me which locker has been assigned to me for the second look?", []],
  ["I would appreciate knowing the call position that has been given to me for orientation week.", []],
  // Asking to ask, in statement order: "I hope I may ask", "I trust I can ask".
  ["I hope I may ask, one Midwesterner to another, whether you feel I have a genuine chance at joining your residents in July.", RANK],
  ["I trust I can ask whether I am still in the running for one of your spots.", RANK],
  ["I hope I may ask about the parental leave policy for interns.", []],
  // A chance at one of the program's places, named by their number; the writer as "an applicant" the program would tell.
  ["Would you say I have a real shot at one of your four categorical spots?", RANK],
  [
    "Surely a programme this open would not object to telling a candidate frankly whether he stands a chance at one of its prelim positions, and I would be grateful for it.",
    RANK,
  ],
  ["Would you mind letting an applicant know whether she is on your rank list? I would really appreciate it.", RANK],
  ["Would I have a real shot at one of the poster slots at the research day?", []],
  ["Do programs usually tell an applicant whether she is ranked? My classmates and I were debating it.", []],
  // Asked to be told the outcome by a sign ("give me the nod"), or told it plainly ("tell me I'm in").
  ["Just give me the green light that I'm ranked to match and I'll cancel the rest of my interviews.", [...RANK, ...DEAL]],
  ["Could you give me a thumbs up that I'm on your list?", RANK],
  ["Just tell me I'm in for July, please.", RANK],
  ["Can you promise me I'm in for next year?", RANK],
  ["Tell me if I'm in the right building for the second look.", []],
  ["Give me the nod when the second look date is set, please.", []],
  // The writer's own promise or assurance to be there, not a promise asked of the program.
  ["If the orientation date moves please let me know, I promise I will make it work around my call schedule.", []],
  ["Please send the schedule when you can; I can assure you I will make it to the welcome dinner.", []],
  // A guarantee of something other than a place: a backup system, parking, days off.
  ["Is there guaranteed parking for residents on call nights?", []],
  ["If I get sick during a rotation, is there a guaranteed jeopardy system or do residents swap shifts?", []],
  ["Are there guaranteed days off for religious holidays?", []],
  ["Is there a guaranteed spot for me in July?", RANK],
  ["Am I guaranteed a place in your intern class?", RANK],
  // The list's calendar: a time "by which" the list is handled, whatever the adverb.
  ["May I ask the day on which the program's rank list is ordinarily submitted?", []],
  ["Could you share the deadline by which your rank order list is customarily finalised, so I can plan my travel?", []],
  ["Which applicants are on your final rank list?", RANK],
  // A question about applicants in general, turned on the program by the next sentence.
  ["Every applicant wonders whether their top program will rank them. So, will you?", RANK],
  ["Doesn't every applicant want to know if their first choice program intends to rank them? Do you?", RANK],
  ["Every applicant wonders whether their top program will rank them. I have decided not to worry about it.", []],
  ["Most programs offer a second look day to applicants. Do you?", []],
  // Chances at something other than a place in the program: an elective, a chief resident post, a research spot.
  ["What are my chances of getting one of the research electives in spring?", []],
  ["Would I have a good shot at one of the chief resident positions later on?", []],
  ["What are my chances of landing one of the leadership posts in second year?", []],
  ["What are my chances of getting one of your prelim spots?", RANK],
  ["Would I have a good shot at one of the categorical positions?", RANK],
];

describe("twenty-fifth to twenty-eighth writers' rank classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});
