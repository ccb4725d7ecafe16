// Commitment deals (NRMP: no party may ask for or offer a binding commitment; the Match result is the only binding
// agreement). A sentence makes a deal when it combines
//   - something the program would do for the writer (rank them, match them, offer a place, guarantee a spot), put
//     as a condition ("if", "should you", "were you to", "provided", "as long as", "once") or as one side of a
//     trade ("you rank me first, I rank you first"), with
//   - something the writer binds themselves to (rank the program first, accept, sign, withdraw or cancel
//     elsewhere, stop interviewing) or a first-choice claim offered in return;
// or when the writer promises a binding act outright ("I promise to accept if matched", "you have my word"), offers
// a trade ("in exchange", "in return", "an arrangement"), or proposes something outside the Match ("ready to sign
// today", "an offer outside the Match"). "My commitment to patient care", "if you have questions I will answer
// them" and "I would be thrilled to join" bind nobody to anything and are fine.

import { firstChoiceClaimAt } from "@/lib/rules/messages/detect-first-choice";
import { B, E, L, PROGRAM, W, WHEN_QUESTION, betweenOthers, compilePatterns, matchesOf, negatedBefore, rx, rxg } from "@/lib/rules/messages/lexicon";

/** What the writer can be chosen for that is not a place: an interview, a visit, an award, a project. */
const NOT_A_PLACE =
  String.raw`(?! (?:for|to|as) (?:an? |the |your |one of (?:the|your) )?(?:${W} )?(?:interview|interviews|second look|tour|visit|open house|award|prize|talk|presentation|poster|scholarship|grant|elective|rotation|research|panel|role|project|study|speaker|chief|representative|volunteer)${E})` +
  // Something other than a place in the program offered: "I have been offered a two-year research fellowship".
  String.raw`(?! (?:an? |the |my )?(?:position|post|job|role|place|spot) (?:in|at|with) (?:an? |the |my )?(?:${W} ){0,3}?(?:research|lab|laboratory|company|firm|startup|biotech|pharma|industry|ngo|charity|home university|home institution|home country)${E})(?! (?:an? |the |my )?(?:${W} ){0,3}?(?:fellowship|fellowships|scholarship|grant|award|prize|job|role|research (?:position|post|job|role|year)|second look|second looks|visit|visits|tour|tours|interview|interviews|dinner|social|open house|webinar|information session|info session|meet and greet)${E})`;

/** A named program ("Lakemont", "St Mary's medicine") or the program itself, as a subject or object. */
const ANY_PROGRAM = String.raw`(?:${PROGRAM}|(?:${W} ){0,3}?${W})`;
/** A subject of up to four words none of which is the writer. */
const NOT_THE_WRITER = String.raw`(?:${PROGRAM}|(?:(?!(?:i|we)${E})${W} ){0,3}?(?!(?:i|we)${E})${W})`;
const ON_ME = String.raw`(?:me|my (?:application|candidacy|name|spot|place|position|seat|match(?! (?:order )?lists?${E}))|with me|to match|us|both of us|the two of us|us both|(?:me|myself) and my (?:${W} )?(?:partner|wife|husband|fiance|fiancee|spouse)|my (?:${W} )?(?:partner|wife|husband|fiance|fiancee|spouse) and (?:me|i|myself))`;
/** A place, with its article or, in a register that drops articles, without it where it ends the clause ("gives me position, I"). */
const A_PLACE = String.raw`(?:one|it|that|so|a (?:${W} )?(?:spot|position|place|offer|contract|seat|slot|post|pgy ?[12] (?:spot|position))|an offer|the (?:${W} )?(?:spot|position|offer|post|place|contract)|(?:spot|position|place|seat|slot|post|contract)(?=\s?(?:[.,;:!?)–-]|$)| (?:i|and|then|in (?:your|the) (?:program|programme|residency|hospital|class|intern class)|at (?:your|the) (?:program|programme|hospital)|with (?:you|your program))${E}))`;
const PROGRAM_VERB = String.raw`(?:draft|drafts|drafted|drafting|rank|ranks|ranked|ranking|match|matches|matched|offer|offers|offered|given(?= (?:me|us) (?:(?:a|an|the|one|your|my) )?(?:${W} )?(?:spot|position|place|offer|seat|slot|post|contract|rank|ranking|nod|word|assurance|guarantee|green light|top|first)${E})|taken|chosen|held|kept|extend|extends|accept|accepts|take|takes|choose|chooses|select|selects|pick|picks|guarantee|guarantees|promise|promises|assure|assures|reserve|reserves|hold|holds|give|gives|put|puts|place|places|slot|slots|keep|keeps|lock|locks|want|wants|(?:have|has)(?= (?:(?:still|already|really|actually|definitely|now|even|also|got|then) )*(?:me|my|us|with me|to match|both of us|the two of us)${E})|secure|secures|save|saves|list|lists|include|includes|consider ranking|(?:do|does)(?! (?:make|makes|let|help|helps|remind|reminds|inspire|inspires|encourage|encourages|give|gives|show|shows|teach|teaches|keep|keeps|leave|leaves|tell|tells|convince|convinces)${E})|offering|extending|accepting|taking|choosing|selecting|picking|guaranteeing|promising|assuring|reserving|holding|giving|putting|placing|slotting|keeping|locking|listing|including|securing|saving|confirm|confirms|confirming)`;

/**
 * Something the program does for the writer. "Have" and "do" count only with the writer right after them ("if you have
 * me on your list"): "your program has made me feel welcome", "the interview has convinced me" are what the program did
 * to the writer's view, not a place.
 */
const PROGRAM_ACT = rx(
  String.raw`${B}(?:` +
    [
      // "you rank me", "your program is able to rank me to match", "Lakemont ranks me", "u guys can lock me in".
      // Not the writer as a new subject before the verb ("Yale is where I want to match"), nor "my match list" as the
      // writer's own place. Not someone of the writer's own ("if my partner ranks me": a couple's plans, not the program's act).
      String.raw`(?!(?:i|we|me|my)${E})(?<!${B}(?:my|our|his|her|their) (?:${W} )?)${NOT_THE_WRITER} (?:(?!(?:i|we)${E})${W} ){0,4}?${PROGRAM_VERB}${E} (?:${W} ){0,2}?${ON_ME}${E}`,
      // "you can offer one", "Lakemont offers a spot", "if you can do that for me".
      // Not the writer themselves: "I wanted to send one brief final note" is the writer's act.
      // Nor a subject that runs past the writer: "your program is my first choice and I will put it first".
      String.raw`(?!(?:i|we|me|my)${E})(?<!${B}(?:i|we) (?:${W} ){0,3})${NOT_THE_WRITER} (?:(?!(?:i|we)${E})${W} ){0,3}?(?:offer|offers|offering|give|gives|giving|extend|extends|extending|guarantee|guarantees|guaranteeing|promise|promises|promising|hold|holds|holding|reserve|reserves|reserving|save|saves|saving|secure|secures|securing|do|does|have|has|put|puts|lay|lays|hand|hands|handing|send|sends|sending|slide|slides|place|places) (?:me )?${A_PLACE}(?: for me)?${E}(?! (?:on|in|of) (?:my|mine)${E})`,
      // "I am ranked to match", "I'm offered the post", "I get a spot", "I'm in your top 4".
      // Not chosen for something short of a place: "if I was selected for an interview at the satellite campus".
      String.raw`(?:i|my application|my name)(?: ${W}){0,2}? (?:am|is|are|was|were|be|been|being|get|got|gets|end up) (?:${W} )?(?:ranked|matched|offered|accepted|selected|given|guaranteed|chosen|taken|assured|promised|included|listed|placed|kept)${E}${NOT_A_PLACE}`,
      String.raw`(?:am|will|would|could|can|do|did|shall) (?:i|my application) (?:(?:be|get|still|then) )?(?:ranked|matched|offered|accepted|selected|given|guaranteed|chosen|taken|assured|promised|included|listed|placed)${E}`,
      // "if you can make it work on your side", "if you do the same".
      String.raw`(?:you|your (?:${W} )?(?:program|side|team|committee)|the program|the committee) (?:${W} ){0,2}?(?:make it work|make that happen|make this happen|do the same|return the favou?r|reciprocate|do your part|hold up your end|meet me halfway|can do that|could do that|will do that)${E}`,
      // A bare offer closing the clause: "I'll accept on the spot if you offer", "the moment you make me an offer".
      String.raw`(?:you|your (?:${W} )?(?:program|team|committee)|the (?:program|committee)) (?:(?:can|could|will|would|do|decide to|choose to|were to|are able to|happen to) )?(?:offer|make (?:me )?(?:an offer|one))(?=\s?(?:[.,;:!?)–-]|$))`,
      String.raw`(?:i|me) (?:get|receive|land|secure|obtain|am given|am offered|can get|could get|am getting|am receiving|am being given|am being offered|am securing|am landing) (?:a|an|the|your) (?:${W} )?(?:spot|position|offer|place|contract|rank|ranking|post|seat)${E}`,
      String.raw`(?:i am|we are|we both are|both of us are) (?:(?:somewhere|anywhere|still|even|just|both|at least|safely) )*(?:in|within|on|at) (?:your|the|its) (?:top|list|rank list|match list|matching range|first)${E}`,
      // What the program makes of the writer: "should your committee see me as a top candidate", "if you consider me
      // (as) your strongest applicant". Only with the writer's own promise does it become a deal (makesDeal).
      String.raw`(?!(?:i|we|me|my)${E})${ANY_PROGRAM} (?:(?:can|could|will|would|do|does|did|happen to|come to|end up|decide to|choose to|were to) )?(?:see|sees|view|views|regard|regards|rate|rates|think of|thinks of|consider|considers) me (?:as )?(?:a |an |your |one of your |the |among your )?(?:(?:very|truly|genuinely|real|really) )?(?:top|strong|strongest|first|leading|preferred|priority|serious|competitive|ideal|excellent|outstanding|standout|best|#1|number one|good fit|great fit|fit|match)${E}`,
      // The writer getting in: "if I get in", "once I make it into your program".
      String.raw`(?:i|me) (?:get|got|make it|am let|get let|am brought) (?:in|into (?:${PROGRAM}|your (?:${W} )?program|the program))${E}`,
      // The writer holding the program's word: "provided I have some assurance", "once I get the nod".
      String.raw`(?:i|we) (?:have|get|receive|am given|can get|could get|had|got) (?:(?:some|any|an|a|your|the|a little|a small|a firm|a written|a verbal|an informal) )?(?:assurance|assurances|guarantee|promise|word|commitment|confirmation|nod|green light|thumbs up)${E}(?! (?:of|about|on|regarding|that) (?!(?:a |an |the |my )?(?:spot|place|position|match|ranking|offer|contract|being)${E}))`,
      // Imperatives: "rank me to match and ...", "offer me a spot and ...", "just say the word".
      String.raw`(?=(?:rank|match|offer|take|pick|choose|select|accept|admit|give|hire|appoint|put|place|slot|list|keep|guarantee|promise|reserve|save|hold|assure) me${E})(?<=^|[,;:=-] |${B}dr [${L}]+,? |${B}(?:just|please|simply|so|kindly|pls|plz) )(?:rank|match|offer|take|pick|choose|select|accept|admit|give|hire|appoint|put|place|slot|list|keep|guarantee|promise|reserve|save|hold|assure) me${E}`,
      // Slang for putting the writer high on the list: "whack me at the top of your list and ...", "stick me first".
      String.raw`(?:whack|stick|pop|bung|plonk|shove|slap|bump) me (?:up )?(?:at|on|to|into|in|as|near) (?:the (?:very )?top|the first|first|#1|number one|your (?:#1|first|top))${E}`,
      // A place held out as the condition, as a noun: "a guaranteed spot and I am yours", "one firm offer here and I sign".
      String.raw`(?<=^|[,;:=-] )(?:a|one|your) (?:guaranteed|firm|confirmed|secured|promised|assured|certain) (?:spot|place|position|seat|slot|offer|match)(?: ${W}){0,3}? (?:and|&) (?=i )`,
      // "you pass me the ball with a guaranteed ranking and I'll ...", "hand me a firm spot and I ...".
      String.raw`(?:with|get|give me|hand me|pass me|send me|offer me|for) (?:a|one|your) (?:guaranteed|firm|confirmed|secured|promised|assured|certain) (?:spot|place|position|seat|slot|offer|match|ranking|rank)(?: ${W}){0,3}? (?:and|&) (?=i )`,
      // Getting the writer a place, in any register: "sort me a spot and ...", "just find me one of your positions",
      // "if u can hook me up with a seat".
      String.raw`(?=(?:sort|find|get|fix|land|secure|grab|bag|nab|snag|hook) me )(?<=^|[,;:=-] |${B}dr [${L}]+,? |${B}(?:just|please|simply|so|kindly|pls|plz|you|u|you guys|can|could|will|would|if you|if u|if you can|if you could|can you|could you) )(?:sort|find|get|fix|land|secure|grab|bag|nab|snag|hook) me (?:up with |out with )?(?:a|an|one|one of (?:your|the|those)|the|that|your) (?:${W} ){0,2}?(?:spot|spots|place|places|position|positions|seat|seats|slot|slots|post|posts|offer|contract)${E}`,
      // "tell me I'm in and ...", "just confirm I'll be ranked to match and ...".
      String.raw`(?=(?:tell|assure|promise|confirm|show|let) me )(?<=^|[,;:=-] |${B}dr [${L}]+,? |${B}(?:just|please|simply|so|kindly|pls|plz) )(?:tell|assure|promise|confirm|show|let) me (?:know )?(?:that )?i (?:(?:am|will be|would be|shall be|am going to be) (?:in|ranked|matched|on your list|taken|selected|safe|a lock)|(?:will|would|shall|am going to|am gonna) (?:match|get in|make it)|(?:have|hold|get|will have|will get|have got) (?:a|my|the|one) (?:${W} )?(?:place|spot|position|seat|slot)(?= (?:with you|in your|at your|there|here|on your)${E}))${E}`,
      String.raw`(?:just )?say the word|give (?:me|us) the (?:word|nod|green light|go ahead)|say (?:yes|the word)`,
      // The program says the writer is in: "the moment you say I'm in", "once you confirm I will be ranked".
      String.raw`(?:you|your (?:${W} )?(?:program|committee|team)|the (?:program|committee)) (?:can |could |will |would |(?:is |are |were |was )?(?:able|willing|in a position) to )?(?:say|tell me|confirm|let me know|indicate|assure me|promise me) (?:that )?i (?:(?:am|will be|would be|shall be|am going to be) (?:in|ranked|matched|on your list|taken|selected)|(?:will|would|shall|am going to|am gonna) (?:match|get in|make it)${E})`,
      // Matching itself: "if I match at Mercy", "should I match with you".
      String.raw`i (?:(?:can|could|would|will|am able to|was able to|manage to|managed to|get to|happen to|do) )?(?:match|matched|get matched|end up matching)(?= (?:at|with|to|into|here|there|in)${E}|\s?(?:[,.;:!?–-]|$))`,
      // "if I knew we were matching there", "if I was going to be matched with you".
      String.raw`(?:i|we) (?:am|are|was|were|will be|would be|was going to be|were going to be|am going to be) (?:(?:definitely|certainly|actually|really|surely) )?(?:matching|matched|ranked to match|going to match) (?:there|here|at|with|to|into|in)${E}`,
      // A place that exists or opens for the writer: "if there's a spot for me", "if a place opens up for me".
      String.raw`there (?:is|are|was|were|will be|would be|happens to be|turns out to be) (?:(?:ever|still|possibly|perhaps|somehow|actually|even|already|now|suddenly|unexpectedly|by chance|by any chance|at some point|later) )?(?:a |an |any |one |some )?(?:${W} )?(?:spot|position|place|seat|slot|offer|room|space|opening|contract|post) (?:for me|with my name)`,
      String.raw`(?:a |the |one |any )?(?:spot|position|place|seat|slot|offer|post|opening) (?:${W} ){0,2}?(?:opens up|opened up|becomes available|became available|comes up|frees up|is found) for me`,
      // A place that comes to the writer: "if a position comes my way", "should an offer come my way".
      String.raw`(?:a |an |the |one |any |your |one of (?:your|the|its) )?(?:${W} )?(?<!${B}(?:parking|research|locker|lunch|tour|poster|call|elective|rotation|conference|shadowing|observership|interview|volunteer|teaching|moonlighting|fellowship|job|faculty|staff|time|summer) )(?:spots?|positions?|places?|seats?|slots?|offers?|posts?|contracts?) (?:(?:ever|should|were to|does|did|happens to|is|was) )?(?:comes?|came|coming|heads?|headed|heading|is sent|gets sent|lands?|landed) (?:my way|to me|in my direction)`,
      // Passive offers: "if a position can be offered before Match Day".
      String.raw`(?:a |the |one |any )?(?:spot|position|place|seat|offer|contract|post) (?:${W} ){0,4}?(?:can|could|would|will|is|were|was|be|being|gets|got) (?:be )?(?:offered|given|extended|made (?:certain|available|sure|definite)|found|held|reserved|guaranteed|available|assured|secured|confirmed|certain|mine)`,
    ].join("|") +
    ")",
);

/** A condition or the start of a trade: the program's side of a deal follows within a few words. */
const CONDITION = String.raw`(?:if|should|were|provided|providing|as long as|so long as|only if|on (?:the )?condition|assuming|once|in case|in the case|in the event|contingent|conditional(?: only)? (?:on|upon)|subject to|on the understanding|given that|when|whenever|in exchange|in return|in turn|if and only if|whereby|so that|as soon as|the (?:very )?(?:moment|minute|instant|second|day))`;
/** Bare participles after a condition: "if matched", "should I be ranked", "once offered a spot" (without the condition,
 * "will be ranked at the top of my list" is the writer's own act). */
const PARTICIPLE = String.raw`(?:ranked|matched|offered|selected|chosen|accepted)(?= (?:to match|by|there|here|a spot|the spot|the position|a position|the post|a post|a place|the place|a seat|a slot|a contract|the contract|highly|high|higher|well|first|with|at|into|in)${E}|\s?(?:[,.;:!?–-]|$)| (?:i|we) (?:will|would|shall|promise|am going to|will then|would then)${E})`;
const CONDITIONAL_ACT = rx(String.raw`${B}${CONDITION}${E}(?: that)?(?: ${W}){0,8}? ?(?:${PROGRAM_ACT.source}|${PARTICIPLE})`);
/**
 * The program's interest returned, as the condition: "were the feeling mutual", "provided the program felt the same
 * way", "if my interest is reciprocated". Without a condition ("I hope the feeling is mutual") it asks nothing in return.
 */
const RECIPROCATED = String.raw`(?:(?:the |this |that |our |my )?(?:feeling|feelings|interest|sentiment|enthusiasm|fit|attraction)(?: (?:was|is|were|be|being|proves|proved|turns out|turned out)(?: to be)?)? (?:${W} )?(?:mutual|reciprocated|returned|shared|reciprocal|two way|two sided)|(?!(?:i|we|me|my)${E})${ANY_PROGRAM} (?:${W} ){0,2}?(?:feel|feels|felt|feeling) (?:exactly |much )?the same(?: way)?(?: about me| toward me| towards me)?)${E}`;
const CONDITIONAL_RECIPROCITY = rx(String.raw`${B}${CONDITION}${E}(?: that)?(?: ${W}){0,8}? ?${RECIPROCATED}`);

/** A condition that the writer's side helps their ranking: "if that would help my ranking", "if it improves my chances". */
const HELPS_MY_RANKING = rx(
  String.raw`${B}(?:if|should|in case|provided|as long as|so long as|assuming|in the hope that|hoping)(?: that)? (?:it|that|this|doing so|so|any of this) (?:would|will|could|might|may|can|does|did)? ?(?:help|helps|improve|improves|boost|boosts|strengthen|strengthens|increase|increases|raise|raises|lift|lifts|move|moves|bump|bumps|make a difference to|count toward|count towards|work in favor of|tip) (?:me up )?(?:(?:my|your view of my) (?:ranking|rank|chances|odds|standing|position|place on (?:your|the) list|application|candidacy)|you (?:to )?(?:rank|place|list) me)${E}`,
);

/** A trade for the program's word or a place: "in exchange for your assurance", "in return for a guaranteed spot". */
const TRADE_FOR_YOUR_WORD = rx(
  String.raw`${B}in (?:exchange|return) for (?:(?:your|a|an|the|the program's|the committee's|some|one|a single|just one|only one|any) )?(?:(?:firm|formal|written|guaranteed|verbal|solid) )?(?:assurance|assurances|reassurance|certainty|signal|indication|confirmation|guarantee|promise|word|commitment|pledge|spot|place|position|offer|contract|seat|slot)${E}`,
);

/** A condition put as a preposition: "upon my being ranked to match", "on being offered a position", "following an offer". */
const PREPOSITIONAL_CONDITION = rx(
  String.raw`${B}(?:(?:upon|on|after|following|with) (?:getting|receiving|having|obtaining|hearing) (?:your|an?|the|some|any) (?:${W} )?(?:assurance|guarantee|confirmation|word|promise|nod|commitment|go ahead|green light)|(?:upon|on|following|after|with) (?:my |me |your |the )?(?:being |getting |receiving |having been )?(?:ranked|matched|offered|selected|chosen|accepted|matching|an offer|the offer|a match|an acceptance|a position|a spot|a place|the match result)|for (?:a |an |the |one )?(?:guaranteed|secured|firm|definite|certain|promised|assured|confirmed|sure|safe) (?:${W} )?(?:spot|place|position|offer|contract|match|post|seat|slot))${E}`,
);

/** Coming in for work, not to the program: "commit to coming in Thursday", "commit to attending the Monday clinic". */
const SHIFT_AFTER = String.raw`(?: (?:in|back|over|by)(?: (?:on|at|for|early|late|this|next))? (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|early|late|on|at|for|this|next|instead)${E}| (?:to|for) (?:the |my |a |an |our |your |his |her |their |every |each )?(?:${W} )?(?:clinic|clinics|shift|shifts|meeting|meetings|session|sessions|call|rounds|conference|lecture|dinner|social|event|work|coverage|orientation|interview|second look|visit|tour|follow up|huddle)${E})`;
const NOT_A_SHIFT = `(?!${SHIFT_AFTER})`;
/** Something the writer binds themselves to, with or without its subject ("I'll", "will", "promise to"). */
const BINDING_VERB =
  String.raw`(?:` +
  [
    String.raw`rank (?:${W} ){0,3}?(?:first|#1|highest|top|at the top|at the very top|above (?:all|every|everyone|the rest|any)|number one|first on my|as my (?:first|#1|top)|only|exclusively)`,
    String.raw`(?:put|place|list|keep|make) (?:${W} ){0,3}?(?:first|#1|at the (?:very )?top|on top|above (?:all|every|the rest)|my (?:first|#1|top|number one)(?: choice| pick)?|as (?:my )?(?:rank|number|no|choice|priority) (?:one|1|#1))`,
    String.raw`(?:rank|list) (?:only|just|exclusively|no other|nobody else|no one else)`,
    String.raw`only rank`,
    String.raw`accept(?:ing)?(?! that(?: ${W}){1,3} (?:is|are|was|were|will|would|can|cannot|may|must|might|has|have|had)${E})(?: (?:your|the|a|an|this|that|any|their|its) (?:${W} ){0,2}?(?:offer|position|spot|match|place|contract|post|result|(?:program|programme|residency)(?=\s?(?:[.,;:!?)-]|$)| (?:if|when|once|should|provided|as long as|100%|on the spot|immediately|without|right away|in a heartbeat|unconditionally|gladly|happily)${E}))| at (?!face value)(?:${W} ){0,3}?${W}(?=\s?(?:[.,;:!?)-]|$))| it| immediately| right away| without hesitation| on the spot| unconditionally| straight away| no matter| on day one| on the first day| at once| in a heartbeat| no questions asked| today| now| right now| tonight| this minute| the same day| that day| no questions| on receipt| instantly| straight off| outright| unreservedly| there and then| then and there|(?=\s?(?:[.,;:!?)-]|$))| if| when| once| should|(?= and (?:(?:i )?(?:will|would|shall) )?(?:(?:then|also|immediately) )?(?:withdraw|let|tell|inform|notify|email|write to|cancel|decline|turn down|drop|sign|stop|pull|release|free up|give up|withdrawing|letting|telling|informing|notifying|canceling|declining|dropping|signing)${E}))`,
    String.raw`sign(?:ing)?(?: (?:a|an|the|your|any|my) (?!(?:rotation|affiliation|visiting|elective|observership|externship|data|confidentiality|nondisclosure|non disclosure|housing|parking|onboarding|badge|vaccination|consent|release|photo|media|lease|rental|volunteer)${E})(?:${W} ){0,2}?(?:contract|offer|agreement|letter of intent to accept|papers|commitment letter|letter of commitment|commitment|pledge|letter of acceptance|acceptance letter)| (?:whatever|anything|everything|any contract|any offer|on the dotted line)| (?:a |the |my |any )?bond(?: of (?:commitment|service))?${E}| it| with (?:you|your program|${W})| (?:immediately|right away|right now|today|tonight|tomorrow|this minute|this second|on the spot|now|the same day|straight away|within|early|at once|first thing|on day one|the day it arrives|on arrival|in a heartbeat|in a second)|(?=\s?(?:[.,;:!?)]|$)))`,
    String.raw`(?:withdraw|withdrew|withdrawn|withdrawing) (?:from|my|all|any|every|both|them|the rest|everywhere|elsewhere)`,
    // Taking the place offered: "I'd take it today", "I would take the spot in a heartbeat".
    String.raw`(?:(?<=${B}(?:spot|position|place|offer|contract|post|seat|slot)${E}.*)take (?:it|that|one)|take (?:the (?:${W} )?(?:spot|position|offer|place|post|contract|seat)|your offer|an offer))(?= (?:today|now|right now|immediately|right away|on the spot|in a heartbeat|without hesitation|no questions asked|straight away|at once|gladly|happily|in a second|instantly|no matter what|for sure|100%|the same day)${E}|\s?(?:[.,;:!?)-]|$))`,
    String.raw`done (?:with )?(?:interviewing|applying|looking|the (?:rest|others)|everyone else|every other|other programs)`,
    // Telling the other programs the writer is out: "let every other program know I'm out", "tell the rest I'm withdrawing".
    String.raw`(?:let|tell|inform|notify|email|write to|message|text|call) (?:(?:every|all|each|any|the|my)(?: of)?(?: the| my)? )?(?:other|remaining|rest of the|rest|others)(?: ${W})?(?: (?:programs?|places|ones|hospitals|residencies|options))? (?:${W} ){0,2}?(?:that )?(?:i am|i will be|i have|i would be|i will|i)? ?(?:(?:officially|definitely|now|then|already) )?(?:out|withdrawing|withdrawn|done|off the table|off their lists?|taken|spoken for|not coming|no longer (?:interested|available|applying|in the running)|out of the running|off the market|unavailable|withdraw|pulling out|bowing out)`,
    // Letting the rest go: "I'd be happy to let the other programmes go", "let all my other offers go".
    String.raw`let (?:(?:all|every|each|the|my|all of my|all the|the rest of my) )*(?:other|remaining|rest of the|rest)(?: ${W})?(?: (?:programs?|places|ones|offers|interviews|options|applications))? go`,
    // A letter that binds: "send you a signed letter of intent to accept", "a letter of commitment".
    String.raw`(?:send|sending|write|writing|give|giving|submit|submitting|provide|providing) (?:you |u |the program |your program )?(?:a |an |my |the )?(?:signed |written |formal )?(?:letter of (?:commitment|intent to accept|acceptance)|commitment letter|acceptance letter|written (?:commitment|pledge|guarantee))`,
    // A document that binds, by what it says: "sign a letter committing to your program", "put in writing that I will accept".
    String.raw`(?:sign|signing|send|sending|write|writing|give|giving|submit|submitting|provide|providing|put|putting) (?:you |u )?(?:a|an|the|any|my) (?:${W} )?(?:letter|document|statement|note|form|email)(?: of (?:intent|commitment|acceptance))? (?:committing|pledging|promising|binding|guaranteeing|agreeing|confirming)(?: myself| me)? (?:to|that i will) (?:you|your|yours|this|the program|join|joining|come|coming|accept|accepting|attend|attending|rank|ranking|match|matching|sign|signing|(?![a-z]+ing${E})[${L}][${L}'.-]*)`,
    // Leaving the rest of the list: "make Mercy the only program on my list", "drop every other one", "list no other program".
    String.raw`make (?:it|you|yours|your program|them|${W}(?: ${W})?) (?:the|my) (?:only|sole|single|one) (?:program|one|place|residency|choice|name)(?: (?:on my|i (?:will |would )?(?:rank|list))|(?=\s?(?:[.,;:!?)]|$)| (?:if|when|once|should|provided|as long as|in return|in exchange)${E}))`,
    String.raw`(?:remove|drop|strike|delete|cross off|take off|scratch) (?:every|all|any|each) (?:other|remaining|of the other)(?: (?:one|ones|program|programs|option|options|place|places|name|names|choice|choices|interview|interviews|application|applications))?`,
    String.raw`(?:rank|list) (?:no|not a single|not one|not any) other (?:program|place|residency|hospital|one)`,
    // "I would be at Mercy on July 1 and nowhere else".
    // "... and nowhere else", "I come and no other place", "I am coming, no other hospital".
    String.raw`(?:be|come|coming|go|going|train|training|start|starting|join|joining|work|working|sign|signing|end up|stay|staying)(?: ${W}){0,8}?(?:,? (?:and|but)|,) (?:nowhere|no other (?:place|program|programme|hospital|residency|institution)s?|no one else|nobody else)(?: else)?(?=\s?(?:[.,;:!?)]|$)| (?:else|at all|for me|ever)${E})`,
    String.raw`(?:be|come|go|train|start|join|work|sign|end up|stay)(?: ${W}){0,8}? and nowhere else`,
    String.raw`(?:cut|cutting|remove|removing|take|taking|strike|striking|delete|deleting|cross|crossing|turf|turfing|kick|kicking|boot|booting|bump|bumping|wipe|wiping|erase|erasing|purge|purging|scratch|scratching|clear|clearing) (?:${W} ){0,3}?(?:other|every other|all other|the other|others|the rest|everyone else|every program|all programs|them all|all of them)(?: ${W}){0,2}? (?:from|off) my (?:${W} )?list`,
    String.raw`(?:turn|turning|knock|knocking) (?:down|back) (?:anything|everything|everyone|any other|all other|every other|other|the others|the rest)`,
    String.raw`(?:say|saying) no to (?:anything|everything|everyone|any other|all other|every other|other|the others|the rest)`,
    // Stopping a habit ("stop emailing programs", "stop checking the forums") gives nothing up; stopping interviewing does.
    String.raw`(?:cancel|canceling|cancelling|decline|declining|turn down|turning down|drop|dropping|bench|benching|shelve|shelving|(?:stop|stopping)(?! (?!(?:interviewing|applying|looking|considering|ranking|accepting|entertaining|attending|pursuing|courting)${E})[${L}]+ing${E})|forgo|skip|skipping|pull out of|pulling out of|pull|pulling|back out of|backing out of|refuse|refusing|reject|rejecting|ignore|ignoring|bin|binning|ditch|ditching|scrap|scrapping|dump|dumping|axe|axing|nix|nixing|trash|trashing|toss|tossing|chuck|chucking|blow off|blowing off|bail on|bailing on|walk away from|walking away from|throw out|throw away|give up|giving up|free up|freeing up|release|releasing|vacate|vacating|give back|giving back|hand back|handing back|ghost|ghosting|forget about|forgetting about|(?<=${B}(?:will|would|shall) (?:already |have )?)have (?:already )?(?:canceled|declined|turned down|dropped|withdrawn from|pulled out of|given up|skipped|ditched|scrapped)) (?:${W} ){0,3}?(?:interview|interviews|interviewing|application|applications|applying|offer|offers|invitation|invitations|invites|program|programs|them|both|those|the rest|the match|eras|everything else|everywhere else|others|the others|all others|all the others)`,
    String.raw`(?:not|never|no longer) (?:(?:be|even|ever|bother to) )?(?:go|going|look|looking|apply|applying|interview|interviewing|consider|considering|rank|ranking|entertain|entertaining|accept|accepting|join|joining|sign|signing|attend|attending|sit for|sitting for|show up (?:to|for|at)|turn up (?:to|for|at))(?:,? (?:or |and |nor )?(?:go|going|look|looking|apply|applying|interview|interviewing|consider|considering|rank|ranking|entertain|entertaining|accept|accepting|join|joining|sign|signing|attend|attending|sit for|sitting for|show up (?:to|for|at)|turn up (?:to|for|at))){0,3} (?:${W} ){0,2}?(?:anywhere|elsewhere|any other|at other|with other|other|another|anything else|anyone else|any place else|any other offer)`,
    // Committing now binds only to the program or the Match, not to an activity: "I commit right now to improving my
    // notes" (a gerund of something else, or a possessive, after "to") is a resolution.
    String.raw`commit(?= (?:right now|now|today|immediately|if|when|once|as soon as|on the spot))(?! (?:right now|now|today|immediately|on the spot),? to (?:(?!(?:joining|accepting|coming|attending|signing|matching|ranking|withdrawing|declining|canceling|cancelling|training|starting|working|being)${E})[${L}]+ing|my|our|a better|becoming|(?:more|better|further|continued|ongoing|lifelong|daily|regular) ${W})${E})`,
    String.raw`commit(?:ting)? (?:myself )?(?:(?:fully|entirely|wholly|completely|formally|100%|in writing|now|right now|today|here and now|immediately|irrevocably|unconditionally|wholeheartedly) )*to (?:you|your|yours|this (?:program|residency|place|hospital)|the (?:program|residency|spot|position|place|offer|contract|post)|joining|join|accepting|accept|coming|come|attending|attend|signing|sign|matching|match|ranking|rank|declining|decline|withdrawing|withdraw|cancel(?:ing|ling)?|(?:training|train|starting|start|working|work|being) (?:at|with|here|there|in your|for you|for your)|a (?:spot|position|place|contract|post)|an offer|(?:${W} ){1,3}?(?:program|hospital|residency|general|medical center|university|memorial|regional))${E}${NOT_A_SHIFT}`,
    String.raw`(?:come|join|attend|train|be there|sign on) (?:${W} ){0,3}?(?:immediately|right away|in a heartbeat|without hesitation|without fail|for certain|no matter what|on the spot|for sure|100%|one hundred percent|hundred percent|without a second thought|directly|straight)`,
    String.raw`(?:assure|assured|guarantee|guaranteed|promise|promised|given|secured)(?: ${W}){0,2}? by me`,
    String.raw`make (?:it|you|your program|them|${W}) my (?:first|#1|top|number one)`,
    String.raw`be yours|am yours|i am all yours|consider me yours|count me in|you have me(?! (?:down|pencil\w*|listed|marked|ranked|slotted|scheduled|booked|as|on|in|for)${E})|i am in(?=\s?(?:[.,;:!?)-]|$))`,
    String.raw`(?:choose|pick) (?:you|your program|it) (?:first|over)`,
    // The trade put as a mirror, only ever read against the program's own act: "you rank me, I rank you".
    String.raw`(?:rank|list|pick|choose) (?:you|your program|yours|you guys)(?=\s?(?:[.,;:!?)]|$)| (?:too|back|as well|in return|the same|likewise|right back)${E})`,
    // Other programs by their names: "cancel Denver and Phoenix the same arvo", "decline St Luke's and Baylor".
    String.raw`(?:cancel|canceling|cancelling|decline|declining|drop|dropping|ditch|ditching|withdraw from|pull out of|turn down|bin|scrap|axe) (?!(?:my|the|our|a|an|your|this|that|it|its|any|some|plans|lease|gym|trip|flight|flights|vacation|holiday|subscription|membership|dinner|lunch|appointment|booking|hotel|reservation)${E})${W}(?: ${W})?(?:(?:,|,? (?:and|or|&)) ${W}(?: ${W})?)*?,? (?:and|or|&) ${W}(?: ${W})?(?=\s?(?:[.,;:!?)]|$)| (?:the same|today|tomorrow|immediately|right away|straight away|that day|the next|on the spot|in a heartbeat|too|as well|both)${E})`,
  ].join("|") +
  String.raw`)`;
const FIRST_PERSON_BINDING = rx(
  String.raw`(?:${B}(?:i|we|me|my pleasure|happy|glad|willing|ready|prepared)${E}(?: ${W}){0,7}? |^(?:will |would |shall |can |could |happy to |ready to |willing to |promise to |(?![${L}]+ing ))|${B}(?:i|we) (?:will|would|shall|am going to|are going to|can|could)${E}[^.;!?]{0,80}? (?:and|and then|then) (?:also |immediately |then |will |would )?|${B}(?:including|even|such as|up to|as far as)${E} (?=[${L}]+ing${E}))(?<!${B}(?:not|cannot|never|unable|refuse|nor)(?: (?:to|be|able|going|want|yet|ever|really|allowed|permitted|free|in a position|offer|promise|propose)){0,4} )${BINDING_VERB}${E}`,
);
/** A commitment offered as such, against what the program does: "rank me highly and you have my commitment". */
const BARE_COMMITMENT = rx(
  String.raw`${B}(?:you (?:will |would |shall |could |can )?(?:have|get|receive|be given|are given) my (?:(?:full|firm|written|signed|solemn|formal|absolute|complete|binding|personal|sincere|total|unconditional) )*(?:word|promise|commitment|pledge|guarantee|signature|acceptance|yes)(?! (?:to|that|on)${E}(?! (?:come|coming|join|joining|accept|accepting|sign|signing|attend|attending|rank|ranking|match|matching|you|your program)${E}))|(?:my|a) (?:full |firm |written |solemn )?(?:commitment|pledge) (?:is yours|in return))${E}`,
);

/** The writer's side put in the passive: "all of my other applications will be withdrawn", "my acceptance is assured". */
const PASSIVE_BINDING = rx(
  String.raw`${B}(?:(?:the|my|your|that|this|any) (?:contract|offer|deal|paperwork|position|spot|place|acceptance|signature) (?:is|will be|would be|is already) (?:as good as|practically|basically|all but|effectively) (?:signed|accepted|done|mine|taken|sealed|given|yours)|(?:my|all (?:of )?my|all (?:of )?the|every) (?:other |remaining |outstanding |upcoming )?(?:applications?|interviews?|offers?|invitations?) (?:${W} ){0,2}?(?:will|would|shall|can|could|are to|is to) (?:${W} )?be (?:withdrawn|canceled|declined|dropped|turned down|pulled)|consider (?:my|all (?:of )?my) (?:other |remaining |upcoming )?(?:applications?|interviews?|offers?) (?:canceled|withdrawn|declined|gone|done|off)|my (?:acceptance|signature|attendance|yes) (?:${W} ){0,4}?(?:assured|guaranteed|certain|a given|a formality|immediate|automatic|a certainty|yours)|my (?:(?:signed|written|formal|firm|full|binding) )*(?:commitment|signature|acceptance|pledge|promise|letter of commitment) (?:(?:will|would|could|can|shall) be |is |being )?(?:offered|given|provided|sent|delivered|yours|on the table|in your hands)|(?:any|every|an|the|your) (?:${W} )?(?:offer|position|spot|place|contract)(?: ${W}){0,5}? (?:will|would|shall) (?:(?:always|certainly|definitely|immediately|gladly) )?be (?:accepted|signed|taken)(?: by me)?)${E}`,
);

/** The writer's side put as done the moment the condition holds: "my other interviews are cancelled" (only with a condition). */
const PASSIVE_BINDING_NOW = rx(
  String.raw`${B}(?:my|all (?:of )?my|all (?:of )?the|every|the rest of my) (?:other |remaining |outstanding |upcoming )?(?:applications?|interviews?|offers?|invitations?) (?:(?:are|is|get|gets) (?:(?:all|immediately|instantly|automatically|officially) )?(?:withdrawn|canceled|declined|dropped|turned down|pulled|gone|history|off the table|binned|scrapped|ditched|toast)|(?:go|goes|get|gets|are going|will go) (?:(?:straight|right|all|immediately) )?(?:in|into|in to) the (?:bin|trash|rubbish|shredder|garbage|wastebasket))${E}`,
);

/** A place offered put as the writer's yes: "a spot for me means an instant yes", "an offer = my signature". */
const OFFER_MEANS_YES = rx(
  String.raw`${B}(?:a|an|the|your|any) (?:${W} )?(?:spot|position|place|offer|contract|ranking|rank|match)(?: (?:for|to) me)?(?: ${W}){0,2}? (?:means|would mean|will mean|equals|is|would be|will be) (?:an? |my )?(?:(?:(?:instant|immediate|automatic|guaranteed|definite|certain|firm|100%) )(?:yes|acceptance|signature|commitment)|yes)${E}`,
);

/** Offering oneself in return: "consider me yours", "count me in". */
const YOURS = rx(
  String.raw`${B}(?:consider me yours|count me in|i am (?:all )?yours|i will be yours|(?:consider|take|treat|regard|view|see|read) (?:this|it|that)(?: (?:email|message|note|letter|reply|text))? (?:as )?(?:my|an?) (?:formal |official |advance |firm |binding |written |signed )?(?:acceptance|yes|signature|commitment|agreement|pledge|promise)|(?:my )?(?:acceptance|yes|signature) in advance|consider me (?:already )?(?:signed|committed|locked in|on board|sealed)|(?:treat|consider|take|count|regard|see) my (?:acceptance|yes|signature|commitment) as (?:(?:already|a|an) )*(?:given|done|signed|guaranteed|certain|given|assured|settled|yours|sealed|formality))${E}`,
);

/** A promise the writer made to themselves ("I promised myself I would stop emailing programs"): nobody else holds it. */
const PROMISE_TO_MYSELF = rxg(
  String.raw`${B}(?:(?:promised|promise|swore|swear|vowed|vow|pledged|pledge|committed|commit)(?: to)? (?:myself|ourselves)|(?:made|make|making) (?:myself|ourselves) (?:a|an|the|one) (?:${W} )?(?:promise|vow|pledge|commitment)|(?:a|my|the) (?:${W} )?(?:promise|vow|pledge|commitment) (?:i made |made )?to (?:myself|ourselves))${E}`,
);

/**
 * What a commitment "to" can be given to without binding the writer to a program: a value or an activity ("my commitment
 * to learning", "to patient care"), or whichever program the Match gives ("my promise to any team I join").
 */
const NOT_A_PARTY = String.raw`(?! (?:my |the |our |a |an )?(?:learning|teaching|patients?|patient care|care|excellence|service|medicine|education|research|growth|improvement|wellness|quality|safety|science|the community|communities|underserved|diversity|equity|lifelong|hard work|myself|ourselves|any (?:team|program|programme|hospital|residency)|every (?:team|program|programme|patient)|whichever|wherever|whatever|(?!(?:joining|coming|accepting|ranking|matching|signing|attending|withdrawing|declining|canceling|cancelling|training|starting|working|being|staying|going)${E})[${L}]+ing)${E})`;

/** An explicit promise or commitment by the writer. */
const PROMISE = rx(
  String.raw`${B}(?:i (?:${W} ){0,2}?(?:promise|promised|commit|committed|pledge|pledged|vow|vowed|swear|swore|guarantee|assure you|give you my word|give my word|give you my commitment|give (?:you )?(?:a )?(?:written )?(?:commitment|guarantee|pledge|promise)|engage myself|bind myself|obligate myself|oblige myself)|i (?:${W} ){0,3}?(?:engage|bind|obligate|oblige) myself|you (?:would |will |shall |could )?have my (?:word|promise|commitment|guarantee|pledge)|(?:make|give|offer|put) (?:you )?(?:that|this|the|a|my|such a) (?:${W} )?(?:promise|commitment|pledge|guarantee)|i (?:am )?(?:giving|give|gave|offering|offer) (?:you )?(?:(?:a|my|the|full|written|firm|solemn|sincere|personal|absolute|honest|formal|sacred|binding|complete) )*(?:guarantee|commitment|pledge|promise|assurance|word)|^(?:(?:a|my|our|written|firm|formal|solemn|binding|signed) )*(?:commitment|pledge|promise|guarantee|undertaking)(?: from me)? (?:to|that)|my (?:word|promise|pledge|commitment|guarantee)(?: (?:to you|is|:))|(?:a|my|our) (?:written |firm |formal |solemn |binding |full |hundred percent |100% )?(?:commitment|pledge|promise|guarantee|undertaking)(?: from me| that| to${NOT_A_PARTY})|rest assured|^(?:i )?promise (?:to|that|i|you))${E}`,
);

/** Trades and arrangements around the rank list. */
const TRADE = rx(
  String.raw`${B}(?:in (?:exchange|return)(?: for)?|in turn|quid pro quo|(?:be |being |is |was )?(?:exchanged|traded|swapped) for|mutual (?:commitment|agreement|promise|understanding|pledge|ranking)|mutual(?= (?:first|top|#1|number one)${E})|reach (?:a|an) (?:agreement|understanding|arrangement)|(?:an? |some )?(?:(?:informal|private|quiet|unofficial|mutual|gentleman's) )?(?:understanding|agreement|arrangement) (?:could|can|might|may|will|would) be (?:reached|made|arrived at|struck|worked out)|(?:a|the) (?:(?:fair|good|reasonable|simple|straight|honest|square|even|nice|sweet|small) )?(?:trade|swap|exchange|bargain|arrangement) (?:would be|is|could be|might be|will be|:)|shake (?:hands )?on (?:it|that|this|a (?:deal|swap|trade|bargain))|(?:the|this|that|an?|my) (?:exchange|trade|swap|deal|arrangement|bargain|understanding) (?:that )?(?:i am|i would be|i was|i will be) (?:respectfully |humbly |formally )?(?:proposing|suggesting|offering)|reciprocal (?:commitment|agreement|promise|ranking|arrangement)|reciprocate|an? (?:agreement|deal|arrangement|understanding|bargain) (?:between us|with you|whereby|where|that|in which)|come to an? (?:understanding|agreement|arrangement)|make (?:a|this) deal|strike a deal|(?:it is|it's|that is|that's|a|we have a|do we have a) deal|^deal|deal\?|we (?:could|can) (?:both )?(?:commit|agree|promise)|for me,? (?:and |in exchange |in return )?(?:(?:a|an|my|the|your) )?(?:${W} ){0,3}?for (?:you|your program|yours)|(?:propose|proposing|proposed|suggest|suggesting|offer|offering|put forward|putting forward) (?:to you )?(?:a|an|this|the following|one) (?:${W} ){0,2}?(?:understanding|agreement|arrangement|deal|pact|bargain|trade|compact|gentleman's agreement)|(?:understanding|agreement|arrangement|pact|bargain|compact) ?(?::|-)|(?:my|a|our) (?:full |firm |written |solemn )?(?:commitment|pledge|promise|word|signature|acceptance|yes) for (?:your|a|an|the) (?:${W} )?(?:spot|position|place|ranking|rank|offer|contract|seat|slot))${E}`,
);
/** What courtesy offers or accepts, not a place: "I can only offer my thanks", "please accept my gratitude". */
const COURTESY = String.raw`(?! (?:you )?(?:(?:my|our|a|an|some|any|the|in|all|only) )*(?:(?:sincere|heartfelt|deepest|deep|warmest|warm|humble|most|best|kindest|profound|genuine|grateful|sincerest|earnest|continued|full) )*(?:thanks|gratitude|appreciation|wishes|help|time|support|skills|hands|services|hard work|dedication|effort|efforts|prayers|condolences|congratulations|apologies|apology|admiration|respect|regards|compliments|kindness|encouragement|advice|mentorship|perspective|friendship|thoughts|thank you)${E})`;
const TRADE_OBJECT = String.raw`(?:rank|ranking|rankings|ranked|ranks|position|spot|offer${COURTESY}|match|matching|contract|place (?:on|in) (?:your|the|its|my)(?: ${W}){0,2}? (?:list|rank list|rol|program|programme|residency|class|intern class|team)|first choice|#1|top of my list|commit|commitment|accept${COURTESY}|sign)`;
/**
 * A commitment answered by a commitment: the program committing to the writer ("if Bayfront commits to me", "your
 * commitment to me", "should you commit to us") and, in the same sentence, the writer committing in return ("I'll
 * commit to Bayfront", "my commitment to you", "we commit"). Either half alone is ordinary language ("my commitment
 * to patient care", "if you commit to teaching").
 */
/** Words that cannot be part of a program's name before its verb: possessives, pronouns and condition words. */
const NOT_A_PROGRAM_WORD = String.raw`(?:my|our|his|her|their|i|we|he|she|they|it|if|when|should|once|and|but|so|that|who|mentor|partner|wife|husband|spouse|fiance|fiancee|family|friend|friends|parents)${E}`;
const PROGRAM_COMMITS_TO_ME = rx(
  String.raw`${B}(?:(?:${PROGRAM}|(?<!${B}(?:my|our|his|her|their|a|an) (?:${W} )?)(?:(?!${NOT_A_PROGRAM_WORD})${W} ){0,3}(?!${NOT_A_PROGRAM_WORD})${W}) (?:(?:will|would|can|could|does|do|is|to|ever|also|truly|fully) )*(?:commit|commits|committed|committing) (?:${W} )?to (?:me|us|my (?:application|candidacy))|(?:your|the program's|the committee's|their|its) (?:${W} )?commitment to (?:me|us))${E}`,
);
const I_COMMIT_BACK = rx(
  String.raw`${B}(?:(?:i|we)(?: (?:${W} )?(?:will|would|shall|can|could|am|are|also))?(?: (?:${W} )?(?:ready|willing|happy|prepared) to)? (?:${W} )?(?:commit|pledge)|(?:my|our) (?:${W} )?(?:commitment|pledge) to)${E}`,
);
/** A trade marker near what is traded: within ten words either way. */
const TRADE_NEAR = rx(String.raw`(?:${TRADE.source})[^.!?]{0,80}?${B}${TRADE_OBJECT}${E}|${B}${TRADE_OBJECT}${E}[^.!?]{0,80}?(?:${TRADE.source})`);

/**
 * A trade the writer says they neither ask nor offer: "I am not asking for anything in return", "I expect nothing in
 * exchange", "without expecting anything in return". Read out before the trade markers, so what follows it ("I will
 * be ranking Alderley highly") stands as a plain statement.
 */
const DECLINED_TRADE = rxg(
  String.raw`${B}(?:cannot|can not|could not|will not|would not|would never|may not|must not|am not allowed to|am not able to) (?:offer|propose|promise|trade|make|give)(?: ${W}){0,8}? in (?:exchange|return) for (?:anything|something|a (?:${W} )?(?:spot|place|ranking|position|promise))${E}|${B}nothing (?:is|was|will be|being) (?:expected|asked|wanted|required|sought|requested)(?: (?:of you|from you))? in (?:exchange|return)${E}|${B}(?:nothing|(?:not|never|no|without|neither|nor)(?: ${W}){0,6}? (?:anything|any(?= (?:in (?:exchange|return)|back)${E})|any(?: ${W})? favou?rs?|any(?: kind of| sort of| type of| form of)? (?:deal|trade|arrangement|commitment|promise|pledge|quid pro quo)(?: (?:or|and|nor) (?:a |an |any )?(?:deal|trade|arrangement|commitment|promise|pledge|favou?r|favou?rs))?))(?: at all)? (?:in (?:exchange|return)|back)${E}`,
);

/**
 * A trade whose other side is someone else: "I finished the research I promised my mentor, in return he taught me to
 * write a paper". Read out before the trade markers, like a declined trade.
 */
const THIRD_PARTY_TRADE = rxg(
  String.raw`${B}in (?:return|exchange|turn),? (?:i (?:(?:also|have|had|really|truly|genuinely) )?(?:learned|learnt|gained|received|got|grew|took away|came away|was (?:given|taught|shown|offered))|he|she|they|my (?:${W} )?(?:mentor|mentors|supervisor|attending|attendings|professor|teacher|colleague|colleagues|friend|friends|family|parents?|boss|team|consultant|registrar)|the (?:team|residents|attending|attendings|nurses|patients|staff|consultant|registrar|community|village|clinic))${E}`,
);

/** Proposals outside the Match: signing now, pre-Match offers, leaving the Match. */
const OUTSIDE_MATCH = rx(
  String.raw`${B}(?:` +
    [
      String.raw`(?:sign|accept|take|offer|give|extend|make|made|making|get|land|secure|have|receive|grab|snag|obtain|lock in|locking in|lock down|nail down|tie down|reserve|hold|save|guarantee|confirm)(?:ing)? (?:me )?(?:a |an |the |your |any |one )?(?:${W} )?(?:contract|offer|position|spot|place|post|slot|seat) (?:before|outside(?: of)?|ahead of|prior to|instead of|without|separate from|independent of|bypassing|off) (?:the )?(?:match|nrmp|algorithm)`,
      String.raw`(?:open to|consider|considering|interested in|possible|possibility of|chance of|chance at|hope of|any way of|way to get|willing to make) (?:an |any |a )?(?:${W} )?(?:offer|contract|position|spot|deal|agreement|arrangement) (?:before|outside(?: of)?|ahead of|prior to|off|separate from) (?:the )?(?:match|nrmp)`,
      // A pre-Match offer between the writer and this program; one named as a topic ("Re: pre-match offer policy") or
      // as another program's ("a pre-match offer from another program") proposes nothing.
      String.raw`(?=pre match|prematch|off the match|outside the match)(?<!${B}(?:another|other|their|his|her|a different|an outside|some|other programs'|another program's|about|regarding|re|re:|fw:|fwd:|concerning|on) (?:${W} )?)(?:pre match|prematch|off the match|outside the match) (?:(?:prelim|preliminary|categorical|pgy ?1|pgy ?2|intern|internship|residency|training|advanced|transitional|surgery|medicine|${W}) )?(?:offer|offers|contract|contracts|position|positions|spot|spots|agreement|agreements|deal|deals|post|posts|place|places|slot|slots|seat|seats)${E}(?! (?:policy|policies|rule|rules|question|questions|issue|issues|process|situation|guidance|advice|from (?:another|other|a different|an? (?:outside|other|rival|second))|elsewhere|(?:at|by|with) (?:another|other|a different))${E})`,
      // "a spot for me outside the match", "any position for me before the Match".
      String.raw`(?:spot|position|place|offer|contract|post|seat|slot) for me (?:outside(?: of)?|before|ahead of|prior to|off|separate from|independent of|bypassing|instead of|without) (?:the )?(?:match|nrmp|algorithm)`,
      String.raw`(?:ready|willing|prepared|happy|able) to sign (?!(?:(?:the|a|an|my|our|any|your) )?(?:${W} )?(?:lease|leases|rental|apartment|form|forms|consent|consents|waiver|waivers|release|card|guestbook|guest book|petition|register|sheet|sheets|up for|in|for|background|authori[sz]ations?|attestations?|acknowledge?ments?|tax|direct deposit|handbook|polic(?:y|ies)|hipaa|badge|paperwork for)${E})(?:${W} ){0,4}?(?:today|now|right now|immediately|right away|this week|on the spot|the contract|a contract|your contract|before)`,
      // Not a rule asked about: "would she have to withdraw from the match", "am I allowed to leave the Match".
      String.raw`(?<!${B}(?:have|has|had|need|needs|needed|required|supposed|allowed|obliged|forced|permitted) to )(?:withdraw|withdrawing|pull out|pulling out|drop out|dropping out|opt out|opting out|skip|skipping|bypass|bypassing|forgo|forgoing|go around|leave|leaving)(?: myself)? (?:of |from )?(?:the rest of )?(?:the match|the nrmp|nrmp|eras|the algorithm)(?: (?:altogether|entirely|completely))?`,
      String.raw`(?:appoint|hire|take|sign|offer) me (?:directly|outright|right away|now|immediately|before (?:the )?match(?: day)?)`,
      String.raw`direct (?:appointment|offer|hire|contract)`,
      String.raw`sign(?:ing)? (?:a|an|the|any) (?:binding|formal|written|legal|legally binding|firm) (?:agreement|contract|commitment|pledge|promise|letter) to (?:come|join|attend|accept|train|match|rank|start)${E}`,
      String.raw`(?:sign|send|submit|provide|give you|write)(?:ing)? (?:you )?(?:a|an|the|any) (?:signed |written |formal )?(?:letter|document|statement|pledge) (?:committing|pledging|binding|promising|guaranteeing)(?: myself| me)? to (?:you|your|yours|this (?:program|residency|place|hospital)|the program|join|joining|come|coming|accept|accepting|attend|attending|rank|ranking)`,
      String.raw`(?:just )?send (?:me )?the contract(?! (?:by|via|through|to|after|once|when|for|in|at|electronically|digitally|as|with|before (?:july|june|may|orientation))${E})`,
      String.raw`i (?:would|will|could|can|am ready to|am happy to|am willing to|am prepared to) (?:(?:happily|gladly|readily|willingly|immediately|gratefully|certainly|definitely|absolutely|honestly|really|still|also|even) )?sign (?:a|the|your|any) (?:${W} )?contract`,
      String.raw`i (?:would|will|could|can|am ready to|am happy to|am willing to|am prepared to) (?:(?:happily|gladly|readily|willingly|gratefully|certainly|definitely|absolutely|honestly|really|still|also|even) )?sign (?:(?:it|with you|on|(?<=${B}(?:spot|position|place|contract|post|seat|match|ranked|rank|ranking)${E}.*sign )up) )?(?:today|now|right now|immediately|right away|this week|tomorrow|on the spot|tonight|this minute|this second)`,
      String.raw`(?:no|without (?:the|a)) (?:match|nrmp) (?:needed|necessary|required|involved)`,
    ].join("|") +
    String.raw`)${E}`,
);

/** "I will cancel my remaining interviews": offering to leave other programs, with or without a condition. */
const WITHDRAW_ELSEWHERE = rx(
  String.raw`${B}(?:i(?: ${W}){0,4}? (?:will|would|shall|can|could|am going to|going to|plan to|intend to|am willing to|am ready to|am prepared to|am happy to|promise to|commit to)|^(?:will|would|happy to|ready to|willing to|promise to)) (?:(?!(?:not|never|no longer)${E})${W} ){0,3}?(?:withdraw(?:ing)? (?:from )?(?:(?:(?:all |any |every |both |the rest of |the (?=(?:of )?(?:my |the )?(?:other|remaining|upcoming|further|outstanding) ))(?:of )?(?:my |the )?(?:other |remaining |upcoming |further |outstanding )?|(?:my |the )?(?:other|remaining|upcoming|further|outstanding) )(?:interviews?|applications?|offers?|programs?)|(?:my |the )?(?:interviews|applications|offers|programs)|the match)|(?:cancel|decline|turn down|drop|skip|stop|pull|pull out of|bin|ditch|scrap|dump|axe|nix|trash|toss|chuck|blow off|bail on|give up|walk away from) (?:the rest of (?:my |the )?|(?:all |any |every |both |the )?(?:of )?(?:my |the )?(?:other|remaining|upcoming|further|outstanding) ?)(?:interviews?|applications?|offers?|invitations?|programs?)|stop (?:interviewing|applying) (?:elsewhere|anywhere else|with other|at other))${E}`,
);

/** Commitments that bind on their own: "I commit to your program", "I commit to attend". */
const STANDING_COMMITMENT = rx(
  String.raw`${B}(?:(?:(?:consider|take|treat|regard|view|see|read) (?:this|it|that)(?: (?:email|message|note|letter))? as )?my (?:(?:binding|formal|firm|irrevocable|unconditional|signed|written|official) )+(?:commitment|pledge|promise|undertaking) to (?:join|joining|come|coming|accept|accepting|attend|attending|sign|signing|train|training|match|matching|rank|ranking)(?: (?:at|with|in|to))? (?:you|your|yours|this (?:program|programme|residency|hospital)|the program)${E}|i (?:am|would be|will be|feel) (?:(?:fully|completely|more than|so|very|absolutely|totally|100%) )*(?:prepared|ready|willing|happy|able|eager|keen|glad) to (?:(?:fully|formally|officially|firmly) )?(?:commit|pledge)(?: myself)? (?:(?:fully|entirely|wholly|in writing|on paper|formally|officially|now|right now|today|immediately|irrevocably|unconditionally|here and now) )*to (?:you|your (?:program|residency|institution|hospital)|this program|the program|(?:accept|accepting|join|joining|sign|signing|match|matching)${E})(?!')|i (?:(?:hereby|fully|firmly|also|will|would|can|do|solemnly) )*(?:commit|pledge)(?: myself)? (?:(?:fully|entirely|wholly|in writing|on paper|formally|officially|now|right now|today|immediately|irrevocably|unconditionally|here and now) )*to (?:you|your program|this program|your residency|the program|your institution|your hospital|(?:attend|attending|accept|accepting|join|joining|come|coming|sign|signing|match|matching|rank|ranking|train|training)${E})(?!')${NOT_A_SHIFT}|i am (?:(?:fully|firmly|completely|absolutely|totally|100%) )?committed to (?:accept(?:ing)? (?:your|the|a|an|this|that|any)|rank(?:ing)? (?:you|your|it)|sign(?:ing)? (?:a|an|the|your)|withdraw(?:ing)?|coming to|joining (?:you|your)|attending (?:your|this)|matching (?:at|with|here)))${E}`,
);

/**
 * The writer's word offered in writing: "I can confirm that now in writing", "I'm willing to put that in writing for you",
 * "happy to give you my acceptance in writing". A deal only beside what it confirms (accepting, being there, signing).
 */
const IN_WRITING = rx(
  String.raw`${B}(?:put|putting|confirm|confirming|state|stating|give|giving|send|sending|repeat|repeating) (?:you )?(?:that|this|it|all this|all of this|so|my (?:acceptance|commitment|promise|word|yes|intention)|you my (?:acceptance|commitment|word|promise))(?: (?:for you|to you|now|today|formally|officially|right now|here and now|too|as well))* in writing${E}`,
);
const WHAT_WRITING_CONFIRMS = rx(
  String.raw`${B}(?:accept\w*|join(?:ing)? (?:you|your|the program|this program)|be there|commit\w*|sign\w*|withdraw\w*|rank you)${E}`,
);

/** True when some match of `re` in the sentence is not negated ("no program can guarantee ..."). */
const GLOBAL = new WeakMap<RegExp, RegExp>();

function unnegated(re: RegExp, sentence: string): boolean {
  let global = GLOBAL.get(re);
  if (!global) {
    global = rxg(re.source);
    GLOBAL.set(re, global);
    compilePatterns();
  }
  for (const match of matchesOf(global, sentence)) {
    if (!negatedBefore(sentence, match.index, 3)) return true;
  }
  return false;
}

/** Words without which no deal above can be made. */
const ANY_DEAL_WORD = rx(
  String.raw`${B}(?:if|should|were|provid\w*|long|once|case|event|conting\w*|subject|understanding|given|when\w*|exchange|return|turn|whereby|soon|moment|assum\w*|minute|instant|means|mean|equals|deal|promis\w*|commit\w*|pledge|vow|swear|guarant\w*|assur\w*|word|sign\w*|withdr\w*|cancel\w*|declin\w*|skip\w*|bypass\w*|forgo\w*|pull\w*|drop\w*|opt\w*|leav\w*|remov\w*|direct\w*|appoint|hire|outright|contract|yours|rank|ranks|ranking|offer\w*|match|matched|quid|mutual|reciproc\w*|arrangement|agreement|bargain|pact|compact|trade|propos\w*|suggest\w*|including|even|market|unavailable|let|attend\w*|ready|send|take|strike|delete|cross\w*|stop\w*|never|not|rest|say|give|nod|ranked|matching|selected|chosen|accepted|pledged|vowed|swore|engage|bind|obligate|oblige|nod|knock\w*|giving|gave|bin|binning|ditch\w*|scrap\w*|dump\w*|axe|axing|nix\w*|trash\w*|toss\w*|chuck\w*|turf\w*|kick\w*|boot\w*|bump\w*|wip\w*|eras\w*|purg\w*|scratch\w*|clear\w*|blow\w*|bail\w*|walk\w*|throw\w*|ghost\w*|(?:put|place|slot|list|keep|hold|reserve|save|tell|assure|promise) me|confirm|(?:let|tell|inform|notify|email|message) (?:every|all|each|any|the|my)|other programs|lock|writing|put|lay|hand|slide|(?:sort|find|fix|grab|bag|nab|snag|hook|land|secure) me|accept\w*|hold|holding)${E}`,
);
/** Words without which none of the readings of round ten (WORD_OF_STANDING, GIVES_UP_THE_REST, ranks traded) can apply. */
const STANDING_OR_TRADE_WORD = rx(
  String.raw`${B}(?:know\w*|knew|hear\w*|learn\w*|sure|certain\w*|signal\w*|sign|hint|indicat\w*|reassur\w*|assur\w*|encourag\w*|depend\w*|hing\w*|mirror|each|respective|regard|favou?r|mine|yours|bridges|all in|call|free|trade|cards|earn|repaid|returned|exclusively|rank\w*|list|first|top|#1|offer\w*|contract|confirm\w*|guarant\w*|promis\w*|nod|word|note|clue|inkling|green|email|spot|place|position|door|stand\w*|chances?|odds|tell|show|interest)${E}`,
);

/**
 * The program's side as a request or a signal, no condition word needed: "sort me a spot and ...", "get me in and
 * ...", "a nod from you and ...". Read only with the writer's own binding side (makesDeal).
 */
const PLACE_ME_OR_SIGNAL = rx(
  String.raw`(?:(?<=^|[,;:=-] |${B}(?:just|please|simply|so|kindly|pls|plz) )(?:sort|get|find|secure|fix|land|fit|squeeze|sneak|slip|bring)(?: me)? (?:out )?(?:me )?(?:in|into|on board|a spot|a place|a position|a seat|a slot|a contract|an offer|one of (?:the|your) (?:${W} )?(?:spots|places|positions|seats|slots)|matched|ranked)|${B}(?:a|one|the|your) (?:nod|word|yes|signal|sign|green light|thumbs up) from (?:you|your (?:${W} )?(?:program|committee|team|side)|the (?:program|committee|pd|program director)))${E}`,
);

/** The writer turning an offer down: "I would not be interested; I will go through the Match". */
const REFUSED = rx(
  String.raw`${B}(?:(?:i|we) (?:would|will|am|could|shall|do) (?:not|never) (?:be )?(?:interested|accept|accepting|take|taking|consider|considering|sign|signing|entertain|entertaining)|(?:i|we) (?:would|will|shall) (?:politely |respectfully )?(?:(?:decline|refuse)(?! (?:(?:my|all|of|any|every|the|both) )*(?:other |remaining |upcoming |outstanding |further )?(?:interviews?|invitations?|invites?|applications?|others|the rest)${E})|turn (?:it|them|that|those|one) down)|not (?:be )?interested)${E}`,
);

/**
 * The writer accepting this program's place if offered: "if offered a post I shall accept it, and I shall not entertain any
 * other offer" refuses the others for this one, which is no refusal of an offer.
 */
const ACCEPTS_IF_OFFERED = rx(
  String.raw`${B}(?:if|once|should|were|when) (?:i (?:am|was|were|get|got|be) |i )?(?:(?:ever|then) )?offered(?: ${W}){0,6}?,? i (?:(?:will|shall|would|should|am going to) )(?:(?:gladly|happily|immediately|definitely|certainly|unhesitatingly) )?accept${E}`,
);

/** True when the writer turns an offer down in the sentence ("I would not be interested", "I would decline"). */
export function refusesOffer(sentence: string): boolean {
  return REFUSED.test(sentence);
}

/**
 * The writer bound only to the Match itself, wherever it sends them, said to no program in particular: "I will honour it
 * and go wherever I am matched", "my promise to any team I join: I'll pre-round thoroughly".
 */
const WHEREVER_MATCHED = rx(
  String.raw`${B}(?:(?:wherever|whichever (?:program|programme|hospital|place|team)|any (?:team|program|programme|hospital|place|residency)(?: that)?)(?: ${W}){0,2}? (?:i|we) (?:(?:am|are|get|end up|eventually|finally) )?(?:matched|match|end up|land|join|go|am sent|get sent|start)|wherever (?:the match|the algorithm|match day|it|fate) (?:sends|takes|puts|places|lands) (?:me|us))${E}`,
);
/** The program addressed: what a deal needs on its other side. */
const TO_THE_PROGRAM = rx(String.raw`${B}(?:you|your|yours|u|ur|y'all|this (?:program|programme|residency|hospital|institution))${E}`);

/**
 * A condition on the writer's own travel or a visit, with nothing of the Match at stake: "I will be in Boston in February
 * (provided my visa appointment goes through) and would love to visit if a second look is offered".
 */
const VISIT_OFFERED = rxg(
  String.raw`${B}(?:a|an|the|any|one)(?: ${W})? (?:second look|open house|tour|visit|dinner|social|meet and greet|information session|info session|webinar|call|zoom|meeting|shadowing day|away rotation|elective)s? (?:is|are|was|were|will be|gets|get|be)? ?(?:offered|arranged|held|scheduled|organized|planned|available|set up)${E}`,
);
const OWN_LOGISTICS = rx(
  String.raw`${B}(?:provided|providing|if|as long as|so long as|assuming|once|when|unless) (?:that )?(?:my|the|a|our) (?:${W} )?(?:visa|flight|flights|appointment|shift|shifts|schedule|leave|travel|trip|exam|weather|swap|rota|train|bus|car|passport|interview|childcare|funding)${E}`,
);
const MATCH_STAKE = rx(
  String.raw`${B}(?:rank\w*|list|lists|match|matched|matching|position|positions|spot|spots|contract|seat|slot|post(?! (?:call|op|operative|night|nights|shift|partum|discharge|exam|code|test|acute)${E})|offer|offers|offered|commit\w*|promis\w*|pledge\w*|guarant\w*|sign|signing|signed|accept\w*|withdraw\w*|cancel\w*|declin\w*|yours|first choice|#1|nowhere else|no other|(?:take|have|want|pick|choose|select|hire) me)${E}`,
);

/**
 * True when a sentence's deal words bind nobody to anything (read before the learned scorer's word-level reading): the
 * writer turning an offer down, committing only to wherever the Match sends them, or going to a visit if their own
 * travel works out.
 */
/** A commitment to a shift or a clinic: "I can commit to coming in Thursday if that works for you". */
const SHIFT_COMMITMENT = rxg(
  String.raw`${B}commit(?:ting|ted|s)? (?:myself )?to (?:coming|come|attending|attend|working|work|covering|cover|being|be)(?=${SHIFT_AFTER})`,
);

/** A question about what the rules make someone do: "if a friend got an offer outside the Match, would she have to withdraw?". */
const RULE_QUESTION = rx(
  String.raw`${B}(?:would|will|do|does|did|must|can|could|should|is|are|am) (?:i|she|he|they|we|you|applicants?|candidates?|someone|somebody|anyone|one|a person|residents?|people|my friend|a friend) (?:still |then |also )?(?:have to|need to|be required to|be allowed to|be obliged to|be forced to|be expected to|required to|allowed to|supposed to|expected to)${E}`,
);

/**
 * The writer keeping the other programs, said outright: "I will not withdraw from my other interviews, as that would
 * not be fair to them". No side of a deal is offered, unless a condition would change it ("... unless you can assure
 * me of a spot").
 */
const KEEPS_THE_OTHERS = rx(
  String.raw`${B}i (?:will|would|shall|am going to|do|did|can|could)(?: ${W})? (?:not|never) (?:(?:be|ever) )?(?:withdraw|withdrawing|cancel|cancelling|canceling|drop|dropping|decline|declining|turn down|turning down|pull out of|pulling out of)(?: from)? (?:(?:my|any|the|all|of|other|remaining|upcoming) )+(?:interviews?|applications?|programs?|offers?)${E}`,
);
const CONDITION_WORD = rx(String.raw`${B}(?:unless|except if|if|provided|as long as|so long as|on condition|in exchange|in return)${E}`);

/** The Match already over: "once the Match results are released", "once I receive my match results", "after the Match". */
const POST_MATCH = String.raw`${B}(?:(?:once|when|after|as soon as) (?:(?:i|we) (?:receive|get|see|have|know|learn|open) )?(?:the |my |our )?(?:match results?|results of the match|match day|match week|nrmp results?)(?: (?:(?:are|is|have been|has been|come|comes|get|gets) )?(?:released|out|announced|published|over|done|posted|in))?|after (?:the )?match(?: day| week| results?)?)${E}`;
/** Something offered that is not a place: "thank you for the offer to connect me with a current resident". */
const OFFER_OF_HELP = String.raw`${B}(?:the|your|a|an|this|that|kind|generous) (?:(?:kind|generous|lovely|thoughtful) )?offers? (?:to|of) (?!(?:rank|match|take|accept|sign|hire|appoint|give me a (?:spot|place|position)|a (?:spot|place|position|contract|post)|an? (?:position|place|offer)|residency|a residency|me a)${E})`;

/** The condition is not matching at all: "if I do not match, I would accept a research year". */
const NOT_MATCHED = rx(
  String.raw`${B}(?:if|should|in case|in the event) (?:that )?(?:i|we) (?:(?:do not|did not|does not|cannot|fail to|happen not to) match|(?:go|end up|am|are|remain|were) unmatched|(?:do not|did not) match anywhere)${E}`,
);
/** The writer unable or unwilling to give up the others: "I am not in a position to cancel my other interviews yet". */
const NOT_GIVING_UP = rx(
  String.raw`${B}i am (?:not|never) (?:in a position|able|going|planning|willing|ready|prepared|allowed|free) to (?:withdraw|cancel|drop|decline|turn down|pull out of|give up)${E}`,
);
const PRE_MATCH_STAKE = rx(
  String.raw`${B}(?:rank\w*|list|withdraw\w*|cancel\w*|declin\w*|first choice|#1|yours|nowhere else|no other|guarant\w*|promis\w*|commit\w*|assur\w*)${E}`,
);
const POST_MATCH_RX = rx(POST_MATCH);

/**
 * The writer taking their own application out of this program's running: "I am writing to withdraw my application to
 * your pathology program", "please withdraw me from consideration" (giving up this program, not the others for it).
 */
const WITHDRAWN_FROM_HERE = rx(
  String.raw`${B}(?:withdraw|withdrawing|withdrew|withdrawn|pull|pulling|pulled|remove|removing|removed|take|taking|took)(?: out)? (?:my (?:application|candidacy|name)|myself|me) (?:from|to|for|at|with|out of) (?:(?:your|this|the) (?:${W} ){0,3}?(?:program|programme|residency|hospital|department|application pool|applicant pool|interview list)|consideration)${E}`,
);

/** The writer withdrawing, said bare at the end of the sentence: "... and have decided to accept it, so I am withdrawing". */
const WITHDRAWING_BARE = rx(
  String.raw`${B}(?:so|and|therefore|hence|which is why|that is why) i (?:am|will be|must be|have to be|need to be) (?:(?:now|regretfully|sadly|respectfully) )?withdrawing(?=\s?(?:[.,;:!?]|$))`,
);

export function dealWordsNotADeal(sentence: string): boolean {
  if (RULE_QUESTION.test(sentence)) return true;
  if (WITHDRAWN_FROM_HERE.test(sentence) && !CONDITION_WORD.test(sentence)) return true;
  // Withdrawing said bare, with nothing the program does in the sentence: the writer's own application.
  if (WITHDRAWING_BARE.test(sentence) && !CONDITION_WORD.test(sentence) && !PROGRAM_ACT.test(sentence)) return true;
  if (NOT_MATCHED.test(sentence) || NOT_GIVING_UP.test(sentence)) return true;
  // A trade the writer says they cannot or do not make, and no condition besides: "I cannot offer to cancel my interviews
  // in exchange for anything, and I am not doing that".
  const declined = sentence.replace(DECLINED_TRADE, " ");
  if (declined !== sentence && !CONDITION_WORD.test(declined)) return true;
  if (POST_MATCH_RX.test(sentence) && !PRE_MATCH_STAKE.test(sentence.replace(POST_MATCH_RX, " "))) return true;
  if (KEEPS_THE_OTHERS.test(sentence) && !CONDITION_WORD.test(sentence)) return true;
  if ((refusesOffer(sentence) && !DECLINES_ANOTHER_IF.test(sentence) && !ACCEPTS_IF_OFFERED.test(sentence)) || betweenOthers(sentence)) return true;
  const withoutPaperwork = sentence.replace(PAPERWORK_SIGNED, " ");
  if (withoutPaperwork !== sentence && !MATCH_STAKE.test(withoutPaperwork)) return true;
  const withoutShifts = sentence.replace(SHIFT_COMMITMENT, " ");
  if (withoutShifts !== sentence && !MATCH_STAKE.test(withoutShifts)) return true;
  if (WHEREVER_MATCHED.test(sentence) && !TO_THE_PROGRAM.test(sentence)) return true;
  const withoutVisits = sentence.replace(VISIT_OFFERED, " ");
  return (withoutVisits !== sentence || OWN_LOGISTICS.test(sentence)) && !MATCH_STAKE.test(withoutVisits);
}

/** The writer's side said as the list itself: "my rank list is yours to write", "the others are off my list". */
const LIST_GIVEN_UP = rx(
  String.raw`${B}(?:(?:you can |you could |just )?count on me to (?:sign|accept|come|join|be there|rank you|withdraw|take it|say yes)|my (?:(?:rank|rank order|match|final) )?list (?:is|will be) (?:all )?yours|(?:the|all the|all of the|every|any) (?:others?|rest|other (?:programs?|places|ones|options|interviews))(?: ${W})? (?:are|go|come|will be|will go|get|would be) (?:off|struck off|crossed off|removed from|taken off|dropped from) my (?:${W} )?list|i (?:will|would|shall|am going to) (?:not|never) even (?:look|apply|interview|consider|glance|bother)(?: (?:at|with|to))? (?:anywhere|any other|anyone|other|another|elsewhere|the others|the rest))${E}`,
);

/**
 * Other programs turned down for this one, as the writer's standing act: "I am already declining other programs for
 * your program only", "I am turning down my other interviews so that I can come to yours".
 */
const OTHERS_GIVEN_UP_FOR_YOU = rx(
  String.raw`${B}i am (?:(?:already|now|currently|also|actively|gladly|happily|even) )*(?:turning down|declining|refusing|cancelling|canceling|withdrawing from|pulling out of|dropping|giving up|saying no to|rejecting) (?:(?:all|my|the|every|any|of) )*(?:other|remaining|rest)? ?(?:${W} )?(?:programs?|interviews?|interview invitations?|invitations?|offers?|places|options|hospitals|applications?)(?: ${W}){0,3}? (?:for|in favou?r of|so that i (?:can|could|may) (?:${W} ){0,2}?(?:come|join|be|train|go|start) (?:to|with|at|in)|so i (?:can|could) (?:${W} ){0,2}?(?:come|join|be|train|go|start) (?:to|with|at|in)|to (?:come|join|be|train|start) (?:to|with|at|in)) (?:you|your|yours|this program|the program)${E}`,
);

const EVENT_NAMED = rx(
  String.raw`${B}(?:dinner|lunch|breakfast|social|happy hour|meet and greet|second look|open house|tour|webinar|session|interview day|pre interview|reception|party|event|visit|grand rounds|conference|workshop|call)${E}`,
);
const MATCH_OR_RANK = rx(
  String.raw`${B}(?:rank\w*|list|match\w*|position|spot|place|offer|contract|program|programme|residency|july|sign|accept\w*|join\w*|withdraw\w*)${E}`,
);

/** A list for a list: "let your list hold my name, and mine will hold only yours". */
const LIST_FOR_LIST = rx(
  String.raw`${B}your (?:(?:rank|rank order|match|final) )?list (?:${W} ){0,3}?(?:hold|holds|have|has|carry|carries|include|includes|contain|contains|keep|keeps|feature|features|bear|bears|show|shows|put|puts) (?:my name|me)${E}.{0,20}?${B}(?:and|then|so)${E},? (?:my list|mine)(?: too)? (?:will|shall|would|can) (?:(?:only|also) )?(?:hold|have|carry|include|contain|keep|feature|bear|show|list|put) (?:only )?(?:yours|you|your name|your program)${E}`,
);

/** Words exchanged: "all I need is your word, and you'll have mine". */
const WORD_FOR_WORD = rx(
  String.raw`${B}your (?:word|promise|commitment|guarantee|assurance|pledge)${E}(?! (?:that|on|about|regarding|to)${E}).{0,60}?${B}you (?:will |would |shall |can )?have mine${E}`,
);

/** What the writer would learn of their standing: that they are in, on the list, matching, or the program's own door. */
const STANDING_LEARNED = String.raw`(?:i (?:am|was|were|would|will|had|have|stand|stood|made|make)(?= (?:(?:${W} ){0,3}?(?:in|on|inside|within|ranked|matched|matching|match|high|highly|safe|top|yours|your|selected|chosen|a spot|a place|a position|a home|made it|the one|good|fine|set|going to match|likely|near))${E})|my (?:name|application|candidacy|place|spot|position|standing|chances|odds|ranking|rank)|your (?:door|list|top|interest|feelings|side)|(?:of |about )?(?:matching|a match|being ranked|being matched|getting in|a spot|a place|a position)|(?:where|how) i (?:stand|rank|am)|(?:some |any |an? |the )?(?:indication|sign|signal|hint|assurance|reassurance|confirmation|certainty|word|nod|encouragement|commitment|interest)|that i (?:am|was|will|would|have|had))${E}`;

/**
 * The program's word about the writer's standing, held out as the condition of the writer's side: "if I knew I was in
 * your top fifteen", "the moment I hear that I'm on the right side of yours", "with the right signal from your side",
 * "a short note saying I'm in a good position would be enough", "it depends on what you can tell me". Read only with
 * the writer's own binding side (makesDeal): "if I knew I was going to be in Boston I would visit" binds nobody.
 */
const WORD_OF_STANDING = rx(
  String.raw`${B}(?:` +
    [
      // The writer learning it: "if I knew I was yours", "once I know I'm in", "if I could be sure of matching there".
      String.raw`(?:if|provided|should|assuming|if only|knowing) (?:that )?(?:i|we) (?:(?:only|just|actually|ever|really|somehow) )*(?:(?:could|can|did|were to|was able to|might) (?:(?:just|ever) )?)?(?:know|knew|hear|heard|learn|learned|learnt|find out|found out|be sure|be certain|were sure|was sure|am sure|were certain|was certain|am certain|felt sure|feel sure|had|have|got|get|receive|received|sense|sensed|saw|see|was told|were told|am told|be told|get told|got told)(?: (?:for sure|for certain|from you|back))?(?: ${W}){0,5}? ${STANDING_LEARNED}`,
      // Under "once" or "when" only the present: "once I know I'm in" (not a story told: "once I knew I had a conflict").
      String.raw`(?:once|when|whenever|the (?:very )?(?:moment|minute|second|day)|as soon as) (?:that )?(?:i|we) (?:(?:only|just|actually|finally) )*(?:know|hear|learn|find out|am sure|am certain|feel sure|have|get|receive|see|am told|get told)(?: (?:for sure|for certain|from you|back))?(?: ${W}){0,5}? ${STANDING_LEARNED}`,
      String.raw`knowing (?:where|how|whether|if|that) i (?:stand|rank|am|will|would)`,
      // The program's word as a thing given: "a signal from you", "your assurance", "a little certainty from your end".
      String.raw`(?:a|an|any|some|the|one|just a|even a|a little|a bit of|the right|a quick|a short|a brief|a small|one small|a single|a clear|a firm|a little more|more|whatever) (?:(?:${W} ){0,2}?)["“”']?(?:assurance|assurances|reassurance|signal|sign|hint|indication|confirmation|certainty|encouragement|nod|word|note|clue|inkling|heads up|green light|guarantee|promise|(?:signed |written |firm )?(?:offer|contract)|you are good|you are in|you are fine)["“”']?(?: ${W}){0,6}? (?:from|on) (?:you|your (?:${W} )?(?:end|side|program|programme|team|committee|department|pd)|the (?:program|programme|pd|program director|committee|department|chair|chief))${E}(?! (?:about|on|regarding|re|concerning) (?:the |my |our )?(?:${W} )?(?:visa|housing|schedule|interview|second look|lease|parking|dates?|timeline|flights?|travel|paperwork|documents?)${E})`,
      String.raw`(?:even )?(?:a|an|any|the|one) (?:(?:short|brief|quick|little|small|single) )?(?:note|email|line|word|call|message|signal|sign|hint|indication|confirmation|assurance|reassurance) (?:saying|telling me|to say|confirming|that says|suggesting|indicating|that) (?:that )?i (?:am|was|will|would|have|had)${E}`,
      String.raw`(?:whatever|any|the|what) (?:(?:little|small) )?(?:assurance|reassurance|signal|sign|hint|encouragement|word|confirmation|indication|certainty) (?:you|your (?:${W} )?(?:program|committee|team)|the (?:program|committee)) (?:(?:can|could|are able to|might|may|will|would) )+(?:give|offer|provide|send|share|extend)${E}`,
      // The program telling the writer where they stand, as the condition: "if you could let me know I am high on your list".
      String.raw`(?:if|should|were|once|when|the moment|as soon as|provided)(?: ${W}){0,3}? (?:you|your (?:${W} )?(?:program|committee|team|pd)|the (?:program|committee|pd|program director)) (?:(?:can|could|would|will|are able to|were able to|be able to|do|did|just|ever|to) )*(?:let (?:me|us) know|tell (?:me|us)|confirm|say|assure (?:me|us)|show (?:me|us)|indicate|signal|hint|reassure (?:me|us))(?: that)? (?:i|we|both of us|my (?:name|application|place|spot)|our (?:names|applications)) (?:am|are|was|were|will|would|have|had|is|stand|made|make)${E}`,
      String.raw`(?:if|should|were|once|when)(?: ${W}){0,2}? (?:you|your (?:${W} )?(?:program|committee|team)|the (?:program|committee)) (?:(?:can|could|would|will|just|ever|to) )*(?:gave|give) (?:me|us) (?:a|any|some|one|the) (?:(?:good|small|little|real) )?(?:reason|sign|signal|hint|indication)${E}`,
      String.raw`(?:an? |any |the |some )?(?:assurance|guarantee|indication|confirmation|signal|sign|hint) (?:of|about|regarding|on) (?:my )?(?:ranking|rank|match|matching|being ranked|being matched|a (?:spot|place|position))${E}`,
      // The writer's standing itself as the condition: "provided I'm high on yours".
      String.raw`(?:if|provided|providing|as long as|so long as|once|assuming|on condition that|should) (?:that )?i (?:am|was|were|end up|stay|remain|be) (?:(?:very|pretty|fairly|quite|somewhere) )?(?:high|higher|top|first|near the top|in your top|on your list|ranked highly|ranked high)(?: (?:on|in) (?:yours|your (?:${W} )?list))?${E}`,
      String.raw`(?<!(?:thank you|thanks|grateful|thankful) for )(?:your|the program's|the committee's|the pd's) (?:(?:firm|written|verbal|honest|personal) )?(?:assurance|assurances|reassurance|signal|word|nod|confirmation|encouragement|guarantee|promise|green light)${E}(?! (?:that|on|about|regarding|of|for|re|concerning) (?:the |my |our )?(?:${W} )?(?:visa|housing|schedule|interview|second look|lease|parking|dates?|date|timeline|slot|request|flights?|travel|rotation|elective|paperwork|documents?|application|hotel|dinner)${E})`,
      String.raw`(?:if|should|when|once|provided)(?: ${W}){0,3}? (?:you|your (?:${W} )?(?:program|team|committee)|the (?:program|committee)) (?:(?:can|could|are able to|were able to|be able to|will|would|do|did) )*(?:show me your cards|indicate (?:(?:strong|real|serious|some|your|any) )*interest in me|tip your hand|give me a sign|give me a signal|give me a hint|assure me (?:of )?(?:a|the|my) (?:${W} )?(?:spot|place|position|match)|let me know where i stand)`,
      String.raw`(?:depends|depend|depending|dependent|contingent|hinges|hinge|hinging|rests|rest|resting|conditional) (?:mostly |entirely |only |largely |solely |wholly )?(?:on|upon) (?:what you|the (?:${W} )?(?:encouragement|signal|signals|assurance|reassurance|word|feedback|sign|signs|indication|response|answer)|your (?:${W} )?(?:encouragement|signal|assurance|reassurance|word|feedback|answer|response|ranking|rank|list)|where i (?:land|sit|fall|end up|stand)|how (?:you|they|the program|the committee) (?:rank|ranks|see|sees|list|lists))`,
      String.raw`(?:give|show|send) me (?:a|some|any|one) (?:(?:small|little|tiny|clear) )?(?:sign|signal|hint|indication|sign of life)`,
      // The program's offer asked for outright: "send me an offer and consider it accepted".
      String.raw`(?<=^|[,;:=-] |${B}(?:just|please|simply|so|kindly|pls|plz) )(?:send|give|make|extend|email|mail) me (?:a |an |the |your )?(?!(?:rotation|housing|observership|elective|lease|rental|visiting|away|research|externship|parking|moonlighting)${E})(?:${W} )?(?:offer|contract)${E}(?! (?:for|to) (?:the |my |an? )?(?:rotation|housing|observership|elective|lease|research|externship|parking))`,
    ].join("|") +
    String.raw`)`,
);

/**
 * The writer's side put as giving up the rest in any register: "call them off", "burn my bridges with every other
 * program", "all in", "my list becomes a list of one", "a one-program list", "ranking nowhere else", "committing fully",
 * "signed and committed", "the rest of my list goes away", "trade all my other options", "persuade my partner to rank
 * only programs in Denver". Read only against the program's word (WORD_OF_STANDING) or its act.
 */
/** The other programs as a subject: "every other program", "the rest of my interviews", "the others". */
const THE_OTHERS = String.raw`(?:every|all|each|the|any)(?: of)?(?: the| my)? (?:other|others|rest|remaining)(?: ${W})?(?: (?:programs?|places|ones|interviews?|options|hospitals))?`;
const GIVES_UP_THE_REST = rx(
  String.raw`${B}(?:` +
    [
      String.raw`call (?:them|it|those|these|the (?:others|rest)|(?:my|the) (?:other |remaining )?(?:interviews?|applications?)|everything) off|call off (?:my|the|all|every|any|everything|the rest)`,
      String.raw`burn(?:ing|t|ed)? (?:my |all (?:my |of my )?|every |the )?bridges?`,
      String.raw`(?:go|going|am|i am|i'm|be) all in(?! on (?:the|a|an|my|our|this|that|its|every|learning|research|teaching)${E})`,
      String.raw`(?:a|my) list of (?:one|1)|(?:a|one) (?:one|single|1) program (?:rank )?list|(?:one|single) name on my list`,
      String.raw`rank(?:ing)? (?:nowhere|no one|nobody|no other program|no other place) else|(?:nowhere|no one|nobody|no other program) else (?:will go|goes|would go|will be|gets?) on my (?:${W} )?list|rank(?:ing)? (?:only|just) (?:${W} )?(?:you|programs? in|your)`,
      String.raw`commit(?:ting)? (?:fully|completely|entirely|wholly|all the way|100%)(?! to (?:a |an |the |my |our )?(?:career|careers|specialty|field|path|profession|discipline|calling|goal|dream|future|patients?|care|primary care|learning|teaching|research|service|medicine|internal medicine|family medicine|pediatrics|psychiatry|surgery|neurology|training|education|growth|community|excellence|(?!(?:joining|coming|accepting|ranking|matching|signing|attending|training at)${E})[${L}]+ing)${E})|(?:fully|completely|entirely|wholly) committed(?! to (?:a |an |the |my |our )?(?:career|careers|specialty|field|path|profession|discipline|calling|goal|dream|future|patients?|care|primary care|learning|teaching|research|service|medicine|internal medicine|family medicine|pediatrics|psychiatry|surgery|neurology|training|education|growth|community|excellence|(?!(?:joining|coming|accepting|ranking|matching|signing|attending|training at)${E})[${L}]+ing)${E})|consider myself (?:fully |completely )?(?:committed|bound|yours)|signed and committed|committed to (?:you|your (?:${W} ){0,2}?(?:program|programme|hospital|residency|team)|this (?:program|programme|hospital|residency)|the program)(?=\s?(?:[.,;:!?)]|$))`,
      String.raw`(?:the rest of|everything else on|every other name on|all the others on) my (?:${W} )?list (?:goes|go|will go|disappears|vanishes|is gone|comes off|will come off)`,
      String.raw`trade (?:all|every|each|the rest of)(?: of)? (?:my|the) (?:other |remaining )?(?:options|programs|interviews|offers|places|choices)`,
      String.raw`(?:free|freeing) up (?:the |my |all |all my |all of my )?(?:${W} ){0,2}?(?:interview |interviews )?(?:slots|spots|dates|days)`,
      String.raw`(?:give|giving|hand|handing) (?:up )?my interview (?:slot|spot|place|date)s?(?: at ${W}(?: ${W})?)? to (?:someone|somebody|another|others)`,
      String.raw`(?:make sure|ensure|persuade|convince|get|ask|have) my (?:${W} )?(?:partner|wife|husband|spouse|fiance|fiancee)(?:'s| s)? (?:(?:to )?rank (?:only|just|you|your)|list (?:is|will be) (?:built|centred|centered|focused))`,
      String.raw`(?:my|our) only (?:pairing|pair|choice|ranked choice|program)|(?:make|making) (?:it|you|your program|${W}) (?:my|our) only (?:ranked )?(?:choice|program|pairing|option)`,
      String.raw`(?:end|ending|close|closing|finish|finishing|wrap up|wrapping up) my (?:interview|interviewing|application) (?:season|trail|tour)|withdrawal from the (?:trail|rest|others|interview trail)`,
      String.raw`(?:consider|count) it (?:accepted|done|a yes|signed)`,
      String.raw`(?:not|never) (?:(?:be|even|ever|bother to) )?(?:go|going|attend|attending|show up|showing up|turn up|turning up) (?:to |at |for )?(?:my |the |any )?(?:${W} ){0,2}?interviews?`,
      String.raw`cancel(?:ling|ing)? (?:it|them|that|those) (?:altogether|entirely|completely|outright)`,
      String.raw`take (?:myself|me|my name) out of (?:every|all|the|any) (?:other |remaining )?(?:${W} )?(?:races?|running|interviews?|programs?|processes)`,
      String.raw`(?:shut|close|shutting|closing) (?:down |off )?(?:my|all|the|every|all my) (?:other |remaining )?(?:options|doors|interviews|applications|programs)`,
      String.raw`(?:list|rank|put|make|name) (?:${W} ){0,3}?as (?:my|our) (?:first|top|#1|number one)(?: choice| pick| program)?`,
      String.raw`put pen to paper`,
      // The others shut out: "not one other program will hear from me again", "I come off the market", "by withdrawing
      // elsewhere", "benching every other program", "close the door on other programs".
      String.raw`(?:no|not one|not a single|none of the) other (?:program|programme|place|hospital|residency|interview)s? (?:will|would|shall) (?:ever )?(?:hear from|see|get (?:a (?:reply|yes|word|signature) from|anything from)) me`,
      String.raw`(?:come|coming|go|going|take|taking|be|am|get|getting|walk|walking|step|stepping|stay|staying|pull|pulling|remain|remaining)(?: myself)? off the market`,
      String.raw`by (?:withdrawing|pulling out|cancelling|canceling|declining|dropping) (?:from )?(?:elsewhere|everywhere else|(?:(?:all|every|my|the|of) )*(?:other|remaining) (?:${W} )?(?:programs?|interviews?|applications?|places|offers?))`,
      String.raw`(?:benching|shelving|parking|dropping|ditching|dumping|binning|cancelling|canceling|declining|turning down) (?:every|all|each|any|the)(?: of)?(?: the| my)? (?:other|remaining|rest)`,
      String.raw`(?:close|closing|shut|shutting) the door (?:on|to) (?:(?:all|every|the|my|any) )*(?:other|others|rest|remaining)`,
      // The others told no: "every other program gets a polite no from me", "the others hear from me that I'm taken".
      String.raw`${THE_OTHERS} (?:will |would |then )?(?:gets?|receives?|hears?) (?:a |my )?(?:(?:polite|firm|quick|swift|clear|flat|gentle) )?(?:no|decline|rejection|refusal|withdrawal|goodbye)(?: from me)?`,
      String.raw`${THE_OTHERS} (?:will |would |then )?hears? from me (?:${W} ){0,2}?that i am (?:out|taken|done|withdrawing|off the market|spoken for|no longer (?:interested|available|applying))`,
      String.raw`(?:guarantee|promise|assure you of|pledge) (?:you )?my (?:attendance|acceptance|signature|yes|commitment|presence)`,
      String.raw`(?:inform|tell|notify|let) (?:the |all the |every |all )?other (?:programs?|programmes?|places)(?: know)? (?:that )?i am no longer (?:interested|available|applying)`,
      // The writer's ranking of the program moved up: "it could easily become first", "you would jump to the top".
      String.raw`(?:it|you|your program|your programme|${W}) (?:could|would|will|can|might) (?:(?:easily|quickly|soon|then|immediately|instantly) )?(?:become|move up to|move to|jump to|rise to|go to|shoot to) (?:my )?(?:first|#1|number one|the top|the very top)`,
      // The writer's rank paid back: "will be returned with my first-place rank", "would earn you my first choice".
      String.raw`(?:returned|repaid|rewarded|met|answered|matched|reciprocated) (?:with|by) my (?:${W} )?(?:first|top|#1|number one|highest)|(?:earn|earns|get|gets|win|wins|buy|buys) you my (?:${W} )?(?:first|top|#1|number one|highest)`,
      String.raw`commit(?:ting)? (?:myself )?(?:fully )?to (?:you|your (?:${W} ){0,2}?${W}|it|this (?:${W} )?${W}|${W}) (?:exclusively|alone|only|and no one else|and nobody else)`,
    ].join("|") +
    String.raw`)${E}`,
);

/**
 * Ranks traded, said in one sentence: the writer's ranking of the program against the program's ranking of the writer
 * ("my top spot for one of yours", "my ranking of your program will mirror your ranking of me", "where you land on my
 * list depends on where I land on yours", "a high rank from you gets a first-place rank from me", "rank each other
 * first"). Either half alone is ordinary ("you are my first choice"; "I hope to be high on your list" is a rank question,
 * read by that rule); a sentence that says the two do not depend on each other is not a trade.
 */
const MY_RANK_OF_YOU = rx(
  String.raw`${B}(?:my (?:(?:very )?(?:top|first|#1|number one|first place|highest|best|no 1) (?:spot|rank|ranking|place|choice|pick|slot|position|line)(?! (?:of|in|after|at|as|among|when)${E})(?! for (?:a |an |my |the )?(?:${W} )?(?:research|mentor|specialty|fellowship|elective|rotation|letter|project|career|job|field|city|school|lab|thesis|award)${E})|#1)|my (?:first|top) (?:rank|ranking)(?! (?:of|in|after|at|as|among)${E})(?! for (?:a |an |my |the )?(?:${W} )?(?:research|mentor|specialty|fellowship|elective|rotation|letter|project|career|job|field|city|school|lab|thesis|award)${E})|my ranking of (?:you|your|it|the|${W})|how i (?:will )?(?:rank|list|place) (?:you|your|it|${W})|rank(?:ing)? (?:you|your (?:${W} )?program|it) (?:first|#1|highest|top|number one)|you (?:will|would|shall) be (?:mine|my (?:first|top|#1|number one))|you will have mine|you (?:are|will be|would be) (?:ranked )?(?:first|#1|number one|my first|my top|my #1)|(?:a|my) (?:first place|first|top|#1|number one) (?:rank|ranking|spot|place) from me|where you (?:land|sit|fall|end up|go) on my|first place on my (?:${W} )?list|my (?:${W} )?list (?:will|would) (?:mirror|match|follow|reflect))${E}`,
);
const YOUR_RANK_OF_ME = rx(
  String.raw`${B}(?:(?:a|your|the|their|its|one) (?:(?:high|higher|top|reciprocal|matching|similar|comparable|good|strong|favou?rable|equal|equivalent|first|first choice|first place|#1) )*(?:(?:rank|ranking)(?: for me)? (?:from (?:you|your|the)|in your|on your|at your|on yours|in yours)|(?:spot|place|position)(?: for me)? (?:from you|on your (?:${W} )?list|on yours|in yours))|your (?:top|first|highest|#1) (?:spot|rank|ranking|place)|(?:assure|promise|guarantee) (?:me|us) (?:of )?(?:a|the|my|your|our) (?:${W} )?(?:position|spot|place|match|rank|ranking)|(?:appreciate|expect|hope for|ask for|like|want) (?:it|that|this) (?:being |to be )?(?:returned|reciprocated|matched|repaid)|(?:expect|hope for|ask for|appreciate|would like|want) the same (?:treatment|in return|from|consideration|regard)|(?:your|the program's|the committee's|their) (?:ranking|rank|list|placement) of me|how (?:you|they|programs|the program|the committee|${W}) (?:rank|ranks|ranked|list|lists|place|places|will rank) me|(?:one|a spot|a place|a slot) of yours|where i (?:land|sit|fall|end up) on (?:yours|your)|(?:high|higher|top|first) on (?:yours|your (?:${W} )?list)|i (?:am|was) (?:yours|your (?:first|#1|top|number one))|(?:the )?same (?:regard|way|place|spot) on your|(?:return|returning|returned) the favou?r|reciprocal (?:${W} )?rank\w*|(?:rank|ranking|list|listing|put|putting|place|placing) each other|each other(?:'s| s)? (?:first|#1|top|lists?)|(?:our|the|both) respective (?:rank |match )?lists|your matching rank|(?:can|could|will|would) (?:do the same|match it|match that|reciprocate)|i (?:am|will be|would be) ranked (?:to match|high|highly)(?! in (?:my|our|the) (?:class|school|cohort|year|batch))|(?:i|we) (?:am|are|will be|would be) ranked to match)${E}`,
);
/**
 * The two said to be independent ("regardless of how Tufts ranks me", "whatever you decide about me"), or the Match
 * already over ("once the Match results are released and the GME office sends it"): no condition of a deal.
 */
const INDEPENDENT_OF_YOURS = rxg(
  String.raw`${POST_MATCH}[^,.;:!?]*|${OFFER_OF_HELP}[^,.;:!?]*|${B}(?:if|once|when|wherever|should) (?:i|we) (?:am |are |get |be )?matched anywhere${E}|${B}(?:regardless|irrespective|independent(?:ly)?) of (?:how|where|what|whether|the way|your|their|its)[^,.;:!?]*|no matter (?:how|where|whether) (?:you|they|the program|the committee|${W}) (?:rank|ranks|list|lists|place|places|see|sees|decide|decides|view|views)[^,.;:!?]*|whatever (?:you|they|the program|the committee) (?:decide|do|choose)[^,.;:!?]*|(?:has|have|had|with) (?:nothing to do|no bearing|no connection|no relation) (?:with|on) [^,.;:!?]*|(?:does|do|will|would) not depend on [^,.;:!?]*|(?:is|are) not (?:conditional|contingent|dependent) (?:on|upon) [^,.;:!?]*`,
);

/** Withdrawing from a kind of program for the writer's own plan: "withdrawing my applications from preliminary programs". */
const OWN_CATEGORY_WITHDRAWAL = rx(
  String.raw`${B}(?:withdraw\w*|cancel\w*|drop\w*) (?:from )?(?:(?:all|my|the|of|any) )*(?:applications?|interviews?|programs?) (?:from|to|at|for|with|in) (?:the |my |all )?(?:preliminary|prelim|transitional|ty|advanced|research|fellowship|observership|externship|elective|dual|combined|other specialty|other specialties|${W} only)${E}`,
);

/** A first-choice claim attested as already done, with nothing to come: "I give you my honest word: I have ranked your hospital first". */
const ATTESTED_DONE = rx(
  String.raw`${B}(?:i|we) (?:have |had )?(?:(?:already|just|now|officially|indeed|truly|in fact) )*(?:ranked|listed|put|placed|certified|submitted)${E}`,
);
const TO_COME = rx(String.raw`${B}(?:will|would|shall|going to|gonna|if|once|should|provided|as long as)${E}`);

/** Signing paperwork, not a place: "ready to sign the background check authorization today". */
const PAPERWORK_SIGNED = rxg(
  String.raw`${B}sign(?:ing|ed)? (?:the |a |an |my |any |your |all the |these |those )?(?:${W} )?(?:background check |background )?(?:authori[sz]ations?|attestations?|acknowledge?ments?|consents?|forms?|i 9|w 4|tax forms?|direct deposit|handbook|polic(?:y|ies)|hipaa|confidentiality agreement|nda|releases?|waivers?|lease|paperwork|badge)${E}(?: (?:today|now|right away|immediately|this week|tomorrow))?`,
);

/** A commitment offered for a rank, asked as what would earn it: "is there anything I could commit to that would earn me a high rank?". */
const EARN_A_RANK = rx(
  String.raw`${B}(?:commit|committing|promise|promising|pledge|pledging|offer|offering|do|give|giving|sign|signing) (?:${W} ){0,3}?(?:that|which|to) (?:would|will|could|might|can|may) (?:earn|get|win|secure|buy|guarantee|assure) me (?:a |an |the |your )?(?:(?:high|higher|top|good|better|first|strong|safe) )?(?:rank|ranking|spot|place|position|match)${E}`,
);

/** The writer's side of a trade, as a thing: "my number one ranking", "first place on my list", "my signed commitment". */
const MY_SIDE_THING = String.raw`(?:(?:my|our) (?:(?:very|#1|first|top|highest|first place|exclusive|full|firm|signed|written|binding|unconditional) )*(?:rank|ranking|spot|place|vote|commitment|signature|acceptance|pledge|promise|loyalty)(?: (?:on|in) my (?:${W} )?list)?|(?:the )?(?:first|top|#1) (?:place|spot|slot|position) on my (?:${W} )?list)`;
/** The program's side, as a thing: "a guaranteed place", "being ranked to match", "your assurance", "a spot in your program". */
const YOUR_SIDE_THING = String.raw`(?:(?:(?:a|an|the|your|one) )?(?:guaranteed|secured|assured|firm|certain|promised|confirmed|safe|sure) (?:${W} )?(?:place|spot|position|match|seat|slot|ranking|rank|offer|contract)|(?:being|getting) (?:ranked to match|ranked (?:highly|high|first|at the top)|matched|a (?:${W} )?(?:spot|place|position))|(?:your|the program's|the committee's) (?:(?:firm|written|formal) )?(?:assurance|guarantee|promise|word)|(?:a|one) (?:spot|place|position|seat) (?:in|at|with) (?:your|the) (?:program|programme|residency|hospital|intern class))`;
const FOR_IN_TRADE = String.raw`,? (?:for|in (?:exchange|return) for|against|for the (?:small |low |tiny |simple )?price of|in trade for|traded for|swapped for)`;
/** One side for the other, as things: "my number-one ranking for a guaranteed match", "your assurance for my first rank". */
const THING_FOR_THING = rx(String.raw`${B}(?:${MY_SIDE_THING}${FOR_IN_TRADE} ${YOUR_SIDE_THING}|${YOUR_SIDE_THING}${FOR_IN_TRADE} ${MY_SIDE_THING})${E}`);

/** Words without which THING_FOR_THING cannot match: a trade's "for" and the program's side. */
const THING_FOR_THING_CUE =
  /\b(?:for|against)\b.*\b(?:guarant\w*|secured|assur\w*|firm|certain|promised|confirmed|safe|sure|being|getting|promise|word|spot|place|position|seat)\b|\b(?:guarant\w*|secured|assur\w*|firm|certain|promised|confirmed|safe|sure|promise|word)\b.*\b(?:for|against)\b/u;
/** Words without which IF_I_BIND cannot match. */
const IF_I_BIND_CUE = /\b(?:if|should|once|provided|long|were) (?:i|we)\b/u;

/**
 * The writer's act made to depend on the program's: "my willingness to rank you first depends entirely on a similar
 * gesture from your side" (not "my decision to rank programs depends on the schedule").
 */
const MY_ACT_DEPENDS_ON_YOURS = rx(
  String.raw`${B}my (?:willingness|readiness|decision|plan|intention|offer|promise|commitment|choice|ability) to (?:rank|put|place|list|commit|sign|accept|withdraw|cancel|decline|join|come)(?: ${W}){0,3}? (?:you|your|yours|it|first|#1|top|highly|elsewhere|other|others|the rest)${E}(?: ${W}){0,3}? (?:depends|will depend|would depend|hinges|will hinge|would hinge|rests|is contingent|would be contingent|is conditional|would be conditional|relies) (?:(?:entirely|only|solely|largely|heavily|wholly|fully) )?(?:on|upon) (?:you|your|yours|a similar|a matching|the same|a reciprocal|an equal|a like|what you|whether you|how you|the program|the committee)${E}`,
);

/** The writer's side offered as enough for the program's: "would a signed promise to attend be enough for you to rank me to match". */
const ENOUGH_FOR_A_RANK = rx(
  String.raw`${B}(?:promise|commitment|pledge|letter|signature|word|guarantee|assurance|withdrawal|withdrawing|cancelling|canceling|rank(?:ing)? (?:you|your program) first)(?: ${W}){0,6}? (?:be|is|are|was|were|prove|proves) (?:enough|sufficient) (?:for (?:you|your (?:${W} )?(?:program|committee|team)|the (?:program|committee)) )?to (?:rank|match|offer|take|guarantee|assure|secure|select|accept|give|keep) me${E}`,
);

/** The writer's binding act as the condition: "if I committed to you and cancelled everything else", "should I withdraw elsewhere". */
const IF_I_BIND = rx(
  String.raw`${B}(?:if|should|once|provided|as long as|so long as|were) (?:i|we) (?:(?:were to|was to|did|do|would|then) )?(?:commit|committed|pledge|pledged|promise|promised|sign|signed|withdraw|withdrew|cancel|cancelled|canceled|decline|declined|drop|dropped|rank|ranked|put|placed)(?: ${W}){0,3}? (?:to you|to your|to yours|elsewhere|everything else|everywhere else|my other|the other|the rest|other programs|all (?:my )?other|you first|your program first|yours first|the contract|a contract|on the dotted line)${E}`,
);

/** The writer turning down another program's offer, on the condition of this one's: "I will decline it if you can assure me a spot". */
const DECLINES_ANOTHER_IF = rx(
  String.raw`${B}(?:i|we) (?:will|would|shall|can|could|am ready to|am willing to) (?:(?:gladly|happily|readily|immediately|then) )?(?:(?:decline|turn down|refuse|reject|give up|let go of) (?:it|them|that|those|that offer|the offer|their offer|this offer)|turn (?:it|them|that|those) down)${E}(?: ${W}){0,3}? (?:if|provided|as long as|so long as|should|once|in exchange|in return|on condition)${E}`,
);

/** The writer's side for a sentence without the older readings' words: giving up the rest, a binding act, a claim. */
function writerGivesSide(sentence: string): boolean {
  return (
    unnegated(GIVES_UP_THE_REST, sentence) ||
    (!WHEN_QUESTION.test(sentence) && unnegated(FIRST_PERSON_BINDING, sentence)) ||
    LIST_GIVEN_UP.test(sentence) ||
    firstChoiceClaimAt(sentence) !== -1
  );
}

/** Ranks traded in one sentence (MY_RANK_OF_YOU against YOUR_RANK_OF_ME), unless said to be independent. */
/** The two named as private or confidential: "my ranking of programs is private, just as your ranking of me is". */
const RANKINGS_PRIVATE =
  /\b(?:private|confidential|secret|nobody's business|no one's business|under nrmp rules|not allowed|not permitted|cannot be shared|cannot share|cannot tell me|can not tell me|may not tell me|not (?:yet )?decided|have not (?:yet )?decided)\b/u;

function ranksTraded(sentence: string): boolean {
  const read = sentence.replace(INDEPENDENT_OF_YOURS, " ");
  if (RANKINGS_PRIVATE.test(read)) return false;
  if (/\beach other(?:'s| s)? (?:first|#1|top)\b|\brank(?:ing)? each other (?:first|#1|top|highly|highest)\b/.test(read)) return true;
  return unnegated(MY_RANK_OF_YOU, read) && unnegated(YOUR_RANK_OF_ME, read);
}

/** True when the sentence offers, proposes or asks for a deal around ranking or accepting. */
export function makesDeal(text: string): boolean {
  const dealWords = ANY_DEAL_WORD.test(text);
  if ((!dealWords && !STANDING_OR_TRADE_WORD.test(text)) || betweenOthers(text)) return false;
  // "I would rank Tufts first regardless of how Tufts ranks me": what the writer says does not depend on the program is
  // read out, so the program's act named there is no condition.
  const sentence = text.replace(INDEPENDENT_OF_YOURS, " ");
  // Without any of the older readings' words only the program's word on the writer's standing, or ranks traded, can
  // make a deal (read before the rest: most sentences stop here).
  if (!dealWords) return ranksTraded(sentence) || (unnegated(WORD_OF_STANDING, sentence) && writerGivesSide(sentence));
  // "You rank me first, I rank you first", "offer me a spot and I will sign on the spot".
  const yourSide =
    unnegated(CONDITIONAL_ACT, sentence) ||
    unnegated(CONDITIONAL_RECIPROCITY, sentence) ||
    PREPOSITIONAL_CONDITION.test(sentence) ||
    (unnegated(PROGRAM_ACT, sentence) &&
      /\b(?:rank|ranks|ranking|match|matches|offer|offers|give|hire|appoint|pick|picks|choose|chooses|select|selects|accept|admit|take|takes|see|sees|view|views|consider|considers|regard|regards|rate|rates|think of|thinks of|say the word|put|place|slot|guarantee|guaranteed|promise|promised|reserve|save|hold|tell me|assure me|confirm|(?:whack|stick|pop|bung|plonk|shove|slap|bump) me|(?:with|get|give me|hand me|pass me|send me|offer me|for) (?:a|one|your) (?:guaranteed|firm|confirmed|secured|promised|assured|certain)|(?:sort|find|get|fix|land|secure|grab|bag|nab|snag|hook) me)\b/.test(
        sentence,
      )) ||
    unnegated(HELPS_MY_RANKING, sentence) ||
    PLACE_ME_OR_SIGNAL.test(sentence) ||
    unnegated(TRADE_FOR_YOUR_WORD, sentence);
  // The writer's side is read only when needed (the first-choice claims are the slowest part), and once.
  let binds: boolean | undefined;
  let claims: boolean | undefined;
  // The writer's own act inside a question of when ("if I match, when would I sign the contract?") is asked about, not
  // promised.
  const bindsIn = () => (binds ??= !WHEN_QUESTION.test(sentence) && unnegated(FIRST_PERSON_BINDING, sentence));
  const claimsIn = () => (claims ??= firstChoiceClaimAt(sentence) !== -1);
  const mySide = () =>
    bindsIn() ||
    unnegated(PASSIVE_BINDING, sentence) ||
    unnegated(PASSIVE_BINDING_NOW, sentence) ||
    YOURS.test(sentence) ||
    LIST_GIVEN_UP.test(sentence) ||
    unnegated(GIVES_UP_THE_REST, sentence) ||
    claimsIn();
  if (yourSide && (mySide() || unnegated(BARE_COMMITMENT, sentence) || DECLINES_ANOTHER_IF.test(sentence))) return true;
  if (
    (STANDING_OR_TRADE_WORD.test(sentence) && (ranksTraded(sentence) || (unnegated(WORD_OF_STANDING, sentence) && mySide()))) ||
    unnegated(EARN_A_RANK, sentence) ||
    (THING_FOR_THING_CUE.test(sentence) && unnegated(THING_FOR_THING, sentence)) ||
    (/\b(?:depend|depends|hinge|hinges|rests|contingent|conditional|relies)\b/u.test(sentence) && unnegated(MY_ACT_DEPENDS_ON_YOURS, sentence)) ||
    (/\b(?:enough|sufficient)\b/u.test(sentence) && unnegated(ENOUGH_FOR_A_RANK, sentence)) ||
    (IF_I_BIND_CUE.test(sentence) && unnegated(IF_I_BIND, sentence) && unnegated(PROGRAM_ACT, sentence))
  )
    return true;
  const promises = unnegated(PROMISE, sentence.replace(PROMISE_TO_MYSELF, " "));
  // "Thank you for the invitation to the dinner, I will be there, I promise": a promise to attend an event the sentence
  // names, with nothing of ranking or the Match in it, binds the writer to the event only.
  const attestedOnly = ATTESTED_DONE.test(sentence) && !TO_COME.test(sentence);
  if (promises && (bindsIn() || claimsIn()) && !attestedOnly && !(EVENT_NAMED.test(sentence) && !MATCH_OR_RANK.test(sentence))) return true;
  // "a written commitment to come to Bayfront should I be matched".
  if (
    promises &&
    unnegated(CONDITIONAL_ACT, sentence) &&
    /\b(?:come|coming|accept|accepting|join|joining|attend|attending|sign|signing|train|training|start|starting)\b/.test(sentence)
  )
    return true;
  if (unnegated(IN_WRITING, sentence) && WHAT_WRITING_CONFIRMS.test(sentence)) return true;
  if (unnegated(PROGRAM_COMMITS_TO_ME, sentence) && unnegated(I_COMMIT_BACK, sentence)) return true;
  if (WORD_FOR_WORD.test(sentence) || LIST_FOR_LIST.test(sentence) || unnegated(OTHERS_GIVEN_UP_FOR_YOU, sentence)) return true;
  const traded = sentence.replace(DECLINED_TRADE, " ").replace(THIRD_PARTY_TRADE, " ");
  if (unnegated(TRADE, traded) && TRADE_NEAR.test(traded) && !/\b(?:great|good) deal\b|\bdeal with\b/.test(sentence)) return true;
  if ((unnegated(OUTSIDE_MATCH, sentence) && !REFUSED.test(sentence)) || unnegated(STANDING_COMMITMENT, sentence) || unnegated(OFFER_MEANS_YES, sentence))
    return true;
  return (
    (unnegated(WITHDRAW_ELSEWHERE, sentence) && !OWN_CATEGORY_WITHDRAWAL.test(sentence)) ||
    (unnegated(PASSIVE_BINDING, sentence) && /\b(?:withdrawn|canceled|declined|dropped|turned down|pulled|accepted)\b/.test(sentence))
  );
}

/**
 * A sentence that points back to the answer of the one before: "If so, ...", "With it, ...", "That knowledge would ...",
 * "I would then ...".
 */
const ON_THE_ANSWER = rx(
  String.raw`^(?:(?:and|but|so) )?(?:if so|if yes|if that is (?:so|the case|true)|in that case|should that be (?:so|the case)|if the answer is yes|with (?:it|that|this)(?: (?:knowledge|information|assurance|answer|reassurance|news))?|armed with (?:it|that|this)|that (?:knowledge|information|assurance|answer|reassurance|news)|knowing (?:that|this|it))${E}|${B}(?:i (?:would|will|could|can|shall) then|then i (?:would|will|could|can|shall))${E}`,
);

/** True when the sentence asks for or holds out the program's word on the writer's standing ("your assurance is all I need"). */
export function heldOutWordOfStanding(sentence: string): boolean {
  return unnegated(WORD_OF_STANDING, sentence);
}

/**
 * The writer's side offered on the answer to a question before it: "Will I be ranked to match? If so, I will rank you
 * first and end my interview season", "Your assurance is the only thing I need. With it, I'll withdraw from the others".
 * The back-reference stands for the program's word, so the sentence is read as if it named it.
 */
export function dealOnTheAnswer(sentence: string): boolean {
  return ON_THE_ANSWER.test(sentence) && makesDeal(`once i know that i am in, ${sentence}`);
}

/** True when the sentence points back to the answer of the one before ("If so, ...", "With it, ..."): a cheap first test. */
export function pointsBackToAnswer(sentence: string): boolean {
  return ON_THE_ANSWER.test(sentence);
}

/**
 * A pledge offered so that the program ranks the writer, over two sentences: "were I matched, I would regard it as
 * binding and never seek a release. I trust this gives the committee confidence to rank me accordingly." The second
 * sentence names what the first is for; neither alone is a deal.
 */
const INDUCES_RANKING = rx(
  String.raw`${B}(?:this|that|which|it|these|my (?:commitment|promise|pledge|word|assurance|guarantee|undertaking|assurances|commitments)) (?:${W} ){0,3}?(?:gives|give|will give|should give|would give|may give|might give|lets|let|allows|allow|enables|enable|encourages|encourage|helps|help|reassures|reassure|frees|free|permits|permit|emboldens) (?:you|the committee|the program|the panel|your (?:${W} )?(?:committee|program|programme|team|panel)|(?:the )?selection committee) (?:(?:the|some|enough|every|full|more) )?(?:(?:confidence|reassurance|assurance|comfort|certainty|freedom|peace of mind|security|reason) )?(?:(?:to|in order to|so as to|needed to|you need to) )?(?:rank|list|place|put|choose|select|take|match|offer|keep) (?:me|my (?:application|candidacy|name))${E}`,
);
const PLEDGE = rx(
  String.raw`${B}(?:binding|bind myself|(?:not|never) (?:seek|request|ask for|pursue|want) (?:a |any )?(?:release|transfer|swap)|honou?r (?:the|my|any|a) (?:match|result|commitment)|(?:i|we) (?:${W} ){0,3}?(?:commit|promise|pledge|guarantee|vow|swear)(?: to| that)?(?: i (?:will|would|shall))? (?:${W} ){0,2}?(?:come|coming|join|joining|accept|accepting|sign|signing|attend|attending|rank|ranking|match|matching|stay|remain|honou?r|you|your|this program|the program)|my (?:word|pledge|commitment|guarantee) (?:to you|is yours|that i will (?:come|join|accept|sign|rank|stay)))${E}`,
);

/** The sentence that says a pledge made earlier in the message is for the program to rank the writer, or -1. */
export function pledgeOfferedForRanking(sentences: readonly string[]): number {
  const at = sentences.findIndex((s) => INDUCES_RANKING.test(s));
  if (at <= 0 && !(at === 0 && PLEDGE.test(sentences[0] ?? ""))) return -1;
  return sentences.slice(0, at + 1).some((s) => PLEDGE.test(s)) ? at : -1;
}
