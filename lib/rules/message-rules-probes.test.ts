// Classes found by probing the rules with paraphrases written here (not from any corpus writer), each with honest
// near misses: the writer as one of a kind, a chance at the program itself, regard as a deal's condition, imperatives
// answered by the writer's word, slots named by number, goals named as ends, visa status in other words, and more.
import { describe, expect, it } from "vitest";
import type { RuleId } from "@/lib/rules/message-rules";
import { languageRules, type LanguageCase, type Profile } from "@/lib/rules/messages/test-fixtures";

const RANK: RuleId[] = ["no-rank-solicitation"];
const DEAL: RuleId[] = ["no-commitment-deal"];
const CLAIM: RuleId[] = ["single-first-choice"];
const STORY: RuleId[] = ["consistent-story"];
const US: Profile = { visaStatus: "US_CITIZEN_OR_PR" };

const CASES: LanguageCase[] = [
  // The writer as one of a kind of applicant: read as the writer's own question.
  ["Are IMGs like me in the running at your program?", RANK],
  ["Are applicants like me actually in the running there?", RANK],
  ["Would someone like myself be ranked to match at your program?", RANK],
  ["Can an IMG like me realistically match with you?", RANK],
  ["Does a prelim like me have any shot at your categorical spots?", RANK],
  ["Is someone like me on your list?", RANK],
  ["I hope the residents like me as much as I liked them.", []],
  ["Applicants like me often worry about visas, which is why your sponsorship page helped.", []],
  ["Programs that welcome IMGs like me are rare, and yours is one of them.", []],
  ["Would people like me enjoy the rural track? I love small communities.", []],
  ["How do IMGs like me usually adjust to the first month of intern year?", []],
  // A chance the writer has at the program itself, asked with or without a question mark.
  ["is there a realistic hope for me at ur program", RANK],
  ["is there a realistic chance for me at ur program pls be honest", RANK],
  ["What are the odds for someone like me with your program", RANK],
  ["Is there still a future for me in your residency", RANK],
  ["Is there any chance for me at your program's open house to meet the chief residents?", []],
  ["There is a bright future for me in internal medicine, and I see it at a program like yours.", []],
  ["I believe there is a real chance for me to grow in your program, and I am excited about it.", []],
  ["Residents told me there was hope for everyone at your program, which I found moving.", []],
  // The program's regard for the writer as the condition of the writer's promise.
  ["Should your committee see me as a top candidate, I will withdraw my other applications.", DEAL],
  ["If your committee sees me as a strong candidate, I will withdraw from my other interviews.", DEAL],
  ["Should you consider me a serious candidate, I will withdraw my other applications.", DEAL],
  ["If you see me as a good fit, I would love to hear from you.", []],
  ["If you consider me a strong candidate, I would be honoured to visit again.", []],
  ["I hope you see me as a strong candidate for your program.", []],
  ["My mentors see me as a strong candidate for neurology, and I will rank programs by fit.", []],
  // A choosing imperative answered by the writer's word, commitment or signature.
  ["Pick me and you'll have my word.", DEAL],
  ["Pick me and you'll get my commitment in writing.", DEAL],
  ["Choose me and you will receive my written commitment to come.", DEAL],
  ["Take me and you have my yes.", DEAL],
  ["You will have my commitment to patient care from the first day.", []],
  ["You will receive my signed forms by Friday.", []],
  ["Pick me up at the airport and you will have my thanks forever, my cousin joked.", []],
  // A slot named by its number, a label and its value, a label without its owner (a claim is on record elsewhere).
  ["Your program will be sitting at line one of my list.", CLAIM],
  ["You are in slot 1 on my rank list.", CLAIM],
  ["Your program takes position #1 on my list.", CLAIM],
  ["Top spot: yours.", CLAIM],
  ["First choice = you guys", CLAIM],
  ["First choice is you guys!", CLAIM],
  ["Line 1 of my CV now lists the research award.", []],
  ["It is a place one could call home for three years.", []],
  ["Top priorities: teaching, wellness and a strong ambulatory block.", []],
  ["First choice of elective: stroke neurology.", []],
  // A goal named with a noun of ends ("my endgame") or as the work of a whole career; needing no visa, said plainly or
  // as "someone who".
  ["Derm is my endgame.", STORY],
  ["Psychiatry is my end goal, whatever it takes.", STORY],
  ["Anaesthesia is what I'll be doing for the rest of my career.", STORY],
  ["Psychiatry is what I will be doing for the next month on my elective.", []],
  ["Stroke neurology is my end goal, after residency.", []],
  ["I need no visa.", STORY],
  ["I require no sponsorship of any kind.", STORY],
  ["As someone who needs no visa, I can start right away.", STORY],
  ["As a candidate who needs no sponsorship, I can start in June.", STORY],
  ["As a J-1 applicant who needs sponsorship, I was glad to see your program sponsors J-1 visas.", []],
  ["As someone who trained with many IMGs, Dr Ruiz understands visa worries.", []],
  ["I need no introduction to night shifts after my prelim year.", []],
  ["As someone who needs no visa, I can start right away.", [], { visaStatus: "US_CITIZEN_OR_PR" }],
  // Standing said as being still considered ("in consideration", "in play", "alive"), as the writer's fate, as a wait
  // for news; whether hope for a place is worth keeping.
  ["Just checking if I'm still in consideration for a categorical spot.", RANK],
  ["Is my application still in play?", RANK],
  ["Is my application still alive in your process after the interviews?", RANK],
  ["Could you tell me my fate in your program?", RANK],
  ["I am eagerly waiting to know where I stand.", RANK],
  ["Is it worth me holding out hope for a spot with you?", RANK],
  ["Should I keep waiting for a position at your program?", RANK],
  ["I hope my application is still alive after the storm delayed my documents.", []],
  ["My fate in your program is in your hands, and I trust the process.", []],
  ["Is it worth waiting for the second look invitation before booking flights?", []],
  ["Is it worth waiting for my visa paperwork before I book a flight?", []],
  ["I am eagerly waiting to hear about the research day schedule.", []],
  // The program's side as a request or a signal ("sort me a spot", "get me in", "a nod from you"), the writer getting
  // in, an assurance the writer holds, a place "for a guaranteed spot"; the writer's side as the list given up.
  ["Sort me a spot and I'll not look anywhere else.", DEAL],
  ["Get me in and I'm yours for three years.", DEAL],
  ["Promise me a place and my rank list is yours to write.", DEAL],
  ["I'm prepared to withdraw my other applications provided I have some assurance.", DEAL],
  ["I'd cancel Boston, Chicago and Denver tomorrow for a guaranteed spot here.", DEAL],
  ["if i get in i will not even look at other programs", DEAL],
  ["All I need is your word, and you'll have mine.", DEAL],
  ["A nod from you and the others are off my list.", DEAL],
  ["Get me the schedule and I will plan my travel.", []],
  ["Find me a spot on the ward tour and I'd be grateful.", []],
  ["I'm grateful for a guaranteed spot in the research elective, and I will rank programs by fit.", []],
  ["I cancelled Boston, Chicago and Denver for a family trip last spring.", []],
  ["A nod from you would mean a lot; I will rank programs after the second look.", []],
  ["Once I get in, I will never stop learning.", []],
  ["All I need is your word that the schedule is final, and you'll have mine that I'll arrive on time.", []],
  ["Get me in touch with a current resident and I'll be very grateful.", []],
  // Turning an outside-the-Match offer down, and signing paperwork that is not a contract.
  ["If the program offers any pre-match positions, I would not be interested; I will go through the Match.", []],
  ["Should a pre-match offer come up, I would politely decline it.", []],
  ["I'm happy to sign the rotation agreement whenever the coordinator sends it.", []],
  ["I will sign the housing lease as soon as the office sends it.", []],
  ["I would accept a pre-match offer immediately; I would not want to wait for the Match.", DEAL],
  ["I'm happy to sign the contract whenever you offer me the position.", DEAL],
  // A visa not needed for something other than residency.
  ["I do not need a visa for the observership, but I will need J-1 sponsorship for residency.", []],
  ["I don't need a visa to attend the conference in Chicago, as it is virtual.", []],
  ["I do not need a visa for residency.", STORY],
  // South Asian English: selection as the outcome, a "merit list", "the position of mine", a reply awaited about it.
  ["Respected madam, is my selection confirmed for residency in your hospital?", RANK],
  ["Can you please share the merit list position of mine?", RANK],
  ["I am waiting for your positive reply regarding my selection.", RANK],
  ["I look forward to your reply regarding the second look dates.", []],
  ["My selection of electives this spring focused on stroke and epilepsy.", []],
  ["I was on the merit list at my medical school for three years.", []],
  ["A friend of mine matched at your program two years ago.", []],
  // Visa status held or gained in other words; a foreign citizenship; trouble denied about the writer's own visa.
  ["Currently holding EAD through my spouse.", STORY],
  ["I recently became a permanent resident.", STORY],
  ["Being a US national, I have no visa requirements.", STORY],
  ["My husband is currently holding an EAD through his employer.", []],
  ["I became a citizen of Canada in 2015, so I will need J-1 sponsorship.", []],
  ["I have no visa issues to report, as my J-1 paperwork is in order with ECFMG.", []],
  ["My mother recently became a permanent resident.", []],
  // How the writer sits with the program, whether something moved the needle, how warm the committee is on the writer;
  // "b" for "be"; getting ready to move as a sign of the match; the program's own standing among programs.
  ["How am I sitting with you guys after the interview?", RANK],
  ["Did my interview move the needle with your committee?", RANK],
  ["How warm is the committee on me?", RANK],
  ["should i b getting ready to move to Denver", RANK],
  ["How am I looking for housing near the hospital?", []],
  ["I know the committee is keen on research, so I attached my paper.", []],
  ["Did the new curriculum move the needle on board pass rates?", []],
  ["What is plan b if the second look is cancelled?", []],
  ["I am getting ready to move to Denver next month for my research job.", []],
  ["Do you think the program will stay top 10 or not?", []],
  ["Will your program rank me in the top 10?", RANK],
  // Goals in more frames: born to be, nothing more than, the application's field, the next step, "will be my specialty",
  // "X, that's the dream", the only field the writer can see themselves in. The default profile targets neurology.
  ["Psychiatry residency is the next step for me.", STORY],
  ["My application this year is for the categorical anesthesiology track.", STORY],
  ["I was born to be a surgeon.", STORY],
  ["I want nothing more than to train in emergency medicine.", STORY],
  ["All my applications this cycle are in radiology.", STORY],
  ["Urology, that's the dream.", STORY],
  ["Psychiatry will be my specialty.", STORY],
  ["Dermatology is the only field I can see myself in.", STORY],
  ["Neurology residency is the next step for me.", []],
  ["A cardiology elective is the next step for me.", []],
  ["Psychiatry is the only field I can't see myself in.", []],
  ["My application this year is for categorical neurology and a preliminary surgery year.", []],
  ["My application this year is for the preliminary surgery track as a backup.", []],
  ["I was born to be a doctor.", []],
  ["Surgery is the dream of my brother.", []],
  ["Research is the next step for me.", []],
  // A visa needed, from a citizen's profile: a status named as a label, a type held, sponsorship as "something I will need".
  ["My visa situation: J-1 via ECFMG.", STORY, US],
  ["I'm an IMG requiring visa sponsorship.", STORY, US],
  ["Sponsorship is something I will need.", STORY, US],
  ["I am not a green card holder.", STORY, US],
  ["I currently hold an F-1 with OPT.", STORY, US],
  ["My wife currently holds an H-1B through her employer.", [], US],
  ["I helped an IMG requiring visa sponsorship with her paperwork.", [], US],
  ["I am not a citizen of India, despite my name; I was born in Ohio.", [], US],
  ["Sponsorship is something many of my classmates will need.", [], US],
  // Advice asked on ranking the program itself; "count on me to sign" as the writer's side of a deal.
  ["Would you recommend I rank you highly, given how I interviewed?", RANK],
  ["Count on me to sign the moment you say yes.", DEAL],
  ["My mentor thinks I should rank you highly, and I agree.", []],
  ["Would you recommend I do a second look before ranking?", []],
  ["You can count on me to sign up for extra shifts when the team is short.", []],
];

describe("classes found by probing", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});
