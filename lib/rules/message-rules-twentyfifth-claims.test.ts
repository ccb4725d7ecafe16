// Classes generalised from the twenty-fifth to twenty-eighth writers' first-choice and deal misses and their deal false
// blocks (dev-twenty{fifth,sixth,seventh,eighth}-writer.jsonl): paraphrases written here, not copied from the corpus,
// with honest near misses of the same shapes. The default profile targets neurology on a J-1, with a first-choice claim
// to another program on record.
import { describe, expect, it } from "vitest";
import { languageRules, type LanguageCase, DEAL, CLAIM } from "@/lib/rules/messages/test-fixtures";

const CASES: LanguageCase[] = [
  // The writer's list named in an earlier sentence, the first slot claimed in the next: a terse note, a reply to a quoted
  // line, an "it" that points back at the list.
  ["Rank order list locked in this morning. Westbrook = slot #1. Reasons: teaching, call schedule, people.", CLAIM],
  ["> Please keep us in mind while you put together your rank list.\n\nKeep you in mind? You will be the very top name on it.", CLAIM],
  ["I certified my ROL last night. Hartfield holds the first position.", CLAIM],
  ["My rank list is finally done! Thank you again for the lovely dinner. You are the top entry on it.", CLAIM],
  ["My match list is certified. Larchmont - spot 1.", CLAIM],
  ["I finished my rank list yesterday. The first position I ever held was as a scribe in Ohio.", []],
  ["My rank list is certified. You were the first program to invite me, and I never forgot that.", []],
  ["Rank list: deadline - the first week of March.", []],
  ["My rank list is done. My sister was the first one to congratulate me.", []],
  ["> When will you send your rank list?\n\nI will certify it next week; the first thing on my schedule is the second look.", []],
  ["Your program director's talk was inspiring. You will be the first program I visit next spring on my road trip.", []],
  // First place said in a second language mixed into English: Hindi, Spanish, Portuguese, French, Italian, German.
  ["Sach kahun toh Brightwater is pehla number on my list.", CLAIM],
  ["Honestly, your program is meri pehli pasand for the Match.", CLAIM],
  ["Clearview is mi primera opción on my rank list, de verdad.", CLAIM],
  ["Your hospital will be em primeiro lugar on my rank list.", CLAIM],
  ["Pehli baar I felt completely at home during an interview day.", []],
  ["Mi primera opción de rotación electiva sería la investigación.", []],
  // A formal or archaic register: the program standing foremost upon the writer's list of preference.
  ["Permit me to state that Harrowgate shall stand foremost upon my list of preference.", CLAIM],
  ["Your institution stands foremost on my rank list, above every other to which I applied.", CLAIM],
  ["Kingsbridge will stand first upon my list when it is certified.", CLAIM],
  ["Patient welfare shall stand foremost upon my list of duties.", []],
  ["Research stands foremost on my list of interests for the coming year.", []],
  // The verdict after weighing the programs: one came first, with or without a margin echoed after a semicolon.
  ["I weighed every program I saw, and in the end Fairmont came first, by a long way.", CLAIM],
  ["Having compared all my interviews, Dunmore was first; first by some distance.", CLAIM],
  ["When all the comparing was done, yours was first; clearly first.", CLAIM],
  ["After weighing everything, my family came first, by a long way.", []],
  ["I compared the rotation schedules and the ICU month was first; then wards.", []],
  ["When the weighing was done, patient safety was first; first by a distance.", []],
  // Typing slips and autocorrect in the claim's words: "number won", "rank lst", "puting".
  ["Ridgeview is my number won on my rank lst, sorry for the typo.", CLAIM],
  ["I am puting Oakmere at the top of my match lsit.", CLAIM],
  ["Hi Dr Lee, im rankng you first on my rank lst.", CLAIM],
  ["I am puting together my rank lst this week and will think it over carefully.", []],
  ["Our team won number one at the hospital quiz night.", []],
  ["I will rank lst year's electives by how much I learned.", []],
  // A non-native wording: in the writer's list the program is the first one, before all the others.
  ["In my list your program is the first one, before all the others.", CLAIM],
  ["In my heart and in my rank list, Greyfield is the very first, above the rest.", CLAIM],
  ["On my list Mercy is the number one program.", CLAIM],
  ["In my list of electives, the ICU is the first one, before all others.", []],
  ["In my list of questions, the first one is about parental leave.", []],
  // A condition with dropped articles ("if program gives me position"), the writer coming and going nowhere else.
  ["If program offers me spot, I come and no other place.", DEAL],
  ["If your hospital gives me position I will sign, nowhere else.", DEAL],
  ["If program gives me place, I am coming, no other hospital. Will turn down the others same day.", DEAL],
  ["If program gives me place to stay for the second look, I will come.", []],
  ["If program gives me time off for the exam, I will come to the social.", []],
  ["If you give me position details, I will forward them to my advisor.", []],
  // Other interviews given up in return for one place, said with "one" or "a single".
  ["I will cancel my interviews at three other programs in exchange for one spot in your intern class.", DEAL],
  ["In return for a single position with you, I would turn down my interviews at the other hospitals.", DEAL],
  ["I would decline my interviews at two other places next week in return for one seat in your class.", DEAL],
  ["In return for one place on the hiking trip, I will bring the snacks.", []],
  ["I had to decline two other interviews because of my visa appointment.", []],
  // A promise the writer made to themselves, and giving up emailing programs, bind the writer to nothing.
  ["I promised myself I would stop emailing programs, but could you tell me whether interns get an away elective?", []],
  ["I swore to myself I would stop messaging programs, so sorry for one more question about parking.", []],
  ["I made myself a promise to stop bothering programs after interview season.", []],
  ["I promise I will stop interviewing at other programs if you rank me to match.", DEAL],
  // Selected for an interview is not a place; "in return" the writer learned something is not a trade.
  ["If I am selected for an interview at the satellite campus I will gladly travel there.", []],
  ["My dedication to teaching is strong and in return I learned so much from your residents.", []],
  ["If I am selected for a position I will withdraw from all other programs.", DEAL],
  // The writer's own logistics as the condition, a visit as what is offered.
  ["I will be in Chicago in March (provided my flight is not cancelled) and would love to come by if a second look is offered.", []],
  ["I can attend the open house provided my shift swap is approved, if one is offered in April.", []],
  ["I will be in town in March, provided my visa comes through, and would gladly join a tour if one is arranged.", []],
  // A promise to whichever program the writer matches at, and the Match honoured wherever it sends the writer.
  ["My promise to whichever program I match at: I will work hard and never cut corners at handoff.", []],
  ["The Match is binding and I will honour it and go wherever I end up.", []],
  ["I treat the Match result as binding, like orders, and will report wherever the algorithm sends me.", []],
  ["Wherever I match, I will work hard; that is my promise to my patients.", []],
  ["My promise to you: if you rank me first, I will rank you first.", [...CLAIM, ...DEAL]],
  ["The Match is binding, but if you rank me to match I will withdraw everywhere else right now.", DEAL],
];

describe("twenty-fifth to twenty-eighth writers' first-choice and deal classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});
