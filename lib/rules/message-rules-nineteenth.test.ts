// Classes generalised from the eighteenth, nineteenth, twenty-first and twenty-second writers' misses and false blocks
// (dev-eighteenth-writer.jsonl, the held-out set until the twentieth writer's replaced it, dev-nineteenth-writer.jsonl,
// dev-twentyfirst-writer.jsonl and dev-twentysecond-writer.jsonl; each measured blind first): paraphrases written here, not copied from the corpus, with honest near misses of the same shapes. The default
// profile targets neurology on a J-1, with a first-choice claim to another program on record.
import { describe, expect, it } from "vitest";
import { languageRules, type LanguageCase, type Profile, RANK, DEAL, CLAIM, STORY } from "@/lib/rules/messages/test-fixtures";

const CITIZEN: Profile = { visaStatus: "US_CITIZEN_OR_PR" };
const H1B: Profile = { visaStatus: "H1B" };
const SURGERY: Profile = { targetSpecialty: "general-surgery", visaStatus: "H1B" };
const MEDICINE: Profile = { targetSpecialty: "internal-medicine", visaStatus: "J1" };

const CASES: LanguageCase[] = [
  // The writer inside the program's top group, asked for confirmation.
  ["Kindly revert confirming I am within your top ten candidates.", RANK],
  ["Please confirm whether my name sits among your top picks this year.", RANK],
  ["Would you let me know if I am still inside your top twenty?", RANK],
  // A class rank given as a percentage is an exam-style standing, not the program's list (a false block before).
  ["Kindly confirm that I was in the top 5% of my graduating class, as the ERAS form asks.", []],
  ["Could you confirm the top ten reasons residents give for choosing the program?", []],
  ["I am in the top ten percent of my class and would love to discuss research.", []],
  // Others ranked against the writer.
  ["Would the committee be willing to share how many applicants it plans to rank ahead of me?", RANK],
  ["Could you tell me whether anyone will be placed above me on the list?", RANK],
  ["May I ask how many interns are placed on each team during nights?", []],
  ["I will rank Mercy above my home program, as I told you in person.", []],
  // A formal letter's passive request, and the writer in the third person.
  ["It is respectfully requested that the committee indicate the likelihood of my matching with the program.", RANK],
  ["It is requested that the program share the probability of this applicant's successful match.", RANK],
  ["The undersigned would welcome any indication of where the undersigned stands on the rank list.", RANK],
  ["It is respectfully requested that the program share the call schedule for interns.", []],
  ["It is requested that the coordinator send the second look agenda to this applicant.", []],
  ["The undersigned completed a research year in stroke outcomes.", []],
  // A deal in the third person, and leaving every other program by a verb of removal ("rank the program first" is also a
  // first-choice claim here: the default context has a claim to another program on record).
  ["Contingent upon the program's ranking of the undersigned to match, the undersigned will rank the program first.", [...CLAIM, ...DEAL]],
  ["Should this applicant be ranked to match, this applicant will withdraw from all other interviews.", DEAL],
  // The nod asked for is the writer's standing too (the twenty-fifth writer's set labels both).
  ["Give me the nod that I'll match and I'll boot every other program off my rank list.", [...RANK, ...DEAL]],
  ["If you tell me I will match, I will rank you first.", [...CLAIM, ...DEAL]],
  ["Promise me I'll match and I'll wipe every other programme from my list.", DEAL],
  ["I kicked off my research project before the interview season and will finish it in May.", []],
  ["I cleared every other obligation off my calendar for the second look.", []],
  ["My mentor told me I will match if I work hard, and I believe her.", []],
  // A first slot designated, ranked first, said of the program.
  ["Please note that Harborview has been designated as my first-ranked program for this cycle.", CLAIM],
  ["Harborview is my first-ranked program.", CLAIM],
  ["Harborview has been chosen as this applicant's top choice.", CLAIM],
  ["Harborview has been designated as a teaching site for my elective.", []],
  ["My first-ranked elective was the stroke unit, which has been designated as a center of excellence.", []],
  // consistent-story: a status as what the writer is, and the writer as the sender.
  ["Got it, thanks! Also I'm H-1B, hope that's ok.", STORY, CITIZEN],
  ["I am J1 as well, for what it is worth.", STORY, CITIZEN],
  ["I am H1B eligible once I finish Step 3, if that matters for your program.", [], CITIZEN],
  ["My wife is H1B, so we will move together.", [], CITIZEN],
  ["I am J1 as well, and will need the usual ECFMG paperwork.", STORY, H1B],
  ["Hello from a green card holder! A quick update on my research.", STORY],
  ["Update from a US citizen applicant: my Step 3 score is out.", STORY],
  ["Update from a friend of a green card holder.", []],
  ["I helped a green card holder fill in her forms last month.", []],
  // consistent-story: a goal in another field after a goal frame the rules did not read.
  ["I wanted to let you know I am planning to become a neurosurgeon and this prelim surgery year is the first step.", STORY, SURGERY],
  ["I am planning to become a general surgeon and this prelim year is the first step.", [], SURGERY],
  ["As an applicant in pathology, I enjoyed seeing your autopsy service.", STORY, MEDICINE],
  ["As an applicant in internal medicine, I enjoyed seeing your autopsy service.", [], MEDICINE],
  ["As an applicant interested in research, I enjoyed the pathology lecture.", [], MEDICINE],
  ["I am very much passionate to be an orthopaedic surgeon, bones are my life.", STORY, MEDICINE],
  ["I am passionate to become a cardiologist after residency.", [], MEDICINE],
  ["I am passionate about working with the psychiatry team on consults.", [], MEDICINE],
  // Eighteenth writer: first place with a margin over the rest, and a place on the list occupied.
  ["List's done. Harborview's top, by a mile.", CLAIM],
  ["You are first by far, and I will say so to anyone who asks.", CLAIM],
  ["In my heart your hospital is occupying the first seat of my list.", CLAIM],
  ["Your program is sitting in the first spot on my rank list.", CLAIM],
  ["Your teaching conference was top, by far the best I attended.", []],
  ["The first seat of the bus was taken, so I sat at the back.", []],
  ["Harborview is among my top few, by a long way the friendliest.", []],
  // Accepting the program itself if offered, and putting it as rank one under a condition.
  ["I WILL ACCEPT YOUR PROGRAM 100% IF I AM OFFERED.", DEAL],
  ["On the condition that I am ranked to match, I will put your program as rank one.", [...CLAIM, ...DEAL]],
  ["I accept your program's policy on moonlighting if that is what the contract says.", []],
  ["I put my research as priority one this year.", []],
  // A run-on goal, the preliminary year named after it, and "planing" for "planning".
  ["im now sure i want to be a urologist the prelim surgery year at your place is perfect for that", STORY, SURGERY],
  ["I am planing a career in ortho and the surgery year will be a great start.", STORY, SURGERY],
  ["im now sure i want to be a surgeon the prelim surgery year at your place is perfect for that", [], SURGERY],
  ["I am planing a career in general surgery, and the boat trip was lovely.", [], SURGERY],
  // A spouse writing for the applicant: the applicant's pronouns in that sentence are the writer's.
  ["On behalf of my husband, who interviewed in January, I am writing to ask whether he is on your rank list.", RANK],
  ["On behalf of my wife, who is on nights, I would like to tell you she has decided to rank your program first.", CLAIM],
  ["On behalf of my wife, may I ask whether the program offers parental leave, as she is expecting in June?", []],
  ["On behalf of my husband, thank you for the kindness the team showed him on interview day.", []],
  ["My husband asked whether his program ranks residents for chief, and I said I would ask.", []],
  // "In return" with someone else on the other side is no trade with the program.
  ["I finished the audit I promised my mentor in return he taught me to write a paper and I will rank your program highly", []],
  ["In return my family will move to Ohio, and if you rank me to match I will rank you first.", [...CLAIM, ...DEAL]],
  ["I will rank your program first in return for a guaranteed spot.", [...CLAIM, ...DEAL]],
  // Twenty-first and twenty-second writers: the list done with the program first, and "you're at the top" in chat.
  ["Just certified my list with Harborview first, so now we wait.", CLAIM],
  ["Submitted my ROL with you at the top!", CLAIM],
  ["hey dr k, ROL done & ur at the top fr", CLAIM],
  ["I submitted my list with two days to spare first thing this morning.", []],
  ["I certified my list with my partner first, then we celebrated.", []],
  ["You are at the top of your game, if I may say so.", []],
  // Status as a citizen, said with "have been" or "became", and "not someone who needs a visa".
  ["I have been a citizen since 2015, so sponsorship is not a concern.", STORY],
  ["I became a US citizen last year.", STORY],
  ["I'm not someone who needs a visa, so please don't let that worry you.", STORY],
  ["My husband became a US citizen last year, and I still hold my J-1.", []],
  ["I have been a J-1 holder since 2023.", []],
  // Goal frames: applying to a field as a description, excitement to start a career, headed into a career.
  ["I am a fourth-year student applying to orthopaedics this cycle.", STORY, MEDICINE],
  ["cant wait to start my rads career after prelim yr", STORY, MEDICINE],
  ["So excited to start my radiology career next year.", STORY, MEDICINE],
  ["As you know I'm headed into a career as a psychiatrist after this year.", STORY, MEDICINE],
  ["Kindly guide me how the couples match works, as my wife is applying for pediatrics.", [], MEDICINE],
  ["So excited to start my radiology elective next month.", [], MEDICINE],
  ["I am excited to work with the psychiatry team on consults.", [], MEDICINE],
  ["Who better to care for your stroke patients than someone about to become a neurologist?", STORY, MEDICINE],
  ["Is your prelim year a good fit for someone intending to become a surgeon, as that has always been my plan?", STORY, MEDICINE],
  ["Who better to teach interns than the senior residents?", [], MEDICINE],
  ["Is your prelim year a good fit for someone intending to become a surgeon? My classmate asked me to find out.", [], MEDICINE],
  // The program asked to stand in the writer's place, and ending up at the program.
  ["If you were in my position, would you feel confident about ending up at Fairhaven?", RANK],
  ["Do you think I will end up at your program?", RANK],
  ["If you were in my shoes, would you do a research year first?", []],
  ["If I end up at your program, is there resident housing?", []],
  ["Do most of your graduates end up in fellowships?", []],
  // Questions about the program's policy for a group, its use of information, and "applicants like me".
  ["I wanted to ask if the program guarantees a PGY-2 position for prelim residents who do well.", []],
  ["Does the contract guarantee a second-year position, or is that separate?", []],
  ["Is there a resource your programme recommends for applicants like me?", []],
  ["Q4: How will you use this information in your rank list?", []],
  ["Can you guarantee me a PGY-2 position if I do well?", RANK],
  ["Does your program like me?", RANK],
  // A past-tense "I appreciated" reports; it asks nothing.
  ["I appreciated that nobody on the panel asked me how I planned to rank, and I won't ask you either.", []],
  ["I appreciated your candour about the rank list process.", []],
  ["Any hint about where I stand would be greatly appreciated.", RANK],
];

describe("eighteenth to twenty-second writers' classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});
