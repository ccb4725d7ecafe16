// Story frames found by paraphrasing the classes the blind writers missed: each way of stating a goal or a visa was
// written here in several wordings and read by the rules; the wordings they missed became the cases below, with
// honest near misses of the same shapes (someone else's, a negation, a past plan, the profile's own target).
import { describe, expect, it } from "vitest";
import { languageRules, type Profile, STORY } from "@/lib/rules/messages/test-fixtures";
import type { RuleId } from "@/lib/rules/messages/types";

const MEDICINE_US: Profile = { targetSpecialty: "internal-medicine", visaStatus: "US_CITIZEN_OR_PR" };
const MEDICINE_J1: Profile = { targetSpecialty: "internal-medicine", visaStatus: "J1" };
const NEURO_US: Profile = { targetSpecialty: "neurology", visaStatus: "US_CITIZEN_OR_PR" };
const NEURO_H1B: Profile = { targetSpecialty: "neurology", visaStatus: "H1B" };
const UROLOGY_US: Profile = { targetSpecialty: "urology", visaStatus: "US_CITIZEN_OR_PR" };

/** A sentence, the rules it breaks and the profile. */
const CASES: [text: string, expected: RuleId[], profile: Profile][] = [
  // A place won in a field, the field after a word of level: "matched into an advanced anesthesiology position".
  ["Last spring I matched into an advanced radiology position that starts after this year.", STORY, MEDICINE_US],
  ["I matched to a categorical psychiatry spot for next July.", STORY, MEDICINE_US],
  ["I matched into dermatology on my second try.", STORY, MEDICINE_US],
  ["I matched into neurology and start my PGY-2 year in July.", [], NEURO_US],
  ["My roommate matched into dermatology last year.", [], MEDICINE_US],
  ["I matched into a preliminary surgery position for this year.", [], MEDICINE_US],
  // Interviewing for a field's places.
  ["I am interviewing for urology positions this winter.", STORY, MEDICINE_US],
  ["Currently interviewing at a handful of psychiatry programs in the Midwest.", STORY, MEDICINE_US],
  ["I am interviewing at several internal medicine programs this season.", [], MEDICINE_US],
  ["I am interviewing neurology patients for my quality project.", [], MEDICINE_US],
  // The writer's application named by its field.
  ["Please consider my application for the categorical surgery position.", STORY, MEDICINE_US],
  ["I have submitted my candidacy for your pediatrics residency.", STORY, MEDICINE_US],
  ["My application for the preliminary surgery position is complete.", [], MEDICINE_US],
  // A field taken up again by a pronoun that states it as the goal.
  ["Radiology caught my attention in second year, and it is what I am applying for.", STORY, MEDICINE_US],
  ["Psychiatry fascinated me as a student, so that is where I am headed.", STORY, NEURO_US],
  ["I loved my surgery rotation, and it is where I learned to stay calm.", [], MEDICINE_US],
  ["My wife works in pediatrics, and it is what she loves.", [], MEDICINE_US],
  // A decision or a made-up mind named as a noun, a target, a direction chosen, leaning without a preposition.
  ["After my ICU month I made the decision to pursue anesthesia.", STORY, MEDICINE_US],
  ["My mind is made up: dermatology.", STORY, MEDICINE_US],
  ["Psychiatry remains my target for the match.", STORY, MEDICINE_US],
  ["Pathology is the direction I have chosen.", STORY, MEDICINE_US],
  ["I'm leaning radiology for my categorical applications.", STORY, MEDICINE_US],
  ["My sister made the decision to pursue anesthesia.", [], MEDICINE_US],
  ["Neurology remains my target for the match.", [], NEURO_US],
  ["I made the decision to pursue internal medicine after my ICU month.", [], MEDICINE_US],
  ["The hospital made the decision to expand the radiology department.", [], MEDICINE_US],
  // Where the writer's applications went, and the writer in a field's pool.
  ["My categorical applications went out to pathology programs.", STORY, MEDICINE_US],
  ["I am one of the applicants you will see in the urology pool this year.", STORY, MEDICINE_US],
  ["My co-resident's applications went out to pathology programs.", [], MEDICINE_US],
  ["My applications went out to internal medicine programs in October.", [], MEDICINE_US],
  // Asking to be considered for a field's program; a goal with a dropped subject and no preposition.
  ["I would like to be considered for your categorical pathology position.", STORY, MEDICINE_US],
  ["Am aiming derm after this year.", STORY, MEDICINE_US],
  ["My friend would like to be considered for your surgery program.", [], MEDICINE_US],
  ["I would like to be considered for your preliminary surgery program.", [], MEDICINE_US],
  ["Am aiming to finish my QI project by March.", [], MEDICINE_US],
  // The writer's training under a visa, relied on, as the route, or as a must.
  ["My residency would be under an H-1B sponsored by the hospital.", STORY, MEDICINE_US],
  ["I'd be coming on a J1 if I matched.", STORY, MEDICINE_US],
  ["I would be relying on your J-1 sponsorship to start in July.", STORY, MEDICINE_US],
  ["The ECFMG J-1 is my route into residency.", STORY, MEDICINE_US],
  ["Visa sponsorship is essential for me to train in the US.", STORY, MEDICINE_US],
  ["I will need the program to file an H-1B petition.", STORY, MEDICINE_US],
  ["My husband's training would be under a J-1 visa sponsored by ECFMG.", [], MEDICINE_US],
  ["My friend is coming on an H1B next year.", [], MEDICINE_US],
  ["Sponsorship is essential for many of my classmates.", [], MEDICINE_US],
  ["Does your program sponsor the H-1B, or is the J-1 the only route?", [], MEDICINE_US],
  ["I would be relying on your J-1 sponsorship to start in July.", [], MEDICINE_J1],
  // No visa needed, said as nothing for the program to worry about or as permanent work authorisation.
  ["Immigration is not something your office will have to worry about.", STORY, MEDICINE_J1],
  ["My US work authorization is permanent.", STORY, MEDICINE_J1],
  ["Immigration is not something I know much about.", [], MEDICINE_J1],
  ["My husband's work authorization is permanent.", [], MEDICINE_J1],
  // Nothing needed in the way of a visa, and citizenship as a label, a nationality or one of two.
  ["I don't need anything from the program in terms of immigration.", STORY, MEDICINE_J1],
  ["I could begin in July without any visa processing.", STORY, MEDICINE_J1],
  ["I won't have to apply for a visa at all.", STORY, MEDICINE_J1],
  ["There is no need to sponsor my visa.", STORY, MEDICINE_J1],
  ["Citizenship: USA", STORY, MEDICINE_J1],
  ["I'm American, born and raised in Texas.", STORY, MEDICINE_J1],
  ["I am a dual citizen of the US and Egypt.", STORY, MEDICINE_J1],
  ["I can start on time without any visa delays, since my DS-2019 is ready.", [], MEDICINE_J1],
  ["I do not need to go through the visa lottery, since the J-1 is not capped.", [], MEDICINE_J1],
  ["Nationality: Egyptian", [], MEDICINE_J1],
  ["My wife is American.", [], MEDICINE_J1],
  ["I'm an American-trained graduate.", [], MEDICINE_J1],
  // The other type hoped for, asked for or planned, or needed in preference to the profile's.
  ["I would need an H-1B rather than a J-1.", STORY, MEDICINE_J1],
  ["I'm hoping for H-1B sponsorship.", STORY, MEDICINE_J1],
  ["My plan is to apply for an H-1B.", STORY, MEDICINE_J1],
  ["J-1 is the visa I am seeking.", STORY, NEURO_H1B],
  ["I'm hoping for J-1 sponsorship through ECFMG.", [], MEDICINE_J1],
  ["My classmate is hoping for H-1B sponsorship.", [], MEDICINE_J1],
  ["I would prefer an H-1B but I understand you only sponsor the J-1, which I will need.", [], MEDICINE_J1],
  ["Does your program sponsor the J-1 or the H-1B?", [], MEDICINE_J1],
  // From a second round of paraphrases (single sentences written apart from the code): the field stated as the
  // writer's own in more frames.
  ["My application for the post of resident in Psychiatry is attached.", STORY, MEDICINE_US],
  ["Thank you for the opportunity to interview for dermatology residency at your hospital.", STORY, MEDICINE_US],
  ["I believe I would thrive as a pathology resident in your department.", STORY, MEDICINE_US],
  ["I am writing about your urology program, which I would very much like to be part of.", STORY, MEDICINE_US],
  ["I am applying for a PGY-2 radiology position starting next July.", STORY, MEDICINE_US],
  ["My mentor suggested I contact directors in neurology, the field I hope to enter.", STORY, MEDICINE_US],
  ["ortho is definitely the move for me", STORY, MEDICINE_US],
  ["Please find my documents for the pediatrics match attached.", STORY, MEDICINE_US],
  ["My application to anesthesiology draws on my ICU months.", STORY, MEDICINE_US],
  ["Next year I hope to be one of your psychiatry residents.", STORY, MEDICINE_US],
  ["After this year, what I really want is dermatology.", STORY, MEDICINE_US],
  ["I'm not the usual applicant to urology.", STORY, MEDICINE_US],
  ["The field I will be practicing for the rest of my career is pathology.", STORY, MEDICINE_US],
  ["Radiology is the only one I am applying to.", STORY, MEDICINE_US],
  ["Those months led me to choose psychiatry as my specialty.", STORY, MEDICINE_US],
  ["Every research year I took was aimed at getting me into dermatology.", STORY, MEDICINE_US],
  ["Please keep my CV on file for consideration in your neurology residency.", STORY, MEDICINE_US],
  ["Urology it is, after a year of going back and forth.", STORY, MEDICINE_US],
  ["I am wishing to do my residency in the Psychiatry department of your hospital.", STORY, MEDICINE_US],
  ["Dermatology has been my target since second year.", STORY, MEDICINE_US],
  ["Your advice helped me commit to derm.", STORY, MEDICINE_US],
  ["I decided to make my career in pathology.", STORY, MEDICINE_US],
  ["Someone like me, who plans to specialize in dermatology, will value your clinic.", STORY, MEDICINE_US],
  ["My brother would thrive as a pathology resident.", [], MEDICINE_US],
  ["My application to internal medicine programs went out in September.", [], MEDICINE_US],
  ["My roommate's application to dermatology went out in September.", [], MEDICINE_US],
  ["Next year I hope to be one of your internal medicine residents.", [], MEDICINE_US],
  ["What I really want is a program with strong teaching.", [], MEDICINE_US],
  ["Thank you for the opportunity to interview for internal medicine residency at your hospital.", [], MEDICINE_US],
  // The writer's own visa, its papers or its steps, as a kind of applicant, on a visa somewhere, or as a form's answer.
  ["My OPT ends in June, so timing matters to me.", STORY, MEDICINE_US],
  ["Could my H1B transfer be done before July?", STORY, MEDICINE_US],
  ["I hope my need for sponsorship will not count against me.", STORY, MEDICINE_US],
  ["Mine would be a J-1 through ECFMG, like most of your IMGs.", STORY, MEDICINE_US],
  ["Being an H-1B holder, I know the cap-exempt rules well.", STORY, MEDICINE_US],
  ["As a visa-dependent applicant, I have applied widely.", STORY, MEDICINE_US],
  ["I have been in Boston on an H1B for two years.", STORY, MEDICINE_US],
  ["Visa: J-1 needed.", STORY, MEDICINE_US],
  ["Without sponsorship I simply cannot accept a position.", STORY, MEDICINE_US],
  ["I know sponsoring someone like me is extra work for your office.", STORY, MEDICINE_US],
  ["I myself still need sponsorship.", STORY, MEDICINE_US],
  ["My visa for the conference in Shanghai came through.", [], MEDICINE_US],
  ["My wife's OPT ends in June.", [], MEDICINE_US],
  ["I have been in Boston for two years, and many of my lab mates are on an H1B.", [], MEDICINE_US],
  ["Visa sponsorship: not required.", [], MEDICINE_US],
  ["My OPT ends in June, so I will need the J-1 for residency.", [], MEDICINE_J1],
  // A field's own oncology fits it ("urologic oncology" is a urologist's fellowship, not medical oncology).
  ["Patients on my clinic block are why I hope to do urologic oncology.", [], UROLOGY_US],
  ["I hope to do urologic oncology.", STORY, MEDICINE_US],
  ["I want to do orthopedic oncology one day.", STORY, MEDICINE_US],
];

describe("story frames", () => {
  it.each(CASES)("%j -> %j (%j)", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});
