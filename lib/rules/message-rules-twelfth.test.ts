// Classes generalised from the twelfth writer's misses and false blocks (dev-twelfth-writer.jsonl) and from shapes
// seen elsewhere: paraphrases written here, not copied from the corpus, and honest near misses of the same shapes.
// Kept apart from message-rules.test.ts so parallel rounds do not edit the same table.
import { describe, expect, it } from "vitest";
import { languageRules, type LanguageCase, RANK, DEAL, CLAIM, STORY, US } from "@/lib/rules/messages/test-fixtures";

const CASES: LanguageCase[] = [
  // The writer sharing or confirming something themselves asks nothing ("share", "confirm", "clarify" are request
  // words only when the program is asked to do them, or with a whether/if after them).
  ["I hope it is okay to share that Mercy is at the top of my list and will be ranked first.", CLAIM],
  ["I'm happy to confirm that Hillcrest will be ranked first on my list.", CLAIM],
  ["Let me clarify that I will be ranking your program highly.", []],
  ["I wanted to share that I will be ranked by several programs this year, and I am grateful.", []],
  ["Please confirm that I am ranked to match.", RANK],
  ["Confirm my position on your list.", RANK],
  ["Could you share whether I am on your rank list?", RANK],
  // A trade the writer says they neither ask nor offer.
  ["I'm not asking for anything in return, and there's no deal here; I simply want you to know I'll rank you highly.", []],
  ["I expect nothing in exchange; I just wanted to say I will rank Dover highly.", []],
  ["Without expecting anything back, I'll be ranking your program near the top.", []],
  ["In return for a spot, I will rank you first.", [...CLAIM, ...DEAL]],
  // A rank topic inside a condition, the question about something else: the match is the premise.
  ["If I am ranked to match here, when does orientation start?", []],
  ["Once I'm matched with you, is there housing help for new interns?", []],
  ["Quick question: in the event that I am matched at your program, what date would the contract arrive?", []],
  ["Assuming I match here, what is the call schedule like for interns?", []],
  ["If it is at all possible for you to share whether I am likely to match, I would be grateful.", RANK],
  ["If you could confirm I'm ranked somewhere safe, it would mean a lot.", RANK],
  // An elliptical question naming a tier of the list, the writer understood.
  ["top 5 or nah?", RANK],
  ["Honest question: top half of your list or not?", RANK],
  ["RANKED TO MATCH OR NO??", RANK],
  ["In your top ten?", RANK],
  ["Top 10 tips for interview day?", []],
  ["Top priority for interns is sleep?", []],
  // Asking for a sign of the outcome: good news to expect, or getting ready to move there.
  ["Should I be expecting good news come March?", RANK],
  ["Let me know if I should start packing for Cleveland!", RANK],
  ["Can I start flat hunting in Leeds yet? 😄", RANK],
  ["is it time i started looking at apartments in denver lol", RANK],
  ["Should I go ahead and book the movers for June?", RANK],
  ["Should I pack a white coat for the second look day?", []],
  ["Should I look for apartments near the hospital for my away rotation?", []],
  ["If I match here, should I start looking for apartments near the hospital or is there resident housing?", []],
  ["When should I expect to hear about second look dates?", []],
  ["Should I expect an email with the interview schedule?", []],
  // Whether hoping or holding out for a place is worth it.
  ["Is it worth me holding on for one of your spots?", RANK],
  ["Is there any point in me holding out hope for a place at Mercy?", RANK],
  ["Is it worth visiting the hospital before the interview?", []],
  ["Should I keep my hopes up for the research award?", []],
  // Ranking nothing above a named program; a condition on being on the list joined to it.
  ["I will rank no one above Mercy.", CLAIM],
  ["Nobody will be ranked ahead of Mercy on my list.", CLAIM],
  ["So long as I'm on your list, no program will be ranked higher than Mercy.", [...CLAIM, ...DEAL]],
  ["I rank nothing above patient safety.", []],
  ["I would never put anyone above my patients.", []],
  // The first slot of the list, named first: "the first program I enter will be yours"; the claim without "my".
  ["The very first name I type into my ROL is going to be Mercy.", CLAIM],
  ["The top one I'm putting on my list will be your program.", CLAIM],
  ["first choice = u guys", CLAIM],
  ["Spoiler alert: top pick is you.", CLAIM],
  ["The first program I enter on my list will be the one with the best teaching.", []],
  ["The first name on my list is still undecided.", []],
  ["Top pick for electives: you have the best ones.", []],
  ["First choice is neurology, obviously.", []],
  // Getting the writer a place, in any register, against what the writer binds themselves to.
  ["Just find me one of your prelim positions and I'm done interviewing.", DEAL],
  ["If u can hook me up with a seat, I'll cancel the rest of my interviews.", DEAL],
  ["Get me a spot and I'll sign today.", DEAL],
  ["Sort me a parking spot and I'll bring coffee for the team.", []],
  ["Can you find me a spot at the welcome dinner? I'd love to come.", []],
  // A place that comes the writer's way, as the condition of a deal.
  ["If a position comes my way, I'm yours and nobody else's.", DEAL],
  ["Should an offer come my way, I will withdraw from every other program.", DEAL],
  ["If a parking spot comes my way I'll take it.", []],
  ["If a research position comes my way next year, I will accept it gladly.", []],
  ["If an opportunity comes my way, I'll be grateful.", []],
  // A couple's plans: the partner is not the program.
  ["If my partner ranks me, I will commit to moving to Ohio.", []],
  ["If my wife gets her visa, I will commit to moving there in June.", []],
  ["If you rank me and my partner to match, we will withdraw from every other program.", DEAL],
  // The program's inclination toward the writer, asked ("warming to me", "leaning towards my application").
  ["Might your committee be warming to me for a prelim spot?", RANK],
  ["Is the panel leaning towards my application at all?", RANK],
  ["Could you tell me if the committee is favourably inclined toward my candidacy?", RANK],
  ["Are you warming to the idea of a night float system?", []],
  ["The committee seemed to warm to me during the interview, which was lovely.", []],
  ["Is the committee high on me?", RANK],
  ["Are you guys still sold on my application?", RANK],
  ["The committee is high on teaching.", []],
  ["The residents were sold on the new schedule.", []],
  // How close the writer is to a place.
  ["Could you hint at how close I am to a spot?", RANK],
  ["Am I anywhere near the line for a position with you?", RANK],
  ["How close is the hospital to the train station?", []],
  ["Am I close to the parking spot for the second look?", []],
  ["How close am I to finishing my thesis? Very!", []],
  // A trade for the program's word or a place, against the writer's other applications binned.
  ["In exchange for your assurance, my other applications go in the bin.", DEAL],
  ["In return for a guaranteed spot, my other interviews get binned.", DEAL],
  ["In return for your advice, I'd be happy to help with the newsletter.", []],
  ["In exchange for your time, I've attached a short summary.", []],
  // Committing now to an activity is a resolution, not a binding promise.
  ["I commit right now to reading more on stroke.", []],
  ["I commit today to improving my presentation skills.", []],
  ["I commit right now to your program.", DEAL],
  ["I'll commit today to joining you if you rank me to match.", DEAL],
  // The writer's own residency to come, named by its field.
  ["I'd love a month on the labour ward before I start my OB/GYN residency.", STORY],
  ["The ICU block will prepare me well ahead of my dermatology training.", STORY],
  ["I will begin an EM residency after this preliminary year.", STORY],
  ["Before I start my neurology residency, I want a strong intern year.", []],
  ["Before I start my psychiatry rotation I will read up.", []],
  ["My wife will start her OB/GYN residency in July.", []],
  // Typos in the words of needing a visa.
  ["I am applying for neurology and will requier J-1 sponsorhip.", STORY, US],
  ["I'll reqiure a visa sponser for residency.", STORY, US],
  ["The requiem at the chapel was lovely.", [], US],
];

describe("twelfth writer's classes", () => {
  it.each(CASES)("%j -> %j", (text, expected, profile) => {
    expect(languageRules(text, profile)).toEqual(expected);
  });
});
