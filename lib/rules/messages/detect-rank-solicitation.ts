// Rank solicitation (NRMP Match Participation Agreement: an applicant may volunteer how they will rank a program,
// but may not ask a program how it will rank them, for a guarantee, or about its rank list). A sentence solicits
// when it is a request (requests.ts) and what it asks about is the writer's standing with the program: their
// ranking, position on the list, chances of matching there, a guarantee of a place, or the program's list itself.
// "I hope to match with you", "when is the rank list deadline" and reports of what others were asked are fine.

import { B, E, L, PROGRAM, REPORTED, W, WHEN_QUESTION, anyOf, negatedBefore, rx, rxg } from "@/lib/rules/messages/lexicon";
import { isRequest, withoutWithheld } from "@/lib/rules/messages/requests";

// "Compare" with an object of its own compares those ("how do I compare the programs"), not the writer with others.
const STAND_VERB = anyOf(
  "stand | stands | standing | stood | fall | fell | falls | sit | sits | land | landed | lands | rank | ranked | rank out | placed | place | end up | ended up | figure | lie | lies | appear | rate | rated | score | scored | compare(?! (?:the|these|those|different|two|various|my|all|them|both|programs?|options|offers|each)\\b) | stack up | measure up | fare | fared",
);
const WHOSE = String.raw`(?:i|me|my (?:application|candidacy|file|name|profile|interview|eras application|performance)|my)`;
const LIST = String.raw`(?:(?:rank|ranking|rank order|match|final|selection|interview|short|candidate|applicant) )*(?:list|lists|ranking|rankings|order|pecking order|pool|process|selection process|selection|candidates|applicants|cohort|considerations?|match process|scheme of things|eyes|books|view)`;
const ON_THE_LIST = String.raw`(?:on|in|within|among|onto|into|at|near|for|from|off) (?:the |your |this |that |our |their )?(?:${W} ){0,2}?${LIST}`;

/** A list or a cut for something other than the Match: "on the list for the second look day", "the cut for the symposium". */
const OTHER_THING = String.raw`(?:second look|dinner|social|tour|visit|event|events|webinar|open house|session|shadowing|observership|elective|rotation|interview|interviews|call|meeting|newsletter|mailing list|symposium|conference|poster|posters|research|award|awards|grant|scholarship|team|study|trial|abstract|abstracts|presentation|course|workshop|lecture|talk|club|chat|emails?|updates|waitlist|wait list|day|days|parking|housing|lottery|lockers?|speakers?|volunteers?)`;
const FOR_SOMETHING_ELSE = String.raw`(?! (?:for|of|at|to) (?:the |a |an |our |your |this |next |that )?(?:${W} ){0,2}?${OTHER_THING}${E})`;

/**
 * A question about the list's logistics, not its contents: a time or deadline as what is asked ("what is the deadline
 * to certify the list", "what time does the list lock") or the list as the object of handling it ("the cutoff date
 * for certifying your rank list").
 */
const NOT_LIST_LOGISTICS = String.raw`(?!(?:${W} ){0,4}?(?:deadline|deadlines|due date|due dates|cutoff date|cut off date|cutoff dates|date|dates|time|times|day|days|timeline|timing|hour|hours|window|last day)${E})`;
const NOT_LIST_HANDLING = String.raw`(?<!${B}(?:certify|certifies|certifying|certified|submit|submits|submitting|submitted|finalize|finalizing|finalized|enter|entering|lock|locking|edit|editing|change|changing|update|updating|open|opening|upload|uploading|file|filing|complete|completing|send|sending|access|accessing|log into|save|saving) )`;

/**
 * A relative "which" after a time or a means: "the date by which the rank list is finalised", "the portal through which
 * the list is submitted". What is asked is the time or the means, not who is on the list.
 */
const NOT_RELATIVE_OF_HANDLING = String.raw`(?<!${B}(?:date|dates|deadline|deadlines|time|times|day|days|point|hour|hours|moment|week|weeks|month|stage|process|procedure|means|method|way|portal|system|platform|meeting|software) (?:by|at|on|before|until|till|in|from|after|for|of|through|via|with) )`;

/** What follows a place given to the writer: "(that) (has been) assigned to me", "my application was given". */
const WRITER_NAMED = String.raw`(?:me|my (?:application|candidacy|file|name))`;
const GIVEN_AUX = String.raw`(?:(?:has|have|had|is|was|were|will|would|be|been|being|currently|now|finally|already|provisionally) ){0,3}`;
const GIVEN = String.raw`(?:assigned|given|allotted|allocated|accorded|attributed|awarded|granted)`;
const PLACE_GIVEN_TO_WRITER = String.raw` (?:(?:that|which) )?(?:(?:i|${WRITER_NAMED}) ${GIVEN_AUX}${GIVEN}|${GIVEN_AUX}${GIVEN} (?:to )?${WRITER_NAMED})`;

/** A list that is not a ranking: "your mailing list", "the guest list for the dinner". */
const OTHER_LIST = String.raw`(?:mailing|email|e mail|contact|distribution|guest|invite|invitation|wait|waiting|reading|call|shadowing|newsletter|volunteer|interest|attendance|dinner|reference|interview|speaker|speakers|sign up|signup|class|to do|todo|email distribution|second look|open house|tour|visit|rsvp|webinar|session|social|dinner) ?list`;
/** What the writer is placed with or listed as when it is not a ranking: "place me with a mentor", "list me as a contact". */
const NOT_RANKING_ME = String.raw`(?! (?:as (?:a |an |the |your )?(?:contact|reference|speaker|volunteer|mentor|presenter|author|co author|attendee|guest|participant|point of contact)|(?:with|alongside) (?:a |an |the |my |one of (?:the|your) )?(?:${W} )?(?:mentor|mentors|buddy|buddies|preceptor|resident|residents|attending|advisor|adviser|host|partner|roommate|coach|family)|in touch|(?:on|onto|to) (?:the |your |a )?(?:${W} )?${OTHER_LIST})${E})`;
/** What the program is counted on for when it is not a place: "count on you for a letter". */
const NOT_COUNTED_ON_FOR_A_PLACE = String.raw`(?! (?:for|to (?:write|send|give|provide|share)) (?:a |an |the |some |any |my )?(?:${W} )?(?:letter|letters|reference|references|recommendation|advice|help|support|feedback|introduction|call|reply|update|meeting|email|answer|answers|guidance)${E})(?! (?:having|sending|getting|providing|giving|writing|sharing|doing|helping|making|covering|arranging|booking|paying|hosting|holding|organizing|running|answering|replying|being) (?!(?:me|us|my (?:application|candidacy|name|file)|a (?:spot|position|place))${E})${W})`;
/** A degree judged for something other than this program's list: "how competitive my application would be for fellowship". */
const NOT_FOR_THIS_LIST = String.raw`(?! (?:for|in|at|to) (?:a |an |the |other |my )?(?:${W} )?(?:fellowship|fellowships|research|jobs?|programs|specialties|reapplication|soap|competitive specialties|specialty|future)${E})`;

/** A placing in an exam or a country's ranking, not on a program's list: "I was well placed in the national exam". */
const NOT_AN_EXAM = String.raw`(?!(?: ${W}%?){0,2}? (?:in|on|at|among|amongst|within|of) (?:the |my |our |a |an |this |that )?(?:${W} ){0,3}?(?:exam|exams|examination|examinations|test|tests|boards?|usmle|step|olympiad|competition|contest|class|batch|school|university|college|faculty|country|nation|national ranking|national rankings|merit list of (?:my|our|the) (?:country|state|university)|entrance)${E})`;
/** The Match as a time rather than the thing secured: "lock in housing before the Match" (not "a spot before the Match"). */
const MATCH_NOT_A_TIME = String.raw`(?!(?:(?!(?:spot|spots|position|positions|place|places|seat|seats|slot|slots|offer|offers|contract|contracts|rank|ranking|ranked)${E})${W} ){0,5}?(?:before|after|until|ahead of|prior to|by|on|around|near) (?:the )?match${E})`;
/** Verbs of being given a place, and the places given: "be offered a position", "land one of your prelim spots". */
const OBTAIN = String.raw`(?:get|getting|receive|receiving|land|landing|secure|securing|obtain|obtaining|win|winning|snag|grab|earn|be offered|being offered|be given|being given|be awarded|be granted)`;
const PLACE_NOUN = String.raw`(?<!${B}(?:parking|locker|lunch|dinner|tour|poster|call|elective|rotation|research|conference|shadowing|observership|interview|webinar|audience|podcast|panel|speaking|volunteer|research assistant|teaching|moonlighting|chief|chief resident|leadership|tutoring|mentoring|ambassador|representative|rep|committee|board) )(?:position|positions|spot|spots|place|places|slot|slots|seat|seats|post|posts|offer|contract|residency position|training position)`;
/** A place at an event rather than in the program: "a spot at the welcome dinner", "a seat on the research panel". */
const EVENT = String.raw`(?:dinner|social|tour|lunch|breakfast|event|events|party|session|sessions|webinar|course|conference|symposium|workshop|elective|rotation|research|observership|shadowing|parking|retreat|trip|team|committee|panel|club|talk|lecture|poster|interview|interviews|second look|open house|meeting|call|bus|shuttle|table|photo|study|trial|wait ?list)`;
const NOT_AN_EVENT = String.raw`(?!(?: ${W}){0,3}? ${EVENT}${E})`;
/** Being admitted, in the words of several languages' English: "be taken in your program", "be accepted", "be admitted". */
const ADMITTED = String.raw`(?:be taken|be taken on|be taken in|be accepted|be admitted|be selected|be chosen|be picked|be matched|be ranked|match|join|get in|make it)`;
/** A chance at something other than the Match: "a chance to ask", "a shot at the fellowship". */
const NOT_MATCH_CHANCE = String.raw`(?! (?:to|of|at|for|in) (?:(?:a|an|the|your|this|that|my|one of (?:the|your|its|their|those)|any of (?:the|your|its|their)) )?(?:${W} )?(?:ask|asking|meet|meeting|speak|speaking|talk|talking|visit|visiting|see|seeing|chat|tour|shadow|shadowing|present|presenting|attend|attending|send|share|say|thank|follow|observe|learn|hear|discuss|review|update|submit|come|stop|drop|fellowship|fellowships|elective|electives|award|grant|scholarship|research|publication|poster|rotation|parking|housing|visa|interview|lottery|raffle|prize|dinner|social|chief|leadership|teaching|tutoring|mentoring|committee|board|ambassador|representative)${E})(?! (?:to|of|at|for|in) (?:(?:a|an|the|your|one of (?:the|your|its|their|those)|any of (?:the|your|its|their)) )?(?:${W} ){0,2}?${PLACE_NOUN}(?: ${W}){0,3}? ${EVENT}${E})`;

/** A place offered to a group, not to the writer: "guarantees a PGY-2 position for prelim residents who do well". */
const FOR_A_GROUP = String.raw`(?! (?:for|to) (?:(?:prelim|preliminary|all|our|its|your|the|current|incoming|ty|transitional|those|such|any|every|their|strong|good) )*(?:residents|interns|prelims|graduates|applicants|candidates|trainees|people|everyone|anyone|those|them|who)${E})`;

/**
 * Where the writer stands with an administrative matter, not with the program: "where do I stand with the I-9",
 * "where I stand on the licensing paperwork".
 */
const NOT_ADMIN_MATTER = String.raw`(?! (?:with|on|regarding|about|for|in terms of) (?:the |my |our |this )?(?:i ?-?9|i ?-?20|i ?-?797|paperwork|forms?|onboarding|credentialing|credentials|licen[cs]e|licensing|background check|drug (?:test|screen)|documents?|documentation|visa|ds ?-?2019|badge|payroll|contract|orientation|housing|parking|schedule|vaccines?|immunizations?|health screening|fit test|bls|acls|pals|certificate|certification|ecfmg|step 3|usmle|sevis|ead|passport|moving|relocation|stipend|benefits|insurance|dea|npi|malpractice)${E})`;

const TOPICS: readonly RegExp[] = [
  // Round thirteen's rank set: the writer's file through the committee to the list, how the writer compares or was
  // compared, the writer matching or holding a place there, advice asked on the writer's standing, a call asked for
  // if ranked, "if I am in", how the committee saw the writer.
  rx(
    String.raw`${B}my (?:application|file|candidacy|dossier|packet|app|paper boat) (?:(?:has|have|had|was|were|got|did|will|would|ever|already|successfully|actually|been) )*(?:advanced|advance|passed|pass|cleared|clear|made it|make it|got through|get through|gone through|progressed|progress|survived|survive|reached|reach|got past|get past|made the cut|been put|put|landed|land|moved (?:on|forward|up|ahead)|move (?:on|forward|up|ahead)|went through|go through|been placed|placed)${E}(?=[^.?!]{0,80}${B}(?:committee|committee's|list|ranking|ranked|rank|ranks|scoring|selection|cut|round)${E})`,
  ),
  rx(
    String.raw`${B}(?:how|where|(?:in |at )?(?:which|what) (?:place|position|spot|rank))(?: (?:do|does|did|am|is|was|would|will))? (?:i|my (?:application|file|candidacy|profile|scores?|interview))(?: (?:do|did|am|is|was|would|will))? (?:(?:really|roughly|actually|honestly|currently|now) )*(?:compare|compared|comparing|stack up|stacks up|stacked up|measure up|measures up|measured up|fall|falls|fell|fare|fares|fared|look|looks|looking|rate|rates|rated|rank|ranks|ranked)(?! (?:the |these |those |different |two |various |my )?(?:programs?|options|offers|hospitals|places|them|these|those|notes|results|schedules?)${E})(?: ${W}){0,4}? (?:to|with|against|among|amongst|in comparison|next to|alongside)${E}`,
  ),
  rx(
    String.raw`${B}(?:where|(?:in |at )?(?:which|what) (?:place|position|spot|rank)) (?:(?:do|am) )?i (?:am )?(?:stand|standing|sit|sitting|placed|fall|falling) (?:(?:comparing|compared|in comparison) (?:to|with)|among|amongst|against|relative to|next to)${E}`,
  ),
  rx(
    String.raw`${B}(?:you|they|the (?:faculty|committee|panel|program|programme|interviewers?|team|professors|attendings)|your (?:faculty|committee|panel|program|programme|interviewers?|team|professors|attendings)) (?:(?:have|had|has|did|may have|might have) )?(?:compared|rated|ranked|measured|judged|assessed|stacked) me(?: up)? (?:with|to|against|among|amongst|alongside)${E}`,
  ),
  rx(
    String.raw`${B}(?:whether|(?<=${B}(?:know|knowing|tell me|ask|asking|wondering|wonder|confirm|find out|learn|check|hear|sure|clarify|advise|indicate|share|understand)(?: (?:me|us|you))? )(?:if|that)|likelihood (?:of|that)|chance (?:of|that)|chances (?:of|that)|odds (?:of|that)|probability (?:of|that)|sign (?:of|that)|signal that|indication that|green light that)(?: ${W}){0,2}? (?:i|my|myself) (?:(?:am|will|would|shall|could|can|might|be|get|getting|likely|expected|going|to|ever|still|actually|really|realistically|eventually|have|had) )*(?:be matched|matched|matching|match|be ranked to match|be in (?:the|your) program|be joining you|getting a position|get a position|have a place|having a place|have a position|have a spot|getting a spot|get a spot|getting a place|get a place)(?: (?:for (?:sure|certain)|this year|in july))? (?:with|at|to|into|in) (?:you|u|your|this program|the program)${E}`,
  ),
  rx(
    String.raw`${B}(?:should|must|do i (?:need|have) to|would you (?:recommend|advise|suggest)|do you (?:recommend|advise|suggest)|is it (?:worth|wise|safe|necessary|okay|ok|sensible))(?: (?:that|for me))? (?:i )?(?:(?:still|keep|continue|even|also|to|really) )*(?:interview\w*|apply\w*|go(?:ing)? to|attend\w*|keep\w*|continu\w*|declin\w*|cancel\w*|turn\w* down|drop\w*|withdraw\w*|refus\w*|look\w*)(?: ${W}){0,4}? (?:elsewhere|other|others|remaining|backup|back up|lifeboats)${E}(?:(?<=${B}(?:given|based on)${E}.*)|(?=.*${B}(?:given|based on|depending on|depends on|or am i|or is my|or my|where you have me|assessment|how you see me|a lock|lock|secure|already decided|my (?:chances|standing|place|position|seat|spot))${E}))`,
  ),
  rx(
    String.raw`${B}if (?:you|they|professors|the (?:program|committee|professors|faculty)|your (?:program|committee|faculty)) (?:(?:have|has|had|do|did|will|decided to|decide to|plan to|are going to|intend to) )*(?:rank\w*|list\w*|put|place\w*|include\w*) (?:me|my name)(?: ${W}){0,3}?,? (?:will|would|can|could|may|might|shall|do|does) (?:someone|anyone|you|i|the program|somebody)(?: ${W}){0,2}? (?:call|email|contact|tell|let|notify|inform|hear|receive|get|know)${E}|${B}(?:hear|hear anything|be told|be contacted|get a call|receive (?:a |any )?(?:call|email|contact))(?: ${W}){0,5}? if (?:i am|my name is) (?:on|in) (?:your|the) (?:${W} )?list${E}`,
  ),
  rx(
    String.raw`${B}my (?:(?:approximate|rough|exact|current|likely|probable|eventual|final|overall|relative|present) )*(?:position|place|standing|spot|rank|ranking|placement|number) (?:on|in|within) (?:your|the) (?:(?:final|current|provisional|draft|rank|ranking|rank order|match|nrmp) )*(?:list|lists|ranking|rankings|rol)${E}`,
  ),
  rx(
    String.raw`${B}(?:whether|(?<=${B}(?:know|tell me|ask|asking|wondering|wonder|confirm|find out|learn|check|hear|sure|clarify)(?: (?:me|us|you))? )if) i (?:will|would|am going to|shall) be (?:in|joining|part of|starting in|starting with) (?:your|the) (?:program|programme|residency|intern class|class|team)${E}`,
  ),
  rx(String.raw`${B}(?:if|whether) i am (?:in|on (?:the|your) list)(?=\s?(?:[.,;:!?)]|$)| or (?:not|out)${E})`),
  rx(
    String.raw`${B}(?:how|what) (?:the|your) (?:committee|faculty|panel|interviewers|professors|program|programme|attendings) (?:(?:ended up|came to|really|actually|finally|has|have|had|did|do|does) )*(?:view\w*|saw|see|sees|thought of|think of|felt about|feel about|rated|rate|judged|assessed|perceived|perceive)(?: of)? (?:me|my (?:application|file|candidacy|interview|performance))${E}|${B}(?:whether|if|that) (?:the|your) (?:committee|faculty|panel|interviewers|professors|attendings) (?:(?:really|actually|all) )*(?:thought|think|felt|feel|found|find|considered|consider|were|was|are|is) (?:that )?(?:i (?:was|am|were) |me )?(?:(?:strong|good|competitive|impressive) enough|(?:satisfied|happy|impressed|pleased|convinced) (?:about|with|by) me|enough)${E}`,
  ),
  // Round eleven's rank set: which position of the list the writer holds, the program taking the writer, the writer's
  // rating among candidates, the name on the list, the writer "a chance", the list's top places asked about, the cut or
  // the team made, the writer as a front-runner.
  rx(
    String.raw`${B}(?:which|what) (?:position|place|rank|number|spot|slot|row|line)(?: ${W}){0,2}? (?:of|on|in) (?:the|your) (?:${W} ){0,2}?list (?:(?:that )?i (?:am|hold|occupy|stand|sit|have)|my (?:name|application) (?:is|has|holds|occupies))${E}`,
  ),
  rx(
    String.raw`${B}(?:you|your (?:${W} ){0,2}?(?:program|programme|committee|team|panel|department|residency|hospital)|the (?:committee|selection committee|ranking committee|panel|program|programme|team|department))(?: (?:${W} )?(?:will|would|could|might|may|can|shall|decided to|decides to|plans? to|intends? to|is going to|are going to|wants? to|is willing to|are willing to))+ (?:take|accept|pick|choose|select|want|rank|match) me${E}(?! (?:on|for|to|through|around|out|aside|along|in mind|posted|updated|informed) (?:a |the |your )?(?:${W} )?(?:tour|lunch|dinner|visit|second look|rounds|clinic|shadow|call)${E})`,
  ),
  rx(
    String.raw`${B}my (?:(?:current|overall|relative|final) )?(?:rating|score|grade|marks?)(?= (?:among|amongst|compared (?:with|to)|against|relative to|with (?:the|your) (?:committee|panel)|on (?:the|your) (?:${W} )?list)${E})`,
  ),
  rx(
    String.raw`${B}my name (?:(?:is|will be|would be|is going to be|has been) )?(?:coming|appearing|featuring|included|going|present|listed|showing|figuring|there|placed|put)(?: up)? (?:in|on|into) (?:your|the) (?:${W} ){0,3}?(?:list|ranking|rankings)${E}`,
  ),
  rx(String.raw`${B}i am (?:(?:still|even|really) )?(?:a|any) (?:(?:real|good|decent|fair|strong|realistic) )?chance (?:at|for|of|with)${E}`),
  rx(
    String.raw`${B}(?:which|who|what) (?:candidates|applicants|people|residents|names)(?: ${W}){0,3}? (?:hold|have|occupy|are in|are at|made|take|took|get|got|fill|filled) (?:the )?(?:top|first|highest|leading) (?:${W} )?(?:positions?|spots?|places?|slots?|rows?)${E}`,
  ),
  rx(
    String.raw`${B}(?:i (?:have |had )?(?:made|make) (?:the|your) (?:final )?(?:cut|team|squad|grade|shortlist|short list)(?=(?: this (?:year|cycle|season))?\s?(?:[.,;:!?)]|$| or${E}| (?:for|on|onto|in|at|with|of) (?:your|the) (?:${W} ){0,2}?(?:list|ranking|rankings|program|programme|residency|intern class|class|committee|rol)${E}))|(?:am i|is my (?:application|name|file|candidacy)|i am|my (?:application|name|file|candidacy) is) (?:(?:still|really|even) )?(?:a |the |one of the )?(?:front runner|frontrunner|front runners|frontrunners|favou?rites?|contenders?|leading candidates?))${E}`,
  ),
  // Where the writer stands, or where something leaves them: "wondering where I stand with the program", "in hope of
  // hearing where I stand", "my interview score and where it puts me", "roughly where I am" (not "where I stand on
  // night float": an opinion).
  rx(
    String.raw`${B}(?:where (?:i|my application|my candidacy|my file) (?:(?:now|currently|really|actually|roughly|exactly) )?(?:stand|stands|sit|sits|fall|falls|rank|ranks|land|lands)(?: (?:now|currently|at the moment|right now))?(?: (?:with|at|in|among|for) (?:the |your |this )?(?:program|programme|residency|committee|team|department|hospital|list|rank list|ranking|rankings|eyes|selection|you))?(?=\s?(?:[.,;:!?)"-]|$)| (?:now|after|since|and|or|so|before|given|following|this|at this|at the moment|right now)${E})|(?:roughly|exactly|approximately|more or less) where i am(?: (?:on|in) (?:your|the) (?:${W} ){0,2}?(?:list|ranking))?(?=\s?(?:[.,;:!?)"-]|$))|where (?:it|that|this|the interview|my score|my interview) (?:puts|leaves|places|put|leave|place|left) me)${E}`,
  ),
  // Moved on the list, rose or fell: "whether that moves me up your list", "whether my application rose or fell after the
  // second look".
  rx(
    String.raw`${B}(?:moves?|moved|moving|bumps?|bumped|pushes|pushed|changes?|changed|affects?|affected|improves?|improved|lifts?|lifted) (?:me|my (?:application|candidacy|ranking|rank|position|standing|place|chances)) (?:(?:up|down|higher|lower) )?(?:(?:on|in) )?(?:your|the) (?:${W} )?(?:list|ranking|rankings|order)${E}|${B}(?:whether|if|how|did) (?:${W} ){0,2}?my (?:application|candidacy|ranking|rank|position|standing|place|file) (?:has )?(?:rose|risen|fell|fallen|rises|falls|went up|gone up|went down|gone down|moved|improved|dropped|climbed|slipped|changed)${E}`,
  ),
  // The writer as rankable, considered for ranking: "whether the program director considered me rank-worthy", "if you
  // have considered me for ranking", "knowing that I'm rankable in your eyes".
  rx(
    String.raw`${B}(?:(?:i am|me|i was|i will be|i would be|i be|my application is|my application was|my candidacy is) (?:(?:considered|seen as|deemed|thought|found|judged|still|even) )?(?:rank ?worthy|rankable|rank able)|considered me (?:for (?:ranking|your (?:rank )?list|a (?:rank|ranking|spot|position|place))|(?:as )?(?:rank ?worthy|rankable))|considered me (?:at all )?(?:for|in) (?:the|your) (?:${W} )?(?:rank list|ranking))${E}`,
  ),
  // How the program sees or will rank the writer: "knowing how you view me", "whether you'll rank me highly", "whether
  // your program will take me" (not a tour or a speaker's slot).
  rx(
    String.raw`${B}(?:how|whether) (?:you|your (?:program|programme|committee|team|faculty)|the (?:program|programme|committee|program director|pd|panel|faculty)) (?:(?:will|would|are going to|is going to|might|do|does|did|have|has|currently|now) )*(?:view|views|viewed|see|sees|saw|rate|rates|rated|regard|regards|regarded|perceive|perceives|assess|assessed|rank|ranks|ranked|take|takes|accept|accepts|want|wants|feel about) (?:me|my (?:application|candidacy))${E}(?! (?:as (?:a |an )?(?:speaker|presenter|volunteer|contact|reference|guest)|on (?:a |the )?(?:tour|visit)|for (?:the |a |an )?(?:${W} )?${OTHER_THING}${E}))`,
  ),
  // Favoured by the committee, counted among the top choices: "if my application was favoured by the committee", "might I
  // be counted among your top choices".
  rx(
    String.raw`${B}(?:whether|if) (?:my (?:application|candidacy|file)|i) (?:was|were|has been|have been|is|am|will be) (?:(?:well|highly|favou?rably|positively) )?(?:favou?red|viewed|looked upon|received|regarded|rated|ranked|liked) (?:(?:well|highly|favou?rably|positively) )?by (?:the |your )?(?:committee|program|programme|panel|faculty|pd|program director|selection committee)${E}`,
  ),
  rx(
    String.raw`${B}(?:might|could|will|would|can|may|am) i (?:(?:be|still) )*(?:counted|included|numbered|placed|listed|one) (?:among|on|in|of) (?:your|the program's|the) (?:${W} ){0,2}?(?:choices|picks|list|candidates|ranked applicants|top applicants|top candidates)${E}`,
  ),
  // An update on, or knowing, the writer's standing: "I request an update on my status with regard to your rank order
  // list", "hope to know my position", "my ranking at your program (request for update)".
  rx(
    String.raw`${B}(?:update|updates|news|word|information|insight|feedback|clarity|indication|hint|sense|idea) (?:on|about|regarding|concerning|as to|of) (?:my|where i) (?:(?:current|present) )?(?:status|standing|stand|position|ranking|rank|place|chances)${E}(?=[^.?!]{0,60}${B}(?:list|lists|rank\w*|match\w*)${E})`,
  ),
  rx(String.raw`${B}my (?:ranking|rank|standing|position) (?:at|in|on|with) (?:your|the) (?:program|programme|residency|rank list|list)${E}`),
  rx(
    String.raw`${B}(?:to know|to hear|to learn|knowing|hearing|learning|to find out) (?:my|where i) (?:(?:current|present) )?(?:position|standing|stand|status|rank|ranking)${E}${FOR_SOMETHING_ELSE}(?! (?:on|for|in) (?:the |a )?(?:${W} )?(?:waitlist|wait list|housing|visa|application portal)${E})`,
  ),
  // The list holding the writer, the writer's name or candidature in it, matchable, a worry about not being ranked:
  // "whether your list includes me", "whether my name made it", "if my candidature is in the list", "whether I am
  // matchable at your institution", "do I need to worry about not being ranked".
  rx(
    String.raw`${B}(?:(?:your|the|its) (?:(?:rank|final|match) )?list (?:(?:will|would|does|already|still) )?(?:includes?|contains?|has|holds?|features?) (?:me|my (?:name|application|candidacy|candidature))|(?:whether|if) my (?:name|application|candidacy|candidature|file) (?:(?:is|was|will be|has been) (?:(?:still|already) )?(?:in|on|onto|among) (?:the|your) (?:(?:rank|final|match) )?(?:list|ranking)|made it(?: (?:onto|on|into) (?:the|your) (?:(?:rank|final|match) )?list)?)|(?:whether|if) i (?:am|will be|would be) (?:matchable|rankable)|(?:worry|worried|concerned|anxious) about (?:not )?(?:being ranked|being on your list|making your list|matching (?:here|with you|at your program)))${E}`,
  ),
  // A sign that the writer is on the list: "even a thumbs-up that I'm on your list would make my week".
  rx(
    String.raw`${B}(?:thumbs up|sign|signal|hint|word|confirmation|nod|indication|assurance|wink) (?:that|whether|if) (?:i am|i am still|i made|i will be|my name is|i have made|i made it) (?:on |in |onto )?(?:your|the) (?:${W} ){0,2}?list${E}`,
  ),
  // How the writer's interview came out when the list was made: "how my interview landed when the committee put its list
  // in order" (not "how my interview went", with no list in sight).
  rx(
    String.raw`${B}how (?:my|i) (?:(?:interview|application|candidacy|file|performance|interview day) )?(?:landed|fared|came out|came across|went down|stacked up|measured up|placed|ended up|scored|rated)${E}(?=[^.?!]{0,80}${B}(?:list|lists|ranking|rankings|rank|ranked|in order)${E})`,
  ),
  // The program's inclination toward the writer: "might your committee be warming to me", "is the panel leaning
  // towards my application", "have you taken a shine to me" (not "warming to the idea of a night float").
  rx(
    String.raw`${B}${PROGRAM} (?:(?:be|is|are|been|being|has|have|had|still|now|really|at all|even|getting|started|starting|begun) ){0,3}(?:warming|warmed|warm|leaning|leaned|leant|lean|inclined|favou?rably inclined|favou?rably disposed|keen|sweet|partial|taken a shine|take a shine|taking a shine|taken to|take to|took to|swinging|swayed|tilting|tilted) (?:to|towards|toward|on|in favou?r of) (?:me|my (?:application|candidacy|file|name))${E}|${B}${PROGRAM} (?:(?:is|are|was|were|still|now|really|at all|even|pretty|very|quite) ){0,3}(?:high|big|sold|bullish|warm|cool|lukewarm|positive|negative|down) on (?:me|my (?:application|candidacy|file|name))${E}`,
  ),
  // How close the writer is to a place: "how close I am to a spot", "am I anywhere near the line for a position".
  rx(
    String.raw`${B}(?:how (?:close|near)|(?:if|whether) (?:i am|my application is) (?:close|near|anywhere near)|am i (?:close|near|anywhere near)) (?:(?:i am|am i|my application is|is my application) )?(?:(?:to|for) )?(?:a |an |the |one of (?:your|the) )?(?:${W} )?(?:spot|spots|position|positions|place|places|match|line|cut ?off|cut)${E}${NOT_AN_EVENT}`,
  ),
  // Asking for a sign of the outcome: whether to expect good news, or to get ready to move there. "Should I be expecting
  // good news on Match Day?", "let me know if I should start packing for Ohio", "can I start flat hunting in Leeds yet?"
  // (not "should I pack a white coat for the second look", nor after "if I match here, ...").
  rx(
    String.raw`${B}(?=(?:should|shall|can|could|will|would|do|may|might|ought|if|whether|is it time) )(?<!${B}(?:if|once|when|after|in case|assuming) (?:i|we) (?:${W} ){0,3}?(?:match|matched|am matched|get matched|end up)${E}.*)(?:(?:should|shall|can|could|will|would|do|may|might|ought) i|(?:if|whether) i (?:should|can|could|ought to|need to|may)|is it time (?:for me )?to|is it time i) (?:(?:be|still|already|now|then|safely|start|started|begin|go ahead and|get|think about|get ready to|getting ready to|preparing to|prepare to|starting to|beginning to|thinking about|thinking of|consider|to|need to) )*(?:(?:expect|expecting|anticipate|anticipating|hope for|hoping for|look forward to|looking forward to|count on|counting on|hold my breath for|get|getting|receive|receiving|hear|hearing) (?:(?:some|any|the|a|an) )?(?:good|happy|great|positive|exciting|welcome|nice) (?:news|tidings|results?|outcome|email|call|surprise|envelope)|(?:pack|packing)(?: (?:my bags|my things|my stuff|up|boxes))?(?=\s?(?:[.!?,;)]|$)| (?:for|to) (?!(?:the |my |a |an )?(?:${W} )?(?:interview|interviews|second look|visit|tour|trip|day|dinner|social|conference)${E}))|book(?:ing)? (?:my |a |the |some )?(?:movers|moving (?:truck|van|company)|u haul|uhaul|one way (?:flight|ticket))|(?:look|looking|hunt|hunting|search|searching|shop|shopping) (?:for |at )?(?:an? |some )?(?:apartments?|flats?|housing|places? to live|rentals?|a lease)|(?:apartment|flat|house) hunting|sign(?:ing)? (?:a|the) lease|buy(?:ing)? (?:a )?(?:winter )?(?:coat|boots|parka)|(?:plan|planning) (?:my|the|a) (?:move|relocation)|(?:moving|relocating|move|relocate) (?:to|out to|up to|down to) (?!(?:the |a )?(?:interview|second look|dinner|next (?:question|step|topic))${E})${W})${E}(?!(?: ${W}){0,6}? (?:for|during|before) (?:my|the|an?|our|this) (?:${W} )?(?:away|rotation|rotations|elective|electives|observership|interview|interviews|visit|second look|sub i|audition|externship|clerkship|conference|trip|research)${E})`,
  ),
  // An elliptical question naming a tier of the list, the writer understood: "top 10 or nah??", "top half?", "in your top
  // five or not", "ranked to match or no?". The whole sentence is the tier (and an "or not"), so "top 10 tips?" is not;
  // after a short aside ("i promise", "lol") only with its "or not".
  rx(
    String.raw`(?:^|(?<=${B}(?:promise|lol|haha|anyway|anyways|btw|so|ok|okay|and|but|honestly|seriously|srsly|question|q|pls|please|just|curious|asking|real talk|be honest|tell me|level with me)[,:!.]?(?: [!.]+)? )(?=(?:${W} ){0,4}?(?:or (?:no|not|nah|what)|yes or no)${E}))(?:(?:so|ok|okay|lol|honestly|just|and|but|well|real quick|quick q|me|am i|i am|will i be|would i be|is it|is my name)[,:]? )*(?:still |even |somewhere |anywhere )?(?:(?:in|within|inside|among|at) (?:your |the |ur )?)?(?:top (?:\d+|ten|five|three|four|six|seven|eight|nine|twenty|fifteen|half|third|quarter|tier|few|bracket|chunk|group|spot|slot|of (?:the|your) list)|ranked(?: to match| high| highly)?|rtm|on (?:the|your|ur) (?:rank )?list|on (?:the|your|ur) (?:rank order list|rol)|above the line|below the line)(?: (?:on|of|in) (?:your|the|ur) (?:list|rank list|rank order list|rol|rankings?))?(?: (?:or (?:no|not|nah|what|bottom|below|above|lower)|yes or no))?\s?(?:\?+|(?<= or (?:no|not|nah|what))[.!]*)$`,
  ),
  // "where I stand", "where do I fall on your list", "where my application sits".
  rx(
    String.raw`${B}where (?:(?:${W} ){0,3})?${WHOSE} (?:(?:currently|now|presently|actually|really|might|may|would|will|could|should|do|does|did|is|am|be|exactly|even|still|finally|probably|possibly|likely|ultimately|roughly|approximately|eventually|stands|stood) ){0,3}${STAND_VERB}${E}(?! (?:during|while|when|at the|in the (?:room|queue|line|corridor|hallway|photo|picture|operating|or|theater|theatre|group)|next to|behind|beside|near|for the (?:photo|picture|group)|on (?:the )?(?:first|day|rounds|stage|podium|left|right))${E})${NOT_ADMIN_MATTER}`,
  ),
  // "where I am / will be on your list".
  rx(String.raw`${B}where (?:(?:${W} ){0,2})?${WHOSE} (?:${W} ){0,3}?(?:am|is|be|was|were|are|go|went|fit|come)${E} (?:${W} ){0,2}?${ON_THE_LIST}${E}`),
  // "will you rank me", "how high you plan to put me", "are you ranking my application".
  rx(
    String.raw`${B}${PROGRAM} (?:${W} ){0,5}?(?:rank|ranks|ranking|ranked|rate|rates|rating|rated|list|lists|listing|listed|place|places|placing|placed|put|puts|putting|slot|slots|slotting|slotted|position|positions|positioning|positioned|score|scores|scored|scoring|classify|classifies|classifying|classified|class|classes|classing|classed|locate|locates|locating|located|grade|grades|grading|graded)(?: me| my (?:application|candidacy|file|name)| myself)${E}${NOT_RANKING_ME}`,
  ),
  // "where your committee has me", "where you have got me on the list" (not "where do you see me in five years").
  rx(
    String.raw`${B}where (?:(?:do|does|did|would|will|might|could|have|has|had|currently|now) )?${PROGRAM} (?:(?:currently|now|presently|already|finally|actually|really|have|has|had|got|ended up|end up) ){0,3}(?:have|has|had|got|keep|keeps|kept|put|placed|ranked|slotted|listed|positioned|rated|scored)(?: got)? (?:me|my (?:application|candidacy|file|name))${E}(?! (?:in|at) (?:five|5|ten|10|the future|a few|years)${E})`,
  ),
  // The writer's standing with the program as a place: "whether I am in a good position with your committee",
  // "if my application is in a strong place on your list", "where things stand with my application".
  rx(
    String.raw`${B}(?:i|my (?:application|candidacy|file|name)) (?:(?:am|is|was|be|will be|would be|stand|stands|standing|sit|sits|sitting|still|currently|now|even|realistically) ){0,3}(?:in )?(?:a |an )?(?:(?:very|fairly|reasonably|pretty|really) )?(?:good|strong|decent|favorable|solid|safe|competitive|great|promising|reasonable|comfortable|secure|bad|weak|poor|precarious|tough|difficult|good enough|strong enough) (?:position|place|spot|standing|footing|shape|light|stead) (?:or (?:in )?(?:a |an )?(?:${W} )?(?:position|place|spot|standing|footing)${E}|(?:with|among|before|in the eyes of|on|for|in) (?:${PROGRAM}|(?:the|your|its) (?:${W} ){0,2}?(?:list|ranking|rankings|eyes|view|match|applicants|candidates|pool)|(?:matching|a spot|a position|ranking|the match))${E})`,
  ),
  rx(
    String.raw`${B}where (?:things|it|matters|everything|we) (?:(?:currently|now|presently|actually|really) )?(?:stands?|is|sits|lies|are|sit) (?:with|regarding|on|for|in terms of|as regards) (?:my (?:application|candidacy|file|ranking|standing)|me)${E}`,
  ),
  rx(String.raw`${B}(?:rank|ranking|rate|rating) (?:me|my (?:application|candidacy|file|name))${E}`),
  // The writer's standing WITH the program, judged by it: "how my application sits with your committee", "how I rate
  // with the interviewers", "how my file is regarded by the panel", "how I came across to the selection committee".
  rx(
    String.raw`${B}(?:how|how well|how favou?rably|whether|if) (?:(?:do|does|did|would|will|might|has|have) )?${WHOSE} (?:(?:${W} ){0,2}?)(?:sits?|sat|stands?|stood|fares?|fared|rates?|rated|ranks?|ranked|lands?|landed|measures? up|stacks? up|looks?|looked|comes? across|came across|went down|goes down|played|plays|is going down|is sitting|is standing|(?:is|was|has been|have been|am|were|will be|would be|is being) (?:(?:viewed|regarded|received|perceived|seen|judged|rated|assessed|considered|looked upon|thought of)(?: (?:favou?rably|positively|well|highly))?))(?: (?:favou?rably|positively|well|highly|overall|so far|now|currently))? (?:with|to|by|among|amongst|in the eyes of|before|in front of) (?:${PROGRAM}|(?:the|your) (?:${W} ){0,2}?(?:committee|panel|board|interviewers|faculty|program|leadership|team|selection|people (?:who|that) (?:rank|decide|choose)))${E}`,
  ),
  // Any subject placing the writer somewhere on its list: "whether St. Columba's intends to list me in a position that
  // would lead to a match", "if the committee has me on their rank list yet", "will you put me high enough".
  rx(
    String.raw`${B}(?:rank|ranks|ranking|list|lists|listing|place|places|placing|put|puts|putting|slot|slots|slotting|position|positions|positioning|have|has|had|got|keep|keeps|keeping|include|includes|including|included|hold|holds|holding|consider|considers|considering|count|counts|counting) (?:me|my (?:application|candidacy|file|name)) (?:(?:already|yet|still|now|currently|somewhere) )?(?:in a (?:${W} ){0,2}?(?:position|spot|place|slot)(?: (?:that|which|to|on|where)${E})|(?!(?:${W} ){0,2}?${OTHER_LIST})${ON_THE_LIST}${FOR_SOMETHING_ELSE}|(?:high|highly|higher|low|lower|far) (?:enough|up|down|on)|near the top|at the top|in the top|in your top|within (?:the|your) top)${E}`,
  ),
  // How the writer's file measured up, as a degree: "how competitive my file ended up being in your deliberations",
  // "how strong my application was in the end" (not "how competitive my application would be for fellowship").
  rx(
    String.raw`${B}how (?:(?:very|really) )?(?:competitive|strong|well placed|well positioned|highly (?:rated|ranked|regarded)|well regarded|favou?rabl[ey]|high|well|far up|far down) (?:i|my (?:application|candidacy|file|profile|interview|performance)) (?:(?:${W} ){0,3}?)(?:is|was|am|were|ended up|turned out|proved|came out|looked|looks|seemed|seems|has been|will be|would be|stands|stood|ranks|ranked|rates|rated|came across|comes across)${E}${NOT_FOR_THIS_LIST}`,
  ),
  // Counting on the program: "whether I should not count on Clearwater", "can I bank on you" (not "count on you for a letter").
  rx(
    String.raw`${B}(?:i (?:should|can|could|shall|might|may|ought to|am able to) (?:(?:not|still|safely|realistically|really) )*|(?:should|can|could|may|might) i (?:(?:still|safely|realistically|really|not) )*)(?:count on|bank on|rely on|plan on|depend on)(?: (?:a spot|a place|a position|a match|matching|being ranked|being matched)(?: (?:at|with|in))?)? (?:${PROGRAM}|(?!(?:my|the|a|an|his|her|their|our|some|any|family|friends|this|that|it|them|him|everyone|anyone|god|luck)${E})(?:[${L}][${L}'.-]* ){0,2}?[${L}][${L}'.-]*)(?=\s?(?:[.,;:!?)"-]|$| (?:or|and|in the match|on match day|come march|to rank me|to take me)${E}))`,
  ),
  // Asking the program to return the writer's ranking: "keep me in mind in the same way", "rank me likewise", "do the
  // same for me", "return the favour".
  rx(
    String.raw`${B}(?:(?:keep|rank|place|put|hold|consider|see|treat|think of|remember|have|list) me (?:${W} ){0,4}?(?:in the same way|the same way|likewise|in kind|in return|similarly|just as highly|as highly|equally highly|equally|the same)|(?:do|return) the same (?:for|with|to) me|return the favou?r|reciprocate)${E}`,
  ),
  // How the writer is looking for the Match: "how I'm looking for a spot with you", "how things look for me in the Match".
  rx(
    String.raw`${B}how (?:am i|i am|things are|things look|it is|it looks|do things look|does it look|is it looking|(?:is|are|do|does) my (?:application|chances|candidacy|file)|my (?:application|chances|candidacy|file) (?:is|are|look|looks|is looking|are looking)) (?:(?:looking|doing|faring|going) )?(?:for me )?(?:(?:for|in terms of|regarding|with regard to|as far as|in) (?:(?:the|a|my) )?(?:match|matching|spot|position|place|ranking|rank list|your list|one of your (?:spots|positions|places))|(?:on|from) (?:your|the program's|the committee's|their|the committee|the program) (?:end|side)|to (?:you|the committee|your committee|the panel))${E}`,
  ),
  // What the program made of the writer: "how did the committee feel about my interview", "did the committee like me",
  // "whether I made a good impression on the selection committee".
  rx(
    String.raw`${B}${PROGRAM} (?:${W} ){0,3}?(?:feel|felt|think|thought|(?<!${B}(?:applicants|candidates|people|someone|somebody|students|graduates|grads|imgs|doctors|physicians|residents|interns|folks|others|those|ones|one|anyone|anybody|persons|prelims) )like|liked|make of|made of|view|viewed|think of|thought of|was impressed|were impressed|warm to|warmed to|took to|take to) (?:about |of |with |by |to )?(?:me|my (?:interview|application|candidacy|performance|file|answers))${E}(?! to${E})`,
  ),
  rx(
    String.raw`${B}(?:i|my (?:interview|application|candidacy)) (?:${W} ){0,2}?(?:made|left|make|leave|created|create) (?:a |an |the )?(?:(?:good|positive|strong|favou?rable|great|lasting|bad|poor|negative|decent|right|wrong|good enough) )?impression (?:on|with) ${PROGRAM}${E}`,
  ),
  // Idioms of likelihood with the place or the match as their subject: "is a spot at Mercy on the cards for me", "is
  // matching with you in the cards", "would a place here be within reach", "is it on the cards that I match".
  rx(
    String.raw`${B}(?:is|are|would|will|could|might|does|do|whether|if) (?:(?:there|it|that) )?(?:(?:be|still|even|realistically|really) )*(?:(?:matching|a match|getting in|(?:getting|landing|securing) (?:a |an |one of (?:the|your|its) )?(?:${W} ){0,2}?${PLACE_NOUN}${NOT_AN_EVENT}|(?:a|an|one of (?:the|your|its)) (?:${W} ){0,2}?${PLACE_NOUN}${NOT_AN_EVENT}) (?:${W} ){0,4}?)?(?:(?:be|seem|look|sound|remain|is|are|still) )*(?:on the cards|in the cards|within (?:my )?reach|in reach|out of reach|a realistic prospect|a real prospect|a realistic possibility|a live possibility|on the table|in the realm of possibility|a possibility|a goer|a runner)${E}(?:(?: (?:for me|for someone like me|that i (?:will |would |could |might )?(?:match|be matched|be ranked|get (?:in|a spot|a place|a position)|be offered|join)))|(?<=${B}(?:matching|match|getting in|${PLACE_NOUN}) (?:${W} ){0,6}?(?:on the cards|in the cards|within (?:my )?reach|in reach|out of reach|a realistic prospect|a real prospect|a realistic possibility|a live possibility|on the table|in the realm of possibility|a possibility|a goer|a runner)))`,
  ),
  // "am I ranked", "will I be on your list", "is my name on the rank list", "I'm in your top ten".
  rx(
    String.raw`${B}(?:i|my (?:application|candidacy|file|name|profile)) (?:(?:will|would|am|was|have|has|is|might|could|shall|be|been|being|get|got|getting|are|were|still|currently|now|even|likely|unlikely|going to|ever|to|able to|enough|already|possibly|realistically|anywhere|somewhere|end up|ending up|ended up|wind up|winding up|fortunate|lucky|blessed|privileged|good|strong|competitive|so fortunate as|well|highly|favou?rably) ){0,6}(?:ranked|classified|matched(?! (?:into|in|with|to|for) (?!your|you|this|here|there|the program)${W})|rated|placed|listed|rankable|ranked to match|rank to match|in the running|in line for (?:a |an |the |one of (?:the|your|its) )(?:${W} ){0,2}?(?:position|positions|spot|spots|place|places|post|posts|slot|slots|seat|seats)|in contention|in the frame|in the reckoning|in the hunt|in with a (?:(?:good|fair|decent|real|strong|reasonable|realistic|fighting|solid) )?(?:chance|shout|shot|hope)|under consideration|in consideration|in play|alive|on the table|still being considered|being considered|considered for ranking|considered for (?:a |an |one of (?:your|the|its) )(?:${W} )?(?:position|positions|spot|spots|place|places|slot|slots|post|posts)(?!(?: ${W}){0,3}? (?:on|at|in|for) (?:the |a |an )?(?:${W} )?(?:panel|committee|team|study|trial|research|award|prize|poster|talk|lecture|dinner|tour|second look)${E})|high on|low on|near the top|near the bottom|close to the top|close to the bottom|towards the top|toward the top|above the line|below the line|on the (?:right|wrong|safe|good|bad|correct) side of (?:the|your) (?:line|cut ?off|cut|bar|threshold)|in the top|within the top|among the top|in your top|on (?:your|the|this) (?:${W} ){0,2}?list|on your radar|in the mix|make (?:the cut|the list)|made (?:the cut|the list)|make the (?:rank )?list|a ranked (?:candidate|applicant)|ranked (?:high|highly|well|low))${E}${FOR_SOMETHING_ELSE}${NOT_AN_EXAM}`,
  ),
  // "my ranking", "my chances", "my position on your list", "my standing with the committee".
  rx(
    String.raw`${B}my (?:(?:current|likely|overall|possible|potential|expected|approximate|exact|final|actual|real|relative|realistic|estimated|present|existing|latest|provisional|tentative) )?(?:(?:selection|match|matching|ranking|admission|acceptance|placement|interview) (?=(?:chances|chance|odds|prospects|likelihood|probability)${E}))?(?:rank list position|list position|rank list place|list number|rank|ranking|rank position|standing|classification|classement|chances|chance|odds|prospects|likelihood|probability|possibility|possibilities|competitiveness|placement|(?:selection|ranking|rank|match|merit) status|selection(?= (?:in|at|for|with|into|to) (?:your|the program|this program|you)${E}))${E}(?! (?:order )?lists?${E})(?! of (?:programs|your program|the programs)${E})(?! (?:of|at|for|in) (?:${W} ){0,5}?(?:parking|permit|housing|apartment|lease|locker|awards?|grants?|scholarships?|publications?|papers?|posters?|abstracts?|electives?|rotations?|fellowships?|visa|chief resident|leadership|research)${E})`,
  ),
  rx(
    String.raw`${B}my (?:(?:current|likely|overall|exact|final|actual|relative|present|existing|latest|updated|true|precise|provisional|tentative) )?(?:position|place|spot|status|number|placement|rank)${E} (?!(?:${W} ){0,3}?${OTHER_LIST})(?:${W} ){0,1}?${ON_THE_LIST}${E}`,
  ),
  // The place the writer holds, asked as which one: "what place I will occupy in your list", "which position my
  // application has in the ranking" (not "which position residents start in").
  rx(
    String.raw`${B}(?:what|which) (?:place|position|spot|rank|number|slot|rung) (?:(?:do|does|will|would|did|shall) )?(?:i|my (?:application|candidacy|file|name)) (?:(?:will|would|might|could|currently|now|am going to|shall|do|does) )*(?:occupy|occupies|hold|holds|have|has|take|takes|get|gets|be|am|is|was|end up|ended up|stand|stands|come|comes|receive|fill)(?: in| at)?${E}(?: (?:${W} ){0,1}?${ON_THE_LIST}${E}|(?=\s?(?:[.?!]|$)))`,
  ),
  // Whether hope is still worth keeping: "is it worth me holding out hope for a spot with you", "should I keep waiting
  // for a position at your program".
  rx(
    String.raw`${B}(?:is it|would it be|will it be|is there (?:any|a|much) point(?: in)?|should i (?:keep|bother|still be|continue)|do i (?:keep|continue)) (?:(?:still|even|really|at all) )?(?:worth (?:it )?(?:(?:for )?(?:me|my) )?)?(?:holding out|waiting|hoping|keeping my hopes up|holding on|keep hoping|keep waiting)(?: (?:any|some|much) ?hope| hope)? (?:for|on) (?:a |an |the |one of (?:the|your|its) )?(?:${W} )?(?:spot|spots|position|positions|place|places|match|offer|slot|slots|post|seat)(?: (?:at|with|in) ${PROGRAM})?${E}`,
  ),
  // A subject line or a note that is nothing but the question: "Rank status?", "Ranking chances?", "Re: selection
  // status?" (a question about the program's rank list has no status of the writer's: "Rank list deadline?").
  rx(
    String.raw`^(?:re:? |fw:? |quick question:? )?(?:(?:my|our) )?(?:rank|ranking|selection|match ranking) (?:status|standing|position|placement|chances|odds|prospects|outlook|update)(?=\s?\?)`,
  ),
  // Selection as the outcome (South Asian English): "is my selection confirmed", "your reply regarding my selection".
  rx(
    String.raw`${B}my (?:final )?selection(?: (?:status|result|outcome))?(?: (?:is|be|will be|has been|was|would be|got))?(?: (?:confirmed|certain|sure|final|finalized|done|possible|likely|guaranteed|assured|fixed)${E}|(?=\s?(?:[.,;:!?)"]|$)))`,
  ),
  // How the writer is sitting with the program: "how am I sitting with you guys", "how is my application tracking".
  rx(
    String.raw`${B}how (?:am|is|are) (?:i|my (?:application|candidacy|file|profile)) (?:(?:currently|now|really|actually) )?(?:sitting|placed|positioned|faring|tracking|shaping up|measuring up|stacking up|ranking|rated|viewed|seen|perceived|regarded)(?= (?:with|on|in|among|against|compared|relative|versus|vs|after|following|so far|at this point)${E}|\s?(?:[.,;:!?)]|$))`,
  ),
  // Whether something the writer did changed the program's view: "did my interview move the needle with you".
  rx(
    String.raw`${B}(?:did|has|have|will|would|could|might) (?:my (?:interview|application|visit|performance|update|letter|email|second look|scores?|publication|paper)|i|it|that|this) (?:really |actually |at all |even )?(?:move|moved) the needle${E}`,
  ),
  // How the program feels about the writer, as an adjective: "how warm is the committee on me", "is your team keen on my application".
  rx(
    String.raw`${B}(?:how|is|are|was|were) (?:(?:very|really|still) )?(?:warm|keen|high|sold|bullish|positive|enthusiastic|excited|hot|cold|lukewarm|cool)? ?(?:is|are|was|were)? ?(?:the (?:committee|program|panel|selection committee|faculty|pd|program director)|you|you guys|your (?:${W} )?(?:program|committee|team|panel|faculty)) (?:(?:still|really|very|at all) )?(?:warm|keen|high|sold|bullish|positive|enthusiastic|excited|hot|cold|lukewarm|cool)? ?(?:on|about|towards?) (?:me|my (?:application|candidacy|file))${E}(?<=${B}(?:warm|keen|high|sold|bullish|positive|enthusiastic|excited|hot|cold|lukewarm|cool)(?: ${W}){0,6})`,
  ),
  // Advice on ranking the program itself, given how the program saw the writer: "would you recommend I rank you first".
  rx(
    String.raw`${B}(?:recommend|advise|suggest|think|say|reckon)(?: that)? i (?:should |ought to |must )?rank (?:you|your program|this program|you guys)(?: ${W})? (?:first|highly|high|#1|at the top|on top|above (?:the others|others|everyone))${E}`,
  ),
  // Being told the outcome as a statement: "if you tell me I will match at your program", "give me your word I'll
  // match", "promise me I'm getting in", "give me the nod that I'm ranked", "tell me I'm in" (the outcome said as told,
  // not asked as "will I match"). The writer's own promise or assurance tells the program something: "I promise I will
  // make it work", "I can assure you I will be there".
  rx(
    String.raw`${B}(?<!${B}(?:i|we)(?: (?:can|could|will|would|do|hereby|also|really|truly|solemnly|must|shall|want to|wish to|would like to|am happy to|can only))* )(?:tell|tells|telling|told|confirm|confirms|confirming|assure|assures|assuring|promise|promises|promising|guarantee|guarantees|guaranteeing|let me know|inform|informs|informing|show|shows|swear|give me your word|give me (?:a |an |the |your |some |any )?(?:(?:quick|little|small|clear|private|discreet|informal|subtle) )?(?:sign|signal|assurance|confirmation|nod|word|green light|go ahead|thumbs up|heads up|wink|hint|indication|all clear|tip off|tip)) (?:me |us )?(?:(?:that|now|today|honestly|directly) )*(?:i|my application|my candidacy) (?:(?:will|would|am going to|am gonna|shall|am|is|can|could|definitely|certainly|surely|really|be able to|for sure|then|still|actually) )*(?:match(?! (?:the|your|a|an|their|its|his|her|our|my|this|that|these|those|every|any|all)${E}(?! (?:${W} )?(?:program|programme|residency|hospital|team)${E}))|be matched|be ranked|get ranked|(?<=${B}(?:am|is) )(?:ranked|matched|selected|chosen|listed|ranked to match)|(?<=${B}(?:am|is) )in(?=\s?(?:[.,;:!?)]|$| (?:and|or|so|then|for (?:july|next year|the match|march))${E}))|be offered|be selected|be chosen|be taken|get (?:in|a spot|a position|a place)|getting (?:in|a spot|a position|a place)|matching|make it(?! (?:work|happen|up|right|count|easier|easy|simpler|clear|known|official)${E})|end up (?:at|with|in) (?:${PROGRAM}|here|there)|(?:be|am) (?:on|in|at the top of) (?:your|the) (?!(?:${W} ){0,2}?${OTHER_LIST})(?:${W} )?(?:list|top))${E}(?! (?:into|in) (?!your|you|this|here|there)${W})${FOR_SOMETHING_ELSE}`,
  ),
  // The program's judgment of the writer, formed or reached: "has the committee formed an opinion on my candidacy",
  // "whether the program has reached a view on my application" (not a view on the new call schedule).
  rx(
    String.raw`${B}${PROGRAM} (?:(?:has|have|had|already|yet|now|finally|been able to|managed to|may have|might have|would have|will have) ){0,3}(?:reached|formed|come to|arrived at|settled on|developed|taken|reach|form|come to|arrive at) (?:a |an |any |its |their |some |your )?(?:(?:clear|firm|final|overall|collective|settled|considered|general) )?(?:view|views|opinion|opinions|verdict|assessment|judgment|judgement|impression|position|feeling|sense) (?:on|of|about|regarding|concerning|as to) (?:me|my (?:application|candidacy|file|interview|performance|profile))${E}`,
  ),
  // The writer measured against the others: "my application relative to the rest of the pool", "me against the field".
  rx(
    String.raw`${B}(?:me|i|my (?:application|candidacy|file|profile|interview|performance)) (?:(?:am|is|was|sits|sit|stands|stand|ranks|rank|fares|fare|looks|look|stacks up|measures up|comes out|would be|will be) )?(?:relative to|compared (?:to|with)|in comparison (?:to|with)|against|versus|vs|next to|alongside) (?:(?:the rest of|the others in|all|most of|everyone in) )?(?:the |your |other |this year's |this years |the other )?(?:(?:applicant|candidate|interview|interviewee) )?(?:pool|applicants|candidates|field|others|interviewees|cohort|competition|rest)${E}`,
  ),
  // Likelihood in idioms, with the writer, the program or the place as the subject: "am I a long shot for your program",
  // "is your program a reach for an applicant like me", "would a place here be a stretch for me", "is matching with you
  // a pipe dream" (not "is the commute a stretch").
  rx(
    String.raw`${B}(?:am i|would i be|will i be|is my (?:application|candidacy|file)|is (?:matching|a match|getting in)(?: (?:with|at|into|in) (?:${PROGRAM}|here))?|(?:is|would|will) (?:a |an |one of (?:the|your) )?(?:spot|place|position|seat|slot)s?(?: (?:with|at|in) (?:${PROGRAM}|here))?(?: be)?|(?:is|would|will) ${PROGRAM}(?: be)?(?= (?:(?:still|just|really|even|realistically|honestly|too much of|going to be|be) )*(?:a |an )?${W}(?: ${W})? for (?:me|myself|(?:someone|somebody|an? (?:${W} ){0,2}?)like (?:me|myself))${E})) (?:(?:still|just|really|even|realistically|honestly|too much of|going to be|be) )*(?:a |an )?(?:long shot|longshot|reach|stretch|pipe dream|lost cause|dark horse|safe bet|shoo in|lock|sure thing|realistic target|long odds)${E}(?! (?:for|to) (?:the |my |a )?(?:${W} )?(?:commute|drive|budget|family|partner|kids|schedule|rotation|elective|fellowship|research)${E})`,
  ),
  // Hope for a place judged by the writer: "is it foolish of me to hope for a place with you", "is it naive to expect a
  // position with your program".
  rx(
    String.raw`${B}(?:is it|would it be|am i|was it) (?:(?:too|a bit|rather|very|just) )?(?:foolish|naive|silly|unrealistic|crazy|mad|presumptuous|wishful thinking|too much|overly optimistic|delusional|dreaming) (?:(?:of|for) me )?(?:to )?(?:hope|think|expect|count|dream|wish|aim|set my sights|believe)(?: (?:for|of|on|that i (?:will|could|might|would|can)(?: get| land| secure| be offered)?))? (?:(?:a|an|one of (?:the|your)|matching|to match|getting|landing) )?(?:${W} )?(?:${PLACE_NOUN}|match|matching)${E}${NOT_AN_EVENT}`,
  ),
  // "do I even register on your radar", "do I register with the committee".
  rx(
    String.raw`${B}(?:do|did|will|would) i (?:(?:even|still|actually|really) )?(?:register|show up|feature|appear|figure) (?:on (?:your|the committee's|the program's|their) radar|with ${PROGRAM})${E}`,
  ),
  // Advice asked of the program on ranking it, in the writer's own question: "should I rank you guys high or am I wasting
  // my #1 slot", "is it wise for me to rank your program first" (the writer's list is only asked about through the
  // program's view of them).
  rx(
    String.raw`${B}(?:should|shall|ought) i (?:(?:really|still|even|honestly|just) )?(?:rank|put|place|list|keep) (?:you|your program|your programme|this program|you guys|you all|your team)(?: ${W})? (?:first|highly|high|#1|number one|at the top|on top|top)${E}[^.!?]{0,60}?(?:or (?:not|am i|would i be|is (?:it|that)|would (?:it|that)|will (?:it|that)|was (?:it|that))|wast(?:e|ing)|which way|lmk|let me know|tell me|advise|honestly)|${B}(?:am i|would i be|will i be) (?:(?:just|really|only) )?wasting (?:my (?:#1|first|top|number one|highest) (?:slot|spot|place|choice|position|rank)|a (?:#1|first|top|high) (?:slot|spot|place|rank))(?: on (?:you|your program|this program|you guys))?${E}`,
  ),
  // The writer's fate with the program: "could you tell me my fate in your program".
  rx(String.raw`${B}my (?:fate|destiny|lot) (?:in|at|with) ${PROGRAM}${E}`),
  // A chance the writer has at the program itself: "is there any hope for me at your program", "what are the odds for
  // someone like me with you". The program must close the clause: "a chance for me at your open house" is an event.
  rx(
    String.raw`${B}(?:chance|chances|shot|odds|hope|prospects?|possibility|possibilities|future) for (?:me|myself|(?:someone|somebody|a candidate|an applicant|a person|an img|people|applicants|candidates|imgs) like (?:me|myself)) (?:at|with|in|on|into) ${PROGRAM}(?=\s?(?:[.,;:!?)"-]|$| (?:pls|please|honestly|tbh|or not|at all|this year|this cycle|in the match|come march|be honest)${E}))`,
  ),
  // "chances/odds/a shot at matching with you", "a realistic chance of joining your program".
  rx(
    String.raw`${B}(?:chance|chances|shot|odds|likelihood|possibility|possibilities|probability|probabilities|prospects|prospect|(?<=${B}(?:a|any|some|much|real|realistic|reasonable|genuine|serious) )hope|in with a shout|a shout|a look in|a prayer|fighting chance) (?:(?:${W} ){0,3}?)(?:of|at|for|to|that)? ?(?:${W} ){0,3}?(?:match|matching|matched|get in|getting in|getting a spot|landing a spot|securing a spot|secure a spot|get a spot|being ranked|be ranked|being selected|be selected|being retained|be retained|(?:stay|staying|remain|remaining) (?:with|at) ${PROGRAM}|being taken|be taken|being accepted|be accepted|being admitted|be admitted|being offered|be offered|joining|join|training at|train at|training with|train with|a spot|a position|a place|ending up|end up|land|landing|be at|being at|(?:be|being) (?:listed|included|shortlisted|short listed)|(?:be|being|get|getting|feature|featuring|appear|appearing) (?:on|in|onto|into|among|at the top of) (?:your|the|its) (?:${W} ){0,3}?(?:list|ranks|ranking|rankings|top|candidates|applicants)|(?:a|an|one of (?:the|your|its|their)|any of (?:the|your|its|their)) (?:${W} ){0,2}?${PLACE_NOUN}${NOT_AN_EVENT})${E}(?! (?:into|in|for|to|at) (?:a |an |the |top |competitive )?(?:${W} )?(?:fellowships?|subspecialt(?:y|ies)|jobs?|careers?)${E})(?! (?:(?:one|any) of )?(?:the |a |an |your |its |their )?(?:${W} )?(?:chief|leadership|teaching|tutoring|mentoring|committee|board|ambassador|representative|research|electives?|rotations?|awards?|grants?|scholarships?|parking|housing|conference|posters?)${E})`,
  ),
  // "how likely am I to match", "is it likely that I will match", "do you think I will match there".
  rx(
    String.raw`${B}(?:how|is it|am|is there|is this|would it be|will it be|would that be|is that|it is|it would be|it will be|it was|it would still be) (?:(?:very|realistically|at all|even|really|still) )?(?:likely|realistic|real|possible|probable|feasible|doable|achievable|attainable|a possibility|any possibility) (?:(?:that|it is|it would be|it will be|it was|for me|for (?:someone|somebody|a candidate|an applicant|a person|an img|people|applicants) like me|is it|am|would|will|i|to) ){0,3}(?:i )?(?:(?:will|would|could|can|am|to|be) ){0,2}(?:match|be matched|be ranked|get (?:in|a spot|a position)|be selected|be offered|end up|join|${ADMITTED} (?:in|into|at|with|by|to) (?:${PROGRAM}|${W})|${OBTAIN} (?:(?:a|an|the|one|one of (?:the|your|its|their)|any of (?:the|your)) )?(?:${W} ){0,2}?${PLACE_NOUN})${E}`,
  ),
  rx(
    String.raw`${B}(?:think|believe|expect|feel|see|anticipate|reckon|guess|suppose|imagine|predict|estimate|say|judge|gauge) (?:that )?(?:i|my application) (?:(?:will|would|could|can|might|am going to|have|got|have got|stand|am|shall|should|be able to) ){1,3}(?:(?:a|any|good|decent|fair|realistic|real|strong|reasonable) ){0,2}?(?:match|be matched|be ranked|get in|get a spot|get a position|make it|chance|shot|be selected|be offered|succeed|be successful|end up)${E}`,
  ),
  // Statement order after "if/whether": "tell me if I am going to match at Riverbend", "whether I will be offered a place"
  // (not the concessive "whether I will match or not, I learned a lot").
  rx(
    String.raw`${B}(?:if|whether)(?!(?<=^(?:so |and |but )?(?:if|whether))[^,.;?]*? or not,)(?: or not)? i (?:am going to|am gonna|will|would|shall|am likely to|am set to|stand to|could|can|might|am to|am not going to|am not gonna|will not|would not|am not likely to|am unlikely to|might not|may not|cannot) (?:(?:ever|actually|realistically|still|be able to|even|eventually|also) )*(?:match|be matched|be ranked|be offered|be selected|be taken|be accepted|get in|make it|end up (?:at|with|in) (?:${PROGRAM}|here|there))${E}(?! (?:into|in) (?!your|you|this|here|there)${W})(?! (?:with|alongside|to) (?:my|our|a|an|another|other|one|some)${E})`,
  ),
  // "will I match at your program", "could I get a spot here".
  rx(
    String.raw`${B}(?:will|would|could|can|am|do|shall|might|may) i (?:(?:be able to|ever|still|actually|realistically|likely|really) )?(?:match|get in|get a spot|get a position|be matched|be selected|be offered|make it|land a spot|secure a spot|be successful|end up|have a (?:spot|place|position|chance|shot))${E}(?! (?:into|in) (?!your|you|this|here)${W})${NOT_MATCH_CHANCE}`,
  ),
  rx(
    String.raw`${B}(?:(?:do|does|would|will|could|can|did) i|(?:if|whether)(?: or not)? i(?: still| even| really| realistically| actually)? (?:have|stand|got|hold|have got|would have|will have|still have)(?= )) (?:(?:still|even|realistically|really|got) )?(?:(?:have|stand|got) )?(?:(?:a|any) )?(?:(?:good|decent|fair|realistic|real|strong|reasonable|fighting|solid|serious|genuine|legitimate|honest|slim|small|slight|outside|remote|sporting|proper|actual) )*(?:chance|shot|hope|possibility|prospect)${E}${NOT_MATCH_CHANCE}`,
  ),
  // A guarantee, assurance or promise of a place, a match or a rank: "can you guarantee me a position",
  // "any assurance that I will be ranked", "can I count on a spot".
  rx(
    String.raw`${B}(?<!${B}(?:i|we|my|our) (?:(?:will|would|could|can|also|hereby|am willing to|am happy to|am ready to|to|currently|now|still|already|presently) )?)(?<!${B}(?:contract|contracts|policy|policies|agreement|year|track|pathway|position|positions) (?:(?:also|always|usually|automatically|typically|normally|ever|still) )?)(?:guarantee|guarantees|guaranteed|assurance|assurances|assure|assured|reassure|reassurance|promise|promised|commitment|commit|certain|certainty|pledge|count on|rely on|sure thing|secure|secured|lock in|locked in|hold|reserve|reserved|save|confirm(?:ation)? (?:that |whether |if )?(?:i|my|me))${E} ${MATCH_NOT_A_TIME}(?:${W} ){0,6}?(?:(?:spot|position|place|seat|slot|offer|(?<!${B}(?:in|of|under|within|from|per|by) (?:the |my |your |a |our )?)contract|vacancy|opening)${E}${NOT_AN_EVENT}${FOR_A_GROUP}|match|matching|matched(?! (?:residents|applicants|interns|candidates|trainees|students|people|ones|folks|couples|programs|graduates|doctors|physicians|imgs|fellows|class|cohort|group)${E})|rank(?! (?:order )?lists?${E})|ranked(?! (?:programs|applicants|candidates|list)${E})|ranking(?! (?:order )?lists?${E})|selection|selected(?! (?:residents|applicants|interns|candidates|trainees|students|people|ones|for (?:the |an? )?(?:interview|interviews|tour|second look|dinner|panel|award|prize))${E})|pgy ?[12]|categorical|i (?:will|would|can|could|am going to|shall) (?:match|be ranked|be matched|get (?:in|a|the)|be offered|be selected|end up))${E}`,
  ),
  rx(String.raw`${B}(?:guarantee|assure|promise|commit) me${E}`),
  // "Am I guaranteed a place", "is there a guaranteed spot", "is it certain?": what is guaranteed is a place, the Match
  // or left unsaid, not a backup system, parking or days off ("is there guaranteed parking for residents").
  rx(
    String.raw`${B}(?:am i|will i be|would i be|could i be|can i be|is there|are there|can i get|could i get|can i have|could i have|may i have|is it|it is) (?:${W} ){0,2}?(?:guaranteed|assured|promised|certain|a lock|a sure thing|secured)${E}(?=\s?(?:[.,;:!?)]|$)| (?:to|that|of|for|in|on|at|with|by|if|when|once|or|and|come|now|yet|then|this|next|after|before|here|there)${E}| (?:(?:a|an|the|one|any|some|my|your|one of (?:the|your|its|their)) )?(?:${W} ){0,2}?(?:${PLACE_NOUN}${NOT_AN_EVENT}|match|matching|ranking|rank|selection|admission|acceptance|pgy ?[12]|categorical)${E})`,
  ),
  // The program's own list: "who is on your rank list", "how far down your list do you go", "how many do you rank".
  rx(
    String.raw`${B}${NOT_RELATIVE_OF_HANDLING}(?:who|whom|which|how many|how far|how deep|how long|what|where|whether|if) ${NOT_LIST_LOGISTICS}(?:${W} ){0,6}?${NOT_LIST_HANDLING}(?:your|the program's|the committee's|your program's|your committee's|the) (?:(?:final|current|draft|preliminary) )?(?:rank|ranking|rank order|match) (?:order )?list${E}(?!(?: \([^()]*\)|, [^,.;?]{1,40},)? (?:deadline|certification|opens|closes|due|meeting|date|timeline|process|policy|policies|rules|system|algorithm|mechanics|submission|portal|software|training|session|sessions|workshop|webinar|tutorial|seminar|orientation|instructions|guide|guidance|help|template|tool|app|module|video|checklist|works|work|is certified|certifies|(?:is|are|was|gets|get|will be|would be|should be|must be|has to be|can be|needs to be) (?:(?:usually|typically|normally|generally|always|still|also|then|all|[${L}]+ly) )?(?:submitted|certified|entered|filed|finalized|locked|uploaded|sent|due|handled|organized|structured|split|combined|linked|coded|separate|joint))${E})`,
  ),
  rx(
    String.raw`${B}(?:your|the program's|the committee's|your program's) (?:(?:final|current|draft) )?(?:rank|ranking|rank order|match) (?:order )?list${E} (?:${W} ){0,4}?(?:include|includes|including|contain|contains|look like|looks like|length|cut off|cutoff|cut line|names|candidates|applicants)${E}`,
  ),
  rx(
    String.raw`${B}how (?:many|far|deep|far down|low) (?:${W} ){0,6}?(?:${PROGRAM}) (?:(?:plan to|usually|typically|normally|generally|tend to|will|would|intend to|expect to|go|going to|ever|have to) ){0,2}(?:rank|ranking|go|list|get)${E}`,
  ),
  // Asking for a place outside the Match: "could you offer me a position before the Match".
  rx(
    String.raw`${B}(?:offer|give|extend) me (?:a |an |the )?(?:${W} )?(?:position|spot|contract|place|offer) (?:before|outside(?: of)?|ahead of|prior to|without) (?:the )?match${E}`,
  ),
  // "whether Northfield intends to include me on its list", "has the committee placed me on its rank list".
  rx(
    String.raw`${B}(?:include|includes|including|included|put|puts|putting|place|places|placed|placing|keep|keeps|kept|have|has|had|list|lists|listed|add|adds|added|consider|considers|considering) (?:me|my (?:name|application|candidacy)) (?:${W} ){0,2}?(?:on|in|onto|into|among|within) (?:its|your|the|their|this year's|this years) (?!(?:${W} ){0,2}?${OTHER_LIST})(?:${W} ){0,2}?(?:list|lists|ranking|rankings|rank order)${E}${FOR_SOMETHING_ELSE}`,
  ),
  // "I am selected for the rank list", "my name will appear on your list", "I'm someone you would consider ranking".
  rx(
    String.raw`${B}(?:i|my (?:name|application|candidacy|file|good name)) (?:${W} ){0,5}?(?:selected|chosen|included|shortlisted|short listed|appear|appears|feature|features|figure|figures|be|is|am|been|put|put forward|submitted|entered|added|nominated|proposed) (?:${W} ){0,4}?(?:for|on|in|among|to) (?:the|your|its|their) (?:${W} ){0,2}?(?:rank|ranking|rank order|match|final) (?:order )?list${E}`,
  ),
  rx(
    String.raw`${B}(?:i|my (?:name|application|candidacy|file|good name)) (?:${W} ){0,5}?(?:selected|chosen|included|listed|shortlisted|on|in) (?:${W} ){0,3}?(?:the|your|its|their) list (?:(?:that |which )?(?:you|the program|the committee) (?:are|is|will be)? ?(?:sending|submitting|certifying|submit|certify|send)|for the match|to (?:the )?nrmp)${E}`,
  ),
  // "places me inside the group you expect to match", "I fall within your matching range".
  rx(
    String.raw`${B}(?:me|i|my (?:application|candidacy|name|file|profile)) (?:${W} ){0,5}?(?:inside|within|among|in|into|above|below|on) (?:the|your|its) (?:${W} ){0,2}?(?:group|range|cohort|top|pool|number|circle|zone|tier|bracket|band|line|half|third|quarter)${E} (?:${W} ){0,7}?(?:match|matching|rank|ranked|ranking|list|matches|fill|fills|filled|fill from|take|takes|pick|picks|choose|chooses|select|selects|offer|offers|hire|hires)${E}`,
  ),
  rx(
    String.raw`${B}(?:me|i|my (?:application|candidacy|name)) (?:${W} ){0,5}?(?:inside|within|above|below|over|near|close to|around|anywhere near|nowhere near) (?:the|your|its) (?:${W} ){0,2}?(?:matching range|match range|cut ?off|cut line|match line|rank list cut ?off)${E}`,
  ),
  // "whether I will be receiving a position at your program", "am I somewhere on Meridian's list".
  rx(
    String.raw`${B}i (?:${W} ){0,3}?(?:receive|receiving|get|getting|be given|be offered|obtain|obtaining|land|landing|secure|securing) (?:a|an|the|one|one of (?:the|your|its|their|those)|any of (?:the|your|its|their|those)) (?:${W} ){0,2}?${PLACE_NOUN}${E}${NOT_AN_EVENT}(?: (?:at|in|with|from) (?:you|your|this|the program|${W}))?`,
  ),
  rx(
    String.raw`${B}(?:am i|i am|is my name|my name is) (?:${W} ){0,2}?(?:on|in) (?:your|the|its|their|[${L}]+'s) (?:${W} ){0,2}?list${E}${FOR_SOMETHING_ELSE}`,
  ),
  // "whether I feature on your list", "does my name appear anywhere in your rankings".
  rx(
    String.raw`${B}(?:i|my (?:name|application|candidacy|file)) (?:(?:will|would|might|could|do|does|did|still|even|ever|actually) )*(?:feature|features|featured|appear|appears|appeared|figure|figures|figured|show up|shows up|showed up|come up|comes up|make an appearance) (?:anywhere |at all |somewhere )?(?:on|in) (?:your|the|its|their) (?:${W} ){0,2}?(?:list|rankings?)${E}${FOR_SOMETHING_ELSE}`,
  ),
  // The writer judged a contender for a place: "would you say I'm a strong contender for a spot".
  rx(
    String.raw`${B}(?:i am|am i|i would be|would i be|i was|was i|i might be|i could be|i will be|will i be|i remain|do i remain) (?:still )?(?:a |an )?(?:(?:strong|serious|real|realistic|viable|good|solid|top|leading|likely|genuine|credible) )?(?:contender|candidate|prospect|bet|pick) for (?:a|an|one of (?:the|your)|the|your) (?:${W} )?(?:spot|spots|position|positions|place|places|slot|slots|seat|seats|match|ranking|offer)${E}|${B}(?:i am|am i|i would be|would i be|i might be|i could be|i was|was i|i will be|will i be) (?:still )?(?:a |an )?(?:likely|probable|possible|realistic|safe|sure|certain) (?:match|bet|thing|pick)${E}`,
  ),
  // "if my application is viewed favourably", "whether I was seen positively by the panel".
  rx(
    String.raw`${B}(?:i|my (?:application|candidacy|file|interview|performance)) (?:is|was|has been|have been|am|were|will be|would be) (?:being )?(?:viewed|seen|regarded|received|judged|rated|assessed|considered|looked upon|looked on|thought of) (?:(?:very|quite|fairly|reasonably|at all) )?(?:favorably|positively|highly|well|kindly|warmly|strongly|seriously|competitively|as competitive|as a strong)${E}`,
  ),
  rx(
    String.raw`${B}(?:someone|somebody|a candidate|an applicant|the kind of (?:applicant|candidate)|a person|(?:the|a) (?:kind|sort|type) of (?:applicant|candidate|person|resident|intern|doctor|physician|trainee)|one of the (?:applicants|candidates|people)) (?:${W} ){0,3}?(?:would|will|might|could|plan to|intend to|are going to) (?:${W} ){0,2}?(?:(?:keen|happy|likely|willing|inclined|eager|glad|prepared|ready|looking|planning|hoping|wanting|minded) to )?(?:rank|ranking|ranked|list|consider ranking)${E}`,
  ),
  // "ranking to match" / "ranked to match" said of the writer.
  rx(String.raw`${B}(?:rank|ranking|ranked|rank me|ranking me) (?:me )?to match${E}`),
  // "how my application compares with the others", "where I fall relative to other applicants".
  rx(
    String.raw`${B}(?:how|where) (?:my (?:application|candidacy|file|profile|interview|performance)|i) (?:${W} ){0,2}?(?:compares|compare|compared|stacks up|stack up|measures up|measure up|ranks|rank|fares|fare|fared|holds up|hold up|did|went|performed|placed)${E}`,
  ),
  // The writer as the object of an evaluation: "did the panel score me well enough", "considers me a strong
  // contender", "get me onto your list", "my application has found favour with your committee".
  rx(
    String.raw`${B}(?:score|scored|scores|rate|rated|rates|rank|ranked|ranks|place|placed|places|put|puts|get|gets|got|consider|considers|considered|see|sees|view|views|regard|regards|include|included|includes|select|selected|choose|chose|pick|picked) (?:me|my (?:application|candidacy|name|good name|file|interview))${E}${NOT_RANKING_ME}(?!(?: ${W}){0,4}? (?:on|in) (?:the|your|its|their) (?:${W} ){0,2}?${OTHER_LIST}) (?:${W} ){0,4}?(?:enough|onto|into|(?:on|in) (?:the|your|its|their) (?:${W} ){0,2}?(?:list|lists|top|ranking|rankings|running|mix|group|pool|range|cohort|match|frame|first|upper|higher)|in (?:a |an )?(?:${W} )?(?:position|place|spot) (?:to|for) (?:match|matching|be matched|be ranked|a spot|a position|get)|among|a strong|as a strong|a serious|a real|a realistic|a contender|a top|high|highly|well|favorably|favourably|contender|candidate to match|for one of)${E}`,
  ),
  rx(
    String.raw`${B}(?:found|find|finds|won|earned|gained) (?:favor|favour|approval) (?:with|among|from) (?:your|the|its) (?:${W} ){0,2}?(?:committee|panel|program|faculty|team|selection)${E}`,
  ),
  rx(
    String.raw`${B}(?:my (?:application|candidacy|interview|file|performance|scores?)|i) (?:${W} ){0,3}?(?:strong|good|high|well|competitive|impressive|solid) enough (?:(?:to|for|that|so that|such that) )?(?:${W} ){0,5}?(?:match|matching|get|make|land|feature|be ranked|rank|list|your list|onto|on|a spot|a position)${E}`,
  ),
  // "is there a spot for me", "a place for me at St Elias".
  rx(
    String.raw`${B}(?:spot|position|place|seat|room|space|opening|home|future) (?:${W} ){0,2}?for me${E}(?! to (?:ask|send|share|learn|visit|see)${E})(?! (?:on|at|for|in|during|with) (?:the |a |an |your |this |that |one of the |one of your )?(?:${W} )?(?:second look|interview|dinner|tour|social|session|visit|event|call|meeting|webinar|open house|day|project|projects|study|studies|research|elective|electives|rotation|rotations|observership|externship|shadowing|conference|trip|bus|shuttle|car|van|paper|poster|abstract|presentation|workshop|course|lecture|panel discussion|club|interest group|newsletter|mailing list|podcast)${E})`,
  ),
  // "am I going to match", "will I be ranked high enough", "did I make your rank list", "so am i gonna match w/ u".
  rx(
    String.raw`${B}(?:am|will|would|did|do|could|can|shall|might) i (?:(?:going to|be able to|ever|actually|realistically|still|likely to|even) )*(?:be )?(?:ranked|rated|placed|listed|matched|selected|chosen|included|match|matching|get in|getting in|get a spot|getting a spot|get a position|getting a position|getting ranked|getting matched|make (?:it|the cut|the list|your list|your rank list|the rank list)|making (?:it|the cut|the list|your list)|get onto|land|end up|feature|appear|hear good news)${E}(?! (?:into|in) (?!your|you|this|here|there)${W})${FOR_SOMETHING_ELSE}`,
  ),
  rx(String.raw`${B}did i make (?:it onto |it on )?(?:your|the) (?:${W} ){0,2}?list${E}${FOR_SOMETHING_ELSE}`),
  // "can I count on Bellhaven in March", "can I rely on a spot".
  rx(
    String.raw`${B}(?:count|bank|rely|depend) on (?:${W} ){0,4}?(?:${PROGRAM}|a spot|a position|a place|matching|march|match day|the match|a match|an offer|being ranked|you|it)${E}${NOT_COUNTED_ON_FOR_A_PLACE}`,
  ),
  // Terse: "ranked or not?", "in or out?", "yes or no on my ranking".
  rx(String.raw`${B}(?:ranked|listed|matched|in|on the list|on your list|selected) or (?:not|out)${E}`),
  // "is it realistic for me to hope to match at Pemberton", "should I set my expectations elsewhere".
  rx(
    String.raw`${B}(?:is it|is that|would it be) (?:${W} ){0,2}?(?:realistic|reasonable|likely|possible|wise|sensible) (?:for me )?to (?:hope|expect|count|plan|aim)(?: to)? (?:${W} ){0,2}?(?:match|be ranked|get|join|train)${E}`,
  ),
  rx(String.raw`${B}(?:set|lower|manage|adjust|temper) my expectations${E}`),
  // "is it a yes or a no for me", "yes or no on me at Mercy".
  rx(String.raw`${B}(?:a )?yes or (?:a )?no (?:for|on|about) (?:me|my (?:application|candidacy|ranking))${E}(?! to${E})`),
  rx(String.raw`${B}(?:get|keep) my hopes up${E}${NOT_MATCH_CHANCE}`),
  // "where I am likely to land on your preliminary list".
  rx(
    String.raw`${B}where (?:i|my (?:application|name)) (?:${W} ){0,3}?(?:land|sit|fall|end up|stand|be|am|rank|place)${E} (?:${W} ){0,2}?(?:on|in|within) (?:your|the|its) (?:${W} ){0,2}?list${E}`,
  ),
  // "a sense of how my application sits on your list", "how I rank among the other applicants": the embedded
  // "how" question, about the writer's place on the program's list or among its applicants.
  rx(
    String.raw`${B}how (?:i|my (?:application|candidacy|file|name|interview)) (?:${W} ){0,3}?(?:lands?|sits?|falls?|ends? up|stands?|ranks?|ranked|placed?|fared|fares?|compares?|compared|stacks? up|measures? up)${E} (?:${W} ){0,2}?(?:on|in|within|among|against|with) (?:your|the|its|other) (?:${W} ){0,2}?(?:list|ranking|rankings|applicants|candidates|pool)${E}`,
  ),
  // "how competitive my application is", "should I be optimistic about matching", "should I expect to match".
  rx(
    String.raw`${B}how (?:competitive|strong|good|realistic|likely|promising|viable) (?:my (?:application|candidacy|chances|file|profile)|i) (?:is|am|are|look|looks|seem|seems|would be|will be)${E}${NOT_FOR_THIS_LIST}`,
  ),
  rx(
    String.raw`${B}(?:optimistic|hopeful|confident|worried|concerned|pessimistic|nervous) (?:about|regarding|of) (?:my )?(?:matching|being ranked|my chances|my ranking|my standing|getting in|getting a spot|match day|the match)${E}`,
  ),
  rx(
    String.raw`${B}(?:(?:should|can|could|may|might) i|i (?:should|can|could|may|might)) (?:realistically )?(?:expect|hope|hope for|wish for|count on|plan on|anticipate|bank on) (?:to )?(?:match|be ranked|matching|being ranked|a spot|a position|an offer|a match|good news|to hear(?! (?:back )?(?:about|regarding|re|when|whether|if|more about) (?!(?:my|the) (?:match|ranking|rank|result|results|outcome|decision)${E}))|${ADMITTED}|(?:a|an|the|one of (?:the|your|its)) (?:${W} ){0,2}?${PLACE_NOUN}|${OBTAIN} (?:(?:a|an|the|one|one of (?:the|your|its|their)|any of (?:the|your)) )?(?:${W} ){0,3}?${PLACE_NOUN})${E}`,
  ),
  // "whether the panel thought I had done enough to be ranked".
  rx(
    String.raw`${B}(?:i|my (?:application|interview|performance|candidacy)) (?:(?:have|had|has|would have|did) )?(?:done|shown|demonstrated|achieved|impressed|accomplished) enough (?:(?:on|at|in) (?:the )?(?:interview|day) )?(?:to|for) (?:be ranked|get ranked|match|matching|rank|make (?:the|your) (?:${W} )?list|a spot|a position|a place|a ranking|earn a (?:spot|place|ranking|position))${E}`,
  ),
  // "how's it looking for me on your rank list", "how are things looking for me on the list".
  rx(
    String.raw`${B}(?:how|how is|hows|how are|how does|how do) (?:it|things|everything|that|my chances|my odds|my application|my candidacy|my spot|my position) (?:${W} )?(?:looking|look|looks|seem|seems|seeming|shaping up|stacking up)(?: for me)? (?:on|in|with|for) (?:the|your|its) (?:(?:rank|rank order|final|match|matching|preliminary|categorical) )?(?:list|rol|ranking|rankings)${E}`,
  ),
  // "whether I am within range to match", "in the matching range".
  rx(
    String.raw`${B}(?:i|me|my (?:application|candidacy|name)) (?:${W} ){0,3}?(?:within|in|inside|out of|outside|into) (?:the |your |its )?(?:(?:matching|match) range|range (?:to|for) (?:match|matching|be matched|be ranked|a spot|a position))${E}`,
  ),
  // "whether I will be getting a good rank in your list".
  rx(
    String.raw`${B}i (?:${W} ){0,3}?(?:get|getting|receive|receiving|be given|earn|earning|have|having) (?:a |an )?(?:(?:good|high|strong|decent|favorable|favourable|top|low|bad|poor|safe|competitive) )+(?:rank|ranking|position|place|spot|number) (?:on|in|within) (?:the|your|its) (?:${W} ){0,2}?list${E}`,
  ),
  // "likely to sit high enough on your list", "made it into the matching range", "my name is in the list".
  rx(
    String.raw`${B}(?:i|my (?:application|name|candidacy)) (?:${W} ){0,5}?(?:high|low|far|well|enough|higher|lower|far enough) (?:${W} ){0,2}?(?:on|in|up|down) (?:your|the|its) (?:${W} ){0,2}?list${E}`,
  ),
  rx(
    String.raw`${B}(?:make|made|making) it (?:into|onto|on|in|to) (?:the|your|its) (?!(?:${W} ){0,2}?${OTHER_LIST})(?:${W} ){0,2}?(?:(?:part|portion|section|half|third|end|group|bit|tier|band|zone) of (?:the|your|its) (?:${W} )?)?(?:range|list|cut|cutoff|top|group|ranks|rank list)${E}${FOR_SOMETHING_ELSE}`,
  ),
  rx(String.raw`${B}my (?:good )?name (?:${W} ){0,3}?(?:in|on|onto) (?:the|your|its) (?:${W} ){0,3}?list${E}`),
  rx(
    String.raw`${B}(?:i|my (?:application|name|candidacy)) (?:is|am|are|will be|would be) (?:among|one of) (?:those|the ones|the applicants|the candidates|the people|the names)(?: ${W}){0,6}? (?:rank|ranked|ranking|match|matching|list|listed|select|selected)${E}${FOR_SOMETHING_ELSE}`,
  ),
  // Mutual interest: "is the feeling mutual", "whether the interest is reciprocated".
  rx(
    String.raw`${B}(?:feeling|interest|sentiment|enthusiasm|excitement) (?:(?:${W} ){0,3}?)(?:is |was |would be |might be |be )?(?:mutual|reciprocated|shared|returned)${E}`,
  ),
  rx(String.raw`${B}(?:feel|feels) the same (?:way )?(?:about me|about my|toward me|towards me)${E}`),
  // How the program sees the writer as a candidate to rank: "how your committee views my candidacy".
  rx(
    String.raw`${B}(?:how|what) (?:(?:favorably|highly|well|positively|kindly|warmly|seriously|strongly|fondly|much|exactly|really) )?(?:${PROGRAM} )?(?:${W} ){0,2}?(?:view|views|viewed|see|sees|saw|think of|thinks of|thought of|feel about|feels about|rate|rates|rated|regard|regards|regarded|perceive|perceives|perceived|assess|assesses|assessed|evaluate|evaluates|evaluated|rank|ranks) (?:me|my (?:application|candidacy|file|interview|performance))${E}(?! (?:for|in) (?:an |the )?interview${E})`,
  ),
  rx(
    String.raw`${B}how (?:(?:favorably|well|positively|highly|strongly|kindly|warmly|seriously) )?(?:my (?:application|candidacy|file|interview|performance)|i) (?:is|was|am|were|are|has been|have been) (?:being )?(?:viewed|seen|perceived|received|regarded|evaluated|rated|assessed|ranked|considered)${E}`,
  ),
  // "should I feel hopeful about March", "whether I ought to be optimistic as far as Mercy is concerned".
  rx(
    String.raw`${B}(?:(?:should|can|could|may|might|must|do|would|ought) i|i (?:should|ought to|can|could|may|might|must)) (?:(?:still|really|realistically|reasonably|at least|not) )*(?:feel|be|remain|stay|get|keep|allow myself to be) (?:(?:at all|very|more|less|too|so|fairly|cautiously|quietly|reasonably) )?(?:optimistic|hopeful|confident|positive|pessimistic|worried|concerned|nervous|anxious|excited|reassured|my hopes up|sure|certain|secure|comfortable|safe)${E} (?:${W} ){0,6}?(?:match|matching|matched|march|rank|ranking|ranked|list|chances|prospects|(?:spot|position)${NOT_AN_EVENT}(?<!${B}(?:parking|locker|lunch|call|research|elective|rotation|conference|poster|housing) (?:spot|position))|outcome|results?|news|concerned|here|with (?:you|your|u)|about (?:you|your program|this program))${E}`,
  ),
  // The writer inside a group the program ranks or matches: "am I included among the applicants you will rank",
  // "whether I am part of the group you expect to match", "am I include in the candidate that will get position"
  // (not a group chosen for something else: "one of the applicants chosen for the second look").
  rx(
    String.raw`${B}(?:i|me|my (?:application|candidacy|name|file)) (?:(?:am|is|was|be|been|being|already|still|currently|now|also|even|included|include|includes|counted|numbered|listed|placed|considered|to be|possibly|likely) ){0,4}(?:among|amongst|in|one of|part of|within|inside|with) (?:${W} ){0,4}?(?:applicants|applicant|candidates|candidate|people|ones|names|group|pool|cohort|few|number|lot|batch|individuals|those)${E}(?: ${W}){0,8}? (?:rank|ranks|ranked|ranking|match|matched|matching|be offered|offered|selected|chosen|(?:get|gets|getting|receive|receiving|given) (?:a |an |one |the )?(?:position|spot|place|seat|offer))${E}${FOR_SOMETHING_ELSE}`,
  ),
  // How the program has the writer down: "has me down as a candidate it intends to rank highly", "sees me as someone
  // likely to match here", "have me pencilled in for one of the spots".
  rx(
    String.raw`${B}(?:has|have|had|got|gets|keep|keeps|kept) me (?:down|pencil(?:l)?ed in|pencil(?:l)?ed down|marked(?: down)?|listed|slotted in|earmarked|in mind) (?:as|for) (?:${W} ){0,6}?(?:rank|ranks|ranked|ranking|match|matches|matched|matching|list|spot|spots|position|positions|place|places|slot|slots|offer)${E}`,
  ),
  rx(
    String.raw`${B}(?:see|sees|saw|view|views|viewed|regard|regards|regarded|count|counts|counted|consider|considers|considered|think of|thinks of|thought of|class|classes|classed|peg|pegs|pegged|picture|pictures|have|has) me (?:down )?(?:as|to be|among) (?:${W} ){0,6}?(?:rank|ranks|ranked|ranking|match|matches|matched|matching|list|listed|select|selected|offer|offered)${E}`,
  ),
  // "whether I've made your list", "if I made it onto your rank list" (not "the dean's list").
  rx(
    String.raw`${B}(?:make|made|making|makes) (?:it )?(?:onto |on |into |to |in )?(?:the|your|its|their) (?!dean's |deans |honor |honors |president's )(?:${W} ){0,2}?(?:list|cut|rank list|short list)${E}${FOR_SOMETHING_ELSE}`,
  ),
  // "in the top portion of your rank list", "the bottom third of your list".
  rx(
    String.raw`${B}(?:top|upper|bottom|lower|first|last|higher|middle|uppermost|front|back) (?:portion|part|half|third|quarter|section|tier|end|segment|fifth|tenth|bracket|band|group|ten|twenty|few|couple|handful|dozen|three|five|fifteen|\d+%?)(?: (?:or so|spots|places|names|slots))? (?:of|on|in) (?:the|your|its|their) (?:${W} ){0,2}?(?:list|lists|ranking|rankings|applicants|candidates|pool)${E}`,
  ),
  // Ending up at the program, the writer's outcome: "will I end up at Fairhaven", "confident about ending up with you"
  // (not a premise: "if I end up at your program, is there parking?").
  rx(
    String.raw`${B}(?<!${B}(?:if|once|when|after|assuming|suppose|supposing|in case|until|before|should) )(?:(?:i|me) (?:(?:will|would|could|might|can|am going to|shall|am|be|ever|really|actually|realistically) ){0,3}|about (?:me |my )?)(?:end|ending) up (?:at|with|in|matching|being matched|here|there)${E}(?! (?:the |a )?(?:${W} )?(?:fellowship|fellowships|hospital bed|emergency room|er|icu|same boat)${E})`,
  ),
  // The writer inside the program's top group: "confirming I am within your top ten candidates", "whether my name
  // sits among your top picks" (the program's list, not "the top 5% of my class").
  rx(
    String.raw`${B}(?:i|i am|am i|i will be|will i be|i would be|would i be|i fall|i sit|i figure|i feature|i make it|my (?:name|application|candidacy) (?:is|will be|would be|falls|sits|figures)) (?:(?:also|still|even|currently|now|safely|comfortably|somewhere|anywhere|possibly|likely|perhaps|really) )*(?:in|within|inside|among|amongst|into|part of) (?:your|ur|the program's|the committee's|the panel's|its|their) (?:(?:very|upper|likely|current) )?top (?:\d+|ten|five|three|four|six|seven|eight|nine|twenty|thirty|fifteen|fifty|half|third|quarter|tier|few|bracket|group|handful|dozen|(?:${W} )?(?:candidates|applicants|picks|choices|names|people|prospects))${E}`,
  ),
  // Others ranked against the writer: "the number of applicants it intends to rank ahead of me", "how many will be
  // ranked above me".
  rx(
    String.raw`${B}(?:rank|ranks|ranked|ranking|place|places|placed|placing|list|lists|listed|listing|put|puts|putting|slot|slots|slotted) (?:(?:just|directly|immediately|right|anywhere|somewhere|much|far|well|still) )?(?:ahead of|above|before|higher than|over|below|behind|lower than|under|after) (?:me|myself|my (?:name|application|candidacy|file))${E}`,
  ),
  // "whether I can count on Westbrook when I certify my list", "count on Mercy General come Match Day".
  rx(
    String.raw`${B}(?:count|bank|rely|depend) on (?:${W} ){1,4}?(?:when|come|in|on|at|by|once) (?:${W} ){0,4}?(?:list|lists|match|march|ranking|rankings|rank|certify|certifying|submit|submitting)${E}`,
  ),
  // "the chance I have of securing one of the preliminary slots", "the odds of me winning one of your positions".
  rx(
    String.raw`${B}(?:chance|chances|shot|odds|likelihood|possibility|probability|prospects?) (?:${W} ){0,4}?(?:of|at|for|in) (?:me |my )?(?:secure|securing|get|getting|obtain|obtaining|land|landing|win|winning|earn|earning|gain|gaining|receive|receiving|be given|being given|be offered|being offered|grab|grabbing|snag|snagging|clinch|clinching) (?:${W} ){0,4}?(?<!(?:parking|lunch|rotation|elective|research|away|observership|externship|interview|call|locker|housing|conference|poster|speaking|chief|chief resident|leadership|teaching|tutoring|mentoring|committee|board|ambassador|representative) )(?:spot|spots|slot|slots|position|positions|place|places|seat|seats|post|posts|offer|contract)${E}`,
  ),
  // "whether I'm up near the top of your list", "way down the pecking order", "somewhere near the top of your list".
  rx(
    String.raw`${B}(?:i|my (?:application|candidacy|name)) (?:(?:am|is|be|was|will be|would be|might be|sit|sits|land|fall|come|stand|still|somewhere|anywhere|right|well|fairly|pretty|reasonably|likely to be) ){0,3}(?:(?:up|down|way|far|further|high|low|right) )?(?:up|down|near|close to|towards?) (?:(?:the )?(?:top|bottom|middle|end) (?:of|on|in) )?(?:the|your|its) (?:${W} ){0,2}?(?:list|pecking order|rankings?|ladder|order)${E}`,
  ),
  // Do-support: "how does my candidacy stack up", "how do I measure up against the others".
  rx(
    String.raw`${B}(?:how|where) (?:does|do|did|would|will|might|could) (?:my (?:application|candidacy|file|profile|interview|performance|scores?)|i) (?:${W} ){0,2}?(?:compare|compares|stack up|stacks up|measure up|measures up|fare|fares|hold up|holds up|stand)${E}(?! (?:the|these|those|different|two|various|all|them|both|programs?|options|offers|each)${E})${NOT_ADMIN_MATTER}`,
  ),
  rx(
    String.raw`${B}(?:how|where) (?:does|do|did|would|will|might|could) my (?:application|candidacy|file|profile|interview|performance|scores?) (?:${W} ){0,2}?(?:rank|ranks|sit|sits|place|rate|rates|land)${E}`,
  ),
  // Whether ranking the program or hoping is worth it: "is it worth me hoping for a spot", "would I be wasting my
  // time ranking you highly", "is there hope for me at Mercy".
  rx(
    String.raw`${B}(?:(?:is it|would it be|it is|is that|it would be|it will be) (?:${W} ){0,2}?(?:worth(?: my while| your while)?|worthwhile|pointless|futile|useless|hopeless|a waste of (?:my )?time)(?: it)?|(?:is|would) there (?:be )?(?:any |much |a )?point(?: in)?) (?:for )?(?:me |my )?(?:to )?(?:hope|hoping|rank|ranking|wait|waiting|keep|keeping|count|counting|put|putting|list|listing|plan|planning|(?:hold|holding|hang|hanging) (?:out|on)(?: (?:hope|hopes|for|any hope))?|holding my breath|hold my breath|clinging on|cling on)${E}(?!(?: ${W}){0,3}? (?:for|to|on|about) (?:the |a |an |my )?(?:${W} )?(?:award|grant|research|paper|publication|elective|rotation|weather|car|lease|visa|scholarship|interview|interviews|second look|invitation|invitations|invite|invites|email|reply|response|results?|scores?|paperwork|letters?|documents?|flights?|tickets?)${E})`,
  ),
  rx(String.raw`${B}wasting (?:my|your) (?:time|energy|hopes?) (?:by )?(?:ranking|hoping|waiting|keeping|counting|putting|listing)${E}`),
  rx(
    String.raw`${B}(?:is there|there is|any|still|some|real) hope (?:left )?(?:for me|that i|of (?:me )?(?:matching|getting (?:in|into|onto|on|a|an|one|the|ranked|matched|selected|offered|accepted|taken)|being (?:ranked|matched|selected|offered|chosen|taken|accepted|admitted|considered|included|listed)))${E}`,
  ),
  // "the status of my application with regards to the rank list".
  rx(
    String.raw`${B}(?:status|outcome|result|fate|standing) of my (?:application|candidacy|file|interview|selection) (?:${W} ){0,6}?(?:rank|ranking|rankings|list|match|matching)${E}`,
  ),
  // "let me know if I am selected", "whether my application was successful" (not for an elective or an award).
  rx(
    String.raw`${B}(?:if|whether) (?:i|my application|my candidacy) (?:am|is|was|has been|have been|will be|would be|shall be) (?:(?:being|still|even|seriously) )?(?:successful|selected|chosen|accepted|approved|considered(?= for (?:a|an|one of (?:the|your|its)|the|your) (?:${W} ){0,2}?${PLACE_NOUN}${E}))${E}(?! (?:for|to|into) (?:the |a |an |your )?(?:${W} )?(?:interview|interviews|elective|rotation|research|externship|observership|scholarship|award|grant|second look|visit|away|sub internship|fellowship|course|workshop|conference|committee|panel|talk|presentation)${E})`,
  ),
  // How the interview was judged: "whether the committee was impressed with my interview", "whether the feedback from
  // my interviewers was positive", "how my interview was scored".
  rx(
    String.raw`${B}(?:impressed|pleased|satisfied|happy|convinced) (?:with|by) (?:me|my (?:interview|interviews|performance|application|candidacy|answers))${E}`,
  ),
  rx(
    String.raw`${B}(?:feedback|impression|impressions|verdict|assessment|evaluation|evaluations|scores?|ratings?|marks) (?:(?:${W} ){0,5}?)(?:was|were|is|are|has been|have been) (?:(?:very|overall|generally|mostly|broadly) )?(?:positive|good|favorable|strong|high|excellent|encouraging|enough|positive enough|good enough|decent)${E}`,
  ),
  rx(
    String.raw`${B}how (?:my (?:interview|application|candidacy|performance|answers)|i) (?:was|were|has been|have been|got) (?:scored|graded|marked|rated|judged)${E}`,
  ),
  // The writer as a realistic prospect: "whether I'm a realistic prospect for Mercy", "am I one you would like to see".
  rx(
    String.raw`${B}(?:whether|if|am i|would i be|could i be) (?:i am |i would be |i could be |i was |my application is )?(?:still )?(?:a |an )?(?:realistic|serious|viable|competitive|real|genuine) (?:prospect|contender|candidate|chance)${E}`,
  ),
  rx(
    String.raw`${B}(?:i am|am i) (?:one|someone|somebody|an applicant|a candidate|the kind of (?:applicant|candidate)) (?:that |who |whom )?(?:you|the committee|the program) (?:would|will|might) (?:like|want|love|hope|be happy) to (?:see|have|welcome|train|rank|bring)${E}`,
  ),
  // Whether to plan for elsewhere: "should I be making backup plans", "do I need to look elsewhere", "would it be wise
  // for me to rank other programs above yours".
  rx(
    String.raw`${B}(?:(?:should|do|must|would|will) i|(?:whether|if) i (?:should|need to|must|ought to|have to|would need to|will need to|will have to)) (?:(?:need to|have to|be|start|begin|start to|begin to) )?(?:(?:making|make|consider|considering|think about|thinking about|prepare|preparing|plan|planning|line up|lining up|look into|looking into|arrange|arranging|work on|working on) (?:(?:some|other|backup|back up|alternative|alternate|contingency|fallback|different) )+(?:plans?|options|arrangements)|(?:making|make|prepare|preparing|plan|planning|have|having|need|line up|lining up|look into|looking into|arrange|arranging|work on|working on|think about|thinking about|consider|considering) (?:a |an )?(?:plan b|(?:backup|fallback|back up)(?: plans?| options?| programs?)?(?=\s?(?:[.,;:!?)-]|$)| (?:in case|for|if|just|or|ready|lined up|prepared|then|and|now|already|as well|too|please|ready)${E}))|look(?:ing)? elsewhere|(?:hedge|hedging) my bets|(?:keep|keeping) my options open|(?:rank|ranking) (?:other|more) programs (?:above|higher|ahead))${E}`,
  ),
  rx(
    String.raw`${B}(?:wise|better|safer|smarter|advisable|sensible) (?:for me )?to (?:rank|put|place|list) (?:other|more|another) programs? (?:above|ahead of|higher than|over)${E}`,
  ),
  // "did I do enough on interview day to get ranked".
  rx(String.raw`${B}(?:did|have|had) i (?:done|do) enough (?:${W} ){0,4}?to (?:get|be) (?:ranked|matched|a spot|a position|an offer|on your list)${E}`),
  // "should I expect good news", "will there be good news for me on Match Day".
  rx(
    String.raw`${B}(?:expect|anticipate|hear|get|receive|count on|hope for|look forward to|be) (?:(?:some|any|the) )?(?:good|positive|favorable|happy|great) (?:news|outcome|result|results|answer)${E}`,
  ),
  // The writer seen matching there: "do you foresee me matching at your program", "can you picture me training here".
  rx(
    String.raw`${B}(?:see|sees|foresee|foresees|picture|envision|envisage|imagine|expect|anticipate) me (?:(?:ever|eventually|actually|realistically) )?(?:matching|joining|training|starting|being (?:ranked|matched|selected)|getting (?:a spot|a place|a position|in)) (?:(?:at|with|in|into) )?(?:${PROGRAM}|here|there|this program)${E}`,
  ),
  // The program wanting the writer to join: "is your team hoping to bring me on board", "are you keen to have me in
  // your intern class", "does the committee plan to welcome me in July".
  rx(
    String.raw`${B}${PROGRAM} (?:(?:is|are|was|were|would|will|might|do|does|did|still|really|be|also) ){0,2}(?:hoping|hopes|hope|want|wants|wanting|keen|planning|plans|plan|intend|intends|intending|looking|eager|likely|going|expecting|expect|expects|set) (?:to )?(?:bring|have|welcome|take|get|see|add|count) me (?:on board|onboard|aboard|on(?=\s?(?:[.,;:!?)]|$| (?:next|in|as|for|this|come|at|board)${E}))|in|join|joining|as (?:one of|a|an|part of)|among|next year|in july|this july|to your|into|to the)${E}`,
  ),
  // Matching there as the thing judged likely: "whether matching at Saint Ignatius is a realistic hope for me", "is a
  // match with you on the cards", "would getting a spot here be within reach".
  rx(
    String.raw`${B}(?:(?:is|would|will|could|does|might) )?(?:matching|a match|to match|match|getting in|(?:a|an|one of (?:the|your|its)) (?:${W} ){0,2}?${PLACE_NOUN}(?= (?:at|with|in|here|there|for me|on|be|is|would|will|seems|looks|sounds|remains)${E})|getting a (?:spot|position|place)|landing a (?:spot|position)|securing a (?:spot|position)) (?:(?:at|with|into|in|here|there|to) )?(?:${W} ){0,3}?(?:is|would be|will be|seems|looks|remains|is still|be|sound|sounds|feel|feels|seem|look|remain|a|an) (?:(?:still|at all|even|really|actually|reasonably|remotely|a) )*(?:realistic|possible|likely|unlikely|feasible|achievable|attainable|plausible|probable|within reach|out of reach|in reach|on the cards|in the cards|a possibility|a real possibility|a (?:realistic|reasonable|real|fair|good|long|genuine) (?:hope|goal|possibility|prospect|option|chance|bet|shot)|a long shot|a pipe dream|doable|in play|on the table)${E}`,
  ),
  // The writer judged likely to match: "would the committee consider me likely to match at Winslow", "whether I am
  // on track to be ranked", "do you see me as likely to match".
  rx(
    String.raw`${B}(?:consider|considers|considered|think|thinks|thought|see|sees|saw|view|views|judge|judges|deem|deems|find|finds|regard|regards|rate|rates|believe|believes|count|counts|reckon|reckons) me (?:to be |as )?(?:(?:very|fairly|reasonably|quite|at all|realistically) )*(?:likely|unlikely|competitive|rankable|matchable|a (?:likely|good|safe|strong|realistic|fair) (?:bet|match|prospect|candidate)|in line|on track|set|positioned|poised) (?:(?:enough|at all) )?(?:to (?:match|be matched|be ranked|rank|get in|get a spot|get a position|land|join|make it)|for (?:a|the|one of) (?:${W} )?(?:spot|position|place|match|ranking))${E}|${B}(?:consider|considers|considered|think|thinks|thought|see|sees|view|views|judge|judges|deem|deems|find|finds|regard|regards|rate|rates|believe|believes|reckon|reckons) me (?:to be |as )?(?:(?:very|fairly|reasonably|quite|at all|realistically|even) )*(?:rankable|matchable|ranking material|match material|worth ranking|worth a rank|worthy of (?:a )?rank(?:ing)?)${E}`,
  ),
  rx(
    String.raw`${B}(?:i|my (?:application|candidacy|name)|we|we both|both of us|the two of us|my (?:${W} )?(?:partner|wife|husband|spouse|fiance|fiancee) and i) (?:(?:am|is|are|was|were|be|would be|will be|still|even|realistically|currently|now|both) ){0,3}(?:likely|unlikely|on track|in line|poised|projected|predicted|positioned|set|expected) (?:(?:enough|at all) )?to (?:match|be matched|be ranked|get a spot|get a position|land a spot|make it|get in|join|(?:land|get|secure|win|snag|grab|obtain|receive|be offered|be given) (?:a|an|one of (?:the|your)|the|your) (?:${W} )?(?:spot|spots|position|positions|place|places|slot|slots|seat|seats|offer))${E}(?! (?:into|in) (?!your|you|this|here|there)${W})`,
  ),
  // The writer measured against the other applicants: "how I ended up doing compared to the other candidates",
  // "where I placed relative to the rest of the applicants", "how my interview stacked up against the others".
  rx(
    String.raw`${B}(?:how|where|whether) (?:(?:did|do|does|would|will|have|has) )?(?:i|my (?:application|candidacy|interview|performance|file|scores?)) (?:${W} ){0,4}?(?:compared|compare|compares|comparing|relative|versus|vs|against|stacked up|stack up|stacks up|measured up|measure up|next to|alongside|among|amongst) (?:to |with |against )?(?:the |my )?(?:other|rest of the|remaining|fellow|others|rest)(?: (?:candidates|applicants|interviewees|people|ones|residents|students|graduates|imgs))?${E}`,
  ),
  // What the writer's interview or application became in the ranking: "how my interview day translated into your rank
  // order", "whether my file carried over into your rankings", "how my visit factored into the list".
  rx(
    String.raw`${B}(?:how|whether|if|what) (?:(?:much|far|well) )?(?:(?:did|does|do|will|would|has|have) )?(?:i|my (?:${W} ){0,2}?(?:interview|interviews|application|candidacy|file|performance|visit|day|answers|scores?)) (?:${W} ){0,3}?(?:translated|translates|translate|converted|converts|convert|turned|turns|turn|fed|feeds|feed|factored|factors|factor|figured|figures|carried over|carries over|carry over|played out|plays out|play out|came out|comes out|counted|counts|count|weighed|weighs|weigh|worked out|works out|work out|reflected|reflects|is reflected|was reflected|will be reflected|fits|fitted|fit) (?:${W} )?(?:into|in|on|toward|towards|for) (?:your|the|its|their|the committee's|the program's) (?:${W} ){0,2}?(?:rank|ranks|ranking|rankings|rank order|rank list|list|order|deliberations|decision|decisions|selection|match list)${E}`,
  ),
  // The writer among the few chosen, without the group named: "will I be one of the lucky ones in March", "am I among
  // the chosen few", "whether I'll be one of the successful applicants".
  rx(
    String.raw`${B}(?:am i|will i be|would i be|could i be|might i be|(?:if|whether) i (?:am|will be|would be|might be|could be|was)) (?:(?:still|also|even|possibly|likely|realistically) )?(?:one of|among|amongst) the (?:(?:lucky|chosen|fortunate|selected|successful|happy|blessed|lucky few|select) )+(?:ones|few|names|people|applicants|candidates|group|interns|residents)${E}`,
  ),
  // The writer as a member of next year's class: "will I be in your intern class next year", "whether I will be joining
  // your team in July", "will I see you in July", "do I feature in your plans for July".
  rx(
    String.raw`${B}(?:(?:if|whether) i|will i|would i|am i|shall i|i) (?:(?:will|would|am going to|am gonna|going to|gonna|shall|might|may|could|can|be|get to|ever|still|actually|be able to) )*(?:in|part of|among|joining|join|one of|starting (?:with|in|at)|start (?:with|in|at)|a member of|an intern (?:at|with|in)|a resident (?:at|with|in)) (?:(?:your|the program's|the incoming|this year's|next year's|the) (?:${W} ){0,2}?(?:intern class|incoming class|cohort|intake|batch|class of \d+|interns|intern group|pgy ?1 class|prelim class|prelim group)|next year's (?:class|interns|cohort))${E}`,
  ),
  rx(
    String.raw`${B}(?:(?:if|whether) i|will i|would i|am i|shall i|i) (?:(?:will|would|am going to|am gonna|going to|gonna|shall|might|may|could|can|be|get to|ever|still|actually|be able to) )*(?:in|part of|joining|join|starting (?:with|in|at)|start (?:with|in|at)|working (?:with|at)|training (?:with|at)|a member of|see|seeing|meet|meeting) (?:you|u|you all|you guys|your (?:${W} )?(?:team|program|department|family|residents|hospital|program family))(?: ${W}){0,3}? (?:next year|in july|this july|come july|in june|next june|for july|next july|this summer|next summer|after the match|on july 1|july 1st|on match day|come march|in march)${E}`,
  ),
  rx(
    String.raw`${B}(?:(?:i|my (?:name|application)) (?:(?:will|would|might|do|does|still|even|ever|actually|am|be) )*(?:feature|features|figure|figures|am|is|be|appear|appears)|(?:am i|is my (?:name|application)|will i be|will my (?:name|application) be|do i (?:feature|figure|appear)|does my (?:name|application) (?:feature|figure|appear))) (?:at all |anywhere |still )?in (?:your|the program's|the committee's|its) (?:(?:future|hiring|staffing|recruitment) )?plans${E}|${B}(?:i am|am i|i will be|will i be|i remain|do i remain|i stay|i might be) (?:still )?(?:in|on) (?:your|the committee's|the program's) (?:good books|good graces|good side|good list)${E}`,
  ),
  // Asked outright whether the program will take the writer: "are you going to take me?", "do you want me?".
  rx(
    String.raw`${B}(?:are you going to|are you gonna|r u gonna|will you|would you|do you|does your (?:program|committee|team)|is your (?:program|committee|team) going to|are you planning to|do you plan to|will your (?:program|committee|team)) (?:(?:still|actually|really|even|ever) )?(?:take|want|have|pick|choose|accept|select|keep) me(?=\s?(?:[.?!]|$)| (?:in (?:march|july|the match)|for (?:july|next year|the (?:prelim|intern) year|a spot|a position|one of)|next year|this year|come (?:march|july)|at all|as (?:an|a|one of))${E})`,
  ),
  // Counting on the program doing the ranking: "whether I can count on Mount Carmel having me ranked", "can I bank on
  // you listing me", "should I rely on the committee putting me high".
  rx(
    String.raw`${B}(?:count|counting|bank|banking|rely|relying|depend|depending|plan|planning) on (?:${W} ){0,4}?(?:having|ranking|listing|placing|putting|keeping|including|taking|choosing|selecting|picking|matching|wanting|considering|offering) (?:me|my (?:application|candidacy|name|file))${E}${NOT_RANKING_ME}`,
  ),
  // The program's judgment of the writer in the ranking: "your evaluation of me in the ranking process", "the
  // committee's assessment of my candidacy for the rank list".
  rx(
    String.raw`${B}(?:your|the committee's|the program's|the panel's|the faculty's|its|their) (?:(?:honest|frank|overall|final|candid|general|current) )?(?:evaluation|evaluations|assessment|appraisal|opinion|view|impression|estimation|estimate|judgment|rating|verdict|score|scoring|grading) of (?:me|my (?:application|candidacy|file|interview|performance))${E}(?: ${W}){0,5}? (?:rank|ranks|ranking|rankings|list|match|matching|selection|order)${E}`,
  ),
  // The writer's application placed on the program's list: "the position of my application on its rank order list".
  rx(
    String.raw`${B}(?:position|place|placement|spot|standing|rank|ranking|location) (?:assigned to |given to |of )my (?:application|candidacy|file|name|candidature)(?: ${W}){0,3}? (?:on|in|within) (?:the |your |its |their )?(?:${W} ){0,2}?(?:list|lists|ranking|rankings|order)${E}`,
  ),
  // The place given or assigned to the writer on the list, in a relative clause: "the position that has been assigned to
  // me on the rank list", "the place my application has been given within your ranking", "the rank my file was allotted".
  // A place on something else is not a rank ("the call position given to me for orientation week").
  rx(
    String.raw`${B}(?:(?:rank|ranking|rank position|list position|rank number)(?=${PLACE_GIVEN_TO_WRITER}${E})|(?:position|place|placement|spot|slot|number|standing|rung)(?=${PLACE_GIVEN_TO_WRITER}${E}(?: ${W}){0,3}? (?:on|in|within|among|of) (?:the |your |its |their )?(?:${W} ){0,2}?(?:list|lists|ranking|rankings|rank order|ordering)${E}))`,
  ),
  // Clearing a bar for the program's list: "has my application cleared the threshold for your rank list", "did I get past
  // the cut-off to be ranked", "whether my file is over the bar" (not a threshold for an exam or an invitation).
  rx(
    String.raw`${B}(?:i|my (?:application|candidacy|file|name|profile|interview|performance)) (?:(?:have|has|had|did|do|does|will|would|could|might|am|is|was|be|been|ever|even|finally|already|yet|still|actually|managed to|safely|comfortably) ){0,3}(?:clear|clears|cleared|clearing|pass|passes|passed|passing|meet|meets|met|cross|crosses|crossed|reach|reaches|reached|get over|gets over|got over|gotten over|get past|gets past|got past|gotten past|make it past|made it past|above|over|below|under|past) (?:the|your|its|their) (?:(?:committee's|program's|ranking|rank list|minimum|required) )?(?:threshold|bar|cut ?off|cut line|line|mark|hurdle)${E}(?= (?:for|to|of|on) (?:be )?(?:(?:the|your|its|their|a) )?(?:${W} ){0,2}?(?:rank|ranks|ranked|ranking|rankings|list|match|matching|selection|spot|position|place)${E}|\s?(?:[.,;:!?)]|$))`,
  ),
  // A place high on the program's list: "considered for a position high on the final list", "a spot near the top of your list".
  rx(
    String.raw`${B}(?:a |any )?(?:position|place|spot|slot) (?:high|higher|highly|near the top|at the top|towards the top|toward the top) (?:up )?(?:on|in|of) (?:the|your|its|their) (?:(?:final|rank|rank order|match) )*(?:list|ranking|rankings)${E}`,
  ),
  // The writer placed in the program's top N: "I'm sitting in your top ten", "am I placed within your top twenty?".
  rx(
    String.raw`${B}(?:i am|am i|i would be|would i be|i will be|will i be|i might be|i could be|i be|my (?:application|candidacy|name) (?:is|would be|will be)) (?:(?:still|currently|now|somewhere|comfortably|safely|even|already) )*(?:sitting|sat|placed|placing|positioned|situated|listed|ranked|landing|landed|falling|slotted) (?:(?:somewhere|comfortably|safely|high|well) )*(?:in|within|among|inside) (?:your|the program's|the committee's|the) (?:top|first) (?:${W} ){0,2}?${W}${E}`,
  ),
  // The writer among the stronger of the pool, as judged: "whether the faculty felt I was among the stronger applicants",
  // "am I one of the top candidates you saw", "if my file was in the upper half of applicants" (not "among the top
  // students in my class", nor "one of the stronger applicants for the research award").
  rx(
    String.raw`${B}(?:i|me|my (?:application|candidacy|file|interview)) (?:(?:am|was|were|is|be|been|being|will be|would be|might be|could be|ended up|came out|come out|came across|stood|stand|ranked|rated|placed|counted|seen|viewed|regarded|considered|still|really|actually|possibly|also|as|somewhere|truly|even) ){0,4}(?:(?:among|one of) (?:the |your |this (?:year's|season's|cycle's) |all (?:the |your )?)?(?:(?:very|more|most|really|much) )?(?:stronger|strongest|better|best|top|leading|stand ?out|more competitive|most competitive|favou?red|favou?rite|preferred|higher ranked|highest ranked|top ranked|highly ranked|highly rated|most promising|more promising|most impressive|weaker|weakest)(?:(?: ${W})? (?:applicants|candidates|interviewees|ones|applications|files)${E}|(?=\s?(?:[.?!,;]|$| (?:you|this|that|in your|on your|so far)${E})))|in the (?:top|upper|bottom|lower|stronger|better) (?:half|third|quarter|tier|group|bracket|end|part)(?: of (?:the |your |this (?:year's|season's|cycle's) )?(?:${W} )?(?:applicants|candidates|interviewees|pool|applications|group))?${E})${FOR_SOMETHING_ELSE}${NOT_AN_EXAM}`,
  ),
  // Whether the writer should rank the program highly, asked of the program: "let me know if I should rank you highly".
  rx(
    String.raw`${B}(?:if|whether) i should (?:rank|list|place|put|keep) (?:${PROGRAM}|${W}) (?:(?:very|so|that|really) )?(?:highly|high|higher|first|top|at the top|number one|#1|above)${E}`,
  ),
  // A place among those the program will rank: "whether an applicant like me has a place among those you intend to rank".
  rx(
    String.raw`${B}(?:a |any )?(?:place|spot|seat|position) (?:among|amongst|with|in) (?:those|the (?:ones|applicants|candidates)) (?:that |whom |who )?(?:you|your (?:program|programme|committee|team)|the (?:program|programme|committee)) (?:(?:will|would|intend to|plan to|are going to|hope to|want to|mean to|are planning to) )?(?:rank|list|take|choose|select|match)${E}`,
  ),
  // The writer as someone the program sees matching: "am I someone you can picture matching here?".
  rx(
    String.raw`${B}(?:i am|am i|i would be|would i be|i might be|i could be) (?:(?:still|really|actually|even) )*(?:someone|somebody|a candidate|an applicant|a person|the (?:kind|sort|type) of (?:applicant|candidate|person|resident)) (?:who |that |whom )?(?:you|your (?:program|programme|committee|team)|the (?:program|programme|committee)) (?:(?:can|could|would|might|do|will) )?(?:see|picture|imagine|envision|envisage|view|consider) (?:matching|joining|training|being|fitting|coming|ranking|as (?:a|one of))${E}`,
  ),
];

/**
 * A group the program ranks or wants, then the writer asking to be one of it, in the same sentence though perhaps in
 * another clause: "you know who you would like to see in July (I would love to know whether I am one of them)",
 * "you know who you plan to rank highly - am I one of them?".
 */
const GROUP_THEN_MEMBER = rx(
  String.raw`${B}(?:who|whom|which (?:applicants|candidates|people)|the (?:ones|people|applicants|candidates|names)|those)(?: that)? ${PROGRAM} (?:${W} ){0,3}?(?:like|want|love|hope|plan|intend|expect|rank|ranks|ranking|pick|choose|select|take|match|welcome|have in mind)${E}[^.!?]{0,160}?${B}(?<member>(?:i am|am i|i will be|will i be|i would be|would i be|i was|was i|i made|i make|i might be|i could be|i fall|i count|i figure|i feature)(?: (?:still|also|even|actually|realistically|possibly|likely))? (?:one of them|one of those|among them|among those|in that (?:group|number|list|camp|pool|bunch|lot)|part of that (?:group|number|pool|list)|one of the (?:lucky )?(?:ones|few|names)))${E}`,
);

/**
 * The writer first, then the group: "am I among those your team hopes to bring on board?", "would I be one of the
 * applicants the committee plans to rank?", "is my name one your program is hoping to take?", "am I someone the
 * panel wants in July?".
 */
const GROUP_WISH = String.raw`(?:like|likes|liked|want|wants|wanted|love|loves|hope|hopes|hoping|plan|plans|planning|intend|intends|intending|expect|expects|expecting|keen|looking|going|set)`;
const MEMBER_OF_GROUP = rx(
  String.raw`${B}(?:am i|i am|i'm|would i be|will i be|could i be|might i be|i would be|i will be|is my (?:name|application|candidacy)|my (?:name|application|candidacy) is|do i (?:figure|count|feature)|i (?:figure|count|feature)) (?:(?:also|still|perhaps|possibly|by any chance|maybe|really|even) )*(?:among|one of|part of|someone|somebody|one|amongst|in) (?:(?:those|the (?:ones|people|applicants|candidates|names|few|group|interns|residents|trainees)|the|your|them)(?: (?:${W} )?(?:applicants|candidates|people|names|ones|interns|residents|trainees))? )?(?:who |whom |that |which )?${PROGRAM} (?:(?:is|are|would|will|really|also|still|currently|already) )*(?:(?:rank|ranks|ranked|ranking|pick|picks|choose|chooses|select|selects|take|takes|match|matches|welcome|welcomes|have in mind|has in mind)${E}|${GROUP_WISH} (?:(?:forward|on) )?(?:to )?(?:${W} )?(?:rank|match|take|bring|welcome|have|select|choose|pick|keep|offer|hire|list|put|place|get|see)${E}(?! (?:${W} )?(?:at|to|for|on) (?:the |a |your )?(?:${W} )?(?:second look|dinner|social|tour|event|meeting|talk|session|lunch|conference|panel|webinar|open house)${E})|${GROUP_WISH}(?=\s?(?:[.,;:!?)]|$| (?:in july|next year|this july|on board|onboard)${E})))`,
);

/** True when the sentence asks whether the writer is one of a group the program ranks or wants (read across clauses). */
export function solicitsMembership(sentence: string): boolean {
  const member = MEMBER_OF_GROUP.exec(sentence);
  if (member && !interviewStatusNear(sentence, member.index) && isRequest(sentence.slice(Math.max(0, sentence.lastIndexOf(",", member.index) + 1))))
    return true;
  const match = GROUP_THEN_MEMBER.exec(sentence);
  if (!match || interviewStatusNear(sentence, match.index)) return false;
  // The request is read around the writer's question, in its own clause: "(I would love to know whether I am one of them".
  const at = match.index + match[0].length - (match.groups?.member ?? "").length;
  const lead =
    sentence
      .slice(0, at)
      .split(/[;(]|\s-\s/)
      .at(-1) ?? "";
  return isRequest(lead + sentence.slice(at));
}

/**
 * A request narrowed after a negation that hedges it: "I'm not asking for a number, just whether I'll be somewhere on
 * the list", "no need for details - only if I am ranked at all", "not looking for specifics. Simply whether ...". What
 * follows "just" is what is asked, read as "i would like to know whether ...". The clause split at ", just" cannot see
 * the negation, so the sentence is read whole.
 */
const NARROWED_ASK = rx(
  String.raw`(?:${B}(?:not|never|no|nor|without|nothing)${E}[^.?!]{0,100}?(?:[,;:]|\s-)\s?(?:just|only|simply|merely|rather)(?: (?:to know|to hear|asking|wondering|curious))? (?=(?:whether|if|where|how)${E})|^(?:(?:just|simply|merely)(?: (?:to know|asking|wondering|curious))? (?=whether${E})|all i (?:want|need|ask|am asking|would like) (?:to know )?is (?=(?:whether|if|where)${E})))`,
);

/** True when a negation hedges the request and what is narrowed to after it asks about the writer's standing. */
export function solicitsNarrowed(sentence: string): boolean {
  const narrowed = NARROWED_ASK.exec(sentence);
  if (!narrowed) return false;
  return solicitsRank(`i would like to know ${sentence.slice(narrowed.index + narrowed[0].length)}`);
}

/** Clauses about interview invitations or waitlists: asking about those is not about the rank list. */
const INTERVIEW_STATUS = rx(
  String.raw`${B}(?:interview (?:invite|invites|invitation|invitations|offer|offers|wait ?list|slot|slots|spot|spots|date|dates|season)|for an interview|an interview invitation|to interview|interview decisions?|the wait ?list for interviews)${E}`,
);

/**
 * Asking about an interview invitation or waitlist is not about the rank list; the interview phrase counts only near
 * the topic, so "during the interview season ... may I ask if I will be ranked" is still a rank question.
 */
function interviewStatusNear(clause: string, at: number): boolean {
  const match = INTERVIEW_STATUS.exec(clause);
  return match !== null && Math.abs(match.index - at) <= 80;
}

/** A clause that reports others' questions, not the writer's own. */
const OTHERS_ASKED = rx(String.raw`${B}${REPORTED}${E}`);

/** "Where do I stand on night float" is an opinion, not a ranking. */
const OPINION = rx(String.raw`${B}stand(?:ing)?\W+\(?on (?!(?:your|the|its|their|my) (?:${W} ){0,2}?(?:list|ranking|rank|rol|match)${E})`);

/** Others as the subject just before a topic: "do residents have a good chance of matching", "how do your graduates fare". */
const THIRD_PARTY_BEFORE = rx(
  String.raw`${B}(?:residents|graduates|grads|alumni|interns|trainees|students|applicants|candidates|imgs|fellows|peers|classmates|colleagues|friends|people|they|he|she|someone|somebody|others|most|many|(?:an?|the|every|each|any) (?:applicant|resident|candidate|student|intern|prelim|img|graduate|trainee))(?: ${W}){0,3} (?:have|has|had|get|gets|got|stand|stands|stood|do|does|did|fare|fared|would|will|are|were|is|need|needs|must)(?: ${W}){0,4}$`,
);
const FIRST_PERSON = rx(String.raw`${B}(?:i|me|my|myself)${E}`);

/**
 * A topic inside a leading condition, with the question in the main clause about something else: "if I am matched in
 * your program, when will the contract be sent?", "once I am ranked to match, is there paperwork before July?". The
 * match is the premise, not what is asked. A main clause that asks to be told ("if I am not ranked, would you let me
 * know?"), or a condition on being told ("if you could confirm I am ranked, it would mean a lot"), still asks.
 */
const CONDITION_LEAD = rx(
  String.raw`(?:^|[,;:(]\s?|${B}(?:and|but|so) )(?:if|once|in case|assuming(?: that)?|in the event(?: that)?|after|provided(?: that)?|supposing|suppose)${E}[^,;:?]*$`,
);
const TELLING_MAIN = rx(
  String.raw`${B}(?:tell|telling|let me know|letting me know|lmk|inform|informing|notify|notifying|advise|advising|confirm|confirming|update|updating|hear|know|find out|warn|signal|signalling|signaling|hint|hinting|indicate|indicating|share|sharing|disclose|disclosing|reveal|revealing|say|saying|clarify|clarifying|give me|giving me|whether)${E}`,
);

const ASKED_BEFORE = rx(String.raw`${B}(?:ask|asking|wonder|wondering|wondered|inquire|inquiring|enquire|enquiring|know|find out|check|question)${E}[^.?!]*$`);

function insideCondition(clause: string, match: RegExpExecArray): boolean {
  const lead = CONDITION_LEAD.exec(clause.slice(0, match.index));
  // A condition on being told ("if you could confirm that I am ranked, it would mean a lot") asks for the telling.
  if (!lead || TELLING_MAIN.test(lead[0])) return false;
  const after = clause.slice(match.index + match[0].length);
  const end = after.search(/[,;:]/);
  if (end === -1 || after.slice(0, end).includes("?")) return false;
  const main = after.slice(end + 1);
  // An "if" after a verb of asking, set off by an aside, is an indirect question when nothing after it asks anything
  // else: "I want to ask you, with all respect, if I have real chances of staying with you, because ..." (but "I want to
  // ask: if I am matched, when will the contract be sent?" asks about the contract).
  if (!main.includes("?") && ASKED_BEFORE.test(clause.slice(Math.max(0, lead.index - 60), lead.index))) return false;
  return /\p{L}/u.test(main) && !TELLING_MAIN.test(main);
}

/** A topic inside a question of when ("if I match, when would I receive the contract?"): the timing is asked, not the outcome. */
function askedWhen(clause: string, at: number): boolean {
  const question = WHEN_QUESTION.exec(clause);
  return question !== null && question.index <= at && !/\b(?:rank\w*|list|standing|stand|chances?|odds|whether|if i (?:will|would))\b/u.test(question[0]);
}

export function topicAt(clause: string): number {
  if (OPINION.test(clause)) return -1;
  for (const topic of TOPICS) {
    const match = topic.exec(clause);
    if (!match || negatedBefore(clause, match.index, 2) || insideCondition(clause, match) || askedWhen(clause, match.index)) continue;
    const lead = clause.slice(Math.max(0, match.index - 60), match.index).trimEnd();
    // "Do residents have a good chance of matching ...": the chances are others', unless the writer is named in it.
    if (THIRD_PARTY_BEFORE.test(lead) && !FIRST_PERSON.test(lead.slice(lead.search(THIRD_PARTY_BEFORE))) && !FIRST_PERSON.test(match[0])) continue;
    return match.index;
  }
  return -1;
}

/**
 * The writer's own ask, after a report and before the topic, in a run-on: "... i know you said you would be finalizing
 * things in february so could you maybe tell me if that changes where i am on your list". The report is background.
 */
const OWN_ASK_AFTER_REPORT = rx(
  String.raw`(?:^|[,;:]|${B}(?:so|and|but|then|now|anyway|anyways|basically|ok|okay|well))\s?(?:(?:so|and|but|then|now|just|please|pls|kindly|ok|okay|well|i guess|basically) )*(?:(?:could|can|would|will|might) you (?:(?:please|maybe|perhaps|possibly|kindly|just|ever|even) ){0,2}(?:tell|let|share|say|confirm|advise|indicate|inform|update|clarify|give)|(?:asked|asks|wants|wanted|told|tells|advised|suggested|requested) me to (?:check|find out|learn|ask|confirm|enquire|inquire|see|take|get)|(?:it )?would (?:(?:really|truly|so|greatly|hugely|very much) )?help(?: me)?(?: (?:so much|a lot|enormously|greatly))? if you (?:could|can|would) (?:(?:please|just|kindly) )?(?:confirm|tell|let|share|say|advise|indicate|update)|i (?:(?:just|really|also) )?(?:wanted|want|would like|am writing|write) to ask|(?:please |pls |kindly |just )?(?:let me know|lmk|tell me|keep me posted)|(?:do|does|did|will|would|is|am|are|have|has) (?:you|i|my (?:application|candidacy|file|name)|your (?:program|team|committee)) )`,
);

/** A report of what others said or asked, ahead of the topic ("residents told me programs never ask where ..."). */
function reportedBefore(clause: string, at: number): boolean {
  const reported = OTHERS_ASKED.exec(clause);
  return reported !== null && reported.index < at && !OWN_ASK_AFTER_REPORT.test(clause.slice(reported.index + reported[0].length, at));
}

/** Words without which no topic above can match: a cheap test that keeps long pasted texts fast. */
const ANY_TOPIC_WORD = rx(
  String.raw`${B}(?:rank\w*|stand\w*|file|advanced|passed|cleared|survived|progressed|should|must|recommend|lock|front ?runners?|favou?rites?|contenders?|made the|take me|select me|pick me|choose me|accept me|rating|doubts?|ahead|end|ending|yes or|looked|seen|regarded|received|judged|assessed|thought of|favou?rabl\w*|hope|possible|doable|achievable|attainable|taken|accepted|admitted|posts?|slot|running|contention|mix|radar|shout|reach|cards|track|poised|projected|stood|list\w*|match\w*|chances?|shot|odds|likel\w*|guarant\w*|assur\w*|promis\w*|commit\w*|spot|position|place\w*|seat|count|rely|bank|depend|favou?r|same|impression|feel|felt|liked?|thought|looking|likewise|similarly|equally|in kind|in return|reciprocate|score\w*|rate\w*|rated|contender|feel\w*|mutual|reciprocat\w*|news|expect\w*|hopes|realistic|reasonable|where|how|whether|include\w*|select\w*|chose\w*|choose|enough|prospects?|possibilit\w*|probabilit\w*|certain\w*|secure\w*|confirm\w*|view\w*|think|believe|fall|land|fare\w*|compare\w*|offer|contract|consider\w*|in or out|merit|hoping|keen|wasting|side of|long shot|longshot|reach|stretch|pipe dream|lost cause|dark horse|safe bet|shoo in|sure thing|foolish|naive|silly|unrealistic|register|opinion|verdict|relative|versus|vs|against|alongside|classif\w*|classement|occup\w*|locat\w*|bring|welcome|board|foresee|picture|envision|envisage|imagine|near|or not|range|cut\w*|top|pool|group|frame|reckoning|hunt|prospect|contender|candidate|backup|plans?|options|arrangements|plan b|fallback|elsewhere|wise|better|safer|smarter|advisable|sensible|enough|see|room|opening|future|optimistic|hopeful|confident|pessimistic|worried|concerned|nervous|anxious|reassured|(?:be|feel|remain|stay|get) (?:so |very |too )?(?:positive|excited)|offer\w*|chosen|slots?|spots|positions|places|applicants|candidates|pecking|ladder|stack\w*|measure\w*|holds? up|worth\w*|pointless|futile|useless|hopeless|wasting|hope (?:left )?(?:for me|that i|of)|(?:if|whether) (?:i|my application|my candidacy) (?:am|is|was|has been|have been|will be|would be|shall be) (?:successful|accepted|approved)|(?:impressed|pleased|satisfied|happy|convinced) (?:with|by)|feedback|impressions?|verdict|assessment|evaluations?|ratings?|marks|scored|graded|marked|judged|lucky|fortunate|successful|few|get(?:ting)? in|class|cohort|intake|batch|interns|plans|july|next year|take me|want me|have me|pick me|choose me|accept me|select me|keep me|good (?:books|graces|side)|mak(?:e|ing) it|translat\w*|convert\w*|factor\w*|carr(?:y|ied|ies) over|evaluation|appraisal|opinion|rankable|matchable|present|existing|provisional|pack|packing|apartments?|flats?|housing|lease|movers|relocat\w*|parka|winter coat|boots|hunting|u ?haul|one way|rentals?|(?:move|moving) (?:to|out|up|down)|planning my move|nah|rtm|(?:warm(?:ing|ed)?|lean(?:ing|ed|t)?|inclined|keen|sweet|partial|shine|swinging|swung|swayed|tilting|tilted|high|big|sold|bullish|cool|lukewarm|positive|negative|down) (?:to|towards|toward|on|in favou?r of) (?:me|my)|close|play|alive|table|consideration|fate|(?:am|is) in|threshold|bar|hurdle|assigned|given|allotted|allocated|accorded|attributed|holding out|sitting|tracking|needle|warm|keen|sold|bullish|enthusiastic|lukewarm)${E}`,
);

/**
 * A sentence about the program's own standing among programs ("will the program stay top 10", "is your hospital still
 * ranked in the top 20 by Doximity") that names no one on the writer's side: no rank question, whatever its words.
 */
const PROGRAM_STANDING = rx(
  String.raw`${B}(?:the|your|this|its) (?:program|programme|hospital|residency|department|institution|school|university|medical center)(?: ${W}){0,2}? (?:(?:will|would|is going to|should|can|could|still|continue to|keep|always) )*(?:stay|stays|remain|remains|be|is|get|gets|rank|ranks|ranked|climb|climbs|drop|drops|fall|falls|move|moves|placed|place)(?: ranked)?(?: (?:in|into|inside|within|among|out of))?(?: the)? (?:top|best) (?:\d+|ten|twenty|five|fifty|hundred)${E}`,
);
const FIRST_PERSON_ANYWHERE = rx(String.raw`${B}(?:i|me|my|myself|mine)${E}`);

/** True when the sentence is about the program's own standing among programs and not about the writer. */
export function aboutProgramStanding(sentence: string): boolean {
  return PROGRAM_STANDING.test(sentence) && !FIRST_PERSON_ANYWHERE.test(sentence);
}

/**
 * A thing ranked or rated by its own passive subject: "how the night rota is ranked for intensity", "which rotations are
 * rated hardest by interns". Without the writer among the things ranked, such a sentence asks about the program.
 */
const THING_RANKED = rx(
  String.raw`${B}(?:the|a|an|this|that|these|those|its|their|our|each|every|which|your) (?!(?:${W} ){0,3}?(?:i|me|my|mine|myself|application|candidacy|applicant|candidate|name|file)${E})(?:${W} ){1,3}?(?:is|are|was|were|gets|get|got|being|be|been|will be|would be) (?:(?:usually|typically|generally|normally|often|actually|really|formally|officially) )?(?:ranked|rated|ordered|graded|scored|listed|rank ordered)${E}`,
);
const EVERY_THING_RANKED = rxg(THING_RANKED.source);
const RANK_WORD = rx(String.raw`${B}(?:rank\w*|rated|rate|rates|rating|list|lists|listed|standing|stand|chances?|odds|shot|match\w*|position|place|spot)${E}`);
const WRITER = rx(String.raw`${B}(?:i|me|my|mine|myself|i am|im)${E}`);

/** True when every ranking word of the sentence is about a thing the sentence names as ranked, not about the writer. */
export function onlyThingsRanked(sentence: string): boolean {
  if (!THING_RANKED.test(sentence)) return false;
  const rest = sentence.replace(EVERY_THING_RANKED, " ");
  return !RANK_WORD.test(rest) && !(WRITER.test(rest) && /\b(?:where|how (?:high|far|well)|whether i|if i)\b/u.test(rest));
}

/**
 * A cut, a list or a place for something other than the Match, named as such: "did I make the cut for the research
 * symposium?", "is there a spot on the list for the second look?". With no other word of ranking or standing left, the
 * sentence asks about that thing, whatever its words score.
 */
const SELECTION_FOR_OTHER = String.raw`${B}(?:the cut|cut|shortlist|short list|list|selected|chosen|picked|chances?|odds|shot|spots?|places?|slots?|seats?)(?: ${W}){0,2}? (?:for|of|at|to|on|in) (?:the |a |an |our |your |this |next |that |one of the |any of the )?(?:${W} ){0,2}?${OTHER_THING}${E}`;
const ONE_SELECTION_FOR_OTHER = rx(SELECTION_FOR_OTHER);
const EVERY_SELECTION_FOR_OTHER = rxg(SELECTION_FOR_OTHER);
const SELECTION_WORD = rx(String.raw`${B}(?:cut|selected|chosen|shortlisted|program|programme|residency|position|match\w*)${E}`);

export function selectionOnlyForSomethingElse(sentence: string): boolean {
  if (!ONE_SELECTION_FOR_OTHER.test(sentence)) return false;
  const rest = sentence.replace(EVERY_SELECTION_FOR_OTHER, " ");
  return !RANK_WORD.test(rest) && !SELECTION_WORD.test(rest);
}

/**
 * The match as the premise of a question about something else: "if I match in your program, is it possible to take
 * leave in August?", "once I am matched, when does the contract arrive?". What is asked sits outside the condition.
 */
const MATCH_PREMISE = rx(
  String.raw`(?:^|[,;:(]\s?|${B}(?:and|but|so|please|kindly)[,:]? )(?:if|once|when|after|assuming(?: that)?|in case|provided(?: that)?|in the event(?: that)?|should) (?:i|we) (?:(?:do|am|are|get|got|were|was|end up|happen to|ever|eventually|successfully|finally|actually|lucky enough to|am lucky enough to|fortunate enough to|am fortunate enough to|am blessed to|be|have been) )*(?:match|matched|am matched|get matched|ranked and matched|ranked to match|ranked|join|joined|end up)${E}[^,;:?]*[,;:]`,
);
const ASKS_FOR_OUTCOME = rx(
  String.raw`${B}(?:tell|let me know|lmk|inform|confirm|whether i|if i (?:will|would|am going to)|chances?|odds|where i stand|rank\w*|my (?:standing|position|place))${E}`,
);

/** True when the sentence's only reading of the Match is a premise, and what it asks is about something else. */
export function matchOnlyAsPremise(sentence: string): boolean {
  const premise = MATCH_PREMISE.exec(sentence);
  if (!premise) return false;
  const rest = sentence.slice(0, premise.index) + " " + sentence.slice(premise.index + premise[0].length);
  return !ASKS_FOR_OUTCOME.test(rest) && !RANK_WORD.test(rest);
}

/** The Match named only as a time: "send my J-1 documents before the match or after", "housing after Match Day". */
const MATCH_AS_TIME = rx(
  String.raw`${B}(?:before|after|until|till|by|ahead of|prior to|following|around|during|in the run up to) (?:the )?match(?: day| week)?${E}`,
);
const EVERY_MATCH_AS_TIME = rxg(MATCH_AS_TIME.source);

/** True when the sentence names the Match only as a time and has no other word of ranking or standing. */
export function matchOnlyAsTime(sentence: string): boolean {
  if (!MATCH_AS_TIME.test(sentence)) return false;
  return !RANK_WORD.test(sentence.replace(EVERY_MATCH_AS_TIME, " "));
}

/** The writer's own list and its making: "when I make my rank list", "my ROL". */
const OWN_LIST_MENTION = rx(
  String.raw`${B}(?:(?:i|we) (?:(?:will|would|should|am going to|plan to|have to|need to|can) )?(?:make|making|submit|submitting|certify|certifying|finalize|finalizing|enter|entering|build|building|create|creating|put together|putting together|do|doing|work on|working on|fill in|filling in) )?(?:my|our) (?:(?:final|rank|rank order|match|nrmp|couples) )*(?:order )?(?:list|lists|rol)${E}`,
);
const EVERY_OWN_LIST_MENTION = rxg(OWN_LIST_MENTION.source);
const STANDING_WORD = rx(
  String.raw`${B}(?:rank\w*|rated|rate|rating|list\w*|standing|stand|stood|chances?|odds|shot|likel\w*|guarant\w*|assur\w*|where i|my (?:position|place|spot)|consider\w*|match\w*|top|first|#1|high|highly|placed|placing|compar\w*|stack\w*)${E}`,
);

/** True when the only list the sentence names is the writer's own, and nothing in it is about the writer's standing. */
/**
 * How the program uses what it collects, asked as a process: "How will you use this information in your rank list?"
 * (a survey's question answered back, or the writer's). No standing is asked.
 */
const USE_OF_INFORMATION = rx(
  String.raw`^(?:q\d+:? )?(?:and |so |but )?how (?:will|do|does|would|did|is|are) (?:you|the program|the programme|the committee|your (?:program|programme|committee|team)) (?:be )?(?:use|using|used|weigh|weighing|weight|factor|factoring|consider|considering|incorporate|incorporating) (?:this|that|the|such|these|those|any|survey|my|our) (?:${W} )?(?:information|info|data|survey|surveys|answers?|responses?|feedback|input|scores?|results?)${E}`,
);
export function aboutUseOfInformation(sentence: string): boolean {
  return USE_OF_INFORMATION.test(sentence);
}

export function onlyOwnList(sentence: string): boolean {
  if (!OWN_LIST_MENTION.test(sentence)) return false;
  return !STANDING_WORD.test(sentence.replace(EVERY_OWN_LIST_MENTION, " "));
}

/**
 * An aside that attributes a judgment or limits a request, between commas: "the probability, as estimated by your
 * committee, that ...", "how likely it is, in the committee's view, that ...", "I would welcome, to whatever extent
 * your policies permit, an indication ...". Read without it, what it interrupts joins up again.
 */
const ATTRIBUTION_ASIDE = rxg(
  String.raw`,\s?(?:as (?:${W} )?(?:estimated|judged|assessed|seen|viewed|determined|evaluated|calculated|gauged|understood|perceived|measured|weighed|considered|projected|predicted)(?: by)?|in the (?:view|opinion|estimation|judgment|eyes|assessment) of|in (?:your|the committee's|the program's|the panel's|its|their|your committee's|your program's) (?:(?:honest|considered|own|frank) )?(?:view|opinion|estimation|judgment|eyes|assessment|experience)|to (?:whatever|the|any|what) (?:extent|degree)|(?:in )?so far as|insofar as|as far as|according to|from the (?:standpoint|perspective|point of view|vantage point) of|from (?:your|the committee's|the program's|its) (?:standpoint|perspective|point of view|vantage point)|by (?:your|the committee's|the program's|its) (?:estimate|estimation|reckoning|assessment|lights))${E}[^,;:?.]{0,60},\s?`,
);

/**
 * The writer's outcome named by a verb of result: "my candidacy will culminate in a match at your institution", "my
 * application results in a position here", "my interview led to an offer". Read as the writer matching ("i will match").
 */
const OUTCOME_AS_MATCH = rxg(
  String.raw`${B}(?:i|my (?:application|candidacy|file|interview|interviews|visit|performance)) ((?:(?:will|would|could|might|may|can|should|is going to|is likely to|is set to|eventually|ultimately|successfully|actually|realistically|finally) ){0,3})(?:culminate|culminates|culminated|culminating|result|results|resulted|resulting|end|ends|ended|ending|lead|leads|led|leading|translate|translates|translated|translating|turn|turns|turned|turning|convert|converts|converted|converting) (?:in|into|with|to) (?:a |an )?(?:(?:successful|positive|happy|favorable|good|final) )?(?:match|matching|spot|position|place|offer)${E}`,
);

/**
 * The writer as the one applicant the program would tell, when the writer is in the sentence asking: "would not mind
 * telling an applicant whether she has a real shot at one of its spots, and I would be grateful" reads "telling me
 * whether i have a real shot". Programs' telling applicants in general ("do programs tell an applicant whether she is
 * ranked?") names no writer and is left as it is.
 */
const TOLD_APPLICANT = rxg(
  String.raw`${B}(tell|tells|telling|told|let|lets|letting|inform|informs|informing|advise|advising|show|showing|assure|assuring|reassure|reassuring|update|updating|give|giving) (?:a|an|one|the|any|each) (?:(?:single|individual|interested|hopeful|prospective|international|foreign|keen|anxious|eager|humble|lone) )?(?:applicant|candidate|interviewee|img|student|graduate|person|prelim|hopeful)${E}((?: ${W}){0,3}?) (whether|if|where|how)${E} (?:she|he|they|he or she|she or he)${E}`,
);
const AGREEING = rxg(String.raw`${B}i (has|is|are|does|was|were|stands|gets|makes|fits|falls|sits|ranks|figures|features)${E}`);
const WRITER_FORM: Record<string, string> = { has: "have", is: "am", are: "am", does: "do", was: "was", were: "was" };

/**
 * A couple applying together asks as "we": "could you tell us whether we are both being ranked", "where we stand on
 * your list as a couple". With the couple named in the clause, it is read as the writer ("i", "me", "my").
 */
const COUPLE = rx(
  String.raw`${B}(?:my (?:(?:${W} )?(?:partner|wife|husband|spouse|fiance|fiancee|fiancé|fiancée|significant other|boyfriend|girlfriend)) and (?:i|me)|(?:we|us) both|both of us|the two of us|as a couple|couples? (?:match|matching|matched|applicants?|application)|(?:we|us) (?:(?:are|were|will|would|could|can|might|shall|be|both) ){0,2}both)${E}`,
);
const BOTH = rxg(String.raw` both${E}(?! of${E})`);
const COUPLE_AS_WRITER = rxg(String.raw`${B}(?:both of us|the two of us|we|us|our|ours)${E}`);
const WRITER_FOR: Record<string, string> = { "both of us": "i", "the two of us": "i", we: "i", us: "me", our: "my", ours: "mine" };

/** The clause as read by solicitsRank: as written and, where one applies, with the readings above. */
function rankReadings(clause: string): string[] {
  const readings = rankReadingsOne(clause);
  if (!COUPLE.test(clause)) return readings;
  const asWriter = clause.replace(COUPLE_AS_WRITER, (whole) => WRITER_FOR[whole] ?? whole).replace(BOTH, "");
  return asWriter === clause ? readings : [...readings, ...rankReadingsOne(asWriter)];
}

function rankReadingsOne(clause: string): string[] {
  let read = clause.includes(",") ? clause.replace(ATTRIBUTION_ASIDE, " ") : clause;
  read = read.replace(OUTCOME_AS_MATCH, (_whole, modal: string) => `i ${modal.replace(/^is /u, "am ")}match`);
  if (FIRST_PERSON_ANYWHERE.test(clause.replace(TOLD_APPLICANT, " "))) {
    const told = read.replace(TOLD_APPLICANT, (_whole, verb: string, between: string, word: string) => `${verb} me${between} ${word} i`);
    if (told !== read) read = told.replace(AGREEING, (_whole, verb: string) => `i ${WRITER_FORM[verb] ?? verb.replace(/s$/u, "")}`);
  }
  return read === clause ? [clause] : [clause, read];
}

/**
 * A question about applicants in general, turned on the program by a short question after it: "Every applicant wonders
 * whether their top program will rank them. So, will you?", "Who would not want to know if their favourite programme
 * plans to rank them? Do you?". The sentence before is read with the program in general as "you" and the applicant as
 * "me"; the turning question is what asks. A question turned on a program's practice ("Most programs offer a second look
 * day. Do you?") asks nothing about the writer.
 */
const TURNING_QUESTION =
  /^(?:(?:so|well|and|then|now|ok|okay|but|honestly|seriously|go on|tell me|be honest)[,:]? (?:- )?)*(?:(?:do|will|would|are|did|does|can|could|have|is|might|shall) (?:you|you all|you guys|y'all|your (?:program|programme|team|committee)|the (?:program|committee))(?: (?:though|then|too|at all|guys))?|(?:and|what about|how about) (?:you|yours|your program|your team)(?: though)?),?\s?\?+$/u;
const PROGRAM_IN_GENERAL = rxg(
  String.raw`${B}(?:their|his|her|one's|a|an|the|any|every|each|some) (?:${W} ){0,3}?(?:program|programs|residency|residencies|hospital|hospitals)${E}|${B}(?:programs|residencies|hospitals)${E}`,
);
const APPLICANT_AS_OBJECT = rxg(String.raw`${B}(?:them|him|her|themselves)${E}`);

/** The index of a turning question whose sentence before, aimed at the program and the writer, asks a rank question; or -1. */
export function turnedRankQuestion(sentences: readonly { field: string; norm: string }[]): number {
  for (let index = 1; index < sentences.length; index += 1) {
    const turn = sentences[index]!;
    const before = sentences[index - 1]!;
    if (before.field !== turn.field || !TURNING_QUESTION.test(turn.norm)) continue;
    const aimed = before.norm.replace(PROGRAM_IN_GENERAL, "you").replace(APPLICANT_AS_OBJECT, "me");
    if (aimed === before.norm || !ANY_TOPIC_WORD.test(aimed)) continue;
    const at = topicAt(aimed);
    if (at !== -1 && !interviewStatusNear(aimed, at)) return index;
  }
  return -1;
}

/**
 * The program's list referred to as "it" or "there" after it is named, in the same sentence or the one before: "I am
 * not asking you to reveal the list itself. But could you tell me whether I'm on it?". The question is read with the
 * list named ("whether i am on your list").
 */
const LIST_NAMED = rx(String.raw`${B}(?:the|your|its|their|this) (?:(?:rank|rank order|match|final|preliminary|program's) )?(?:list|rol)${E}`);
const ON_IT = rxg(
  String.raw`${B}(?:i am|i will be|i would be|am i|will i be|would i be|i made|i make|did i make|my name is|is my name|i appear|i feature|i am still) (?:${W} )?(?:on|in|onto|off) (?:it|there)${E}`,
);
export function listByReference(sentences: readonly { field: string; norm: string }[]): number {
  for (let index = 0; index < sentences.length; index += 1) {
    const sentence = sentences[index]!;
    ON_IT.lastIndex = 0;
    if (!ON_IT.test(sentence.norm)) continue;
    const before = index > 0 && sentences[index - 1]!.field === sentence.field ? sentences[index - 1]!.norm : "";
    if (!LIST_NAMED.test(`${before} ${sentence.norm}`)) continue;
    const named = sentence.norm.replace(ON_IT, (whole) => whole.replace(/ (?:it|there)$/u, " your rank list"));
    if (solicitsRank(named)) return index;
  }
  return -1;
}

/** True when the clause asks the program about the writer's standing, chances, a guarantee or its rank list. */
/** Rank in another sense (a faculty's, the military's) and a place to stay: nothing of the writer's standing. */
const OTHER_RANK_OR_PLACE = rxg(
  String.raw`${B}(?:(?:academic|faculty|military|professorial|professor|army|navy|service) ranks?|(?:a |any )?place (?:for me )?to (?:stay|live|park|sleep|eat|study|rest|change|store|leave))${E}`,
);
/** A list that is not the program's rank list, read as a roster: "my name on the dinner list" asks nothing of standing. */
const NOT_A_RANK_LIST = rxg(String.raw`${B}(${OTHER_LIST.slice(0, -" ?list".length)}) ?lists?${E}`);

export function solicitsRank(text: string): boolean {
  const clause = text.replace(OTHER_RANK_OR_PLACE, " ").replace(NOT_A_RANK_LIST, "$1 roster");
  if (!ANY_TOPIC_WORD.test(clause)) return false;
  return rankReadings(clause).some(solicitsAsRead);
}

/**
 * Whether something weighs in the program's ranking at all, asked as its process: "may I ask whether it has any
 * influence on the rank list" (of a second look). The writer's own outcome is not in it; "a positive influence on my
 * ranking" is.
 */
const INFLUENCE_ON_PROCESS = rx(
  String.raw`${B}(?:whether|if|does|do|did|would|will|can|could) (?:it|this|that|they|these|those|(?:the|a|an|attending|visiting|sending|doing|skipping|missing) (?:${W} ){0,3}?${W}) (?:(?:has|have|had|carry|carries|make|makes|play|plays|hold|holds|will have|would have|could have|can have|will carry|would carry|will play|would play) )(?:any|an|a|much|some|no|real|actual) ?(?:influence|impact|effect|bearing|weight|role|part|say) (?:on|in) (?:the|your|its|their) (?:rank|ranking|rank order|match|selection)(?: (?:list|lists|decisions?|process|order))?${E}`,
);
const OWN_OUTCOME = rx(String.raw`${B}(?:my|me|i|mine|positive|good|better|favou?rable|negative|bad|worse|higher|lower)${E}`);

function solicitsAsRead(clause: string): boolean {
  const at = topicAt(clause);
  if (at === -1 || interviewStatusNear(clause, at)) return false;
  const process = INFLUENCE_ON_PROCESS.exec(clause);
  if (process && !OWN_OUTCOME.test(process[0])) return false;
  // A topic inside a request the writer says they withhold ("I am not going to ask how I will be ranked") is not asked.
  const asked = withoutWithheld(clause);
  if (asked !== clause && topicAt(asked) === -1) return false;
  if (reportedBefore(clause, at) && !clause.includes("?")) return false;
  return isRequest(clause);
}
