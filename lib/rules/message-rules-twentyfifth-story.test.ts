// consistent-story classes generalised from the twenty-fifth to twenty-eighth writers' misses and false blocks
// (dev-twenty{fifth,sixth,seventh,eighth}-writer.jsonl, each measured blind first): paraphrases written here, not copied
// from the corpus, with honest near misses of the same shapes. The default profile targets neurology on a J-1.
import { describe, expect, it } from "vitest";
import { languageRules, type LanguageCase, type Profile, STORY } from "@/lib/rules/messages/test-fixtures";

const MEDICINE: Profile = { targetSpecialty: "internal-medicine", visaStatus: "J1" };
const SURGERY: Profile = { targetSpecialty: "general-surgery", visaStatus: "J1" };
const PEDIATRICS: Profile = { targetSpecialty: "pediatrics", visaStatus: "J1" };
const CITIZEN: Profile = { visaStatus: "US_CITIZEN_OR_PR" };
const OPT: Profile = { visaStatus: "F1_OPT" };

const CASES: LanguageCase[] = [
  // The year in sequence: the preliminary year now, then the field the writer is heading for.
  ["Prelim year with you first, then on to the big stage of anaesthesiology.", STORY, MEDICINE],
  ["The game plan: a transitional year here, then neurology residency.", STORY, MEDICINE],
  ["Intern year now, then straight into the ortho world.", STORY, MEDICINE],
  ["Prelim year at your place, then I gear up for the big show in urology.", STORY, MEDICINE],
  ["Prelim year now, then internal medicine, all being well.", [], MEDICINE],
  ["Prelim year first, then I will see whether to apply again.", [], MEDICINE],
  ["The prelim year starts in July, then the radiology residents join us in the second year.", [], MEDICINE],
  // A plan named by a kind of plan, without "my": a match plan, a career plan, a game plan.
  ["Match plan is dermatology, full stop.", STORY, MEDICINE],
  ["Quick update: career plan is radiology (PGY-2 after the prelim year).", STORY, MEDICINE],
  ["The rotation plan is surgery-heavy in the first half of the year.", [], MEDICINE],
  ["Career plan is internal medicine, then cardiology.", [], MEDICINE],
  // A target named as a label, as in a bulleted update.
  ["- Step 2 done - Target specialty: dermatology (advanced spots) - your prelim year would be an ideal base", STORY, MEDICINE],
  ["Intended field: ophthalmology.", STORY, MEDICINE],
  ["- Target specialty: internal medicine - research: heart failure outcomes", [], MEDICINE],
  // A field the writer was made for.
  ["Neurosurgery is the job I was built for.", STORY, MEDICINE],
  ["Night float is the thing I was built for, apparently.", [], MEDICINE],
  ["Internal medicine is the work I was made for.", [], MEDICINE],
  // A goal pointing back at the field the sentence before names.
  ["Why would anyone pick radiology? Because it suits me, and that is the field I am training for.", STORY, MEDICINE],
  ["Why would anyone pick radiology? I asked our residents, and nobody could answer.", [], MEDICINE],
  // A general field narrowed to a specific one: the specific one is the goal.
  ["I know I will be a surgeon - plastics, specifically.", STORY, SURGERY],
  ["I will be a surgeon, neurosurgery in particular.", STORY, SURGERY],
  ["I know I will be a surgeon - a general surgeon, specifically.", [], SURGERY],
  ["I will be a surgeon, and my ortho elective helped me see that.", [], SURGERY],
  // A preliminary year named after its field is training, not a goal that fits the target.
  ["Is there better preparation for a budding radiologist than a medicine preliminary year like yours?", STORY, MEDICINE],
  ["What better preparation for a future internist than a medicine preliminary year?", [], MEDICINE],
  ["What better preparation for a future urologist than a surgical preliminary year?", STORY, SURGERY],
  ["What better preparation for a future general surgeon than a surgical preliminary year?", [], SURGERY],
  // Typos: a "futur" specialist; "TY" after "your" is a transitional year, not "thank you".
  ["I am a futur radiologist and I want to know if your TY has rads electives.", STORY, PEDIATRICS],
  ["Does your TY have a radiology elective?", [], PEDIATRICS],
  // A field that belongs to the program, or that the writer only tried, is not the writer's goal.
  ["Your emergency department's trauma bay impressed me.", [], MEDICINE],
  ["I toyed with anaesthesia in fourth year, but general medicine won me over.", [], MEDICINE],
  ["I flirted with ortho for a while, but inpatient medicine is home for me.", [], MEDICINE],
  ["I toyed with EM for a bit as a student, but the continuity of inpatient medicine kept pulling me back.", [], MEDICINE],
  ["My first posting was a field hospital, which is why your emergency department's triage impressed me.", [], MEDICINE],
  ["After flirting with medicine for a while, I am now set on anaesthesia.", STORY, MEDICINE],
  // Visa: the program asked to sponsor; a status after a greeting with the subject dropped; a naturalised citizen.
  ["Just so you know, I will need your hospital to sponsor an H-1B.", STORY, CITIZEN],
  ["I'd need you to sponsor a J-1 for me.", STORY, CITIZEN],
  ["I will not need the program to sponsor anything.", [], CITIZEN],
  ["Dr. Patel, have green card since May.", STORY, OPT],
  ["Dear Dr Lee, no sponsorship need.", STORY],
  ["Dear Dr Lee, have a question about the J-1 waiver.", []],
  ["As a newly naturalised US citizen, I can start on time.", STORY],
  ["As the child of a naturalised US citizen, I still need J-1 sponsorship.", []],
];

describe("twenty-fifth to twenty-eighth writers' story classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});
