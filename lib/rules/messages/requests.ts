// The shape of a request: a question (with or without its question mark), a polite indirect ask ("I would be
// grateful for any indication", "I was hoping you might", "may I ask"), or an imperative ("please let me know").
// A request said to be withheld ("I am not asking", "I know you cannot tell me") is not a request.

import { B, E, L, anyOf, firstUnnegated, rx, rxg } from "@/lib/rules/messages/lexicon";

const AUX = anyOf("could | would | can | will | do | does | did | is | are | am | may | might | shall | should | have | has | was | were");
const LEAD = String.raw`^(?:(?:so|and|also|just|but|hi|hello|hey|ok|okay|well|then|please|kindly|sir|madam|doctor|dr [${L}]+|quick question|one more thing|lastly|finally|honestly|frankly|out of curiosity|if i may(?: ask)?|if possible|if you do not mind(?: me asking)?),? )*`;

/** "Could you ...", "Am I ...", "Is there ...": a question by its word order, even without a question mark. */
const INVERTED = rx(
  String.raw`${LEAD}${AUX} (?:you|i|we|there|it|my|your|the|this|they|he|she|anyone|someone|any)${E}|${LEAD}(?:will|would|could|can|does|did|might|shall) [${L}][${L}'-]*(?: [${L}][${L}'-]*)? (?:rank|list|place|put|take|consider|match|offer|want|keep|see|have)${E}`,
);
/** "Where do I stand", "How likely am I", "What are my chances". */
const WH = rx(
  String.raw`${LEAD}(?:what|where|how|who|which|when|why|whether)(?: (?:high|highly|far|far down|likely|many|much|well|exactly|soon|good|strong|realistic|competitive|low|close))? ${AUX}${E}`,
);

/** Question openers inside a run-on sentence without punctuation: "... a lot do you think I have a shot ...". */
const EMBEDDED_QUESTION = rx(
  String.raw`${B}(?:do you think|would you say|do you see|do you know (?:if|whether)|do you reckon|any chance|is there any|is there a|am i|will i|did i|do i|could i|can i|should i|is it likely|is it realistic|what are my|where do i|where am i|how likely|so am i|or not|or nah|yes or no|or no(?=\s?(?:[.!?,]|$))|or what(?=\s?(?:[.!?,]|$)))${E}`,
);

/**
 * A condition put by inversion inside a statement is not an embedded question: "I would commit to joining Pinecrest
 * should I be offered a position", "..., were I to match here, I would ...". Only where the clause has no other
 * question opener.
 */
const EMBEDDED_CONDITION = rx(
  String.raw`^(?!.*${B}(?:do you think|would you say|do you see|do you know|any chance|is there|am i|will i|did i|do i|could i|can i|is it likely|is it realistic|what are my|where do i|where am i|how likely|or not|or nah|yes or no)${E}).*${B}(?:should|were|had) i (?:(?:ever|be|get|end up|then|to|eventually|actually|have been|been) )*(?:offered|ranked|matched|selected|chosen|accepted|given|match|receive|get|be fortunate|be lucky|land)${E}`,
);

/** Indirect and polite asks, anywhere in the clause. */
const MARKERS = rxg(
  String.raw`${B}(?:` +
    [
      String.raw`let me know|lmk|tell me|intimate (?:me|us|whether|if)|inform me|update me|advise me|advise (?:on|whether|if|as to)|keep me (?:posted|informed|updated)|clue me in|fill me in|give me (?:a|an|any|some|your)|give me the (?:(?:quick|little|small|clear|private|discreet|informal|subtle) )?(?:nod|word|green light|go ahead|thumbs up|heads up|wink|hint|nudge|signal|sign|all clear|tip off|tip|okay|ok)`,
      // Asking leave to ask, in statement order: "I hope I may ask whether ...", "I trust I can ask", "if I may ask".
      String.raw`(?:i (?:hope|trust|believe|think)|hoping|trusting) (?:that )?i (?:may|might|can|could|am (?:allowed|permitted|free) to) (?:ask|enquire|inquire|request|know|be told)|if i (?:may|might|could) (?:ask|enquire|inquire|be so bold)`,
      // The writer sharing or confirming something themselves asks nothing: "I hope it is alright to share that ...",
      // "I am happy to confirm that ...", "let me clarify that ..." (a whether/if/where after the verb still asks).
      String.raw`(?<!${B}(?:i|we|let me|let us|(?:alright|all right|okay|ok|fine|appropriate|acceptable|happy|glad|pleased|proud|delighted|thrilled|excited|honou?red|free|like|want|wanted|wish|wished|love|able) to) )(?:share|indicate|disclose|reveal|confirm|clarify|divulge|signal|hint|comment on|shed (?:some )?light|enlighten me|let on)(?! (?:that|with you|the news|some news|an update|my (?:news|update|excitement|enthusiasm|gratitude|thanks))${E})|(?:share|indicate|disclose|reveal|confirm|clarify|divulge|signal|hint)(?= (?:whether|if|where|how|what|when)${E})`,
      String.raw`(?:any|some|a|an|your) (?:(?:small|little|brief|quick|rough|general|honest|frank|candid|informal|slight|early|further|clear|tiny|simple|short|straight|direct|faint|private|off the record)\s)?(?:hint|hints|indication|indications|idea|sense|insight|insights|feedback|clue|clues|update|signal|word|information|info|news|heads up|thumbs up|nod|assurance|assurances|reassurance|guidance|glimpse|transparency|visibility|perspective|thoughts|impression|estimate|read|steer|pointer|pointers|inkling|yes or no|answer|confirmation|reply|response|comment|light)`,
      String.raw`(?:i|we) (?:would|will|should|do|can|could)?\s?(?:(?:really|greatly|truly|very much|so|deeply|sincerely|most|ever|ever so|immensely|hugely|extremely|awfully|terribly|incredibly|eternally|forever|be|only|just|simply|merely|also) )*(?:appreciate|(?:be )?(?:grateful|thankful|obliged|indebted)|welcome|value|love to (?:know|hear|learn|understand)|like to (?:know|hear|ask|find out|understand|learn|inquire|enquire|check|confirm|clarify)|be keen to (?:know|hear|learn)|want to (?:know|ask|check|understand|learn|confirm|find out|hear)|be (?:very |so |most |deeply |truly |greatly )?(?:happy|glad|relieved|delighted|pleased|thankful|grateful|honored|privileged|obliged|blessed) to (?:know|hear|learn|understand|be told|be informed))`,
      String.raw`(?:(?<!${B}(?:i|we)(?: (?:really|truly|greatly|so|very much|deeply|also|especially|particularly|always|genuinely))? )appreciated|would be (?:helpful|great|wonderful|kind|lovely|reassuring|invaluable|enough|sufficient|plenty|all i need)|would be (?:(?:such|so) )?(?:a|an) (?:(?:great|real|true|immense|huge) )?(?:pleasure|honou?r|joy|privilege|blessing|favou?r) to (?:know|hear|learn|be told|be informed|find out)(?= (?:whether|if|where|how|what)${E})|would mean (?:a lot|the world|so much)|would (?:help|ease|put) my mind|would (?:(?:really|truly|so|greatly|hugely|very much|honestly|enormously|tremendously) )?help(?: (?:me|us)|(?=\s?[.!,;]|$))|it would help (?:(?:me|us) )?(?:(?:so much|enormously|tremendously|a lot|greatly|hugely) )?to (?:know|hear|learn)|(?:i would be|i am|i will be) (?:(?:so|very|really|most|truly) )?grateful for (?:some |any )?(?:clarity|a word|a hint|an answer|a reply)|would be (?:(?:such|so) )?(?:a|an) (?:(?:huge|great|big|real|enormous|immense) )?relief|would make my (?:day|week|month|year)|(?:in )?(?:the )?hopes? of (?:hearing|learning|knowing|finding out))`,
      String.raw`(?:i (?:am|was)|we (?:are|were)) (?:(?:just|really|quite|rather|very|so|also|simply|honestly|a bit|a little|quietly|secretly|privately|sincerely|genuinely|still) )*(?:wondering|curious|hoping|eager|keen|anxious|trying to (?:understand|figure out|gauge|get a sense)|wanting to know|interested (?:to know|in knowing|to hear|to learn)|keen to know|eager to know|writing to (?:ask|inquire|enquire|find out|check|confirm|request|learn))(?! to (?!(?:know|hear|learn|find|understand|ask|see|get|check|confirm|receive|gauge|clarify|inquire|enquire|request|be told|be informed|be updated)${E})[${L}]+)`,
      String.raw`i (?:hope|trust) (?:that )?(?:you|the committee|the program) (?:can|could|will|might|would|are able to) (?:tell|let|share|reassure|confirm|give|advise|indicate|update|say|assure|clarify)|i (?:(?:do|did|really|still|just|also|sometimes|often) )?wonder(?:ed)?|wondering|curious|hoping (?:you|to (?:hear|learn|know|find out|get)|for|that you)|i (?:was|am|had been) hoping`,
      String.raw`(?:hope|trust) (?:that )?you (?:do not|will not|would not) mind (?:me |my )?(?:asking|enquiring|inquiring|checking|wondering)|(?:do|would) you mind (?:me |my )?(?:asking|telling|sharing)|mind if i ask|(?:may|might|can|could) i (?:ask|know|inquire|enquire|request|check|confirm|learn|hear|find out|get)|i (?:must|have to|need to|wanted to|want to|would like to) (?:ask|know|inquire|enquire|check|confirm|find out)|i need to (?:know|plan|understand|hear)`,
      String.raw`(?:is|would|might) there (?:be )?(?:any|a) (?:way|chance|possibility|means)|any (?:way|chance|possibility) (?:you|that|to)`,
      // A request in the passive of a formal letter: "it is respectfully requested that the program provide ...".
      String.raw`it is (?:(?:respectfully|kindly|humbly|hereby|therefore|further|also|most|earnestly) )*(?:requested|asked|sought|solicited)`,
      // "Please" that softens a reassurance or a courtesy asks for nothing: "please do not worry", "please know that".
      String.raw`please(?! (?:do not(?! hesitate)|never(?! hesitate)|rest assured|be assured|know|accept|forgive|excuse|note|find|pass on|give my|send my|extend my|convey|thank|remember|keep in mind|feel free to ignore|do feel free to ignore|disregard|ignore)${E})|kindly|do the needful|do me the favou?r|(?:one|a) (?:direct |quick |simple |small |final |single |brief |short |specific |further |respectful |humble )?question|i (?:need|have) to know|i must know|(?:i )?need to know|tell(?:ing)? (?:me )?(?:whether|if)|i (?:(?:would|will|must|do|hereby|also|therefore|now|thus|humbly|kindly|respectfully|politely|sincerely|formally|further|once again|again) )*(?:request|ask|beg|implore|seek)(?!(?: [${L}]+){0,3} from (?:my|a|an|his|her|our|their|other|another)${E})(?! (?:(?:only|just|simply|merely|this|it|purely|mainly|partly) )*(?:so|because|since|in order|out of|given|i (?:can|could|may|might))${E})|requesting|seeking (?:your|some|any)|i am (?:asking|requesting|seeking)|i would ask|if you (?:could|can|would|might|are able to|were able to|would be able to|are willing to|were willing to|do not mind)|(?:i am (?:sure|certain|confident)|surely|i trust|i hope) (?:that )?you (?:would not|will not|do not) mind (?:telling|sharing|letting me know|saying|explaining|indicating|giving me)`,
      // Asking to be told plainly: "if you think I will match, just say so", "be straight with me", "level with me".
      String.raw`(?:just |please |pls |then )?(?:say so|say the word|give it to me straight|be (?:straight|honest|upfront|frank|real|open) with me|level with me|spill it|spill the beans)`,
      String.raw`it would (?:help|mean|be helpful|be great|be wonderful|ease my mind|put my mind at ease|be reassuring)|(?:would|will|should) find it (?:(?:very|so|most|really|deeply|truly|enormously|immensely) )?(?:reassuring|helpful|comforting|encouraging|useful|valuable|informative|a relief) to (?:hear|know|learn|be told|see|get)|(?:hope|hoping|looking forward|look forward) to (?:hear|hearing|learn|learning|know|knowing)`,
      // Without its subject: "just keen to know whether", "dying to find out if"; a question announced: "quick question: my chances".
      String.raw`(?:keen|eager|anxious|curious|dying|itching|desperate|impatient|waiting|longing|praying) to (?:know|hear|learn|find out|understand)|(?:waiting|awaiting|await|wait|looking forward to|look forward to|hoping for|expecting) (?:for )?(?:your|a|an) (?:(?:positive|favorable|kind|early|prompt|good|swift|quick|earliest) )*(?:reply|response|answer|news|confirmation|word|revert)|(?:(?:a|one|my) )?(?:quick |short |brief |small |simple |honest |direct |little |genuine |frank )?(?:question|query|enquiry|inquiry|q)s?(?=:| about| on| re| regarding| concerning| as to)|(?:i am having|i have|i had|having) (?:(?:one|a|some|small|little|slight|single) )*doubts?(?=,? (?:whether|if|about|regarding|on|as to|that)${E})`,
      // "I hope it is not presumptuous to ask whether ...", "dare I ask whether": asking named as such.
      String.raw`(?<!${B}(?:not|never) )(?:to )?(?:ask|enquire|inquire) (?:you )?(?:whether|if|how|where|about my)|dare i ask|(?<!${B}(?:not|never|without) )(?:asking|enquiring|inquiring),(?: [^,;]{1,50},)? (?:whether|if)`,
      // What is asked after a request withheld: "I am not asking for my exact number, only whether I am in range".
      String.raw`(?<=^|[,;:] )(?:but )?(?:only|just|simply|merely|rather) (?:whether|if|where|how)`,
      // A request named as a noun heading a subject line or a sentence: "Request to know my position on your list",
      // "Humble request for information about my standing".
      String.raw`(?<=^|[:;–-] )(?:(?:a|my|one|kind|humble|polite|respectful|formal|urgent|quick|small|brief|final|sincere|special) )*(?:request|requests|enquiry|inquiry|query) (?:to (?:know|learn|find out|be told|be informed|understand|confirm|clarify|ask)|for (?:(?:an?|any|some|the) )?(?:information|info|clarification|confirmation|update|indication|feedback|details)|regarding|about|concerning|as to|on)`,
      String.raw`(?:wish|wished|wishing|desire|desired|long|longing|yearn|yearning) to (?:know|ask|learn|hear|understand|find out|inquire|enquire|be told|be informed)`,
      // Interest in knowing, with or without its subject ("I would be interested to know whether", "Interested to hear
      // whether"); knowing as what would help ("knowing roughly where I fall would make my planning easier"); an ask
      // relayed for someone else ("my mentor asked me to check whether").
      String.raw`(?:(?:i|we) (?:would|will|should) be |(?<=^|[,;:] ))(?:(?:very|so|really|most|quite|also) )*interested (?:to (?:know|hear|learn|find out|understand)|in (?:knowing|hearing|learning))|(?<=^|[,;:] |${B}(?:and|but|so) )knowing(?: [${L}'-]+){1,8}? (?:would|will|could) (?:make|help|ease|allow|let|be)|(?:asks?|asked|wants?|wanted|told|tells|requested) me to (?:learn|find out|ask|check|confirm|enquire|inquire)(?: (?:from you|with you))? (?:if|whether|where|how)`,
      // A second language's modal after "to", or a bare verb after a wish: "I hope to can know if", "I want to could ask
      // whether", "I would like know if", "I wish can learn where".
      String.raw`(?:i|we) (?:(?:would|do|really|also|just|very much|much) )*(?:want|wanted|hope|hoped|wish|wished|like|need|needed) (?:to )?(?:(?:can|could|be able to|may) )?(?:know|ask|learn|hear|understand|find out|inquire|enquire|be told|be informed)(?= (?:whether|if|where|how|what|about)${E})`,
      String.raw`(?:want|wanted|wanting|need|needed|hope|hoped|trying|try|writing|write) to (?:check|ask|confirm|find out|know|see|understand|clarify|get a sense|gauge|learn|inquire|enquire|verify|make sure|ensure)|just checking|checking (?:in )?(?:on|whether|if|to see|about)|get a (?:feel|sense|read)`,
      String.raw`(?:would|could|can|will) (?:you|u|your program|the program|the committee) (?:be able to |be willing to |kindly |please |possibly |maybe |perhaps |just )?(?:tell|let|share|say|give|advise|indicate|confirm|inform|update|clarify|provide|offer|guarantee|promise|assure|commit)`,
    ].join("|") +
    String.raw`)${E}`,
);

/** A request explicitly withheld: "I am not asking where I stand", "I know you cannot tell me". */
const WITHHELD = rx(
  String.raw`${B}(?:i (?:do not|did not|would not|will not) (?:want|wish|mean|intend) to (?:take up|waste|use up|trouble you with|burden you with|bother you with)(?: (?:your|any (?:of )?your|more of your) (?:time|attention))?(?: with)? (?:questions?|queries|asking)|i (?:(?:never|did not|do not|would not|could not) )(?:expect|expected|ask|asked|request|requested|want|wanted)(?: (?:you|the program|the committee|anyone|your program))? to (?:tell|share|reveal|disclose|say|let|give|indicate|confirm)|(?:please )?(?:do not|don't) (?:take|read|see|treat|mistake) (?:this|it|my (?:email|message|note|letter)) (?:as|for) (?:a |an |any )?(?:request|question|query|inquiry|enquiry|attempt|ask)|(?:this|my (?:email|message|note|letter)) is not (?:a |an )?(?:request|question|query|inquiry|enquiry|attempt) (?:for|about|regarding|into|to)|i have no (?:question|questions|query|queries|request|requests) (?:about|regarding|on|concerning|as to|for)|i (?:am|was|will|would|do) (?:not|never) (?:be )?(?:asking|ask|want to ask|going to ask|expect(?:ing)?|request(?:ing)?|seek(?:ing)?|fish(?:ing)?|pry(?:ing)?|press(?:ing)?)|i (?:never|did not|do not|have no|had no|have never) (?:intend|intended|mean|meant|plan|planned|wish|wished|want|wanted|intention|intent|desire|wish) (?:to|of) (?:ask|asking|request|requesting|pry|prying|fish|fishing|press|pressing|inquire|enquire)|(?:it is|it was|it has never been) (?:not|never) my (?:intention|intent|aim|purpose|place|plan|wish) to (?:ask|request|pry|fish|press|inquire|enquire)|i (?:would|had) (?:much )?rather not (?:say|tell|share|reveal|disclose|declare|announce|ask|put it in writing) (?:(?:you|anyone|any program) )?(?:whether|if|who|which|where|what)|(?:i )?(?:know|understand|realize|appreciate|respect|am aware) (?:that )?(?:you|programs|the program|the committee|residency programs|it) (?:cannot|can not|are not (?:able|allowed|permitted)|may not|must not|should not|is not (?:appropriate|allowed|possible)|are unable)|(?:not|never) (?:appropriate|allowed|permitted|right) (?:for me )?to ask|(?<!${B}(?:not|never) (?:be )?(?:too |overly |very )?)(?<!${B}(?:would|will|is|might|could) (?:it|that|this) (?:be )?(?:too |overly |very )?)(?:inappropriate|improper|presumptuous|out of place|unfair|wrong|against the rules|too forward|rude|impolite|intrusive|pushy) (?:for me |of me )?to ask|against (?:the )?(?:rules|nrmp rules|match rules|policy) to ask|(?:am|was|are|is) not (?:writing|here|reaching out|emailing|messaging|contacting you|getting in touch|in touch) (?:in order )?to (?:ask|request|inquire|enquire|fish|pry|find out|check)|(?:without|not) asking|no need to (?:tell|share|reply|respond|answer)|do not (?:need|have) to (?:tell|share|reply|respond|answer)|please do not (?:feel|tell|share|reply|respond))${E}`,
);

/** "Should you rank me, I would ...": a condition with a main clause, not a question. */
const CONDITIONAL_INVERSION = rx(
  String.raw`^(?:should|were|had) (?:you|i|(?:(?:the|your|this) )?(?:[${L}'-]+ )?(?:program|committee|team|panel|department|[${L}'-]+))${E}[^?]*?(?:, (?:i|we|you|it|this|that|consider|count|know|rest|please|feel|expect|my|all|every|then|your)|(?<!,) i (?:will|would|shall|am going to|promise|can|could|am))${E}`,
);

/**
 * "If you can rank me to match, I will withdraw elsewhere": a condition on what the program does, with a main clause,
 * is not a request (the condition is read by the deal detector). A condition on telling ("if you could tell me where
 * I stand, I would be grateful") still is.
 */
const TELLING = String.raw`(?:tell|let|share|inform|advise|indicate|give me (?:a|an|any|some) (?:hint|idea|indication|sense|clue)|confirm|clarify|update|say|disclose|reveal|signal|hint|assure|reassure)`;
const CONDITION_THEN = rx(
  String.raw`^(?:if|provided(?: that)?|as long as|once|in case|in the case|in the event(?: that)?|assuming(?: that)?) (?![^?,;]*?${B}${TELLING}${E})[^?,;]*, (?:then )?(?:i|we|my|all|every|you will have|you would have|you have|consider|count)${E}`,
);

/** A wish, not a request for information: "I would be grateful to be ranked to match". */
const WISH = rx(
  String.raw`${B}(?:grateful|honored|thrilled|happy|delighted|glad|excited|proud|lucky|fortunate|love|like) to (?:be|have been) (?:ranked|matched|considered|selected|chosen|part|included|placed)${E}`,
);

/**
 * The clause without the requests it says are withheld: "without asking you to break any rule, ..." covers its own
 * phrase up to the next comma, not what follows it. "I am not going to ask how I will be ranked" leaves nothing of
 * its topic behind, so what remains ("please do not worry") is read on its own.
 */
export function withoutWithheld(text: string): string {
  let clause = text;
  for (let match = WITHHELD.exec(clause); match; match = WITHHELD.exec(clause)) {
    const end = clause.slice(match.index).search(/[,;:]/);
    clause = end === -1 ? clause.slice(0, match.index) : clause.slice(0, match.index) + clause.slice(match.index + end + 1);
  }
  return clause;
}

export function isRequest(text: string): boolean {
  if (WISH.test(text) && !text.includes("?")) return false;
  let clause = withoutWithheld(text);
  if (clause.trim() === "") return false;
  if (clause.includes("?")) return true;
  // The condition of a conditional offer asks nothing; only its main clause can.
  if (CONDITION_THEN.test(clause)) clause = clause.slice(clause.indexOf(",") + 1);
  if ((INVERTED.test(clause) && !CONDITIONAL_INVERSION.test(clause)) || WH.test(clause)) return true;
  if (EMBEDDED_QUESTION.test(clause) && !CONDITIONAL_INVERSION.test(clause) && !EMBEDDED_CONDITION.test(clause)) return true;
  return firstUnnegated(clause, MARKERS, 3) !== -1;
}
