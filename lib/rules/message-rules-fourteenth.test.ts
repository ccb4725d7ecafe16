// Classes generalised from the thirteenth to seventeenth writers' misses and false blocks (dev-thirteenth-writer.jsonl
// to dev-seventeenth-writer.jsonl, each measured blind first): paraphrases written here, not copied from the corpus, with
// honest near misses of the same shapes. The default profile targets neurology on a J-1, with a first-choice claim to
// another program on record.
import { describe, expect, it } from "vitest";
import type { RuleId } from "@/lib/rules/messages/types";
import { languageRules, type LanguageCase, type Profile, RANK, DEAL, CLAIM, STORY } from "@/lib/rules/messages/test-fixtures";

const NEEDS_SPONSORSHIP: Profile = { visaStatus: "NEEDS_SPONSORSHIP" };
const OPT: Profile = { visaStatus: "F1_OPT" };

const CASES: LanguageCase[] = [
  // Ranking in the calques of French, Spanish and Portuguese: classify, place, locate, the place the writer occupies.
  ["I would like to know if you will classify me in a good position, because my other decisions depend on it.", RANK],
  ["I wish to know in which position you will classify me.", RANK],
  ["I would be thankful to know my classification in your program.", RANK],
  ["Kindly inform me if I am well classified after the interview.", RANK],
  ["I would like to know what place I will occupy in your list.", RANK],
  ["Is it possible to know if I was well placed by the committee?", RANK],
  ["Tell me please if you will locate me in the first places of your list.", RANK],
  ["I would like to know how the programme classifies the rotations by difficulty.", []],
  ["May I know how the rotations are ordered during the intern year?", []],
  ["I was classified first in my national residency exam; could you tell me if that matters for IMGs?", []],
  ["I was well placed in the national ranking of my country, may I ask whether you consider such exams?", []],
  ["May I ask what place research has in the curriculum?", []],
  ["Could you tell me my classification for visa purposes, J-1 or H-1B?", []],
  // Being told the outcome, said as a statement under a telling verb or a condition.
  ["I am willing to cancel every other interview right now if you tell me I will match at your program.", [...RANK, ...DEAL]],
  ["Give me your word I'll match and I will cancel the rest of my interviews.", [...RANK, ...DEAL]],
  ["Can you confirm I am on the mailing list for the second look?", []],
  ["Could you confirm that I am on the list for the second look dinner?", []],
  ["My mentor told me I will match somewhere if I apply broadly, so I applied widely.", []],
  ["I promise I will match your team's energy on the wards!", []],
  // The program's judgment of the writer, formed or reached, and the writer measured against the pool.
  ["May I ask whether the program has reached a view on my application relative to the rest of the pool?", RANK],
  ["Has the committee formed an opinion on my candidacy yet?", RANK],
  ["I would be grateful to learn whether the faculty have reached any verdict on my application.", RANK],
  ["Has the committee formed an opinion on the proposed night float changes?", []],
  ["Could you tell me how the program compares with others in the region for fellowship placement?", []],
  ["How did my research compare to others presented at the conference?", []],
  // Chat shorthand: "ill" before a verb is "I'll"; "just say so" asks to be told.
  ["lmk if u think ill match there, it would help me order my list", RANK],
  ["if u reckon ill be ranked high enough just say so", RANK],
  ["I'm feeling ill today so I will call the coordinator tomorrow instead.", []],
  ["just wanted u to know ur getting my #1 spot", CLAIM],
  ["ur getting the top spot on my list fr", CLAIM],
  ["ur training is great and ur building is nice", []],
  ["Just wondering how likely it is that I will match at your program given my scores", RANK],
  ["Just wondering how likely it is that the snow will stop before the interview", []],
  // Things ranked by their own passive subject, and a trade word used for courtesy.
  ["I was wondering if you could tell me how the night rota is ranked in terms of intensity compared to the ward months?", []],
  ["Could you tell me how the rotations are ranked by residents in the annual survey?", []],
  ["Is there any assurance that DS-2019 paperwork for matched residents starts in April?", []],
  ["Can you guarantee that the contracts for matched residents go out before May?", []],
  ["Can you guarantee that I will be matched?", RANK],
  ["In return for such a generous day, I can only offer my thanks and my best wishes to your residents.", []],
  ["In return for your time, please accept my sincere gratitude.", []],
  ["In return for a spot, I will accept your offer today.", DEAL],
  // The match as the premise of a question about something else.
  ["Kindly guide me: if I match in your program, is it possible to take leave for my sister's wedding in August?", []],
  ["If I match in your program, could you tell me now whether I am ranked high?", RANK],
  // A program chosen as the first, in words of choosing, and the top of a list named earlier.
  ["After a great deal of dithering, I've settled on Greystone as my top pick for the Match.", CLAIM],
  ["I went with Lakeside as my top choice when I certified.", CLAIM],
  ["We have chosen your program as our number one for the couples match.", CLAIM],
  ["I've decided you are my pick for the Match.", CLAIM],
  ["I have now certified my rank order list, and Hawthorne Medical Center sits at its top.", CLAIM],
  ["I finished my rank list yesterday; Lakeside is at its head.", CLAIM],
  ["I went with the night float as my first option for the spring.", []],
  ["I picked the Tuesday slot as my first choice for the second look.", []],
  ["My wife and I decided on Chicago as our number one for the couples match city.", []],
  ["I chose Dr. Patel as my first pick for a letter writer.", []],
  ["I have now certified my rank order list, and the relief of it is at its peak.", []],
  ["I made a list of questions for the second look, and housing sits at its top.", []],
  // A place already secured in another field, the writer's subject said or dropped.
  ["Quick update: matched my advanced spot in radiology last year, so this prelim is my last step before rads.", STORY],
  ["I matched into anesthesiology as a PGY-2, so I only need a preliminary year.", STORY],
  ["My advanced position in PM&R begins after this year.", STORY],
  ["After this prelim year I head off to my derm residency.", STORY],
  ["I signed with a radiation oncology program for PGY-2 and need a prelim year first.", STORY],
  ["Once this year is done, I move on to the advanced program in anaesthetics.", STORY],
  ["I matched into neurology as a PGY-2 and need a preliminary year first.", []],
  ["Dr. Lin, my co-resident, matched into radiology as a PGY-2.", []],
  ["My roommate just got an advanced spot in dermatology and I am so proud of her.", []],
  ["Many prelim interns here have advanced positions in radiology or anesthesiology.", []],
  // A field, then where the writer is headed said of it; a decision named by its participle.
  ["Your prelim curriculum prepares residents heading to urology, which is where I am headed.", STORY],
  ["I loved the ophthalmology exposure, which is where I see myself in ten years.", STORY],
  ["Having decided on psychiatry as my specialty, I think your preliminary year fits me well.", STORY],
  ["Since settling on anaesthetics as my path, I have done two research projects in airway management.", STORY],
  ["Having decided on neurology as my specialty, I think your preliminary year fits me well.", []],
  ["Your residents rotate in urology, which is where I learned to place a catheter.", []],
  ["Your graduates go into dermatology, which is where my co-resident is headed.", []],
  ["Having rotated in psychiatry, I value your strong consult service.", []],
  // No visa needed, in more words; a denial of every type contradicts a profile that needs sponsorship.
  ["My OPT covers the intern year, so no visa paperwork is needed from your side.", STORY],
  ["There is no need for the program to file any visa for me.", STORY],
  ["No J-1 or H-1B needed from your end.", STORY],
  ["I'm actually on OPT after my master's, so I wouldn't need any J-1 or H-1B from the program.", STORY, NEEDS_SPONSORSHIP],
  ["I do not need a J-1 since I will be on an H-1B.", [], NEEDS_SPONSORSHIP],
  ["My OPT covers the intern year, so no visa paperwork is needed from your side.", [], OPT],
  ["I hold an EAD through my spouse, so the program would not need to sponsor anything.", STORY, OPT],
  ["The program does not need to sponsor anything for observers, as I understand.", []],
  // Misspelt words the rules read through: "becomming", "deadlne", "documnets", "positons".
  ["I am realy passionate about becomming a psychiatrist.", STORY],
  ["Sorry for the quesiton but do you know if the rank list deadlne is the same for prelim and categorical positons?", []],
  ["Can you tell me if I need to send my J-1 documnets before the match or after?", []],
  ["Could you tell me whether the housing office opens before Match Day or after it?", []],
  // An event held before the lists are due holds no place on them.
  ["I would be grateful for any indication of whether the program will hold another open house before rank lists are due.", []],
  ["Could you hold a spot for me before the rank lists are due?", RANK],
  // How the program has come to view the writer, asked as guidance on something else.
  ["I would welcome any guidance on whether flat hunting would be sensible, given how the committee has come to view my candidacy.", RANK],
  ["I would welcome any guidance on how the committee has come to view research in applications.", []],
  // A first slot in formal words, the place said after an aside.
  ["I am pleased to inform you that St. Aldhelm's shall be found, when my list is certified, in the foremost place thereon.", CLAIM],
  ["Your program will be, once I certify, in the top spot.", CLAIM],
  ["Rosewood is the one I would choose above every other, and I plan to rank it accordingly.", CLAIM],
  ["Cardiology is the one I would choose above every other elective.", []],
  ["Your program will be, once I certify, somewhere in my top five.", []],
  ["Patient care shall be found in the foremost place of my priorities.", []],
  ["When I sat down to enter my list, there was only one program I could imagine typing into the first line, and it was Windmere.", CLAIM],
  ["There was just one program I could see in my top spot: yours.", CLAIM],
  ["There was only one thing I could imagine typing into the first line, and it was my name.", []],
  // Likelihood in idioms, and hope judged by the writer.
  ["Is a spot with you realistic for someone like me?", RANK],
  ["Would a place at your program be a stretch for me?", RANK],
  ["Am I a long shot for your program?", RANK],
  ["Is your program a reach for an applicant like me?", RANK],
  ["Is matching with you a pipe dream for me?", RANK],
  ["Is it foolish of me to hope for a place with you?", RANK],
  ["Do I even register on your radar?", RANK],
  ["Is the commute from the suburbs a stretch for interns?", []],
  ["Is your program a reach for people who live in the north of the state, commute-wise?", []],
  ["Is it foolish to hope for a parking spot near the hospital?", []],
  ["Is it naive to hope for a quiet night on call?", []],
  ["Do I register for the second look on the website?", []],
  // Advice asked of the program on ranking it.
  ["ROL due soon, should i rank u guys high or am i wasting my #1 slot? lmk which way to go", RANK],
  ["Should I put you first on my list, or would that be a mistake?", RANK],
  ["Should I rank the programs by location or by fellowship placement?", []],
  ["I am wasting my weekends on Step 3 prep, sadly.", []],
  ["And is there a diffrent NRMP code for the prelim postion that I should use when I make my rank list?", []],
  ["Is there a separate code for the categorical track that I should enter on my ROL?", []],
  // A claim after "did I mention", "the top one" with the ranking named, a couple's first pairing.
  ["Did I mention Riverbend is top of my list.", CLAIM],
  ["It is the top one, and it will be ranked that way.", CLAIM],
  ["My partner and I have finalised our couples list, and the pairing of Lindell Medicine and Lindell Surgery is our number one combination.", CLAIM],
  ["Did I mention the ICU block is top of my list of reasons to train here?", []],
  ["The sepsis lecture was the top one for me; I am still thinking about it.", []],
  ["Our number one combination of electives is cardiology and renal.", []],
  // A trade declined in a list of what is not offered; a field named as the writer's own in apposition; typos.
  ["I would never offer any kind of deal or commitment in exchange for a ranking, and I know your program would not want one.", []],
  ["I will have spent every elective preparing for dermatology, the field I am committed to.", STORY],
  ["I rotated through dermatology, the field my sister is committed to.", []],
  ["I recieved my greeen card in October, so visa sponsership will not be nessesary for me.", STORY],
  // A request made with a modal ("I would respectfully request ... whether"); advice sought from someone else asks nothing.
  ["I would respectfully request written confirmation of whether my application will be ranked.", RANK],
  ["I will seek advice from my mentor about my ranking.", []],
  ["I would request that you send the contract by email.", []],
  ["Just send me the contract and I will sign.", DEAL],
  // A claim read by the scorer is not one when the question is whether to rank, or the list is of something else.
  ["It is my family that I will put first on my rank list.", []],
  ["I was curious whether a candidate like me would realistically be considered for one of your positions come March.", RANK],
  ["Could I be considered for one of the spots on the research panel?", []],
  // The writer counted among the candidates, inside the range the program fills, on the right side of the line.
  ["After the interview, kindly tell whether the programme director will consider me in the matchable candidates or not.", RANK],
  ["Could you maybe just tell me whether I'm somewhere in the range you usually fill from?", RANK],
  ["I do wonder whether I'd be on the right side of the line when your list is finalised - any steer would be appreciated.", RANK],
  ["Could you tell me whether my car will be on the right side of the road for the second look parking?", []],
  ["Is the range of rotations you fill from the same every year?", []],
  ["Could you tell me what the salary guarantees in the contract are?", []],
  // The program the writer would most want, asked and answered in one sentence.
  ["If anyone asked me which program I'd most want to open my envelope and see, the answer is yours, and that is how my list will read.", CLAIM],
  ["Which program I would most want to visit for the second look, you ask? Yours, because of the food.", []],
  // A partner's field is not the writer's.
  ["I am applying as a couple with my partner in pediatrics and wanted to ask how the couples match works for prelim positions.", []],
  ["I do wonder, though, whether I'd be on the right side of the line when your list is finalised.", RANK],
  ["I was hoping to visit, though, if I am ranked I will come in March.", []],
  ["I wanted to let you no I am planing to rank Santa Lucia as my numbr one programm.", CLAIM],
  ["My plan is to rank Whitmore first.", CLAIM],
  [
    "My plan (and this is a firm commitment, conditional only on Whitmore ranking me to match) is to list Whitmore as my number one program.",
    [...CLAIM, ...DEAL],
  ],
  ["My plan (subject to visa timing) is to start in July.", []],
  ["When I submit my list this week, the line above every other will carry your program's name.", CLAIM],
  ["The top line of my rank list will read Mercy.", CLAIM],
  ["The top line of my CV will read research fellow.", []],
  // A writer who speaks of themself by their signed name.
  ["Thank you for the interview. Dr. Ortega is a future plastic surgeon. Respectfully, Benjamin Ortega, MD", STORY],
  ["Thank you for the interview. Ana Silva is a future neurologist. Best, Ana Silva", []],
  ["Thank you. My sister Silva is a future dermatologist. Best, Ana Silva", []],
  ["Thank you for the interview. Dr. Ortega, my mentor, is a future plastic surgeon. Respectfully, Ana Silva", []],
];

describe("a pledge offered for the program's ranking, over two sentences", () => {
  it.each<[string, RuleId[]]>([
    [
      "Were I to be matched here, I would regard it as a binding commitment and would never seek a release. I trust this gives the committee confidence to rank me accordingly.",
      DEAL,
    ],
    ["My commitment is total: I will honour the match wherever it falls. May this allow you to rank me with confidence.", [...RANK, ...DEAL]],
    ["I promise to work hard every day. I hope this gives you the confidence to rank me highly.", []],
    ["I hope my interview gave you a good sense of who I am. I trust this gives the committee what it needs.", []],
    ["I am committed to patient care. I hope this letter gives the committee a fuller picture of my research.", []],
  ])("%j -> %j", (text, expected) => {
    expect(languageRules(text).filter((r) => r !== "single-first-choice")).toEqual(expected);
  });
});

describe("thirteenth to seventeenth writers' classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
  it("reads a subject line that names the message itself as describing no one", () => {
    const body = "Thank you for the interview day. When is the deadline for certifying the rank order list?";
    expect(languageRules(body, undefined, "A question on the rank list")).toEqual([]);
    expect(languageRules(body, undefined, "Thank you - and a question on the rank list deadline")).toEqual([]);
    expect(languageRules(body, undefined, "Ranked to match?")).toEqual(RANK);
    expect(languageRules(body, undefined, "Question about guarantees in the contract")).toEqual([]);
  });
});
