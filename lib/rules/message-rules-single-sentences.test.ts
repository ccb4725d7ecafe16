// Frames found by reading single sentences written apart from the code (sets of 300 per rule: first choice, rank
// questions, visa, goal). Each frame is tabled here in wordings of our own, with honest near misses of the same
// shapes: someone else's, a negation, a past plan, the profile's own status, another sense of the words.
import { describe, expect, it } from "vitest";
import { CLAIM, DEAL, languageRules, type Profile, RANK, STORY } from "@/lib/rules/messages/test-fixtures";
import type { RuleId } from "@/lib/rules/messages/types";

const MEDICINE_US: Profile = { targetSpecialty: "internal-medicine", visaStatus: "US_CITIZEN_OR_PR" };
const MEDICINE_J1: Profile = { targetSpecialty: "internal-medicine", visaStatus: "J1" };
const MEDICINE_H1B: Profile = { targetSpecialty: "internal-medicine", visaStatus: "H1B" };
const MEDICINE_SPONSOR: Profile = { targetSpecialty: "internal-medicine", visaStatus: "NEEDS_SPONSORSHIP" };
const PEDS_US: Profile = { targetSpecialty: "pediatrics", visaStatus: "US_CITIZEN_OR_PR" };
const GENSURG_US: Profile = { targetSpecialty: "general-surgery", visaStatus: "US_CITIZEN_OR_PR" };
const PSYCH_US: Profile = { targetSpecialty: "psychiatry", visaStatus: "US_CITIZEN_OR_PR" };

/** A sentence, the rules it breaks (a first-choice claim to another program is on record) and the profile. */
const CASES: [text: string, expected: RuleId[], profile: Profile][] = [
  // First choice: the rest as backup, every other program after this one, the top of the list as a thing held.
  ["Every other place I interviewed is a fallback; you are plan A.", CLAIM, MEDICINE_US],
  ["All the other programs on my list will rank behind yours.", CLAIM, MEDICINE_US],
  ["My second choice does not even come close.", CLAIM, MEDICINE_US],
  ["When I certify, my rank list will open with your program.", CLAIM, MEDICINE_US],
  ["Your residency holds pride of place on my rank list.", CLAIM, MEDICINE_US],
  ["Brookfield is the summit of my rank list this year.", CLAIM, MEDICINE_US],
  ["The top spot on my list has gone to Brookfield Medical Center.", CLAIM, MEDICINE_US],
  ["Your program, which I plan to rank first, has the clinic model I want.", CLAIM, MEDICINE_US],
  ["Your program being my top choice will not surprise you.", CLAIM, MEDICINE_US],
  ["With you firmly as my first choice, I look forward to Match Day.", CLAIM, MEDICINE_US],
  ["From an applicant who has your program at the top of her list.", CLAIM, MEDICINE_US],
  ["Yours is the program I hope to match at above every other.", CLAIM, MEDICINE_US],
  ["You are the program I would most like to train at.", CLAIM, MEDICINE_US],
  ["It is my sincere wish to train at your hospital above all others.", CLAIM, MEDICINE_US],
  ["Nothing else I saw this season comes close to your program.", CLAIM, MEDICINE_US],
  ["I would be lying if I said another program was above yours.", CLAIM, MEDICINE_US],
  ["If there is one program I truly want, it is yours.", CLAIM, MEDICINE_US],
  ["Each time I compare the programs I saw, yours comes out on top.", CLAIM, MEDICINE_US],
  ["Your program is the first among my preferences.", CLAIM, MEDICINE_US],
  ["Needless to say, it goes without saying that you are my top choice.", CLAIM, MEDICINE_US],
  ["My top choice, and I say this plainly, is your program.", CLAIM, MEDICINE_US],
  ["Your hospital will be my rank 1 this March.", CLAIM, MEDICINE_US],
  ["Your program is one of several I will rank highly.", [], MEDICINE_US],
  ["Every other program sends its interview schedule after yours.", [], MEDICINE_US],
  ["Your program was my first pick for an open house, and I came away impressed.", [], MEDICINE_US],
  ["Years ago a big academic center was my dream program, but my priorities have shifted.", [], MEDICINE_US],
  ["The question of which program I will rank first is still open.", [], MEDICINE_US],
  ["I have not yet decided which program I will put first.", [], MEDICINE_US],
  ["My friend says her plan A is a program in Ohio.", [], MEDICINE_US],
  // Rank questions: where the writer stands or falls, moved on the list, rankable, favoured, the writer's ranking there.
  ["I'd love to hear where I stand with the committee.", RANK, MEDICINE_US],
  ["Curious whether my new publication moves me up your list.", RANK, MEDICINE_US],
  ["Could you say whether my position has improved since January?", RANK, MEDICINE_US],
  ["I am anxious to know if the committee considered me rank-worthy.", RANK, MEDICINE_US],
  ["Knowing how your committee views my application would help me plan.", RANK, MEDICINE_US],
  ["Could you tell me whether my application was viewed favourably by the committee?", RANK, MEDICINE_US],
  ["Could I be counted among your top candidates this year?", RANK, MEDICINE_US],
  ["I would appreciate an update on my status with respect to your rank list.", RANK, MEDICINE_US],
  ["Writing in hopes of learning my standing.", RANK, MEDICINE_US],
  ["Could you tell me whether I myself will be ranked?", RANK, MEDICINE_US],
  ["Any word on roughly where I am on your list would ease my nerves.", RANK, MEDICINE_US],
  ["I know where I stand on night float, and I am happy to discuss it.", [], MEDICINE_US],
  ["Could you tell me whether your program will take me on a tour of the ICU?", [], MEDICINE_US],
  ["I will rank your program highly, and I have no question about where you stand with me.", [], MEDICINE_US],
  ["Knowing the interview dates would help me plan my travel.", [], MEDICINE_US],
  // Rank questions: the list holding the writer, matchable, a worry about not being ranked, help to know; not the writer
  // declining to name a first choice, a contender, a past first choice.
  ["I'd be grateful to learn whether your final list includes me.", RANK, MEDICINE_US],
  ["Might you say if my candidature is on the list?", RANK, MEDICINE_US],
  ["Could you tell me if I would be matchable at your hospital?", RANK, MEDICINE_US],
  ["Should I be worried about not being ranked?", RANK, MEDICINE_US],
  ["Even a nod on whether I'll be ranked would help.", RANK, MEDICINE_US],
  ["Could you let me know if I am on yuor list?", RANK, MEDICINE_US],
  ["Your program is a serious contender for the top of my list.", [], MEDICINE_US],
  ["I am not ready to call any program my first choice yet.", [], MEDICINE_US],
  ["I have not decided which program will be my first choice.", [], MEDICINE_US],
  ["When I applied to medical school, Boston was my first choice.", [], MEDICINE_US],
  ["My first choice program last cycle did not work out, so I am reapplying.", [], MEDICINE_US],
  // Not claims or rank questions: another list's number one, a first choice before the season and left, which one goes
  // at the top still open, someone else's ranking, rather than saying it; a faculty's rank, a place to stay.
  ["Top of my priority list for residency is good teaching.", [], MEDICINE_US],
  ["At the start of the season Emory was my top pick; my thinking has changed since.", [], MEDICINE_US],
  ["I have not made up my mind about which program goes at the top, but I loved your clinic.", [], MEDICINE_US],
  ["A friend of mine ranked your program first two years ago and loved it.", [], MEDICINE_US],
  ["Rather than say you are my first choice, I will say I would be proud to train here.", [], MEDICINE_US],
  ["Do your core faculty hold academic rank at the medical school?", [], MEDICINE_US],
  ["Is there a place to stay near the hospital for the second look?", [], MEDICINE_US],
  ["Which program goes at the top of my list? Yours, and the answer is easy.", CLAIM, MEDICINE_US],
  // Visa, a citizen's profile: the writer needs a program that sponsors, comes in on one, is one of those who need one,
  // works under one, needs a sponsored visa, must go through the process, relies on the program's sponsorship.
  ["I need a program that will sponsor my visa.", STORY, MEDICINE_US],
  ["I can only consider programs that offer J-1 sponsorship.", STORY, MEDICINE_US],
  ["I'd be coming over on a J-1 like many of your residents.", STORY, MEDICINE_US],
  ["I am one of those IMGs who need sponsorship.", STORY, MEDICINE_US],
  ["I am not authorized to work here without a visa.", STORY, MEDICINE_US],
  ["I work in a research lab under OPT.", STORY, MEDICINE_US],
  ["Until then I would need a sponsored visa.", STORY, MEDICINE_US],
  ["After the Match I will have to apply for the J-1 through ECFMG.", STORY, MEDICINE_US],
  ["I will be relying on the hospital's sponsorship to start.", STORY, MEDICINE_US],
  ["My husband and I are both on H-1B visas.", STORY, MEDICINE_US],
  ["My visa category, as your coordinator asked, is H-1B.", STORY, MEDICINE_US],
  ["I'm back to needing sponsorship after the denial.", STORY, MEDICINE_US],
  ["My husband is on an H-1B through his employer.", [], MEDICINE_US],
  ["Do I have to apply for a visa to attend the second look?", [], MEDICINE_US],
  ["Many of my classmates need a program that sponsors visas.", [], MEDICINE_US],
  // A visa of the writer's own named in a clause about the writer alone (a citizen's profile): not negated, past, asked
  // of the program, someone else's, a group's, or for a trip.
  ["My permission to work here rests on an H-1B.", STORY, MEDICINE_US],
  ["I am an IMG currently holding an F-1 visa.", STORY, MEDICINE_US],
  ["I'd send my passport and my DS-2019 for onboarding.", STORY, MEDICINE_US],
  ["Being on an H-1B, I plan everything around deadlines.", STORY, MEDICINE_US],
  ["I am comfortable with the two-year home requirement.", STORY, MEDICINE_US],
  ["I have worked alongside many J-1 residents.", [], MEDICINE_US],
  ["During my research year I held a J-1, but my green card came through in 2021.", [], MEDICINE_US],
  ["My roommate's OPT ends in June.", [], MEDICINE_US],
  ["I helped two classmates with their H-1B paperwork.", [], MEDICINE_US],
  ["I'll need a visa for my elective in Ghana next spring.", [], MEDICINE_US],
  ["The attorney I worked for in college filed dozens of H-1B petitions.", [], MEDICINE_US],
  ["My grandmother came over on a work visa in the 1970s; I was born a citizen.", [], MEDICINE_US],
  ["With my green card still years away, I will need a J-1 for residency.", [], MEDICINE_J1],
  // Visa, a visa profile: citizenship or permanent status held, no need or no filing, labels, citizenship by birth.
  ["I have never needed a visa in my life.", STORY, MEDICINE_J1],
  ["I won't be asking your office for sponsorship.", STORY, MEDICINE_SPONSOR],
  ["I need no employer sponsorship.", STORY, MEDICINE_SPONSOR],
  ["I'm officially a permanent resident as of last month.", STORY, MEDICINE_J1],
  ["I married a US citizen and now hold a green card.", STORY, MEDICINE_H1B],
  ["With my green card in hand, I can start anywhere.", STORY, MEDICINE_J1],
  ["My EAD lets me work for any employer.", STORY, MEDICINE_SPONSOR],
  ["There is nothing for your office to file in my case.", STORY, MEDICINE_SPONSOR],
  ["Sponsorship: none required.", STORY, MEDICINE_SPONSOR],
  ["Visa status: not applicable (US citizen).", STORY, MEDICINE_J1],
  ["I am citizen of USA since birth.", STORY, MEDICINE_H1B],
  ["I'm an American who trained in the Caribbean.", STORY, MEDICINE_J1],
  ["I naturalized last year.", STORY, MEDICINE_SPONSOR],
  ["I'm not a visa applicant at all.", STORY, MEDICINE_J1],
  ["No need to worry about sponsorship for me.", STORY, MEDICINE_J1],
  ["I'm now an LPR.", STORY, MEDICINE_SPONSOR],
  ["I have never needed a visa before, but I will need a J-1 for residency.", [], MEDICINE_J1],
  ["With my green card application pending, I will need a J-1 for now.", [], MEDICINE_J1],
  ["My wife naturalized last year.", [], MEDICINE_J1],
  ["My J-1 goes through ECFMG, so your program will not have to file a petition.", [], MEDICINE_J1],
  // Visa, the other type only.
  ["Only an H-1B works for me.", STORY, MEDICINE_J1],
  ["Please put me down as H-1B only.", STORY, MEDICINE_J1],
  ["I am planning to go with the J-1 and return home.", STORY, MEDICINE_H1B],
  ["The J-1 suits me, since I will go home afterwards.", STORY, MEDICINE_H1B],
  ["I can only accept programs that sponsor H-1B.", STORY, MEDICINE_J1],
  ["Only an H-1B works for me.", [], MEDICINE_H1B],
  // Goal: a decision named, the writer seen in a field, a field that is all the writer wants, considered for any opening.
  ["My decision to go into dermatology came after my first elective.", STORY, MEDICINE_US],
  ["I can see myself practicing as a psychiatrist in a small town.", STORY, MEDICINE_US],
  ["In ten years I see myself running a busy pediatrics clinic.", STORY, MEDICINE_US],
  ["Radiology is all I have ever wanted to do.", STORY, MEDICINE_US],
  ["Neurology has had me hooked since my sub-internship.", STORY, MEDICINE_US],
  ["I would be glad to be considered for any pediatrics PGY-1 opening.", STORY, MEDICINE_US],
  ["I am throwing my hat in the ring for a PGY-2 neurology spot.", STORY, MEDICINE_US],
  ["I have decided to make my carrier in dermatology.", STORY, MEDICINE_US],
  ["My sister's decision to go into dermatology came after her elective.", [], MEDICINE_US],
  ["In ten years I see myself running a busy pediatrics clinic.", [], PEDS_US],
  ["I would be glad to be considered for any internal medicine PGY-1 opening.", [], MEDICINE_US],
  // Slips of a hurried writer in short words (two letters swapped, a letter struck twice) and in longer ones.
  ["Wanted to aks whether I made your list.", RANK, MEDICINE_US],
  ["You are at the tpo of my list.", CLAIM, MEDICINE_US],
  ["Your program will be the first on my lsit.", CLAIM, MEDICINE_US],
  ["My fisrt choice is your program.", CLAIM, MEDICINE_US],
  ["I am applying to famly medicine this yaer.", STORY, MEDICINE_US],
  ["I plan to aks my mentor about night float.", [], MEDICINE_US],
  ["Did the lsit of interview dates go out yet?", [], MEDICINE_US],
  // A subject line's label with a courtesy after the program; the number one of all the writer saw.
  ["Top pick: Riverside Internal Medicine - thanks again", CLAIM, MEDICINE_US],
  ["First choice: elective month - update", [], MEDICINE_US],
  ["Yours is the number one of all the programs I saw.", CLAIM, MEDICINE_US],
  ["Your program is number one of all the programs in the region for transplant volume.", [], MEDICINE_US],
  // A note that is only the question about the writer's ranking.
  ["Re: ranking odds?", RANK, MEDICINE_US],
  ["Rank list deadline?", [], MEDICINE_US],
  // The field in someone else's clause, then owned as the writer's goal.
  ["Several of your graduates went into dermatology, which has always been my dream.", STORY, MEDICINE_US],
  ["Do your residents often match into gastroenterology fellowship, that is my aim after training", STORY, PSYCH_US],
  ["My brother went into dermatology, which was my plan once too.", [], MEDICINE_US],
  ["Many of your graduates go on to cardiology, which is my goal as well.", [], MEDICINE_US],
  // A claim is not a deal: the writer as the one who wants to match, "my match list" as the writer's own.
  ["Brookfield is where I want to match above all others.", CLAIM, MEDICINE_US],
  ["Your program holds the top place on my match list.", CLAIM, MEDICINE_US],
  ["If Brookfield is where I match, I will sign at once.", DEAL, MEDICINE_US],
  // A couple asking as "we".
  ["Could you tell us whether we will both be ranked?", RANK, MEDICINE_US],
  ["My fiance and I wondered where we stand on your list.", RANK, MEDICINE_US],
  ["My husband and I are couples matching and wondered how the couples match works at your program.", [], MEDICINE_US],
  ["We both interviewed with you in January and loved the program.", [], MEDICINE_US],
  // Goal frames from a second goal set: aiming, set or bound for the field, its applicant, joining the program's
  // residency in it, what the writer decided on, training as its practitioner, a plan laid out as steps.
  ["Still aiming for derm, whatever happens this cycle.", STORY, MEDICINE_US],
  ["I am a hard-working physician who aims for the neurology specialty.", STORY, MEDICINE_US],
  ["Being firmly set on plastic surgery, I wanted to ask about your burn unit.", STORY, MEDICINE_US],
  ["You may remember me as the psych-bound intern from the open house.", STORY, MEDICINE_US],
  ["I'm the urology applicant who asked about the robot.", STORY, MEDICINE_US],
  ["Re: Dermatology applicant - updated CV", STORY, MEDICINE_US],
  ["I would be delighted to join your ophthalmology residency next year.", STORY, MEDICINE_US],
  ["Please consider me for any open PGY-2 neurology position.", STORY, MEDICINE_US],
  ["Pathology, not medicine, is what I have decided on.", STORY, MEDICINE_US],
  ["The one thing I have ever wanted to do is otolaryngology.", [], MEDICINE_US],
  ["The only thing I have ever wanted to do is otolaryngology.", STORY, MEDICINE_US],
  ["It would mean the world to me to train as a pediatrician.", STORY, MEDICINE_US],
  ["As a future family doc, I value continuity clinic.", STORY, MEDICINE_US],
  ["My plan is simple: finish this year, match into radiology, then a body fellowship.", STORY, MEDICINE_US],
  ["My ERAS is all psychiatry programs this year.", STORY, MEDICINE_US],
  ["I would be delighted to join your internal medicine residency for my preliminary year.", [], MEDICINE_US],
  ["My co-resident is aiming for derm this cycle.", [], MEDICINE_US],
  ["My brother, the psych-bound one in our family, sends his regards.", [], MEDICINE_US],
  ["I'm interested in training as an internist with a focus on hospital medicine.", [], MEDICINE_US],
  ["Before medical school I wanted to be a surgeon; internal medicine is my path now.", [], MEDICINE_US],
  // Someone else's field: a co-intern's aim, a senior's path in a relative clause; a request the writer never meant.
  ["My co-intern is aiming for derm this cycle.", [], MEDICINE_US],
  ["Our senior resident, who is headed for a GI fellowship, taught us the most.", [], GENSURG_US],
  ["I did not mean to ask where I stand on your list; thank you for the lovely day.", [], MEDICINE_US],
  ["I had no intention of asking about my ranking, only of thanking you.", [], MEDICINE_US],
  ["I never meant to ask before, but could you tell me my ranking?", RANK, MEDICINE_US],
  // A review's honest sentences in the new frames' shapes: a field as a thing (a module, a department's group, a
  // technician's job), someone else's aim, a preliminary year's field as the applicant's, a date after a label.
  ["I am currently heading the dermatology journal club.", [], MEDICINE_US],
  ["I am hoping for a dermatology block in the spring.", [], MEDICINE_US],
  ["I worked with Dr. Ruiz, who is applying for dermatology, on a QI project.", [], MEDICINE_US],
  ["I would love to join the radiology department's AI working group.", [], MEDICINE_US],
  ["My first job required me to work as a radiology technician.", [], MEDICINE_US],
  ["Hopefully a neurology abstract will follow this spring.", [], MEDICINE_US],
  ["Re: Surgery applicant - preliminary year question", [], PSYCH_US],
  ["Your program is number one of all the programs in my home state for volume.", [], MEDICINE_US],
  ["First choice: January 9 - thank you", [], MEDICINE_US],
  ["Dr. Gola is a neurologist I admire.", [], MEDICINE_US],
  ["Your program is the number one of all the programs on my rank list.", CLAIM, MEDICINE_US],
];

describe("single sentences", () => {
  it.each(CASES)("%j -> %j (%j)", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});
