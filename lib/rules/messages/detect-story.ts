// Consistent story: the visa status and target specialty a message states about the writer must match the
// profile (programs check messages against the application; one mismatch makes them doubt the rest). Only the
// writer's own goals and status count: "my psychiatry rotation taught me", "I helped classmates with J-1
// paperwork" and "my husband is a US citizen" say nothing about the writer's own plan or status.

import { B, E, L, W, matchesOf, negatedBefore, rx, rxg, withImplicitSubject } from "@/lib/rules/messages/lexicon";
import { SPECIALTY_PATTERN, mentionOf, type SpecialtyMention } from "@/lib/rules/messages/specialty-lexicon";
import type { SpecialtyId } from "@/lib/rules/specialties";
import type { VisaStatus } from "@/lib/rules/messages/types";

// ---------------------------------------------------------------------------------------------------------------
// Goals

const INTENT = String.raw`(?:am (?:(?:now|even|all the|ever|much|so|very|truly|really|only|still) )*more (?:determined|motivated|driven|resolved|eager|keen|committed|set on|passionate about)(?: than ever(?: before)?| than before| now)?|cannot wait|can not wait|can hardly wait|could not wait|am dying|am itching|am longing|am counting down the days|itching|dying|(?:has|have) (?:always |long |ever )?(?:intended|planned|hoped|wished|aimed|aspired|longed)|always (?:intended|planned|hoped|aimed)|wants|intends|hopes|wishes|aims|aspires|dreams|am having (?:an |great |keen |strong )?interest|having (?:an |great |keen |strong )?interest|am interested to|plan|plans|planning|intend|intending|hope|hoping|want|wanting|wish|wishing|aim|aiming|aspire|aspiring|would like|would love|look forward|looking forward|am determined|am eager|am excited|excited|thrilled|eager|stoked|pumped|am committed|am keen|am set|am ready|am preparing|am working|am striving|strive|striving|dream|dreamed|dreamt|dreaming|long|longing|yearn|have decided|decided|have chosen|chose|choose|have always wanted|always wanted|have wanted|wanted|have dreamed|have been dreaming|have always dreamed|have set my sights|set my sights|am passionate about|am passionate to|passionate about|passionate to|am focused on|have my heart set on|set on|dead set on|bent on|keen on|committed to|dedicated to|devoted to|am dedicated to|am devoted to|am hoping|am planning|am aiming|am applying|am trying|try|trying|hope one day|want one day|will|shall|am going|going)`;
const BECOME = String.raw`(?:pursue|pursuing|train|training|specialize|specializing|become|becoming|be|apply|applying|reapply|reapplying|match|matching|practice|practicing|enter|entering|build|building|go|going|continue|continuing|work|working|do|doing|join|joining|start|starting|secure|securing|obtain|land|get|getting|switch|switching|transition|transitioning|move|moving|pivot|pivoting|complete|completing|grow|growing|develop|developing|establish|establishing|have|having|spend|spending|focus|focusing|commit|committing|dedicate|dedicating|devote|devoting|serve|serving|help|helping|develop into|qualify|carry on)`;

/**
 * The writer as the subject: "I", or a description of the writer with a relative clause ("as someone who has always
 * intended to", "someone like me who is pursuing"). "Someone who is pursuing X" without "as" or "like me" may be
 * anyone.
 */
const SELF = String.raw`(?:i|(?:as|being|for|to|of) (?:someone|somebody|a person|an applicant|a candidate|one|an? (?:img|student|graduate|doctor|physician|resident|intern|trainee))(?: like (?:me|myself))? who|(?:someone|somebody|a person|an applicant|a candidate|one|people) like (?:me|myself),? who)`;

/**
 * The writer as the one advice is asked for: "any advice for someone going into gen surg who is doing a prelim year
 * first", "tips for a prelim like me applying to radiology" ("advice for students going into surgery" is plural; "my
 * friend asked for advice for someone going into surgery" is the friend's).
 */
const ADVICE_FOR_SELF = rxg(
  String.raw`${B}(?:advice|tips|suggestions|recommendations|guidance|pointers|words of wisdom|resources|insight|insights) for (?:someone|somebody|a person|an applicant|a candidate|a prelim|a prelim resident|an intern|a resident|a student|an img)(?: (?:like me|like myself|in my (?:position|situation|shoes)))?,? (?:who is |who am |currently |now )?(?:applying|reapplying|pursuing|heading into|headed into|going into|interested in|set on|aiming for|hoping to match into|hoping to match in)${E}`,
);

/** The start of a statement of the writer's own goal; what follows within a few words is the goal. */
const GOAL_LEADS: readonly RegExp[] = [
  // Where the writer would be happiest, what they are going for, where their energy goes, what they are more of: "I might
  // be happiest as a dermatologist", "im going for neurosurg this yr", "putting my energy into general surgery
  // applications", "I have always been more of a surgeon than anything else".
  rxg(
    String.raw`${B}(?:i (?:(?:think|feel|know|suspect|believe|guess) )?(?:i )?(?:(?:might|would|will|could|am) )?(?:be )?(?:happiest|most fulfilled|most at home|best suited|most myself|truly happy) (?:as|in|doing|practicing|practising)|i am (?:(?:honestly|definitely|really|totally|seriously|now|still|also|def|just) )*(?:going|gunning|aiming|shooting|heading|headed) for|(?:putting|put|pouring|investing|focusing|channelling|channeling) (?:all )?(?:of )?my (?:energy|energies|effort|efforts|time|heart|focus) (?:in|into|on)|i (?:have )?(?:always )?(?:(?:been|am|was) )(?:always )?(?:,? ?at heart,? )?more of an?)${E}`,
  ),
  // The working life the writer pictures, ending in who they will be in it: "the career I want is closing a laparotomy at
  // two in the morning ... as a general surgeon", "the picture I keep coming back to is me in a small-town clinic, ...,
  // as the town's family doctor" (a practitioner only: "as a team with the nurses" names no one's field).
  rxg(
    String.raw`${B}(?:the|my) (?:(?:ideal|dream|future|only|one|real) )*(?:career|future|working life|life|job|work|picture|vision|image) (?:that |which )?i (?:(?:really|truly|most|have always|always|still|keep|am|have been|can) )*(?:want|wanted|see|picture|imagine|envision|dream of|dreaming of|working toward|working towards|coming back to|come back to|returning to)(?: for myself)? (?:is|will be|looks like|involves)(?: me)?,?(?: [^.;?!]{0,140}?)? as (?:an? |the )(?=(?:${W} ){0,3}?[${L}]*(?:ist|ian|surgeon|physician|doctor|doc)${E})`,
  ),
  // "I was born to be a surgeon", "I want nothing more than to train in emergency medicine", "my application this year
  // is for the categorical anesthesiology track" (a preliminary or transitional track is a year, not the goal).
  rxg(
    String.raw`${B}(?:i (?:was|am|feel|have always felt) (?:(?:truly|always|just|simply) )?(?:born|meant|destined|made|cut out) (?:to be|to become|for)|i (?:want|would like|would love|ask for|wish for) nothing more than to|(?:all (?:of )?)?my (?:(?:match|eras|residency) )?applications? (?:(?:this|for this|for the) (?:year|cycle|season|round|match) )?(?:is|are|went|go) (?:all |mostly |entirely |only )?(?:for|in|to)(?!(?: ${W}){0,3}? (?:preliminary|prelim|transitional|ty)${E}))`,
  ),
  rxg(
    String.raw`${B}my (?:(?:long term|ultimate|career|professional|primary|main|core|key|central|chief|principal|future|true|lifelong|clear|only|first|biggest|greatest|real|deepest|chosen|intended|eventual|personal|current|firm|sincere|genuine|end|big|overall|north star|long held|longheld|longstanding|long standing|longtime|long time|abiding|enduring|cherished|childhood|settled|growing|deep|deeply held|strong|burning|stated|declared|fixed|lasting|persistent|consistent|unwavering|steadfast|renewed|newfound|new found|confirmed|sole|single|overarching|secret|fondest|heartfelt|realistic|ambitious|humble|simple|one|definite|final|settled on|decided|own) )*(?:goal|goals|plan|plans|aim|aims|dream|dreams|ambition|ambitions|aspiration|aspirations|intention|intentions|objective|objectives|passion|calling|interest|interests|focus|heart|desire|hope|hopes|wish|path|vision|destination|target|direction|future|career|career choice|specialty choice|specialty|field|trajectory|choice of specialty|mission|vocation)${E}(?::| -)? (?:(?:(?:since|for|after|from|ever since|throughout|during|beyond|following|upon|once|over) (?:${W},? ){1,7}?)?(?:(?:going forward|from now on|from here on|at this point|at this stage|these days|long term|in the long run),? )?(?:is|are|has always been|have always been|remains|remain|was always|has been|lies|lie|continues to be|will always be|will be|is still|is now|has long been|is firmly|is set on|is in|lies in|belongs)${E})?`,
  ),
  rxg(
    String.raw`${B}${SELF} (?:(?:really|still|also|ultimately|eventually|definitely|truly|have always|always|fully|very much|very|so|extremely|would|will|am|is|has|now|firmly|sincerely|genuinely|deeply|strongly|certainly|one day|someday|hopefully|then|since|long|ever|remain|stay) )*${INTENT}(?: (?:to|of|on|for|in|at|into))? (?:(?:one day|someday|eventually|ultimately|to|of) )?${BECOME}${E}`,
  ),
  rxg(
    String.raw`${B}${SELF} (?:am|is|have been|has been|have always been|has always been|was always|have long been|has long been|have been firmly|have become|became) (?:(?:currently|now|also|actively|still|seriously|only|firmly|fully|definitely|solely|squarely|officially|dead|properly|well and truly|pretty|pretty much|very much|quite|really|totally|100%|(?!only)[${L}]+ly) )*(?:all in on|sold on|locked in on|locked into|gunning for|going for|zeroed in on|settled on|fixed on|applying|pursuing|reapplying|specializing|training to become|training to be|interested in pursuing|interested in a career|interested in becoming|committed to a career|planning a career|going into|set on|focused on|off to do|off to train in|off to start|off to begin|moving on to|going on to|heading on to|headed for|heading into|headed into|heading for|headed towards|heading towards|headed toward|heading toward|aiming for|aiming at|aiming toward|aiming towards|targeting|eyeing|angling for|shooting for|determined to|dedicated to a career|devoted to a career|drawn to a career|passionate about a career|working toward|working towards|preparing for a career|on track to become|on the path to)${E}`,
  ),
  // The goal as a participle after a description of the writer: "I'm a house officer in Wellington hoping to become an
  // EM doc", "I am an IMG from Cairo, aiming to train in neurology", "as a PGY-1 who plans to specialise in X".
  rxg(
    String.raw`${B}(?:i am|i was|i have been|i work as|i am working as|as) (?:an? |the )?(?:${W},? ){1,7}?(?:(?:who|that) (?:(?:is|am|also|still|now|really) )*)?(?:hoping|aiming|planning|looking|intending|wanting|wishing|seeking|preparing|striving|working|trying|hopes|aims|plans|intends|wants|wishes|seeks|is hoping|is aiming|is planning) (?:(?:one day|eventually|ultimately|someday) )?to ${BECOME}${E}`,
  ),
  // The writer included in a group by "like me": "applicants who, like me, are headed for PM&R", "people like me, who
  // plan to go into EM", "candidates who (like myself) intend to pursue surgery".
  rxg(
    String.raw`${B}(?:who|that),? \(?like (?:me|myself)\)?,? (?:(?:am|are|is|have been|has been|will be|also|too|all|still|now|eventually|ultimately) )*(?:${INTENT}|headed|heading|bound|going|applying|reapplying|aiming|planning|training|destined|set|pursuing|interested|committed|focused|geared|gunning|en route)${E}`,
  ),
  rxg(
    String.raw`${B}(?:applicants|candidates|people|residents|students|graduates|doctors|imgs|someone|somebody|those|others) like (?:me|myself),? (?:who|that) (?:(?:am|are|is|have been|has been|will be|also|too|all|still|now|eventually|ultimately) )*(?:${INTENT}|headed|heading|bound|going|applying|reapplying|aiming|planning|training|destined|set|pursuing|interested|committed|focused|geared|gunning)${E}`,
  ),
  rxg(
    String.raw`${B}i (?:(?:will|plan to|am going to|intend to|hope to|want to|would like to|have|also|already|just|recently|now) )*(?:apply|reapply|applied|reapplied)${E}`,
  ),
  // A change of field already made: "I switched to family medicine this cycle", "I have since moved over into EM".
  rxg(
    String.raw`${B}i (?:(?:have|had|recently|just|since|officially|finally|now|then|eventually|ultimately|decided to|chose to) )*(?:switched|changed|moved|pivoted|transitioned|converted|jumped|crossed|switch|change|move|pivot|transition)(?: (?:my (?:specialty|specialties|field|focus|application|applications|career|plans?|path)|over|tracks|fields|specialties|gears|course))?(?: (?:away )?from(?: ${W}){1,4}?)? (?:to|into|toward|towards)${E}`,
  ),
  // A description of the writer applying to a field: "I am a fourth-year student applying to orthopaedics".
  rxg(
    String.raw`${B}(?:i am|as) (?:an? |the )?(?:(?!(?:my|his|her|their|our|wife|husband|partner|spouse|friend|brother|sister|son|daughter|is|are|was|were)${E})${W},? ){1,5}?(?:applying|reapplying|headed|heading) (?:to|for|in|into)${E}`,
  ),
  // The writer as the answer to a rhetorical question: "who better to care for stroke patients than someone about to
  // become a neurologist?".
  rxg(
    String.raw`${B}(?:who|what) (?:could be |would be |is )?better${E}[^?]*?${B}than (?:someone|somebody|a person|an applicant|a candidate|one|a resident|a doctor|a physician|an intern) (?:(?:who is|who am|like me|like myself) )?(?:about to|soon to|set to|going to|planning to|hoping to|aiming to|intending to|who will|who plans to|who hopes to|who intends to|who wants to) ${BECOME}${E}`,
  ),
  // A kind of applicant the writer then claims as their own plan: "a good fit for someone intending to become a general
  // surgeon, as that has always been my plan".
  rxg(
    String.raw`${B}(?:for|to) (?:someone|somebody|a person|an applicant|a candidate|one|a resident) (?:(?:like me|like myself|who is|who am) )?(?:intending|planning|hoping|aiming|wanting|looking|who intends|who plans|who hopes|who wants|who aims) to ${BECOME}${E}(?=[^.?!]*${B}(?:as|since|because) (?:that|this|it) (?:is|has always been|was always|has been|remains) my (?:plan|goal|dream|aim|intention|path)${E})`,
  ),
  // The writer as an applicant in a field: "as an applicant in pathology", "I am a candidate for psychiatry".
  rxg(String.raw`${B}(?:as|being|i am|i am also) (?:an? )?(?:applicant|candidate|reapplicant) (?:in|into|for|to)${E}`),
  rxg(
    String.raw`${B}(?:as|being|i am|i am an?|to be) (?:an? )?(?:aspiring|future|prospective|hopeful|budding|would be|wannabe|soon to be|incoming|intending)${E}`,
  ),
  rxg(
    String.raw`${B}i (?:(?:have|had|always|long|now|truly|really|honestly|clearly|can|still) )*(?:see|seen|saw|envision|envisioned|picture|pictured|imagine|imagined|view|viewed) myself (?:(?:ultimately|eventually|one day|long term) )?(?:as|in|practicing|becoming|working|doing|training)${E}`,
  ),
  // Where the writer would be happiest: "I would probably be happiest in the end as an orthopaedic surgeon", "I'm most at
  // home in psychiatry", "I feel most fulfilled as a neurologist".
  rxg(
    String.raw`${B}i (?:(?:would|will|think i would|know i would|believe i would|feel|am|have always been|always feel|would always be|probably|definitely|truly|really|honestly|be|always) )*(?:happiest|most fulfilled|most at home|most content|most alive|at my happiest|at my best|in my element)(?: (?:in the end|ultimately|long term|in the long run|professionally))? (?:as|in|doing|practicing|practising|working (?:as|in))${E}`,
  ),
  // "my sights are set on X", "I have set my sights firmly on X".
  rxg(
    String.raw`${B}(?:my (?:sights|eyes|heart|mind) (?:are|have been|were|remain|stay|is|has been) (?:(?:firmly|squarely|now|still|always|fully|long) )?set on|(?:set|setting|have|having|got|have got) my (?:sights|eyes|heart|mind) (?:(?:firmly|squarely|fully|long|always) )?(?:set )?on)${E}`,
  ),
  // What comes after the preliminary year as the writer's next stage: "next stop: ortho residency", "a stepping stone to
  // ophthalmology", "the bridge into radiology", "then it's on to EM".
  rxg(
    String.raw`(?:^|${B}(?:and|then|so|after that|afterwards|after this),? )(?:the |my )?next (?:stop|step|chapter|destination)(?: for me)?(?: (?:is|will be|after (?:this|that|the prelim year|prelim|my prelim year)))?(?::| -|,)?${E}|${B}(?:a|my|the|as a|as my) (?:(?:natural|necessary|perfect|ideal|good|great|first|logical) )?(?:stepping stone|springboard|launchpad|launching pad|bridge|gateway|pathway|path) (?:to|towards|toward|into|for)${E}|${B}then (?:it is|it will be|it's) on to${E}`,
  ),
  rxg(
    String.raw`${B}i (?:knew|know|always knew|have always known|decided|realized|realised|was sure|am sure) (?:that )?i (?:would|will|wanted to|had to|was going to|am going to|was meant to|am meant to) (?:become|be|pursue|train|specialize|go into|do)${E}`,
  ),
  rxg(String.raw`${B}(?:toward|towards|for|to|prepare me for|preparing me for) (?:a |my )?(?:future |long term )?(?:career|future) (?:in|as)${E}`),
  // Other languages: "je veux devenir", "quiero ser", "quero ser", "voglio diventare", "ich möchte".
  rxg(
    String.raw`${B}(?:je (?:veux|voudrais|souhaite|compte|rêve de) (?:devenir|être|faire)|quiero (?:ser|llegar a ser|especializarme en)|mi (?:meta|sueño|objetivo) es (?:ser)?|quero (?:ser|me tornar)|meu (?:sonho|objetivo) é (?:ser)?|voglio (?:diventare|essere|fare)|ich (?:möchte|will) (?:${W} )?werden|main (?:banna|banana) chahta)${E}`,
  ),
  rxg(String.raw`${B}(?:my heart is|i have my heart|my heart has always been) (?:set on|in|with)${E}`),
  // A goal held as a noun (second-language English): "since my childhood I have the dream to be a paediatrician", "I
  // carry a lifelong wish of becoming a surgeon", "I am having the ambition to train in psychiatry".
  rxg(
    String.raw`${B}${SELF} (?:(?:still|always|also|long|now|since|have always|had always|really|truly) )*(?:have|had|have had|am having|carry|carried|hold|held|nurture|cherish|cherished|keep|nourish|harbor|harbour) (?:(?:the|a|an|this|my|one|big|long|lifelong|life long|childhood|strong|deep|great|same|very|true|burning|sincere|long held|longstanding) )*(?:dream|dreams|wish|goal|plan|aim|ambition|aspiration|hope|desire|intention|vision) (?:to|of)${E}`,
  ),
  rxg(String.raw`${B}(?:my )?plan a (?:is|remains|will be|has always been|has become|is still|is now)${E}`),
  // The field named as the writer's choice: "my area of choice is OB/GYN", "my chosen branch of medicine is surgery".
  rxg(
    String.raw`${B}my (?:(?:chosen|preferred|own|future|intended) )?(?:(?:area|field|specialty|speciality|branch|discipline|career|line of work) of (?:choice|preference)|branch of medicine|area of (?:specialization|specialty))(?::| -)?(?: (?:is|will be|remains|has always been|has been|is now|is still))?${E}`,
  ),
  // The goal without "my": "the plan has always been OB/GYN", "the end goal is derm".
  rxg(
    String.raw`(?:^|${B}(?:and|but|so|honestly|still|now),? )the (?:(?:long term|ultimate|end|master|real|career) )?(?:plan|goal|dream|aim|target)(?: for me)? (?:has always been|is|was always|remains|will always be|has been|is still|has long been)${E}`,
  ),
  rxg(
    String.raw`${B}${SELF} (?:have |has )?(?:(?:finally|now|firmly|already|since) )?(?:decided (?:(?:finally|now|firmly|definitely|at last|once and for all) )?(?:on|upon|for)|selected|settled on|opted for|picked|chosen|chose|committed to|landed on)${E}`,
  ),
  rxg(
    String.raw`${B}all (?:that )?i (?:(?:have|ever|always|really|truly|still) )*(?:wanted|want|dreamed of|dreamt of|wished for|hoped for) (?:is|was|has been|has ever been)(?: to)?${E}`,
  ),
  // A decision named by its participle: "having decided on neurology as my specialty", "since settling on anaesthetics".
  rxg(
    String.raw`${B}(?:having|after|since|upon|on|now that i have|now having) (?:(?:finally|now|firmly|already|recently|officially|at last) )?(?:decided on|deciding on|settled on|settling on|opted for|opting for|chosen|choosing|picked|picking|committed to|committing to|landed on|landing on|set my sights on|setting my sights on|made up my mind about|making up my mind about)${E}`,
  ),
  // A place already secured in the field: "I matched into an advanced position in dermatology".
  rxg(
    String.raw`${B}i (?:(?:have|already|also|recently) )*(?:matched|secured|obtained|accepted|landed|got|hold|have|signed) (?:into |to |for |in |with )?(?:an? |my |the )?(?:advanced|categorical|pgy 2|reserved) (?:position|spot|program|residency|slot|match)${E}`,
  ),
  rxg(
    String.raw`${B}i am (?:(?:now|still|totally|fully|100%|completely|properly|well and truly|pretty|quite|really|(?!only)[${L}]+ly) )*(?:all in on|sold on|gunning for|going for|dead set on|set on|locked in on)${E}`,
  ),
  rxg(
    String.raw`${B}(?:pursuing|seeking|aiming for|heading for|planning|preparing for|building) (?:a |my )?(?:career|future|residency|training|path) (?:in|as)${E}`,
  ),
  rxg(
    String.raw`${B}i (?:(?:now|also|still|really|truly|firmly|definitely) )*(?:plan|want|seek|intend|pursue|have chosen|chose|choose|envision|foresee|picture|see|am planning|am seeking|have planned|am pursuing) (?:a|my) (?:future |long term |lifelong )?(?:career|future|path|life) (?:in|as)${E}`,
  ),
  rxg(
    String.raw`${B}(?:as|being) (?:someone|somebody|an applicant|a candidate|a person|one) (?:who is |who am |who will be |currently )?(?:applying|reapplying|pursuing|training|interested in|committed to|heading into|going into)${E}`,
  ),
  ADVICE_FOR_SELF,
  // A self-description: "future orthopaedic surgeon here", "from a future psychiatrist", "aspiring general surgeon".
  rxg(
    String.raw`(?:^|${B}(?:from|as|i am|being|me|signed|regards|cheers|thanks)(?:,)? |(?:^|[,:;-] ))(?:an? )?(?:future|aspiring|prospective|budding|hopeful|would be|wannabe|soon to be|incoming|intending)${E}`,
  ),
  // The writer described in apposition: "I, a humble seed of a future general surgeon, dream of ...", "I, an aspiring
  // psychiatrist, ...".
  rxg(
    String.raw`${B}i, (?:an? |the )?(?:(?!(?:like|unlike|with|and|daughter|son|wife|husband|partner|spouse|sister|brother|friend|child|children|mother|father|parent|student|mentee|colleague|cousin|niece|nephew|family)${E})${W} ){0,4}?(?:future|aspiring|budding|prospective|hopeful|would be|soon to be|incoming)${E}`,
  ),
  // The writer as one of a kind: "exactly what a budding orthopod like me needs", "for an anaesthetist like myself".
  rxg(String.raw`${B}(?:an?|someone|somebody)(?= (?:${W} ){0,2}?${W} like (?:me|myself)${E})`),
  // The writer among a field's trainees: "exposure for ophthalmology residents like me", "derm applicants like myself".
  rxg(
    String.raw`${B}(?:for|to|of|with|among|and|as|other) (?=(?:${W} ){1,3}?(?:residents|trainees|applicants|interns|candidates|doctors|physicians|hopefuls|people|folks) like (?:me|myself)${E})`,
  ),
  // The preliminary year, then what follows it: "prelim year with you, then on to the big leagues of X", "intern year now,
  // then straight into X" (only the writer's own year: "the prelim year starts in July, then ..." is a schedule).
  rxg(
    String.raw`${B}(?:prelim|preliminary|transitional|intern|internship|ty|pgy[ -]?1)(?: (?:medicine|medical|surgery|surgical|internal medicine))? year(?: (?:now|first|here|with you|at your (?:program|hospital|place|site)|this year|this july))*,? (?:and )?then(?: (?:on to|onto|straight to|straight into|into|off to|on)| (?:i (?:will |shall )?)?(?:${W} ){1,2}?(?:for|to|into|in|on to|onto))?${E}`,
  ),
  // A plan named by its kind, with or without "my": "match plan is X", "career plan: X", "the long-term plan remains X".
  rxg(
    String.raw`(?:^|[:;,-] |${B}(?:the|my) )(?:matched track|match|career|game|long term|life|master|five year|5 year|training|specialty|residency) (?:plan|goal|target)(?: (?:is|remains|has always been|was always|will be|is still|for me is))?:?${E}`,
  ),
  // An endgame, and a plan written as a label: "endgame for me is ortho", "Plan: urology. Prelim surgery first."
  rxg(
    String.raw`(?:^|[:;,-] |${B}(?:the|my) )(?:endgame|end game|end goal|long game|end point|north star)(?: for me)?(?: (?:is|will be|remains|has always been))?:?${E}`,
  ),
  rxg(String.raw`(?:^|[-;,] )(?:my )?(?:plan|goal|aim|target|long term plan|career goal|career plan)s?:${E}`),
  // A target written as a label, as in a bulleted update: "- Target specialty: X", "Intended field: X".
  rxg(
    String.raw`(?:^|[-:;,] )(?:target|intended|chosen|desired|preferred|planned|future) (?:specialty|specialities|specialties|field|career|residency|discipline)(?: of choice)?(?: (?:is|will be))?:?${E}`,
  ),
];

/**
 * An application of this cycle, not of an earlier one: after "the residency I applied to" ("... this fall", "... in
 * September"), not "... last year", "... before I switched".
 */
const PRESENT_CYCLE = String.raw`(?!(?: ${W}){0,3}? (?:(?:last|previous|prior|past|first) (?:year|cycle|season|match|time|round)|before|back then|originally|previously|in (?:19|20)\d\d)${E})`;

/** A specialty named before its goal frame: "psychiatry is my calling", "surgery has always been my dream". */
const GOAL_AFTER = rxg(
  String.raw`${B}(?:a career in |a future in |training in )?(?<specialty>${SPECIALTY_PATTERN})(?:,? (?:which|that|since that|because that|as that|since this|because this|since it|because it))? (?:(?:is|has always been|was always|remains|will always be|has become|is truly|is still|is clearly|is definitely|has long been|has been|was) )(?:(?:what|where) i (?:want|see myself|belong|intend|am (?:(?:ultimately|eventually|finally|really|now|currently) )?(?:headed|heading|bound|going|aiming|aimed|applying|reapplying|interviewing|training)|will (?:(?:ultimately|eventually|finally) )?end up|want to end up|hope to end up|plan to end up|am meant to be|need to be|have to be|should be|will be going|will be heading|will be headed|(?:see|picture|envision|imagine) (?:my (?:future|career|life)|myself))|where my (?:heart|head|mind|future|passion|interest|interests|career|place|calling|home|path|life|life's work|work|focus|energy|energies|skills|talents|strengths|ambitions?|aspirations?|goals?|hopes|dreams?|gifts?|training|purpose|vocation|true calling) (?:truly |really |clearly |firmly |ultimately |now |naturally )?(?:is|lies|lie|belongs|belong|are|sits|rests|leads|points|is headed|has always been|will be|should be|must be|needs to be|was always meant to be)(?: at)?|where my (?:heart|head|mind)s? at|the (?:dream|goal|plan|end goal|aim|long term plan|target)|(?:my )?plan a|my (?:(?:true|real|only|lifelong|ultimate|long term|first|final) )*(?:calling|passion|dream|future|goal|path|destination|aim|ambition|vocation|love|specialty choice|first choice|career choice|choice|endgame|end game|end goal|end point|north star|life's work|life goal|career goal|long game)|what i (?:will|am going to|plan to|intend to|want to|hope to) (?:be )?(?:doing|practicing|practising|do|practice) (?:for (?:the rest of my (?:career|life|working life)|life|good|decades|the long haul|my whole career)|long term|forever)|the (?:field|specialty|area|career|path|residency|direction|route|road) (?:that |which )?i (?:am|will be|plan to be|have been|want to be|intend to be)? ?(?:applying|going|heading|moving|switching|reapplying|want|intend|plan|hope|have chosen|chose|aim|pursue|pursuing|am committed|am set on|love)|(?:which|that) is where i (?:am|will be)? ?(?:headed|heading|going|belong|see myself|want to be)|(?:chosen|selected|decided on|picked) as my|(?:the|my) (?:(?:right|only|one|perfect|ideal|true|natural|obvious|clear|best) )?(?:specialty|field|career|path|fit|calling|place|one|home|life|future|match) (?:for me|i (?:was )?(?:am )?(?:meant|made|born) for)|what i (?:was|am) (?:meant|made|born|destined) (?:to do|for)|the (?:${W} ){1,2}?i (?:was|am|have been) (?:(?:literally|simply|just|truly|clearly) )?(?:built|made|born|meant|cut out|destined) for)${E}(?! of (?:my|his|her|their|our|the|a|an|many|most|every)${E})`,
);
/**
 * The field as the residency the writer chases or applied to this cycle: "neurology is the residency I'm after", "as a
 * general surgeon, which is the residency I'm chasing", "pediatrics is the only residency I applied to", "psychiatry is
 * what I have applied to" (not "... last year", "... before I switched").
 */
const FIELD_CHASED = rxg(
  String.raw`${B}(?<specialty>${SPECIALTY_PATTERN})(?:,? (?:which|that))? (?:is|remains) (?:(?:exactly|precisely|also|really) )?(?:what i (?:have )?(?:applied (?:to|for|in)${PRESENT_CYCLE}|am (?:chasing|targeting|after))|the (?:(?:only|one|single|sole) )?(?:field|specialty|speciality|area|career|path|residency|discipline|program type|training|training program|residency training) (?:that |which )?i (?:am |have )?(?:applied (?:to|for|in)${PRESENT_CYCLE}|applying (?:to|for|in|into)|chasing|targeting|gunning for|going for|aiming for|after|pursuing))${E}`,
);

/**
 * More goal frames after the field: "psychiatry residency is the next step for me", "psychiatry will be my specialty",
 * "urology, that's the dream", "neuro is the only field I can see myself in".
 */
const GOAL_AFTER_MORE = rxg(
  String.raw`${B}(?<specialty>${SPECIALTY_PATTERN})(?: (?:residency|training))?(?:,? (?:that|this|it))? (?:is|will be|would be|has become|remains) (?:the|my) (?:(?:only|one|clear|obvious|natural|logical|next|real|true|chosen|future|ultimate|own) )*(?:next step|dream|plan|goal|calling|specialty|specialty of choice|field|career|path|destiny|target|objective|direction|pick|destination|(?<=my (?:(?:only|own|real|true) )?)application)(?: for me| i (?:can|could) see myself in| i see myself in)?${E}(?! (?:i|that i|which i) (?:cannot|can not|could not|could never|would never|will never|do not|did not|never)${E})(?! of (?:my|the|our|his|her|their)${E})`,
);

/**
 * A field, then where the writer is going said of it: "residents heading to urology, which is where I am headed", "the
 * ophthalmology exposure, which is where I see myself" (not "which is where I learned to suture").
 */
const FIELD_WHERE_I_GO = rxg(
  String.raw`${B}(?<specialty>${SPECIALTY_PATTERN})(?: (?:residency|residencies|training|program|programs|exposure|work|practice|world|side|service|department|pipeline))?,? (?:(?:which|that|and that|and this|this) is|which will be|which has always been) (?:(?:exactly|precisely|just|also|ultimately|eventually|really) )?(?:where|what) i (?:(?:am|will be|have been|want to be|plan to be|hope to be|intend to be|am also|too|myself|personally|ultimately|eventually) )*(?:headed|heading|going|bound|aiming|belong|see myself|want to (?:be|go|do|train|practice|end up)|hope to (?:be|go|do|train|practice|end up)|plan to (?:do|go|train|practice|end up)|intend to (?:do|train|practice)|will (?:do|train|practice|end up|be going)|am (?:meant|made|born) (?:to do|for))${E}`,
);

/** A field, then named as the writer's own in apposition: "preparing for dermatology, the field I am committed to". */
const FIELD_APPOSITIVE = rxg(
  String.raw`${B}(?<specialty>${SPECIALTY_PATTERN}), (?:the|my) (?:(?:only|one|chosen|future|true|lifelong) )?(?:field|specialty|career|path|discipline|calling|area) (?:that |which )?i (?:(?:am|have|will be|have been|had|always|long|truly|fully|now|firmly) )*(?:committed to|set on|devoted to|dedicated to|pursuing|applying (?:for|to|in|into)|intend to pursue|plan to pursue|hope to pursue|want to pursue|love|chose|chosen|want|belong in|am meant for|was born for|am headed for|am heading into|will train in|hope to train in)${E}`,
);

/** A field that holds the writer's heart: "ophthalmology has my heart", "surgery has always had my heart". */
const HOLDS_MY_HEART = rxg(
  String.raw`${B}(?<specialty>${SPECIALTY_PATTERN}) (?:(?:has|have) (?:(?:always|long|truly|really|completely|now) )*(?:had|held|owned|captured|stolen|won)? ?|(?:stole|won|captured|holds|owns|will always have) )my (?:whole )?heart${E}`,
);

/**
 * A field that calls the writer, or the writer called to it: "hospitalist life is calling me", "surgery keeps calling my
 * name", "I feel called to paediatrics" (not a telephone call: "the surgery team called me", "pediatrics is calling me
 * back", nor "I was called to the surgery ward").
 */
const FIELD_CALLING = rxg(
  String.raw`${B}(?<specialty>${SPECIALTY_PATTERN})(?: (?:life|world|work|career|medicine))? (?:is|has been|has always been|keeps|kept|was always|will always be) (?:(?:really|truly|still|clearly|loudly|always) )*calling (?:me|my name|out to me|to me)${E}(?! (?:back|tomorrow|today|tonight|later|again|about|for|to|on|at|this|next|regarding|with|after|soon)${E})|${B}i (?:(?:have )?(?:always )?(?:feel|felt|have felt)) (?:(?:truly|deeply|really|strongly|so) )*called (?:to|toward|towards|into) (?:a career in )?(?<specialty2>${SPECIALTY_PATTERN})${E}(?! (?:rotation|rotations|elective|ward|wards|department|team|service|clinic|floor|patients?|consults?)${E})`,
);

/**
 * A field the writer is certain to do, in chat register: "im def doing IM", "I'm 100% doing psych" (a certainty word
 * makes it the choice; "I'm doing surgery this month" is a rotation, "I'm definitely doing IM first" a preliminary year).
 */
const CERTAIN_DOING = rxg(
  String.raw`${B}i (?:am|will be) (?:(?:definitely|totally|100%|absolutely|certainly|for sure|so|surely|set on|still) )*(?:definitely|totally|100%|absolutely|certainly|for sure|surely) (?:(?:still|now|just) )?doing (?:an? )?(?<specialty>${SPECIALTY_PATTERN})${E}(?! (?:rotation|rotations|elective|electives|block|clerkship|month|shift|shifts|service|team|call|nights?|consults?|patients?|research|exam|shelf|sub ?i|prelim|preliminary|transitional|intern|internship|year|first|before)${E})(?!(?: ${W}){0,2}? (?:this|next|in|on|during|for|until|till) (?:(?:the|a|my) )?(?:month|week|weeks|block|rotation|morning|afternoon|evening|night|nights|weekend|january|february|march|april|may|june|july|august|september|october|november|december|summer|spring|fall|autumn|winter)${E})`,
);

/** Frames that cannot match without a word, skipped when the clause lacks it (each tries the lexicon at every word). */
const FRAME_WORD: ReadonlyMap<RegExp, RegExp> = new Map([
  [FIELD_CALLING, /call/u],
  [CERTAIN_DOING, /doing/u],
  [FIELD_CHASED, /\b(?:applied|applying|pursuing|chasing|targeting|gunning|going for|aiming for|after)\b/u],
]);

/** The writer as a kind of person in a field: "I'm a derm girl through and through", "as a proper surgery person". */
const FIELD_PERSON = rxg(
  String.raw`${B}(?:i am|as|being|im) (?:an? )?(?:(?:total|true|proper|real|born|die hard|diehard|complete|natural|through and through|budding|big) )*(?<specialty>${SPECIALTY_PATTERN}) (?:guy|girl|gal|person|man|woman|type|kid|nerd|junkie|fanatic|lover|doc|at heart|through and through|to the core|all the way|in training|in the making|to be|in waiting|in spirit)${E}(?! (?:rotation|elective|block|program|programs|residency|department|team|service)${E})`,
);

/** The writer counted among a field's applicants: "I'm in the neurosurgery pool", "I am part of the derm match this year". */
const IN_THE_POOL = rxg(
  String.raw`${B}(?:i am|im|i will be|i have been) (?:(?:now|also|officially|firmly|still) )*(?:(?:in|part of|one of) the (?<specialty>${SPECIALTY_PATTERN}) (?:pool|applicant pool|match|track|cycle|applicants|candidate pool|candidates)|one of the (?:applicants|candidates) (?:you will see |you will meet |you will interview |you will find )?in (?:the|your|this year's) (?<specialty2>${SPECIALTY_PATTERN}) (?:pool|applicant pool|candidate pool))${E}(?! (?:for|at|in) (?:the|a|an|our|my) (?!match${E}))`,
);

/** A field cheered on its own as a clause: "Psych all the way!", "derm or bust", "ortho for life". */
const FIELD_CHEER = rxg(
  String.raw`(?:^|[,;:-] )(?:(?:so|honestly|but|and|lol|yeah|yes|it is|it will be),? )*(?<specialty>${SPECIALTY_PATTERN}) (?:all the way|or bust|for life|forever|100%|through and through|till i die|baby)(?=\s?(?:[.,;:!?)]|$)| (?:lol|haha|tbh)${E})`,
);

/** A field judged the writer's own: "I've decided anaesthetics is for me", "psych is my thing", "EM is it for me". */
const FIELD_FOR_ME = rxg(
  String.raw`${B}(?<specialty>${SPECIALTY_PATTERN}) (?:is|was always|has always been|will always be|is definitely|is really|is truly|is totally|is 100%) (?:for me|my thing|my jam|it for me|my (?:whole |entire )?(?:life|world)(?! (?:right now|at the moment|these days|this month|this year|on this rotation|for now))|my everything|the thing for me|the one for me|what i want to do|what i want|my future|my path|my lane|(?:the only thing|the one thing|all|the thing) i (?:(?:have )?(?:ever )?(?:want|wanted|plan|intend|hope|love|see myself)) (?:to do|doing))(?=\s?(?:[.,;:!?)]|$)| (?:and|but|so|now|after all|honestly|to be honest|tbh|lol|ngl|fr|really|truly)${E})`,
);

/** "a future EM applicant", "an ortho hopeful", "future gas resident here". */
const APPLICANT_OF = rxg(
  String.raw`(?:${B}(?:future|aspiring|prospective|budding|hopeful|would be|soon to be|incoming) (?<specialty>${SPECIALTY_PATTERN}) (?:applicant|candidate|hopeful|resident|physician|doctor|trainee|here|speaking)${E}|${B}(?:i am|as) (?:an? )?(?<specialty2>${SPECIALTY_PATTERN}) (?:applicant|candidate|hopeful|residency applicant|match applicant)${E}|${B}my (?:(?:categorical|advanced|eras|residency|match|other|remaining) )*applications? (?:went|go|are going|have gone|were sent|are|will go|have been sent)(?: out)? (?:(?:only|mainly|mostly|all) )?(?:to|in) (?:(?:several|many|a few|some|the|only|various) )*(?<specialty5>${SPECIALTY_PATTERN}) (?:programs|programmes|residencies|residency programs|departments)${E}|${B}my (?:(?:own|upcoming|current|final|eras|residency|match|submitted) )*(?:application|applications|candidacy) (?:for|to|into) (?:the |your |a |an |this )?(?:(?:categorical|advanced|pgy[ -]?2|reserved) )?(?<specialty4>${SPECIALTY_PATTERN}) (?:position|positions|residency|program|programme|spot|spots|track|training)${E}|${B}my (?:(?:own|upcoming|current|final|eras|residency|categorical|completed|finished|submitted|whole) )*(?<specialty3>${SPECIALTY_PATTERN}) (?:application|applications|app|apps|personal statement)${E})`,
);

/** The writer described by a field they are headed for: "EM-bound prelim applicant", "as a derm-bound intern". */
const SELF_BOUND = rxg(
  String.raw`(?:^|${B}(?:i am|as|being|from|me|signed)(?:,)? )(?:an? )?(?:(?:proud|future|committed|determined) )?(?<specialty>${SPECIALTY_PATTERN}) (?:bound|track|tracked|focused|oriented|destined|aspirant|aspiring|hopeful)${E}`,
);

/**
 * The writer headed for a field in chat register, with the field right after the verb: "im def going ortho",
 * "leaning hard into anaesthetics", "gravitating towards psych" (not "going to my surgery rotation").
 */
const HEADED_FOR = rxg(
  String.raw`(?:${B}i (?:am |will be |have been |was )?|^am |(?:^|${B}(?:and|but|so|still|now|also|ok|lol|tbh|honestly),? )(?:(?:and|but|so|still|now|also|ok|lol|tbh|honestly),? )*(?=(?:(?:definitely|totally|100%|so|now|still|really|also|just|seriously|pretty much|probably) )*(?:aiming|shooting|gunning|angling|going|heading|headed|leaning)))(?:(?:definitely|totally|100%|so|now|still|really|also|just|seriously|pretty much|probably|leaning|set on) )*(?:aiming(?: for| at)?|shooting for|gunning for|angling for|going for|going|heading|headed|leaning (?:(?:hard|heavily|strongly|more|really|firmly|very much) )*(?:into|toward|towards|to)|leaning|gravitating (?:to|toward|towards)|drifting (?:to|toward|towards|into)|pivoting (?:to|toward|towards|into)|switching (?:to|into)|sold on|set on|locked on)(?: (?:into|for))? (?<specialty>${SPECIALTY_PATTERN})${E}(?! (?:rotation|rotations|elective|electives|block|clerkship|month|shift|shifts|service|team|floor|ward|wards|conference|lecture|lectures|talk|grand rounds|department|clinic|residents?|interest group|club|exam|shelf|notes|patients?|call|meeting)${E})`,
);

/**
 * The writer's applications centred on a field: "I'm focusing on urology applications this year", "focusing my
 * applications on psych" (not "focusing on neurology patients this month").
 */
const FOCUSED_ON = rxg(
  String.raw`${B}i (?:am |have been |will be )?(?:(?:now|still|also|mainly|mostly|only|entirely|solely|fully|really|just) )*(?:focusing|focused|concentrating|focus|concentrate) (?:(?:all )?my (?:applications?|efforts|energy|search|match plans?) )?(?:on|upon) (?:(?:my|the) )?(?<specialty>${SPECIALTY_PATTERN}) (?:applications?|residenc(?:y|ies)|programs|positions|spots|match)${E}|${B}i (?:am |have been |will be )?(?:(?:now|still|also|mainly|mostly|only|entirely|solely|fully|really|just) )*(?:focusing|focused|concentrating|focus|concentrate) (?:all )?my (?:applications?|efforts|energy|search) (?:on|upon) (?<specialty2>${SPECIALTY_PATTERN})${E}(?! (?:rotation|rotations|elective|electives|block|clerkship|month|research|patients?)${E})`,
);

/** A training place after this year, named by its kind. */
const ADVANCED = String.raw`(?:advanced|categorical|pgy[ -]?(?:2|two|ii)|reserved)`;
const TRAINING_PLACE = String.raw`(?:position|spot|program|programme|residency|slot|match|place|seat|contract|post|job|training post)`;
/** The writer, said or dropped at the start of a clause: "I matched ...", "quick update: matched ...", "and got ...". */
const I_OR_DROPPED = String.raw`(?:${B}i (?:(?:have|had|already|also|recently|just|finally|officially) )*|(?:^|[:;,(-] ?|${B}(?:and|so|but|already|just|recently|finally|update|news) )(?:(?:already|just|recently|finally|officially) )*)`;
const SECURED_VERB = String.raw`(?:matched|secured|obtained|accepted|landed|got|hold|have|signed|snagged|earned|took|taken)`;

/**
 * The writer asking to be considered for a field's place: "I would like to be considered for your surgery program" (not a
 * friend's: "my friend would like to be considered ...").
 */
const CONSIDERED_FOR = rxg(
  String.raw`${B}(?:to be|being|be) considered (?:for|by) (?:your|the|a|an|any) (?:(?:categorical|advanced|pgy[ -]?2|pgy[ -]?1) )?(?<specialty>${SPECIALTY_PATTERN}) (?:(?:pgy[ -]?2|pgy[ -]?1|categorical|advanced) )?(?:program|programme|residency|position|spot|track|residency program|opening|vacancy|slot|place|seat)${E}`,
);

/**
 * More ways of stating the field as the writer's own: an application for "the post of resident in Paediatrics", "an
 * opportunity to interview for pediatrics residency", "I would thrive as an OB/GYN resident", "your family medicine
 * residency, which I'd very much like to be part of", "for a PGY-2 diagnostic radiology position", "radiation oncology,
 * the field I hope to enter", "psych is 100% the move for me", "my ERAS documents for the psychiatry match", "my
 * application to general surgery", "I'll be one of your neurology residents", "what I actually want is psychiatry", "the
 * typical applicant to dermatology", "the specialty I'll be spending the rest of my life in is ...", "the only one I'm
 * applying to", "choose neurology as my specialty", "getting me into dermatology", "for consideration in your pathology
 * residency", "Anesthesia it is", "I am wishing to do my residency in the Anaesthesiology department", "has been my
 * target", "helped me commit to rads", "make my career in psychiatry". Not when someone else is the subject before it.
 */
/**
 * The field, then a clause owning it as the writer's goal: "do many of your residents go into cardiology fellowship,
 * that's my goal after residency", "pediatrics, which is what I hope to do" (not "which was my plan", "is not my
 * goal"). The clause that owns it is the writer's, so the field may sit in someone else's clause before it.
 */
const FIELD_OWNED_AFTER = rxg(
  String.raw`${B}(?<specialty>${SPECIALTY_PATTERN})(?: (?:fellowship|residency|training|career|track|pathway))?,? (?:that's|that is|which is|this is|it's|it is|which has been|that has been|which has always been|that has always been) (?:(?:exactly|also|precisely|definitely|actually|really|honestly|very much|still) )?(?:my (?:(?:own|long[ -]term|ultimate|main|end|career|dream|final|big|real|true|first) )*(?:goal|dream|plan|aim|ambition|path|target|calling)|what i (?:(?:really|truly|hope|want|plan|intend|aim|wish) )*(?:to )?(?:do|pursue|become|want(?=\s?(?:[.,;:!?)]|$| (?:to do|for my (?:career|life|future))${E}))))${E}(?! (?:an? |some |more |my )?(?:elective|rotation|research|reading|observership|month|block|about|in|with|on)${E})`,
);

const OWN_FIELD_FRAMES: readonly RegExp[] = [
  CONSIDERED_FOR,
  // "My decision to pursue internal medicine was shaped by ...", "ten years from now I see myself running a busy OB/GYN
  // practice", "orthopaedics is all I talk about and all I plan to do", "ophthalmology has had me hooked since ...".
  rxg(
    String.raw`${B}my (?:(?:final|firm|own) )?(?:decision|choice|commitment) to (?:pursue|enter|go into|specialize in|specialise in|train in|apply (?:to|in|into)|become an?|do|practice|practise) (?:a career in )?(?<specialty>${SPECIALTY_PATTERN})${E}`,
  ),
  rxg(
    String.raw`${B}i (?:(?:can|could|already|clearly|really|honestly|now|increasingly|have come to|came to|have begun to|began to|have started to|started to|have learned to|have grown to) )*(?:see|picture|envision|imagine) myself (?:(?:as|becoming|being) (?:an? )?|(?:running|leading|building|opening|starting|in) (?:an? |my own |our )?(?:(?:busy|small|large|rural|urban|thriving|community|private|solo|group|academic) )*|(?:practicing|practising|working) (?:as (?:an? )?|in )?)(?<specialty>${SPECIALTY_PATTERN})${E}`,
  ),
  rxg(
    String.raw`${B}(?<specialty>${SPECIALTY_PATTERN}) (?:is|has been|remains) (?:(?:${W} ){0,6}?and )?(?:all|everything|the only thing|exactly what) (?:that )?i (?:(?:have )?ever )?(?:(?:plan|want|intend|hope|wish|aim|mean) to (?:do|pursue|practice|practise|train in)|wanted to do)${E}`,
  ),
  rxg(String.raw`${B}(?<specialty>${SPECIALTY_PATTERN}) (?:has|had) (?:(?:always|long|truly|completely) )*(?:had )?me (?:hooked|sold|smitten|captivated)${E}`),
  rxg(
    String.raw`${B}my (?:residency |eras |match )?application (?:for|to) (?:the |a )?(?:post|position|role|place|seat) of (?:a )?(?:resident|trainee|registrar|house officer) in (?:the )?(?<specialty>${SPECIALTY_PATTERN})${E}`,
  ),
  rxg(
    String.raw`${B}(?:opportunity|chance|invitation|permission|request) to (?:interview|apply|be interviewed) for (?:an? |the |your )?(?:categorical |pgy[ -]?2 |advanced )?(?<specialty>${SPECIALTY_PATTERN}) (?:residency|position|program|programme|spot|post|training)${E}`,
  ),
  rxg(
    String.raw`${B}i (?:would|will|could|can|know i would|believe i would|think i would) (?:really |truly |certainly )?(?:thrive|excel|succeed|flourish|do well|fit in|fit well|be happy|shine|grow) as (?:an? )?(?<specialty>${SPECIALTY_PATTERN}) (?:resident|intern|physician|trainee|doctor)${E}`,
  ),
  rxg(
    String.raw`${B}(?:your |the )?(?<specialty>${SPECIALTY_PATTERN}) (?:residency|program|programme|department|team),? (?:which|that) i (?:would|will|very much|really|truly|would really|would very much|would love|would like)? ?(?:very much |really |truly |dearly )?(?:like|love|want|hope|wish) to (?:be (?:a )?part of|join|train in|be in)${E}`,
  ),
  rxg(
    String.raw`${B}i (?:(?:${W} ){0,8}?)(?:for|to) (?:an? |any |the |your )?(?:(?:pgy[ -]?2|categorical|advanced|reserved) (?<specialty>${SPECIALTY_PATTERN})|(?<specialty2>${SPECIALTY_PATTERN}) (?:pgy[ -]?2|categorical|advanced)) (?:position|positions|spot|spots|slot|opening|openings|vacancy|place)${E}`,
  ),
  rxg(
    String.raw`${B}(?<specialty>${SPECIALTY_PATTERN}),? (?:the|my) (?:field|specialty|career|path|area) (?:that |which )?i (?:hope|plan|want|intend|am hoping|am planning|would like|aim|wish|am going) to (?:enter|pursue|join|apply to|train in|match into|match in|go into|practice|practise)${E}`,
  ),
  rxg(String.raw`${B}(?<specialty>${SPECIALTY_PATTERN}) is (?:100% |definitely |totally |absolutely |so |really )?the move(?: for me)?${E}`),
  rxg(
    String.raw`${B}(?:my )?(?:eras |application |residency )?(?:documents|application|materials|file|packet|cv|credentials) (?:for|in) (?:the |this year's )?(?<specialty>${SPECIALTY_PATTERN}) (?:match|cycle|residency|application cycle)${E}`,
  ),
  rxg(
    String.raw`${B}my (?:(?:residency|eras|match|whole|entire|own) )?(?:application|applications|candidacy) (?:to|for|in|into) (?:an? |the )?(?<specialty>${SPECIALTY_PATTERN})${E}`,
  ),
  rxg(
    String.raw`${B}i (?:will|would|could|might|hope to|am going to) (?:hopefully )?be (?:one of )?your (?:future |new |next )?(?<specialty>${SPECIALTY_PATTERN}) (?:residents|resident|interns|intern|trainees|trainee|family)${E}`,
  ),
  rxg(
    String.raw`${B}what i (?:(?:actually|really|truly|ultimately|now|always) )?(?:want|love|wanted|want to do|need to do|am meant to do|am called to do)(?: to do)? (?:with my life |in life )?is (?<specialty>${SPECIALTY_PATTERN})${E}`,
  ),
  rxg(
    String.raw`${B}i am (?:not )?(?:the |a |an )?(?:(?:typical|usual|traditional|non traditional|nontraditional|older|unusual|atypical|late) )?applicant (?:to|for|in) (?<specialty>${SPECIALTY_PATTERN})${E}`,
  ),
  rxg(
    String.raw`${B}the (?:specialty|field|career|area) i (?:will|am going to|plan to|hope to|want to|shall) (?:be )?(?:spend|spending|practice|practicing|practise|practising|work|working|build|building) (?:(?:the rest of my (?:life|career)|my (?:life|career|working life)) )?(?:in )?is (?<specialty>${SPECIALTY_PATTERN})${E}`,
  ),
  rxg(String.raw`${B}(?<specialty>${SPECIALTY_PATTERN}) is the (?:only )?one (?:that )?i am (?:applying (?:to|for|in)|pursuing|interested in)${E}`),
  rxg(
    String.raw`${B}(?:choose|chose|chosen|pick|picked|select|selected|settled on|decided on) (?<specialty>${SPECIALTY_PATTERN}) as my (?:specialty|career|field|path|future|speciality)${E}`,
  ),
  rxg(String.raw`${B}(?:get|getting|got) me into (?<specialty>${SPECIALTY_PATTERN})${E}`),
  rxg(
    String.raw`${B}(?:for|under) consideration (?:in|for|to|by) (?:your|the) (?<specialty>${SPECIALTY_PATTERN}) (?:residency|program|programme|position|department)${E}`,
  ),
  rxg(String.raw`^(?<specialty>${SPECIALTY_PATTERN}),? it is${E}`),
  rxg(
    String.raw`${B}i (?:am wishing|wish|want|would like|hope|am hoping|plan|intend|am planning|aim|desire) to (?:do|complete|pursue|undertake|start) (?:my )?(?:residency|training|residency training) in (?:the |your )?(?<specialty>${SPECIALTY_PATTERN})${E}`,
  ),
  rxg(String.raw`${B}(?<specialty>${SPECIALTY_PATTERN}) (?:has been|has always been|has long been) my (?:target|goal|aim|plan|dream|focus)${E}`),
  rxg(String.raw`${B}me (?:to )?commit to (?<specialty>${SPECIALTY_PATTERN})${E}`),
  rxg(String.raw`${B}(?:make|build|forge|pursue) my (?:career|future|life) in (?<specialty>${SPECIALTY_PATTERN})${E}`),
  // Aiming, set or bound for the field: "still aiming 4 ortho", "a young doctor who aims for the urology specialty",
  // "being dead set on cardiothoracic surgery", "hoping for a psychiatry position", "a grad like me trying for radiation
  // oncology", "I'm sticking with emergency medicine", "two cycles chasing neurology", "the neuro-bound intern".
  rxg(
    String.raw`${B}(?:i|i am|(?<=${B}i am an? (?:${W} ){0,4}?(?:doctor|physician|graduate|applicant|candidate|resident|intern|student|img|house officer) )who|me|still|and|being|been|am|currently|now|officially|just)(?: (?:am|is|really|still|currently|now|also|truly|firmly|so|dead|always|been))* (?:(?:aiming|aim|aims|gunning|shooting|set|trying|hoping|going|heading|headed) (?:for|at|4|on|towards?|toward|after|into)|(?:sticking|going) with|chasing|applying (?:to|for|into|in)|applying) (?:an? |the )?(?:(?:career|spot|place|position|residency|future) in )?(?<specialty>${SPECIALTY_PATTERN})(?: (?:specialty|speciality|residency|position|spot|place|program|programme))?${E}(?!'s)(?! (?:rotation|rotations|elective|electives|clerkship|sub ?i|interview|interviews|department|department's|team|teams|service|clinic|clinics|research|lab|conference|block|blocks|module|modules|exam|exams|journal|club|ward|wards|residents|resident|faculty|abstract|abstracts|interest group|group|paper|papers|project|projects|course|courses|lecture|lectures|talk|talks|meeting|case|cases|patients|patient|skills|technician|technicians|tech|techs|technologist|nurse|nurses|assistant|scribe|coordinator|aide|month|week|shift|shifts|call|consult|consults|notes|textbook|questions|board|boards|shelf)${E})`,
  ),
  rxg(
    String.raw`${B}(?:i am|i'm|me|as)(?: (?:the|an?))? (?<specialty>${SPECIALTY_PATTERN})[ -]bound(?: (?:prelim|intern|applicant|resident|student|doctor|doc|one|house officer|ms4|graduate|grad))?${E}`,
  ),
  // The writer as the field's applicant or candidate: "I'm the ortho applicant who asked about ...", "I am the candidate
  // for residency of dermatology", a subject line "Re: Urology applicant - missing LOR" or "Applicant for Family Medicine
  // - request".
  rxg(
    String.raw`${B}(?:i am|i'm|me,?|this is) (?:the|an?|your|one) (?:(?!(?:prelim|preliminary|transitional|former|past|previous|last)${E})${W} ){0,2}?(?!(?:internal medicine|medicine|surgery|general surgery|surgical|transitional|transitional year|preliminary|prelim)${E})(?<specialty>${SPECIALTY_PATTERN}) (?:applicant|candidate|hopeful)${E}(?! (?:last|in|from) (?:cycle|year|season|20\d\d)${E})|${B}(?:i am|i'm) (?:the |an? )?(?:candidate|applicant) (?:for|to) (?:the )?(?:residency|residency position|position|post|program|programme) (?:of|in) (?<specialty2>${SPECIALTY_PATTERN})${E}`,
  ),
  rxg(
    String.raw`^(?![^.?!]*${B}(?:prelim|preliminary|transitional)${E})(?:(?:re|fw|fwd|subject):? )?(?:(?:an? |the )?(?!(?:internal medicine|medicine|surgery|general surgery|surgical|transitional|transitional year|preliminary|prelim)${E})(?<specialty>${SPECIALTY_PATTERN}) (?:applicant|candidate)|(?:applicant|candidate) (?:for|to|in) (?!(?:internal medicine|medicine|surgery|general surgery|surgical|transitional|transitional year|preliminary|prelim)${E})(?<specialty2>${SPECIALTY_PATTERN}))(?=\s?(?:[-:,|(]|$))`,
  ),
  // Joining or applying to the program's residency in the field, or a place in it (not the fields a preliminary year is
  // spent in: internal medicine, surgery, a transitional year): "I would be thrilled to join your otolaryngology
  // residency", "the open PGY-1 spot in your psychiatry program", "my CV for the advanced diagnostic radiology position",
  // "my strong interest in your neurology residency program", "a great fit for your EM residency".
  rxg(
    String.raw`${B}(?:join|joining|apply (?:to|for|into)|applying (?:to|for|into)|apply|interest in|interested in|fit for|fit in|cv for|cv to|consider me for|considered for|a (?:place|spot|position) in|spot in|position in|place in) (?:(?:your|the|this|an?|any|one of your|the open|your open|an open|the advanced|the categorical|your categorical|your advanced)(?: open)? )(?:(?:pgy[ -]?[12]|categorical|advanced|open|residency) )*(?:(?:spot|position|place) in (?:your|the) )?(?!(?:internal medicine|medicine|surgery|general surgery|surgical|transitional|preliminary|prelim|family)${E})(?<specialty>${SPECIALTY_PATTERN}) (?:(?:pgy[ -]?[12]|categorical|advanced) )?(?:residency|program|programme|position|spot|training|department|track)${E}(?!'s)`,
  ),
  // The field as what the writer decided on, is after or works toward: "Psychiatry, not neurology, is what I've decided
  // on", "hematology-oncology is the fellowship I'm working toward", "the rural GP life is what I'm after".
  rxg(
    String.raw`${B}(?<specialty>${SPECIALTY_PATTERN})(?:,? not (?:${W} ){0,2}?${W},)?(?: (?:life|career|path|route|track|fellowship))? (?:is|remains) (?:exactly |precisely |really |definitely )?(?:what i (?:have |am |'ve |'m )?(?:decided on|chosen|after|set on|going for|working toward|working towards|building toward|building towards|aiming for|aiming at)|the (?:fellowship|field|specialty|career|path|one) (?:that )?i (?:am |'m |have |'ve )?(?:working toward|working towards|aiming for|pursuing|chosen|set on|decided on|applying to|applying for))${E}`,
  ),
  // "The only thing I've ever wanted to do is obstetrics", "I don't see myself doing anything but pathology", "the
  // specialty I'm pursuing - and I have never wavered on this - is pathology".
  rxg(
    String.raw`${B}(?:the only thing (?:that )?i (?:have |'ve )?(?:ever )?(?:wanted|want) to do(?: with my life)? is|i (?:do not|don't|cannot|can't|could not|couldn't) (?:see|imagine|picture) myself (?:doing|practicing|practising|in|pursuing) (?:anything|any field|anything else|any specialty) (?:but|other than|except|besides|apart from)|the (?:specialty|speciality|field|career) (?:that )?i (?:am|'m) (?:pursuing|applying (?:to|in|for)|going into|training for)(?: [-,] [^-,.;]{1,60} [-,])? is) (?<specialty>${SPECIALTY_PATTERN})${E}`,
  ),
  // Training as the field's practitioner, wished or meant by the writer: "it would mean a great deal to me to train as an
  // obstetrician", "I'm interested in training as an anesthesiologist".
  rxg(
    String.raw`${B}(?:me to|i (?:want|wish|hope|would like|would love|am hoping|plan|intend|long) to|i am (?:interested|keen) in|interest in|(?:mean|means) (?:a lot|a great deal|everything|the world) to me to) (?:train|training|be trained|qualify|qualifying|practise|practice|practicing|practising|work|working) as (?:an? )?(?<specialty>${SPECIALTY_PATTERN})${E}(?! (?:rotation|rotations|elective|electives|clerkship|sub ?i|interview|interviews|department|department's|team|teams|service|clinic|clinics|research|lab|conference|block|blocks|module|modules|exam|exams|journal|club|ward|wards|residents|resident|faculty|abstract|abstracts|interest group|group|paper|papers|project|projects|course|courses|lecture|lectures|talk|talks|meeting|case|cases|patients|patient|skills|technician|technicians|tech|techs|technologist|nurse|nurses|assistant|scribe|coordinator|aide|month|week|shift|shifts|call|consult|consults|notes|textbook|questions|board|boards|shelf)${E})`,
  ),
  // The writer as the field's future practitioner: "hopefully a dermatologist", "(hopefully a paeds reg one day!)",
  // "as a future family doc".
  rxg(
    String.raw`${B}(?:hopefully|aspiring|wannabe|budding|soon to be) (?:an? )?(?<specialty>${SPECIALTY_PATTERN})(?: (?:doc|doctor|reg|registrar|physician|resident|specialist|consultant))?${E}(?! (?:rotation|rotations|elective|electives|clerkship|sub ?i|interview|interviews|department|department's|team|teams|service|clinic|clinics|research|lab|conference|block|blocks|module|modules|exam|exams|journal|club|ward|wards|residents|resident|faculty|abstract|abstracts|interest group|group|paper|papers|project|projects|course|courses|lecture|lectures|talk|talks|meeting|case|cases|patients|patient|skills|technician|technicians|tech|techs|technologist|nurse|nurses|assistant|scribe|coordinator|aide|month|week|shift|shifts|call|consult|consults|notes|textbook|questions|board|boards|shelf)${E})|${B}as an? (?:future|aspiring|budding|prospective|soon to be|would be) (?<specialty2>${SPECIALTY_PATTERN})(?: (?:doc|doctor|reg|registrar|physician|resident|specialist|consultant))?${E}(?! (?:rotation|rotations|elective|electives|clerkship|sub ?i|interview|interviews|department|department's|team|teams|service|clinic|clinics|research|lab|conference|block|blocks|module|modules|exam|exams|journal|club|ward|wards|residents|resident|faculty|abstract|abstracts|interest group|group|paper|papers|project|projects|course|courses|lecture|lectures|talk|talks|meeting|case|cases|patients|patient|skills|technician|technicians|tech|techs|technologist|nurse|nurses|assistant|scribe|coordinator|aide|month|week|shift|shifts|call|consult|consults|notes|textbook|questions|board|boards|shelf)${E})`,
  ),
  // A plan laid out as steps: "my career plan is simple: finish prelim, match into neurology, do an epilepsy fellowship";
  // "my ERAS is all neuro programs"; "hoping to move into ophthalmology once I'm settled".
  rxg(
    String.raw`${B}my (?:(?:career|long term|five year|ten year) )?(?:plan|plans|goal|path|roadmap)(?: is| are)?(?: (?:simple|clear|straightforward))?: (?:[^.;]{0,60}?, )?(?:match|matching|get|go|move|transfer|switch) (?:in|into|to) (?<specialty>${SPECIALTY_PATTERN})${E}`,
  ),
  rxg(
    String.raw`${B}my (?:eras|application|applications|list|program list) (?:is|are) (?:all|only|entirely|exclusively|mostly|100%) (?<specialty>${SPECIALTY_PATTERN})(?: programs| programmes)?${E}`,
  ),
  rxg(
    String.raw`${B}(?:i am |i'm |and |i )?(?:hoping|hope|planning|plan|want|wanting|looking|aiming|intend|intending) to (?:move|transition|switch|transfer|cross over|go on) (?:in|into|to) (?<specialty>${SPECIALTY_PATTERN})${E}`,
  ),
];

/**
 * The writer interviewing for places in a field: "I'm interviewing for urology spots this winter", "I am interviewing
 * at several neurology programs" (a field's places, not "interviewing neurology patients").
 */
const INTERVIEWING_FOR = rxg(
  String.raw`(?:${B}i (?:am|have been|will be) |(?:^|[:;,(-] ?|${B}(?:and|so|but|update) ))(?:(?:currently|also|now|still|actively) )*interviewing (?:for|at|with|in) (?:(?:several|a few|many|some|multiple|a couple of|a number of|two|three|four|five|six|seven|eight|ten|the|a|an|other|more|various|different|lots of|a lot of|a handful of) )*(?<specialty>${SPECIALTY_PATTERN}) (?:spots|positions|programs|programmes|residencies|residency programs|residency positions|slots|places|departments)${E}`,
);

/**
 * A place already secured in a field, the field named with it: "I matched into a dermatology advanced position",
 * "matched my advanced spot in radiology last year", "my advanced position in PM&R begins in July", "I matched into
 * anesthesiology as a PGY-2", "signed with a radiation oncology program for PGY-2" (not a friend's, see OTHER_SUBJECT_BEFORE).
 */
const SECURED_IN = rxg(
  String.raw`${I_OR_DROPPED}${SECURED_VERB} (?:into |to |for |in |with |at )?(?:an? |my |the )?(?:(?:${W} ){0,1}?(?<specialty>${SPECIALTY_PATTERN}) ${ADVANCED} ${TRAINING_PLACE}|${ADVANCED} ${TRAINING_PLACE} (?:in|into|for|with|at) (?:an? |the )?(?<specialty2>${SPECIALTY_PATTERN})|${ADVANCED} (?<specialty7>${SPECIALTY_PATTERN}) ${TRAINING_PLACE}|(?<specialty3>${SPECIALTY_PATTERN})(?: (?:program|programme|residency|department))? (?:as (?:an? )?|for (?:the |my |an? )?)${ADVANCED}(?: ${TRAINING_PLACE}| resident| year)?)${E}|${I_OR_DROPPED}(?:matched|match) (?:into|in|to|with) (?:an? |the )?(?<specialty8>${SPECIALTY_PATTERN})(?: (?:program|programme|residency|position|spot))?${E}(?! (?:rotation|elective|clerkship|block|service|department|patients?|team|clinic)${E})|${B}my (?:(?:future|upcoming|own|secured|confirmed) )?(?:${ADVANCED} ${TRAINING_PLACE} (?:in|into|for|with|at) (?:an? |the )?(?<specialty4>${SPECIALTY_PATTERN})|(?<specialty5>${SPECIALTY_PATTERN}) ${ADVANCED} ${TRAINING_PLACE}|${ADVANCED} (?<specialty6>${SPECIALTY_PATTERN}) ${TRAINING_PLACE})${E}`,
);

/**
 * The writer's own residency to come, named by its field: "before I start my OB/GYN residency", "ahead of my psychiatry
 * training", "I will begin an EM residency in July" (not "my surgery rotation", nor a spouse's residency).
 */
const MY_RESIDENCY_AHEAD = rxg(
  String.raw`${B}(?:(?:before|until|till|once|when|as soon as|by the time) (?=i ))?(?:(?:start|starting|starts|begin|beginning|begins|commence|commencing|ahead of|before|prior to|until|till|in preparation for|to prepare for|preparing for|for) my|i (?:(?:will|shall|am going to|am about to|am due to|am set to|would|hope to|plan to|then|eventually|later|next) )*(?:start|begin|commence|starting|beginning|commencing|enter|entering|(?:head|heading|head off|heading off|go on|going on|move on|moving on|proceed|proceeding|transition|transitioning|go|going|move|moving) (?:to|into)) (?:my|an?)) (?:(?:future|upcoming|eventual|own|later|real|advanced|categorical|pgy ?2) )*(?:(?<specialty>${SPECIALTY_PATTERN}) (?:residency|training|program|residency program|training program)|${ADVANCED} (?:residency|training|program|programme|position|spot) in (?<specialty2>${SPECIALTY_PATTERN}))${E}|${B}i (?:(?:will|shall|am going to|am about to|am due to|am set to|then|next|eventually|later) )*(?:head|head off|go on|move on|proceed|transition|start|begin|join) (?:to |into )?the ${ADVANCED} (?:residency|training|program|programme|position|spot) in (?<specialty3>${SPECIALTY_PATTERN})${E}`,
);

/** Words between a goal frame and the specialty it names. */
const FILLER = new Set(
  (
    "a an the in into to for of as be become becoming career careers field fields residency residencies training program programs " +
    "position positions specialty categorical future academic clinical long term successful fulfilling rewarding lifelong practicing " +
    "practice physician doctor resident my your this at pursue pursuing train specialize specializing apply applying match matching " +
    "enter entering build have go do continue on eventually ultimately then later again spot spots place path journey world " +
    "life position board certified certified fully competent compassionate excellent good great skilled dedicated trained " +
    "qualified practising practitioner outstanding strong caring an and work working with adult general pgy 1 2 this cycle year next " +
    "residency training specialist specialty training one day someday hopefully truly really definitely also still just only " +
    "myself career within dedicated devoted attending doc docs dr"
  ).split(" "),
);
const SCOPE_WORDS = 9;
/** A specialty after these words is not the goal: "rather than surgery", "instead of psychiatry". */
/** A part of training whose object a field is: "an elective in", "my rotation on". */
const PART_OF_TRAINING_LEAD = String.raw`(?:rotation|rotations|elective|electives|clerkship|clerkships|block|blocks|sub internship|sub i|observership|observerships|externship|externships|shadowing|month|week|weeks|shift|shifts|course|workshop|lecture|lectures|conference|away rotation) (?:in|on|of|with|at|through)`;
const NOT_THE_GOAL_BEFORE = rx(
  String.raw`${B}(?:prelim|preliminary|pgy ?1 year in|(?:a|one|an extra) (?:preliminary |prelim )?year (?:in|of)|your|(?:the )?(?:program|programme|hospital|department)'?s|flirted with|flirting with|toyed with|toying with|dabbled in|dabbling in|dallied with|not|rather than|instead of|than|over|from|away from|besides|except|before|after|unlike|nor|no longer|leaving|left|switching from|moving from|transitioning from|${PART_OF_TRAINING_LEAD}|(?:partner|spouse|wife|husband|fiance|fiancee|boyfriend|girlfriend|other half|couples partner|sister|brother|friend)(?: (?:who is|who's|applying|matching|training|going|heading))? (?:in|into|to|for))\s*$`,
);
/**
 * A narrower interest within a field named earlier in the sentence: "a future internist with a particular interest in
 * hospital medicine" (the goal is the first field; the interest only qualifies it).
 */
const INTEREST_WITHIN_BEFORE = rx(
  String.raw`${B}with (?:a |an )?(?:(?:particular|special|keen|strong|specific|deep|growing|real|clear|abiding) )?(?:interest|focus|leaning) (?:in|on|toward|towards)\s*$`,
);
/** A field as the object of a part of training: "an elective in", "my rotation on". */
const TRAINING_BEFORE = rx(String.raw`${B}${PART_OF_TRAINING_LEAD}\s*$`);
/** A relative clause that states the goal of the field before it: "..., since that is", "which is". */
const RELATIVE_GOAL = /(?:^|,|\s)(?:which|that|since that|because that|as that|since this|because this|since it|because it) (?:is|will be|has always been)\b/u;
/** A goal frame that speaks of the past or of something given up. */
const ABANDONED = rx(
  String.raw`${B}(?:once|initially|originally|used to|previously|at first|formerly|no longer|not|never|had once|had|thought i|i thought|i once thought|i believed|i used to think|i assumed|everyone assumed|considered|early in medical school|as a child|as a kid|in medical school|when i was|before (?:medical school|med school|residency|clerkships|my clerkships|clinicals|my clinical years)|back then|growing up|in (?:high school|college|undergrad)|as (?:a teenager|an undergrad|an undergraduate))${E}\s*(?:(?:${W}) ){0,2}$`,
);

/** A mention that names the route to the goal: "cardiology through internal medicine", "ICU via anesthesia". */
type Mention = { phrase: string; index: number; end: number; route?: boolean };
const ROUTE_BEFORE = /\b(?:through|via|by way of|by training in|after training in|starting (?:in|with)|from a base in)\s*$/u;

const SPECIALTY_MENTION = rxg(`${B}(?<specialty>${SPECIALTY_PATTERN})${E}`);

/** A specialty that only modifies one of these names a part of training, not the goal: "my surgery rotation". */
const PART_OF_TRAINING_AFTER =
  /^\s(?:rotation|rotations|elective|electives|clerkship|clerkships|block|blocks|year|years|internship|prelim year|prelim|preliminary year|preliminary|transitional year|intern year|shift|shifts|exam|shelf|notes|lecture|lectures|conference|conferences|ward|wards|clinic|clinics|service|month|rounds|grand rounds|floor|department|interest group|club|sub internship|sub i|consult|consults|call|night|nights|team|patients?|observerships?|externships?|attachments?|placements?|postings?|stints?|experience|exposure|shadowing|modules?|courses?|research|projects?|audits?|acting internship)(?![\p{L}\p{N}])/u;

const CONTRASTED_BEFORE = /\b(?:rather than|instead of|as opposed to|in place of|and not|but not|not|over|than)\s+(?:(?:an?|the)\s+)?$/u;

const NEW_CLAUSE_AFTER =
  /^\s(?:is|are|was|were|has|have|had|gives|gave|offers|offered|provides|provided|teaches|taught|helps|helped|will|would|can|could|should|may|might|makes|made|seems|seemed|remains|requires|required|needs|builds|shapes|adds|brings|trains|prepares|exposes|covers|involves|overlaps|matters|complements|informs|showed|shows)\b/u;

/** "as a", and the rank or standing of a practitioner after it: "as an attending", "as a board certified", "as a fully trained". */
const AS_A_PRACTITIONER = rx(
  String.raw`${B}as an?(?: (?:attending|consultant|staff|practicing|practising|board certified|certified|fully trained|trained|qualified|licensed|independent|full time|senior|junior))*\s*$`,
);
/** A practitioner as the one the writer works beside: "with an attending", "under a senior", "alongside the". */
const BESIDE_A_PRACTITIONER = rx(
  String.raw`${B}(?:with|under|alongside|beside|shadowing|assisting) (?:an?|the|my|our|their|his|her|your|some|other|several|many)?(?: (?:attending|consultant|staff|senior|junior|local|visiting|experienced|fellow|other|great))*\s*$`,
);
/** A specialty named by its practitioner: "radiologist", "paediatrician", "surgeon", "EM doc". */
const PRACTITIONER_NOUN = /(?:ists?|ians?|surgeons?|physicians?|doctors?|docs?|orthopods?)$/u;

function mentionsInScope(text: string, from: number): Mention[] {
  const scope = text
    .slice(from)
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, SCOPE_WORDS + 3)
    .join(" ");
  const out: Mention[] = [];
  for (const match of matchesOf(SPECIALTY_MENTION, scope)) {
    const lead = scope.slice(0, match.index);
    const route = ROUTE_BEFORE.test(lead);
    // The goal ends at the first comma or clause break after the first specialty it names (a route may follow a comma).
    const between = scope.slice(out.at(-1)?.end ?? 0, match.index);
    if (
      out.length > 0 &&
      !(route && between.length < 40 && !/[;:.!?]/.test(between)) &&
      /[,;:.!?]|\b(?:and then|because|since|which|where|while|after|when|so that|and (?:this|that|these|those|the|my|our|it|i|we|he|she|they|you|your|u|ur))\b/.test(
        between,
      )
    )
      break;
    // A later field followed by its own verb begins a new clause, not a second goal: "to become an ophthalmologist and
    // psychiatry gives a good understanding of patients".
    if (out.length > 0 && NEW_CLAUSE_AFTER.test(scope.slice(match.index + match[0].length))) break;
    if (PART_OF_TRAINING_AFTER.test(scope.slice(match.index + match[0].length))) continue;
    const before = lead
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean);
    // Only filler words between the frame and the first specialty; later ones may follow "and" or "or".
    const unrelated = before.filter((w) => !FILLER.has(w) && !mentionOf(w) && w !== "or" && w !== "and");
    // A practitioner after "as a" is the writer's role whatever the frame's object: "I'll be reading scans in a dark
    // room as a radiologist", "... as an attending radiologist", "... as a board certified neurologist".
    const asPractitioner = AS_A_PRACTITIONER.test(lead) && PRACTITIONER_NOUN.test(match.groups?.specialty ?? match[0]);
    if ((unrelated.length > 2 && !asPractitioner) || before.length > SCOPE_WORDS) break;
    // A practitioner worked with or under is someone else: "reading films with an attending radiologist".
    if (BESIDE_A_PRACTITIONER.test(lead) && PRACTITIONER_NOUN.test(match.groups?.specialty ?? match[0])) continue;
    if (NOT_THE_GOAL_BEFORE.test(lead) || (out.length > 0 && INTEREST_WITHIN_BEFORE.test(lead))) continue;
    // A field set against the goal is not the goal: "to practise as a neurologist rather than a psychiatrist".
    if (out.length > 0 && CONTRASTED_BEFORE.test(between)) continue;
    const phrase = match.groups?.specialty ?? match[0];
    out.push({ phrase, index: from + match.index, end: match.index + match[0].length, route });
  }
  return out;
}

export type SpecialtyConflict = { phrase: string; named: SpecialtyId | null };

/** A specialty the writer names as their own goal that does not fit the profile's target, or null. */
const ANY_SPECIALTY = rx(`${B}${SPECIALTY_PATTERN}${E}`);

/** Someone other than the writer as a subject earlier in the clause. */
const OTHER_SUBJECT_BEFORE = rx(
  String.raw`${B}(?:he|she|they|we|you|someone|somebody|everyone|people|residents?|students?|interns?|(?:a|one of my|an old|a former|a close|a good) (?:[${L}]+ ){0,2}?(?:friend|buddy|mate|pal|classmate|colleague|cousin|roommate|batchmate|co resident|coresident)(?: (?:from|of|at) (?:[${L}]+ ){0,3}?[${L}]+)?|my (?:[${L}]+ ){0,3}?(?:friend|friends|buddy|buddies|mate|mates|pal|pals|brother|sister|partner|wife|husband|spouse|classmate|classmates|colleague|colleagues|mentor|cousin|roommate|mother|father|mom|dad|son|daughter|co resident|coresident))${E}`,
);
/** The start of a frame whose subject is dropped: "now applying in ...", "and going for ...". */
const DROPPED_SUBJECT_START = /^\W*(?:and|but|so|still|now|also|ok|lol|tbh|honestly|am|applying|going|heading|headed|aiming|shooting|gunning)\b/u;
/** Frames whose subject is the field itself: the field there may be the end of a program's name. */
const SUBJECT_FIRST: ReadonlySet<RegExp> = new Set([GOAL_AFTER, GOAL_AFTER_MORE, FIELD_FOR_ME, HOLDS_MY_HEART, FIELD_WHERE_I_GO, FIELD_CALLING, FIELD_CHASED]);

/**
 * Words that can stand before a field without naming a program ("honestly pediatrics", "I decided psych", "lol derm").
 * Any other word right before the field is read as the program's name ("Lakeview Pediatrics", "St Mary's Surgery").
 */
const BEFORE_FIELD = new Set(
  (
    "a an the and or but so i think that then now also still always just really because since as while when why which where is was " +
    "in into onto toward towards of for to at with about on than like both either neither whether if what how definitely ultimately clearly truly certainly " +
    "though although yet even only already said says decided know knew believe guess feel felt am are be been realized realised " +
    "learned learnt found discovered sure certain convinced ok okay well yes yeah yep lol haha tbh honestly ngl idk imo btw ps " +
    "update news my our your me you it this these those well anyway plus hey hi dear thanks thank sir madam dr doctor " +
    "adult pediatric paediatric general internal family clinical academic interventional surgical medical"
  ).split(" "),
);

/** True when the word right before `at` is a name word, so the field that starts at `at` ends a program's name. */
function programNamedBefore(clause: string, at: number): boolean {
  const before = clause.slice(0, at).trimEnd();
  if (before === "" || /[,;:!?.()-]$/.test(before)) return false;
  const word = before.split(/\s+/).at(-1) ?? "";
  if (word.endsWith("'s")) return true;
  return /^\p{L}[\p{L}'.-]*$/u.test(word) && !BEFORE_FIELD.has(word) && !/(?:ly|ing|ed)$/u.test(word);
}

/** What makes an application one of the past: "last year", "before switching", "the first time". */
const PAST_APPLICATION = rx(
  String.raw`${B}(?:(?:last|previous|prior|past|first) (?:year|cycle|season|match|time|round)|before (?:switching|changing|moving|deciding|i switched|i changed)|back then|previously|originally|at first|in (?:19|20)\d\d)${E}`,
);

/** A goal kept by denying its end: "I'm not giving up on ortho" reads "i am still pursuing ortho". */
/** A goal by exclusion: "I don't see myself anywhere but in general surgery" reads "i see myself in general surgery". */
const ONLY_SEE_MYSELF = rxg(
  String.raw`${B}i (?:do not|cannot|can not|could not|would not|will never|never) (?:(?:really|honestly|truly|ever) )?(?:see|picture|imagine|envision) myself (?:anywhere|doing anything|in any (?:other )?(?:field|specialty)|as anything|practicing anything|in anything|training anywhere|training in anything) (?:else )?(?:but|except|other than|besides|apart from|outside(?: of)?)(?: (?:in|as|doing))?${E}`,
);
/** Applications by exclusion: "I'm not applying anywhere but general surgery" reads "i am applying in general surgery". */
const ONLY_APPLYING = rxg(
  String.raw`${B}i am (?:(?:really|honestly|simply|just) )?not (?:applying|interviewing|going|looking|heading|reapplying) (?:anywhere|in anything|to anything|for anything|into anything|in any (?:other )?(?:field|specialty)|to any (?:other )?(?:field|specialty|program)) (?:else )?(?:but|except|other than|besides|apart from|outside(?: of)?)(?: (?:in|to|for|into))?${E}`,
);
/** The goal by exclusion: "I have never wanted to be anything but a neurosurgeon", "never considered any career other than urology". */
const ONLY_EVER_WANTED = rxg(
  String.raw`${B}i (?:have |had )?(?:never|not once) (?:(?:really|honestly|truly|ever|seriously) )?(?:wanted|wished|hoped|planned|considered|thought about|dreamed of|dreamt of|pictured myself|imagined myself) (?:(?:to be|to become|to do|to pursue|to train in|being|becoming|doing|pursuing|training in) )?(?:anything|any (?:other )?(?:career|field|specialty|path|residency)|another (?:career|field|specialty|path)|a different (?:career|field|specialty|path)) (?:else )?(?:but|except|other than|besides|apart from|than)(?: (?:a|an|in|as|being|doing|becoming))?${E}`,
);
const NOT_GIVING_UP = rxg(
  String.raw`${B}(?:i am|i will|i have|i) (?:(?:just|simply|definitely|certainly|still) )*(?:not|never) (?:(?:going to|ready to|about to) )?(?:giving up|give up|given up|letting go of|let go of|walking away from|walk away from|abandoning|abandon|quitting on|quit on)(?: on)?${E}`,
);

/** An aside between a field and the reason that names it the goal: "ophthalmic surgery, which I'm thrilled about, since that is ...". */
const ASIDE_BEFORE_REASON = /, (?:which|that) [^,;:]{1,50}, (?=(?:since|because|as) (?:that|this|it) (?:is|will be|has always been)\b)/gu;
/** A decision named as a noun reads as the verb: "I made the decision to pursue anesthesia" reads "i decided to pursue". */
const DECISION_MADE =
  /\b(?:made|make|have made|taken|took|reached|came to|come to) (?:the|a|my) (?:(?:final|firm|big|difficult|hard|conscious|clear|definite) )*decision to\b/gu;
/** "My mind is made up: psychiatry" reads "i have decided on psychiatry". */
const MIND_MADE_UP = /\bmy mind is (?:made up|set)(?: on|:| -|,)/gu;
/** The goal worked towards, said of a career or field: "the career I'm working towards" reads "the field i am applying into". */
const FIELD_WORKED_TOWARDS =
  /\bthe (?:career|field|specialty|path|area) (?:that )?i am (?:(?:now|currently|still|really) )?(?:working towards|working toward|aiming for|aiming at|striving for|striving towards|building towards|heading towards|preparing for)\b/gu;

/**
 * A field taken up again by a pronoun that states it as the goal: "Radiology has been on my mind since second year, and
 * it is what I am applying for" reads "..., and radiology is what i am applying for". The pronoun stands for the last
 * field before it that is not an aside ("I did a dermatology elective, and it is what I want" stays as written).
 */
const PRONOUN_FOR_FIELD =
  /(?<=(?:,|:|;|\band|\bso|\bbut|\bwhich is why|\band now|\bso now) )(?:it|that|this)(?= (?:is|has always been|has been|was always|will always be|remains|has become|will be|became) )|(?<=\b(?:because|since) )(?:it|that|this)(?= (?:is|has always been|will always be|remains) (?:the|my|what) (?:\S+ ){0,3}?i (?!am not|do not|did not|never)\S)/gu;
/**
 * Someone's words about the writer's field taken on as the writer's goal: "my mentor said I'd make a fine vascular
 * surgeon, and I've taken that on as my own goal" reads "..., and vascular surgeon is my own goal".
 */
const ADOPTED_AS_GOAL =
  /\b(?:(?:i (?:have )?)?(?:(?:now|since|fully) )?(?<!\b(?:not|never|no longer|hardly) (?:(?:yet|ever|really) )?)(?:taken|took|adopted|embraced|made|claimed) (?:it|that|this)(?: (?:on|up))? as my (?:(?:own|personal|real|true) )?(?:goal|aim|plan|dream|path|ambition|target)|(?:it|that|this) is (?:the|my) (?:road|path|career|specialty|field|route|direction|future|goal|plan) (?:that |which )?i (?:have )?(?:chosen|chose|picked|taken|adopted|set) for myself(?=\s?(?:[.,;!?)]|$)))/gu;
function fieldForPronoun(clause: string): string {
  ADOPTED_AS_GOAL.lastIndex = 0;
  // The field taken on may be in someone else's words ("her grandson will be the island's next heart surgeon, and that
  // is the road I've chosen for myself"): taking it on makes it the writer's, so only a neutral field is passed over.
  if (ADOPTED_AS_GOAL.test(clause))
    clause = clause.replace(ADOPTED_AS_GOAL, (adopted: string, offset: number) => {
      const last = fieldMentions(clause.slice(0, offset))
        .filter((m) => m.mention.neutral !== true)
        .at(-1);
      return last ? `, ${last.phrase} is my goal` : adopted;
    });
  PRONOUN_FOR_FIELD.lastIndex = 0;
  if (!PRONOUN_FOR_FIELD.test(clause)) return clause;
  return clause.replace(PRONOUN_FOR_FIELD, (pronoun: string, offset: number) => {
    const last = fieldMentions(clause.slice(0, offset)).at(-1);
    return last && !last.aside ? last.phrase : pronoun;
  });
}

export function specialtyConflict(clause: string, target: SpecialtyId | null): SpecialtyConflict | null {
  if (!target || target === "other" || !ANY_SPECIALTY.test(clause)) return null;
  clause = clause
    .replace(NOT_GIVING_UP, " i am still pursuing")
    .replace(ONLY_SEE_MYSELF, " i see myself in ")
    .replace(ONLY_APPLYING, " i am applying in ")
    .replace(ONLY_EVER_WANTED, " i have always wanted to pursue ")
    .replace(ASIDE_BEFORE_REASON, ", ")
    .replace(FIELD_WORKED_TOWARDS, "the field i am applying into")
    .replace(DECISION_MADE, "decided to")
    .replace(MIND_MADE_UP, "i have decided on");
  clause = fieldForPronoun(clause);
  const candidates: Mention[][] = [];
  for (const lead of GOAL_LEADS) {
    for (const match of matchesOf(lead, clause)) {
      if (ABANDONED.test(clause.slice(Math.max(0, match.index - 40), match.index))) continue;
      if (/\b(?:not|never|no longer)\b/.test(match[0])) continue;
      if (othersClauseBefore(clause.slice(0, match.index))) continue;
      // An application made before: "I applied to pediatrics last year before switching to internal medicine".
      if (/\b(?:applied|reapplied)\b/.test(match[0]) && PAST_APPLICATION.test(clause.slice(match.index))) continue;
      candidates.push(mentionsInScope(clause, match.index + match[0].length));
    }
  }
  for (const re of [
    GOAL_AFTER,
    GOAL_AFTER_MORE,
    APPLICANT_OF,
    FIELD_PERSON,
    FIELD_FOR_ME,
    SELF_BOUND,
    SECURED_IN,
    INTERVIEWING_FOR,
    MY_RESIDENCY_AHEAD,
    HEADED_FOR,
    FOCUSED_ON,
    HOLDS_MY_HEART,
    FIELD_CALLING,
    CERTAIN_DOING,
    FIELD_CHASED,
    FIELD_CHEER,
    FIELD_WHERE_I_GO,
    FIELD_APPOSITIVE,
    IN_THE_POOL,
  ]) {
    const word = FRAME_WORD.get(re);
    if (word && !word.test(clause)) continue;
    for (const match of matchesOf(re, clause)) {
      if (ABANDONED.test(clause.slice(Math.max(0, match.index - 40), match.index))) continue;
      // A field of training stated as the goal by the clause after it is the goal: "an elective in urology, since that is
      // the field I am applying into".
      const before = clause.slice(0, match.index);
      if (NOT_THE_GOAL_BEFORE.test(before) && !(RELATIVE_GOAL.test(match[0]) && TRAINING_BEFORE.test(before))) continue;
      // A field named as the subject of a goal frame after a name word is part of a program's name ("Lakeview
      // Pediatrics is my first choice", "Hillside Family Medicine has my heart"): the writer's goal is not stated.
      if (SUBJECT_FIRST.has(re) && programNamedBefore(clause, match.index)) continue;
      // A dropped subject is the writer only when no one else is the subject before it: "my friend is a surgeon and
      // going for peds" is the friend's plan.
      if (re === HEADED_FOR && !match[0].startsWith("i ") && OTHER_SUBJECT_BEFORE.test(clause.slice(0, match.index))) continue;
      if (re === SECURED_IN && !/^\W*i /u.test(match[0]) && OTHER_SUBJECT_BEFORE.test(clause.slice(0, match.index))) continue;
      const g = match.groups ?? {};
      const phrase = g.specialty ?? g.specialty2 ?? g.specialty3 ?? g.specialty4 ?? g.specialty5 ?? g.specialty6 ?? g.specialty7 ?? g.specialty8 ?? "";
      candidates.push([{ phrase, index: match.index, end: match.index + match[0].length }]);
    }
  }
  for (const re of [...OWN_FIELD_FRAMES, FIELD_OWNED_AFTER]) {
    for (const match of matchesOf(re, clause)) {
      const before = clause.slice(0, match.index);
      if (re !== FIELD_OWNED_AFTER && othersClauseBefore(before)) continue;
      // A frame that starts with a dropped subject ("now applying in radiology") after someone else's clause is theirs:
      // "it was funny to learn that your chief went to school with my classmate who is now applying in radiology".
      if (DROPPED_SUBJECT_START.test(match[0]) && someoneElsesField(`${before} `)) continue;
      if (NOT_THE_GOAL_BEFORE.test(before) || ABANDONED.test(clause.slice(Math.max(0, match.index - 40), match.index))) continue;
      const phrase = match.groups?.specialty ?? match.groups?.specialty2 ?? "";
      candidates.push([{ phrase, index: match.index, end: match.index + match[0].length }]);
    }
  }
  for (const mentions of candidates) {
    if (mentions.length === 0) continue;
    // A neutral field ("research", "palliative care") fits any target; a goal that also names a specific field
    // is judged by the specific one.
    const specific = mentions.filter((m) => mentionOf(m.phrase)?.neutral !== true);
    // The route to the goal must be the target itself: "cardiology through internal medicine" is not a pediatrics goal.
    const fitsOne = (m: Mention) => mentionOf(m.phrase)?.fits(target) ?? true;
    const route = specific.filter((m) => m.route);
    const fits = (specific.length === 0 || specific.some(fitsOne)) && route.every(fitsOne);
    const first = route.find((m) => !fitsOne(m)) ?? specific[0];
    if (!fits && first) {
      return { phrase: first.phrase, named: mentionOf(first.phrase)?.id ?? null };
    }
  }
  return null;
}

/**
 * A contrast whose second half leaves out what the first half denies: "Surgery isn't where I see myself; psychiatry is",
 * "family medicine is not my goal, pediatrics is".
 */
const ELLIPTICAL_CONTRAST = rx(
  String.raw`${B}(?:${SPECIALTY_PATTERN})(?: (?:residency|training|career))? (?<verb>is|are|remains|will be) (?:not|never|no longer) (?<pred>[^;,.!?]{2,80}?)(?:;|,|:| -)? (?:(?:but|rather|instead|while|whereas),? )?(?<second>(?:${W} ){0,2}?(?:${SPECIALTY_PATTERN})) (?:is|are|remains|will be)(?: (?:instead|rather|though))?(?=\s?(?:[,;.!?)]|$)| (?:and|but)${E})`,
);
/** A denial, which an elliptical contrast needs (tested first): "not", "never", "no longer". */
const ELLIPSIS_DENIAL = rx(String.raw`${B}(?:not|never|no longer)${E}`);
/** A verb that closes its clause, which an elliptical contrast needs (tested first): "psychiatry is.", "peds is, and". */
const ELLIPSIS_END = rx(String.raw`${B}(?:is|are|remains|be)(?: (?:instead|rather|though))?(?:\s?[,;.!?)]|$| (?:and|but)${E})`);
/** The second half of an elliptical contrast with the predicate it leaves out: "psychiatry is where i see myself", or null. */
export function ellipsisFilled(text: string): string | null {
  if (!ELLIPSIS_DENIAL.test(text) || !ELLIPSIS_END.test(text)) return null;
  const match = ELLIPTICAL_CONTRAST.exec(text);
  const g = match?.groups;
  return g?.second && g.verb && g.pred ? `${g.second} ${g.verb} ${g.pred}` : null;
}

/** A goal stated of "it": "it's the career I'm pursuing", "that has always been my calling". */
const GOAL_BY_REFERENCE = rx(
  String.raw`${B}(?:it|that|this) (?:is|has always been|was always|will always be|remains|has been|is still) (?:(?:what|the (?:career|specialty|field|path|one|thing|work)) (?:that )?i (?:(?:have|had|am|will|would|always|ever|really|truly|still|long|been) )*(?:want|wanted|pursuing|pursue|applying for|love|loved|chose|chosen|dreamed of|dreamt of|aim for|aiming for|working towards|working toward|striving for|striving towards|building towards|see myself doing|intend to pursue|plan to pursue|training for|training in|train in|preparing for|headed for|heading for|going into|(?:was |am )?(?:built|made|born|meant) for)|my (?:(?:career|lifelong|true|only|future|chosen) )?(?:goal|calling|dream|passion|future|path|career|vocation)|the (?:only|one|right|perfect|ideal|true|real) (?:specialty|field|career|path|one|calling) for me)${E}(?=\s?(?:[.,;:!?)-]|$)| (?:since|for|ever|all along|to do|to pursue|to be|to become|to practice|to train|most|more than|and|in life|as a career)${E})`,
);

/**
 * A question about the writer's future, then its answer: "You asked where I see myself in ten years. My answer: an
 * ophthalmologist in a teaching hospital." The answer is read as "i want to be ..." (null when there is none).
 */
const FUTURE_QUESTION = rx(
  String.raw`${B}(?:asked|ask|asking|wondered|wondering|question|questions|wanted to know)${E}[^.?!]*${B}(?:where|what) (?:i|do i|would i|will i) (?:(?:see|picture|imagine|envision) myself|(?:hope|want|plan|expect|intend) to be|will be|would be)(?: doing)? (?:in|within|after|over) (?:the next )?(?:${W} ){0,2}?years${E}`,
);
const ANSWER_LEAD = rx(
  String.raw`^(?:(?:so|well|honestly|simply|and),? )?(?:my (?:honest )?answer(?: is)?|the (?:honest )?answer(?: is)?|i (?:would|will|can|want to|would like to) (?:say|answer)|i (?:have thought about it|thought about it)[^:]*and i (?:would|will|can|want to|would like to) (?:say|answer)(?: that)?)(?::|,| -)? `,
);
export function answerToFutureQuestion(previous: string, sentence: string): string | null {
  if (!FUTURE_QUESTION.test(previous)) return null;
  const lead = ANSWER_LEAD.exec(sentence);
  return lead ? `i want to be ${sentence.slice(lead[0].length)}` : null;
}

/**
 * A goal stated of "it" that points back at the one field the sentences before it name: "People keep asking me why
 * urology. Why not? It's the career I'm pursuing." (nearest sentence first; a field only of a rotation does not count).
 * `sentence` is the index in `previous` of the sentence that names the field.
 */
export function specialtyByReference(
  previous: readonly string[],
  sentence: string,
  target: SpecialtyId | null,
): (SpecialtyConflict & { sentence: number }) | null {
  if (!target || target === "other" || ANY_SPECIALTY.test(sentence) || !GOAL_BY_REFERENCE.test(sentence)) return null;
  for (const [index, text] of previous.entries()) {
    const mentions = matchesOf(SPECIALTY_MENTION, text).filter((m) => !PART_OF_TRAINING_AFTER.test(text.slice(m.index + m[0].length)));
    if (mentions.length === 0) continue;
    const phrases = mentions.map((m) => m.groups?.specialty ?? m[0]);
    if (new Set(phrases.map((phrase) => mentionOf(phrase)?.id)).size !== 1) return null;
    const phrase = phrases[0] as string;
    const mention = mentionOf(phrase);
    if (!mention || mention.neutral || mention.fits(target)) return null;
    return { phrase, named: mention.id ?? null, sentence: index };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Visa status

const NEEDS_VISA: ReadonlySet<VisaStatus> = new Set(["J1", "H1B", "F1_OPT", "NEEDS_SPONSORSHIP"]);

/** The writer says they need no visa: a citizen, a permanent resident, work authorisation of their own. */
const NO_VISA_NEEDED: readonly RegExp[] = [
  // The need denied with the thing first: "visa sponsorship isn't something I'll need", "I won't be needing the program
  // to sponsor a visa for me".
  rx(
    String.raw`${B}(?:visa sponsorship|sponsorship|a visa|visa support|a work visa|an h1b|a j1|visa help)(?: of any kind)? (?:is not|will not be|would not be|is never) (?:something|anything|a thing) (?:that )?i (?:will |would |shall |do |am going to )?(?:need|require|be needing)${E}`,
  ),
  rx(
    String.raw`${B}i (?:will|would|shall|do|am going to) not (?:be )?(?:need|needing|require|requiring) (?:the program|you|your program|your hospital|the hospital|anyone|the institution|your institution) to (?:sponsor|file|petition)${E}`,
  ),
  // "I'm not someone who needs a visa", "I am not an applicant who will require sponsorship".
  rx(
    String.raw`${B}i am (?:not|never) (?:(?:really|actually) )?(?:someone|somebody|a person|an applicant|a candidate|one|an img|a physician) who (?:will |would |does )?(?:need|needs|require|requires) (?:a |any )?(?:visa|visas|sponsorship|visa sponsorship|j1|h1b)${E}`,
  ),
  // The writer named by their status as the sender: "Update from a green card holder", "US citizen applicant here".
  rx(
    String.raw`(?:^|${B}(?:update|updates|note|notes|message|hello|hi|greetings|letter|email|line|word|news|thoughts|question|questions|follow up|thank you|thanks|a few words|writing) (?:from|by) )(?:a |an |your )?(?:(?:proud|fellow|new|newly naturalized|recently naturalized|naturalized) )?(?:us |american |united states )?(?:green card holder|citizen|permanent resident|lawful permanent resident)(?: (?:applicant|candidate|img|doctor|physician|graduate|resident))?(?=\s?(?:[.,;:!?)-]|$)| here${E})`,
  ),
  rx(
    String.raw`${B}i (?:am|have been|have now been|became|have become|was born) (?:(?:a|an|now a|now an|also a|also an|proud to be a|actually a|already a) )?(?:(?:naturalized|natural born|born|dual|full) )?(?:us|usa|united states|american) (?:citizen|national)${E}`,
  ),
  rx(String.raw`${B}i am (?:a |an |now a |also a |already a )?(?:dual )?(?:us )?citizen(?: of the (?:us|united states))${E}`),
  rx(
    String.raw`${B}i (?:am|have been|have now been|became|have become) (?:a |an |now a |also a |already a )?(?:full |naturalized )?citizen(?=\s?(?:[.,;:!?)-]|$| (?:and|so|now|too|myself|by birth|since|for|last|this|in)${E}))`,
  ),
  rx(
    String.raw`${B}i (?:am|will be|will have been|have been|became|have become) (?:a |an |now a |also a |already a )?(?:us |united states )?(?:lawful |legal )?permanent resident${E}(?! of (?!the us|the united states)${W})`,
  ),
  rx(
    String.raw`(?:^|[,;:!-] |${B}(?:i|just|finally|recently|now|already) )(?:got|received|obtained|have|hold) (?:my|a|the|our) (?:us )?(?:green card|citizenship|permanent residency|ead|work permit)${E}(?! (?:application|interview|appointment|process|soon|next)${E})`,
  ),
  rx(
    String.raw`${B}no (?:visa|sponsorship|immigration|j1|h1b)(?: (?:or|nor|and) (?:an? )?(?:j1|h1b))?(?: (?:visa|visas|paperwork|papers|forms?|filing|filings|petitions?|process|processing|work|support|documents?|steps|action|application|applications|stuff|things|business))? (?:(?:is|are|will be|would be|should be|at all) )?(?:needed|required|necessary)${E}`,
  ),
  // The question itself gone for the writer: "the J-1 question no longer applies to me", "visas are not relevant in my
  // case" (a type other than the profile's own is ruled out below: "the H-1B question does not apply to me").
  rx(
    String.raw`${B}(?:the )?(?:visa|visas|j1|h1b|sponsorship|immigration|visa sponsorship)(?: (?:question|questions|issue|issues|matter|part|piece|requirement|requirements|thing|side|process|aspect))? (?:(?:no longer|does not|do not|will not|would not|does not really|now no longer) (?:applies|apply|concerns?|affects?)|(?:is|are) (?:no longer|not) (?:relevant|applicable|an issue|a factor|a concern))(?: (?:to|for) me| in my case)${E}`,
  ),
  // The program spared any filing: "there is no need for the program to file any visa for me", "you need not sponsor me".
  rx(
    String.raw`${B}(?:no need for|no reason for|not necessary for|unnecessary for) (?:you|the program|your program|your institution|the hospital|your office|the gme office|gme) to (?:file|sponsor|submit|process|arrange|apply for|handle|do|prepare|start) (?:any |a |an )?(?:${W} )?(?:visa|visas|petition|petitions|sponsorship|paperwork|immigration)${E}|${B}(?:you|the program|your program) (?:need|needs) not (?:sponsor|file|submit) (?:me|(?:any |a )?(?:visa|petition|sponsorship))${E}`,
  ),
  rx(
    String.raw`${B}(?:${W} ){0,3}?(?:will|would|should) not (?:need|have) to sponsor (?:any |a )?(?:visa )?(?:for )?me${E}|${B}(?:will|would|should) not (?:need|have) to sponsor (?:any |a )?visa for me${E}`,
  ),
  rx(
    String.raw`${B}i (?:(?:now|recently|finally|already|also) )?(?:am|hold|have|got|received|obtained|was granted|have been granted|have received|have obtained|have got|possess) (?:(?:a|an|my|the|our|us) )?(?:green card|us citizenship|american citizenship|citizenship|permanent residency|permanent residence|permanent resident status|ead|employment authorization(?: document| card)?|work authorization|work permit|unrestricted work authorization)${E}(?! (?:application|interview|process|soon|next))`,
  ),
  // "I am a green card holder", "I've been a green card holder since childhood".
  rx(
    String.raw`${B}i (?:am|have been|have long been|have now been|have always been) (?:(?:a|an|now a|already a|also a|long a) )?(?:green card|ead|work permit) holder${E}`,
  ),
  // The writer's own US passport, whatever is said of it: "my US passport just came back renewed".
  rx(String.raw`${B}my (?:(?:new|renewed|own|valid|current|blue) )*(?:us|american|united states) passport${E}`),
  // "I hold an Irish passport and an American one".
  rx(
    String.raw`${B}i (?:hold|have|possess|carry|got|travel on) (?:${W} ){0,4}?(?:passport|passports|citizenship|citizenships|nationality)(?: ${W}){0,3}? (?:and|as well as|plus|along with) (?:an? |my )?(?:us|american|united states) (?:one|passport|citizenship|nationality)${E}`,
  ),
  rx(String.raw`${B}i am (?:a |an )?(?:dual|joint) (?:${W} ){0,3}?(?:us|american|united states) (?:citizen|national)${E}`),
  // "I have dual US-Irish citizenship", "I hold dual Irish and American nationality".
  rx(
    String.raw`${B}i (?:am|hold|have|possess|carry|got|am holding|am having) (?:an? )?dual (?:(?:us|usa|american|united states)(?: and| or)? ${W}|${W}(?: and| or)? (?:us|usa|american|united states)) (?:citizenship|citizen|national|nationality|passports)${E}`,
  ),
  // Never had to think about one: "I've never had to think about work visas" (not "until now", not "before").
  rx(
    String.raw`${B}i (?:have )?never (?:(?:once|really|ever) )?(?:had to|needed to) (?:think|worry) (?:about|of) (?:a |any |the )?(?:work |us )?(?:visa|visas|sponsorship|immigration)${E}(?![^.?!;]{0,40}${B}(?:until|till|before|up to now|so far|yet)${E})`,
  ),
  rx(
    String.raw`${B}i (?:am )?(?:holding|hold|have|having|possess) (?:${W} ){0,2}?(?:us|american|united states) (?:citizenship|passport|nationality|permanent residency)${E}`,
  ),
  rx(String.raw`${B}(?:no|not any) need (?:of|for) (?:an? |any )?(?:${W} ){0,2}?(?:sponsorship|visa|j1|h1b)${E}`),
  // Status held or gained in other words: "currently holding EAD through my spouse", "I recently became a permanent
  // resident", "I have no visa requirements".
  rx(
    String.raw`(?:^|${B}i (?:am )?)(?:(?:currently|now|already|also|still|presently) )*(?:holding|hold|have|having|possess|possessing|got|received|obtained|carry|carrying) (?:a |an |my |the |our )?(?:valid )?(?:ead|green card|work permit|employment authorization(?: document| card)?|permanent residency|permanent resident card)${E}`,
  ),
  rx(
    String.raw`${B}i (?:(?:recently|finally|just|now|officially|have|also) )*(?:became|become|have become|got|am now) (?:a |an )?(?:(?:us|american|lawful) (?:citizen|national|permanent resident)|permanent resident|green card holder|naturalized (?:us |american )?citizen)${E}(?! (?:of|in) (?!the us|the united states|america)${W})`,
  ),
  rx(String.raw`${B}i (?:have|got) no (?:visa|sponsorship|immigration) (?:requirements?|needs?|restrictions?)${E}`),
  // "Immigration is not something you will need to worry about with me"; "my work authorization is permanent".
  rx(
    String.raw`${B}(?:visa|visas|immigration|sponsorship|visa sponsorship) (?:is|are|will be|would be) not something (?:that )?(?:you|the program|your program|your office|anyone) (?:will |would |should )?(?:need|have) to (?:worry|think) about${E}`,
  ),
  rx(
    String.raw`${B}my (?:us )?(?:(?:work|employment|immigration|residency|legal) )?(?:authorization|authorisation|permit|status|eligibility) (?:is|will be) (?:permanent|unrestricted|indefinite|unlimited|not time limited)${E}`,
  ),
  // Nothing needed in the way of a visa: "I don't require anything from the program in terms of immigration", "I can
  // start without any visa processing", "I do not need to go through ECFMG for a visa", "there is no need to sponsor my
  // visa".
  rx(
    String.raw`${B}i (?:do not|will not|would not|shall not) (?:need|require) anything (?:from (?:the|your) (?:program|hospital|institution|office) )?(?:in terms of|regarding|for|with|on the (?:side of|front of)) (?:immigration|visas?|sponsorship)${E}`,
  ),
  rx(
    String.raw`${B}i (?:can|could|would be able to|am able to|will be able to|am free to|would be free to|will be free to) (?:start|begin|join|work|train)(?: ${W}){0,4}? without (?:any |a |the )?(?:need for )?(?:visa|immigration|sponsorship|sponsor) ?(?:processing|sponsorship|paperwork|petitions?|filings?|process|support)?${E}(?! (?:delays?|issues?|problems?|interviews?|appointments?)${E})`,
  ),
  rx(
    String.raw`${B}i (?:do not|will not|would not|shall not) (?:need|have) to (?:go through|apply for|obtain|get|seek|request|file for|deal with|apply) (?:${W} ){0,3}?(?:a |any )?(?:visa|sponsorship)${E}(?! (?:lottery|interview|interviews|appointment|appointments|delays?|stamp|stamping|renewal|extension|category|cap|office)${E})`,
  ),
  rx(String.raw`${B}no need (?:for (?:you|the program|your program) )?to sponsor (?:my |a |any )?(?:visa|me)${E}`),
  // Citizenship stated as a label or a nationality: "Citizenship: USA", "I'm American.", a dual citizen of the US.
  rx(String.raw`${B}(?:citizenship|nationality)(?: status)?:? (?:us|usa|united states(?: of america)?|american)${E}`),
  rx(String.raw`${B}i am (?:an )?american(?=\s?(?:[.,;:!?)]|$))`),
  rx(String.raw`${B}i am an? dual (?:citizen|national) (?:of |\(|with )?(?:the )?(?:us|usa|united states|america)${E}`),
  // Good fortune in not needing one: "I am fortunate not to require any visa sponsorship", "lucky enough not to need a visa".
  rx(
    String.raw`${B}i am (?:(?:very|so|quite|really|most|extremely) )?(?:fortunate|lucky|blessed|glad|happy|pleased|relieved|thankful|grateful|in the position|in a position)(?: enough)?,? (?:not to|to not) (?:need|require|have to (?:ask for|seek|request|obtain|apply for)) (?:(?:any|a|an|the|us|work|further) )?(?:(?:kind|type|form|sort) of )?(?:visa|visas|sponsorship|visa sponsorship|h1b|j1|work visa|sponsor|immigration support)${E}`,
  ),
  // "I need no visa", "I will require no sponsorship of any kind".
  rx(
    String.raw`${B}i (?:(?:do|will|would|shall|thus|therefore|so|now|also|currently|thankfully) )*(?:need|require|needs|requires) no (?:(?:further|additional|us|work|kind of|form of|type of) )*(?:visa|visas|sponsorship|visa sponsorship|sponsor|h1b|j1|work visa|immigration support|waiver)${E}`,
  ),
  rx(
    String.raw`${B}(?:no|not any|without any) (?:requirement|necessity) (?:of|for) (?:a |any )?(?:${W} ){0,2}?(?:sponsorship|visa(?= (?:for me|in my case|from (?:the )?program side|on your side|from your side)))${E}`,
  ),
  // Status settled in colloquial words: "I'm sorted with a green card", "I am all set with my US passport".
  rx(
    String.raw`${B}i am (?:(?:all|fully|already|now|totally|completely|properly) )?(?:sorted|set|covered|good|fine|okay|ok|squared away|taken care of) (?:with|by|through|via|thanks to|because of|on account of) (?:a |an |my |the |our )?(?:us |american )?(?:green card|citizenship|permanent residency|permanent residence|passport|ead|work permit|employment authorization(?: document| card)?)${E}`,
  ),
  // "I am having my green card since 2022", "I have been holding a green card".
  rx(
    String.raw`${B}i (?:am having|am holding|have been holding|have been having|have had|am in possession of|am already having) (?:(?:a|an|my|the|our|us) )?(?:green card|us citizenship|american citizenship|citizenship|permanent residency|permanent residence|ead|work authorization|work permit)${E}`,
  ),
  // Naturalisation as an event: "I was naturalized last month", "since my naturalisation ceremony", "sworn in as a citizen".
  rx(
    String.raw`${B}i (?:was|have been|got|became|am now|have just been|was recently|was finally|have now been) (?:(?:recently|finally|just|officially|now) )?naturalized${E}`,
  ),
  rx(String.raw`${B}(?:my (?:naturalization|citizenship) (?:ceremony|oath)|(?:since|after|following|with|upon) my naturalization)${E}`),
  rx(
    String.raw`${B}(?:(?:took|taken|take|swore|sworn) (?:the )?(?:oath of (?:us |american )?citizenship|citizenship oath|oath of allegiance)|sworn in as (?:a |an )?(?:us |american )?citizen)${E}`,
  ),
  rx(
    String.raw`${B}(?:spared|free of|freed from|relieved of|saved from|no need for) (?:the |any )?(?:usual |additional |extra )?(?:visa|immigration|sponsorship) (?:paperwork|process|processing|hassle|burden|costs?|fees?|steps|formalities)${E}`,
  ),
  rx(String.raw`${B}visa(?: status| sponsorship)?:? (?:none|not|no)(?: visa)? (?:needed|required|necessary)${E}`),
  rx(String.raw`${B}visa(?: status)?:? (?:${W} ){0,2}?(?:us citizen|green card|permanent resident|us permanent resident|citizen)${E}`),
  rx(String.raw`${B}(?:no|without) (?:${W} ){0,3}?need (?:for|of) (?:${W} ){0,3}?(?:to )?sponsor (?:a )?(?:visa|me)${E}`),
  rx(
    String.raw`${B}i (?:hold|have|possess|carry|got|received|obtained) (?:(?:both |dual |a |an |my )?(?:${W} ){0,3}?)(?:us|american|united states) (?:citizenship|passport|nationality)${E}`,
  ),
  rx(String.raw`${B}i am (?:not |no longer )?(?:not )?in need of (?:any |a )?(?:visa|sponsorship|visa sponsorship)${E}(?<=not in need.*|no longer in need.*)`),
  rx(String.raw`${B}(?:you|the program|your program|your institution) (?:will|would|should) not (?:need|have) to sponsor me${E}`),
  rx(
    String.raw`${B}my (?:(?:own|us|american|new|marriage|family|employment|employer|based|sponsored|asylum|lottery|diversity|conditional|permanent|ten year|10 year|two year|physical|actual|long awaited|eb1|eb2|eb3) )*(?:green card|citizenship|naturalization|naturalisation|ead|work authorization|permanent residency|permanent residence|residency status) (?:(?:finally|just|recently|already|officially|now) )?(?:came through|was approved|has been approved|got approved|was granted|arrived|is approved|has come through|came|has arrived|is final|was finalized|followed|was issued|has been issued)${E}`,
  ),
  rx(
    String.raw`${B}(?:as|being) (?:a |an )?(?:(?:newly |recently |proud |new )?naturalized )?(?:us citizen|american citizen|us national|american national|green card holder|(?:us |lawful )?permanent resident|ead holder|naturalized citizen)${E}`,
  ),
  rx(
    String.raw`${B}i (?:(?:do|will|would|shall|am|currently|also|thus|therefore|so|now|thankfully) )*(?:not|never|no longer) (?:${W} )?(?:need|require|requires|needing|requiring|need any|require any) (?:(?:any|a|an|the|us|work|further) )?(?:(?:kind|type|form|sort) of )?(?:visa|visas|sponsorship|sponsoring|visa sponsorship|h1b|j1|work visa|sponsor|immigration support|waiver)${E}`,
  ),
  rx(
    String.raw`${B}(?:without (?:the |any )?need (?:for|of)|without needing|without requiring|free of the need for) (?:(?:any|a) )?(?:visa |immigration )?(?:sponsorship|visa|visas)${E}`,
  ),
  rx(
    String.raw`${B}no (?:(?:need for|need of) )?(?:(?:any|a) )?(?:visa |immigration )?(?:sponsorship|visa|visas) (?:is |will be |would be )?(?:needed|required|necessary|issues?|concerns?|problems?|needs|need)${E}`,
  ),
  rx(
    String.raw`${B}(?:visa|visas|sponsorship|immigration|visa sponsorship|my visa status|my status|my immigration status) (?:is|are|will|would|should) not (?:be )?(?:an issue|a problem|a concern|needed|required|necessary|an obstacle|a factor|relevant|an issue for me)${E}`,
  ),
  rx(
    String.raw`${B}(?:authorized|eligible|able|free|permitted|cleared|allowed) to work (?:in the (?:us|united states|country) )?(?:without (?:any )?(?:visa )?sponsorship|permanently|indefinitely|without restriction|without restrictions|without a visa)${E}`,
  ),
  rx(String.raw`${B}i (?:became|have become|recently became) (?:a |an )?(?:us |american )?citizen${E}(?! of (?!the us|the united states|america)${W})`),
  rx(
    String.raw`${B}my (?:green card|citizenship|naturalization|ead|work authorization|permanent residency) (?:came through|was approved|has been approved|was granted|arrived|is approved|has come through)${E}`,
  ),
  // The writer's need denied with words between: "I'm not going to need a visa", "I have never needed a visa in my
  // life", "I won't be asking you for sponsorship" (not a need that ends later: "I have never needed a visa before").
  rx(
    String.raw`${B}i (?:(?:am|will|would|do|did|have|shall|had|really|honestly|truly|also|simply) )*(?:not|never|no longer) (?:(?:going to|ever|once|really|actually|be|even|personally|at all|yet|have to) )*(?:need|needed|needing|require|required|requiring|ask for|asking for|ask you for|asking you for|ask the program for|ask your (?:office|program|hospital|institution) for|asking your (?:office|program|hospital|institution) for|request|requesting|apply for|applying for|seek|seeking) (?:(?:any|a|an|the|us|work|further|employer|your|program|institutional|kind of|form of|type of) )*(?:visa|visas|sponsorship|visa sponsorship)${E}(?! (?:before|until|so far|previously|in the past|up to now|to (?:visit|travel|attend))${E})`,
  ),
  rx(
    String.raw`${B}i (?:(?:do|will|would|shall|thus|therefore|so|now|also|currently|thankfully|and) )*(?:need|require|needs|requires) no (?:(?:employer|program|institutional|visa|further|additional|outside|external) )+(?:sponsorship|support|petition|paperwork|visa)${E}`,
  ),
  // Permanent status stated with an adverb or as what is now held: "I'm officially a permanent resident as of this
  // week", "married a US citizen in 2022 and now hold permanent residency".
  rx(
    String.raw`${B}i am (?:(?:now|officially|finally|already|also|legally|formally|currently) )+(?:a |an )?(?:us |united states )?(?:lawful |legal )?(?:permanent resident|green card holder|(?:us |american )?citizen)${E}(?! (?:of|in) (?!the us|the united states|america)${W})`,
  ),
  rx(
    String.raw`${B}i ${W}(?: ${W}){0,8}? and (?:(?:now|also|currently|finally|since) )*(?:hold|have|got|received|obtained) (?:a |an |my |the |our )?(?:us )?(?:green card|permanent residency|permanent residence|permanent resident card|us citizenship|citizenship|ead)${E}(?! (?:application|interview|process|petition|case)${E})`,
  ),
  // The status held as the reason: "with my green card in hand", "thanks to the EAD I got through my spouse", "having
  // received permanent residency last year", "my EAD allows me to work" (not its application or interview).
  rx(
    String.raw`${B}(?:(?:with|thanks to|now that i have|now that i hold|having received|having obtained|having been granted|having got|since receiving|after receiving|since getting|after getting) (?:my |a |an |the |our )?(?:us |american )?(?:green card|permanent residency|permanent residence|permanent resident card|permanent resident status|us citizenship|american citizenship|citizenship|ead|work authorization|employment authorization(?: document| card)?)|my (?:${W} ){0,3}?(?:green card|permanent residency|permanent resident card|us citizenship|ead|work authorization|employment authorization(?: document| card)?) (?:allows|allow|lets|let|permits|permit|entitles|entitle|authorizes|authorize|means|frees|free) (?:me|i)${E})${E}(?! (?:application|interview|process|petition|case|renewal|appointment|is pending|pending|still|years away|(?:is |being )?(?:far|a long way) off|not yet|in process|in progress|on the way|away)${E})`,
  ),
  // A filing spared: "there's nothing for your GME office to file", "I can work without you filing anything", "your
  // program wouldn't need to file anything" (a J-1's own, filed by ECFMG, is read apart).
  rx(
    String.raw`${B}(?:nothing|no paperwork|no petition|no forms?) (?:for (?:you|your|the) (?:${W} ){0,2}?)?to (?:file|sponsor|submit)${E}|${B}without (?:you|the program|your program|your office|anyone|the hospital|your institution) (?:having to )?(?:file|filing|sponsor|sponsoring|submitting|submit) (?:anything|any paperwork|a petition|a visa|for me|me)${E}|${B}(?:you|your program|the program|your office|your gme office|the gme office|gme|your institution|the hospital) (?:would|will|should) not (?:need|have) to file (?:anything|any paperwork|a petition|any petition)${E}`,
  ),
  // Nothing to worry about for the writer: "no need to worry about visas for me", "don't worry about sponsorship in my
  // case".
  rx(
    String.raw`${B}(?:no need to|do not|need not|you do not need to|you will not need to|you will not have to|you would not need to|no reason to|nothing to) worry (?:about|over) (?:any |the |my )?(?:visa|visas|sponsorship|immigration|visa sponsorship)(?: ${W}){0,2}? (?:for me|with me|in my case|on my (?:end|side|part)|for my (?:case|application))${E}`,
  ),
  // Labels: "Sponsorship: not required", "Visa status: not applicable (US citizen)".
  rx(
    String.raw`${B}(?:sponsorship|visa sponsorship|immigration|work authorization)(?: status)?:? (?:none|not|no)(?: sponsorship)? (?:needed|required|necessary)${E}`,
  ),
  rx(String.raw`${B}visa(?: status)?:? (?:n a|not applicable|none|no)[ (,;-]+(?:us citizen|citizen|green card(?: holder)?|permanent resident)${E}`),
  // Citizenship by birth or descent, in the writer's words: "I am citizen of USA by birth", "I'm an American who
  // studied in Grenada", "being a US-born applicant", "I derived citizenship", "I naturalised years ago", "since I'm a
  // citizen I ...".
  rx(String.raw`${B}i am (?:a |an )?citizen of (?:the )?(?:us|usa|united states(?: of america)?|america)${E}`),
  rx(String.raw`${B}i am (?:an )?american (?:who|by birth|born|and (?:so|therefore|thus))${E}`),
  rx(String.raw`${B}(?:i am|as|being) (?:an? )?(?:us|american|united states) born${E}`),
  rx(String.raw`${B}i (?:(?:automatically|also|thereby|then) )?(?:derived|acquired|inherited) (?:us |american )?citizenship${E}`),
  rx(String.raw`${B}i (?:(?:recently|finally|just|officially|already|since) )?naturalized${E}(?! (?:citizens?|applicants?)${E})`),
  rx(String.raw`${B}(?:since|because|as|now that) i am (?:a |an )?(?:us |american )?citizen${E}(?! of (?!the us|the united states|america)${W})`),
  // Not among those who need one: "I'm not a visa applicant", "free of the visa question entirely".
  rx(String.raw`${B}i am not (?:a |an )?(?:visa|sponsorship|j1|h1b|international|foreign) (?:applicant|candidate|seeker|case|img)${E}`),
  rx(
    String.raw`${B}(?:free of|freed from|spared|spared from|relieved of|exempt from|outside of) (?:the |any |all )?(?:whole |entire |usual )?(?:visa|immigration|sponsorship) (?:question|issue|issues|problem|problems|requirement|requirements|worries|concerns|headache|headaches|hurdle|hurdles|obstacle|obstacles|matter)${E}`,
  ),
];

/** The writer says they need a visa or hold one. */
const VISA_NEEDED: readonly RegExp[] = [
  // Residency entered on a visa: "as I will be entering residency on an H-1B visa", "I would start training on a J-1".
  rx(
    String.raw`${B}i (?:(?:will|would|am going to|shall|plan to|intend to|hope to|am|also|only) )*(?:be )?(?:enter|entering|start|starting|begin|beginning|join|joining|train|training) (?:(?:residency|training|the program|your program|my residency|here|there|in july) )*(?:on|with|under|via|through) (?:a |an |the |my )?(?:ecfmg )?(?:j1|h1b|f1|opt|work visa|student visa)${E}`,
  ),
  // "My visa situation: J-1 via ECFMG", "I currently hold an F-1 with OPT", "sponsorship is something I will need",
  // "I am not a green card holder".
  rx(
    String.raw`${B}my (?:(?:current|present|own|legal|visa|immigration) )*(?:situation|status|type|category|plan|route|pathway|path)(?: is| will be| remains)?:? (?:a |an |the )?(?:j1|h1b|f1|opt)${E}`,
  ),
  rx(
    String.raw`${B}i (?:(?:currently|now|still|presently|also) )*(?:hold|have|am on|am holding|am in) (?:a |an |my )?(?:j1|h1b|f1|opt)(?: (?:visa|status))?${E}`,
  ),
  rx(
    String.raw`${B}(?:visa sponsorship|sponsorship|a visa|visas|a j1|a h1b|an h1b|j1 sponsorship|h1b sponsorship) (?:is|are|will be) (?:something|what|one thing|the one thing) (?:that )?i (?:will |would |do |shall |also |definitely )?(?:need|require)${E}`,
  ),
  rx(
    String.raw`${B}i am not (?:a |an )?(?:us |american )?(?:green card holder|lawful permanent resident|citizen)${E}(?! of (?!the us|the united states|america)${W})`,
  ),
  rx(
    String.raw`${B}i (?:(?:will|would|do|currently|also|still|shall|am going to|definitely|eventually|therefore|thus|so|certainly|may|might|also|myself|personally|probably|likely|most likely|almost certainly|surely) )*(?:need|require|requires|be needing|be requiring|am needing|am requiring) (?:(?:a|an|the|ecfmg|work|training|immigration|j1|h1b|f1|opt|visa|us|program|residency|your) ){0,4}(?:visa|visas|sponsorship|sponsoring|j1|h1b|waiver)${E}`,
  ),
  rx(
    String.raw`${B}i (?:am|will be|would be|shall be|am going to be) (?:(?:currently|now|still|presently) )?(?:on|in|holding|under) (?:a |an |my )?(?:j1|h1b|f1|opt|stem opt|f1 opt|ecfmg j1)(?: visa| status| sponsorship)?${E}`,
  ),
  rx(String.raw`${B}i (?:currently |now |still )?(?:hold|have) (?:a |an |my )?(?:j1|h1b|f1)(?: visa| status)${E}`),
  // The status as what the writer is: "also im H1B, hope that's ok", "I am J1 as well".
  rx(
    String.raw`${B}i am (?:(?:currently|now|still|also|already|actually|technically) )*(?:an? )?(?:j1|h1b|f1)(?: visa)?${E}(?!(?: |-)(?:eligible|friendly|compatible|interested|aware|qualified|sponsorship|sponsored programs?|programs?|questions?|rules?|process|paperwork)${E})`,
  ),
  rx(String.raw`${B}(?:i am|as) (?:a |an )?(?:j1|h1b|f1)(?: visa)? (?:holder|physician|doctor|applicant|resident|candidate|trainee|visa holder)${E}`),
  rx(String.raw`${B}my (?:current )?(?:j1|h1b|f1|opt) (?:visa|status|waiver|sponsorship|application)${E}`),
  rx(String.raw`${B}i am not (?:a |an )?(?:us|united states|american) (?:citizen|national)${E}`),
  rx(
    String.raw`${B}(?:visa|sponsorship|j1|h1b|j1 sponsorship|h1b sponsorship|visa sponsorship) (?:that |which )?i (?:will |would |am going to |shall |also )?(?:need|require)${E}`,
  ),
  rx(
    String.raw`${B}(?:j1|h1b|visa|visas|sponsorship|sponsor)${E}[^.?!]{0,50}${B}i (?:will |would |do |shall |also |definitely |am going to )?(?:need|require) (?:one|it|that|them|this)${E}`,
  ),
  rx(
    String.raw`${B}(?:as |being )?(?:someone|somebody|a person|an applicant|a candidate|one) who (?:will |would |also )?(?:need|needs|require|requires) (?:(?!(?:no|not|zero|neither)${E})${W} ){0,3}?(?:visa|sponsorship|j1|h1b)${E}`,
  ),
  rx(
    String.raw`${B}i am (?:a |an )?(?:foreign national|non us citizen|non citizen|international (?:medical )?graduate|img|fmg|foreign (?:medical )?graduate|international applicant|international student) (?:${W} ){0,3}?(?:need|needs|needing|requiring|require|who needs|who requires) (?:(?!(?:no|not|zero|neither)${E})${W} ){0,3}?(?:visa|sponsorship|j1|h1b)${E}`,
  ),
  rx(String.raw`${B}i am not (?:a |an )?(?:us )?permanent resident${E}`),
  rx(String.raw`${B}i do not (?:have|hold|possess) (?:a |my |us )?(?:green card|citizenship|permanent residency|work authorization)${E}`),
  rx(
    String.raw`${B}(?:as|being) (?:a |an )?(?:non us citizen|non citizen|foreign national|international (?:medical )?graduate|img) (?:who (?:needs|requires|will need|will require)|requiring|needing|in need of) (?:(?:a|an) )?(?:visa|sponsorship)${E}`,
  ),
  rx(
    String.raw`${B}(?:sponsorship|visa sponsorship|a visa) (?:for me|for my (?:visa|training|residency)) (?:is|will be|would be) (?:needed|required|necessary|essential)${E}`,
  ),
  // "a J-1 visa for me, which I will need", "a J-1, which I'll need to start".
  rx(
    String.raw`${B}(?:visa|visas|sponsorship|j1|h1b)(?: ${W}){0,3}?,? (?:which|that)(?:, [^,]{1,60},)? i (?:will |would |shall |also |definitely |am going to )?(?:need|require)${E}`,
  ),
  // The program asked to sponsor: "I will need your hospital to sponsor an H-1B", "I'd need you to sponsor a J-1".
  rx(
    String.raw`${B}i (?:(?:will|would|do|shall|also|definitely|still|am going to) )*(?:need|require|am asking|ask|will ask|would ask) (?:you|the program|your program|your hospital|the hospital|your institution|the institution|your department) to (?:sponsor|file (?:an? |the |my )?(?:h1b |j1 |visa )?(?:petition|application|paperwork)|file for (?:an? |my )?(?:h1b|j1|visa))${E}`,
  ),
  // Asking to be sponsored: "could you sponsor my H-1B", "sponsor me for a J-1", "sponsoring a visa for me".
  rx(
    String.raw`${B}(?:sponsor|sponsoring|sponsorship (?:of|for)) (?:me|my (?:j1|h1b|f1|visa|visa application|work visa|training visa)|(?:a |an |the )?(?:j1 |h1b |work |training )?visa (?:for me|on my behalf))${E}`,
  ),
  rx(
    String.raw`${B}(?:i (?:would|will) (?:only )?be able to (?:train|join|start|work) (?:here |with you |at your program )?(?:with|on|under) (?:a )?(?:j1|h1b) (?:visa|sponsorship)?)${E}`,
  ),
  // The writer as a type, then the writer again: "as a J1 I'll need the DS-2019"; a J-1's own form, needed.
  rx(
    String.raw`(?:^|[,;:] |${B}(?:and|so|but|because|since) )as (?:a |an )?(?:ecfmg )?(?:j1|h1b|f1|opt)(?: visa)?(?: (?:holder|physician|doctor|applicant|candidate|trainee|resident))?,? i${E}`,
  ),
  rx(
    String.raw`${B}i (?:(?:will|would|shall|also|still|am going to|do|currently) )*(?:need|require|be needing|am (?:still |currently |now )?waiting (?:for|on)|await) (?:the |my |a |an )?(?:ecfmg )?(?:j1 )?ds-?\s?2019${E}`,
  ),
  // The writer's own visa, its papers or its steps: "my OPT runs out in August", "my H1B transfer", "my J-1 research
  // status", "my need for an H-1B", "mine would be a J-1 via ECFMG" (not a trip's visa: "my visa for the conference").
  rx(
    String.raw`${B}(?:my (?:own |current |dependent |research |student |work |pending )?(?:j1|h1b|h4|f1|opt|f1 opt|stem opt|ds-?\s?2019|conrad(?: 30)? waiver|j1 waiver)(?: (?:visa|status|research status|scholar status|transfer|renewal|stamping|category|type|obligation|petition|application|approval|paperwork|interview|expiry|expiration|job|position|sponsorship|runs|ends|expires|is|was|will))?|my (?:current )?(?:visa (?:renewal|stamping|stamp|stamps|transfer|expiry|expiration|interview|petition|approval|appointment|runs|ends|expires|category is (?:an? )?(?:j1|h1b))|waiver (?:obligation|job|position|service))|my (?:need|needs|requirement|dependence|reliance) (?:for|on|of) (?:an? |the )?(?:visa|sponsorship|h1b|j1|work visa)|mine (?:would be|will be|is) (?:an? )?(?:j1|h1b|f1|opt))${E}(?! (?:for|to) (?:the |a |an |my )?(?:conference|meeting|trip|travel|vacation|holiday|wedding|visit|congress|course)${E})`,
  ),
  // The writer's own visa renewed, extended or stamped: "to renew my visa stamp", "extending my H-1B" (not a visa for
  // another country: "renew my visa for India").
  rx(
    String.raw`${B}(?:renew|renewing|renewed|extend|extending|extended|restamp|restamping|stamp|stamping|re stamp|re stamping) my (?:(?:current|own|us|work|student) )?(?:j1|h1b|h4|f1|opt|e3|tn|o1|l1|visa)(?: (?:visa|stamp|stamps|status))?${E}(?! (?:for|to) (?!(?:residency|training|work|the us|the united states|america)${E})${W})`,
  ),
  // The writer as a visa's kind of applicant: "being an H-1B holder", "as a visa-dependent applicant", "being
  // sponsorship-dependent", "I'm a visa candidate", "I will be a J-1 applicant".
  rx(
    String.raw`${B}(?:being|as|i am|i will be|i would be) (?:an? )?(?:(?:img|foreign|international) )?(?:j1|h1b|h4|f1|opt|visa|sponsorship)(?: (?:visa|status))? ?(?:dependent|requiring|needing|seeking|holder|physician|doctor|applicant|candidate|trainee|resident)${E}`,
  ),
  // On a visa somewhere: "I've been in Baltimore on an H1B", "I'm an IMG on an H-1B", "I'm on a visa".
  rx(
    String.raw`${B}i (?:am|have been)(?: (?!(?:not|never|no)${E})${W}){0,4}? on (?:an? |my |the )?(?:dependent )?(?:j1|h1b|h4|f1|opt|f1 opt|stem opt|visa)${E}`,
  ),
  // A form's answer: "Visa: J-1 needed", "Work authorisation: requires sponsorship", "(J-1 sponsorship required)".
  rx(
    String.raw`${B}(?:(?:visa|visa status|work authori[sz]ation|immigration status|sponsorship):? (?:(?:an? )?(?:j1|h1b|visa) )?(?:sponsorship )?(?:needed|required|requires? (?:visa )?sponsorship|necessary)|(?:j1|h1b|visa) sponsorship (?:required|needed|necessary))${E}`,
  ),
  // A filing made for the writer: "rests on your GME office filing an H-1B petition for me".
  rx(
    String.raw`${B}(?:fil(?:e|es|ed|ing)|submit(?:s|ted|ting)?|process(?:es|ed|ing)?|lodg(?:e|es|ed|ing)) (?:an? |the |my )?(?:h1b|j1|visa|immigration|sponsorship) (?:petition|application|paperwork|visa|forms?)s? (?:for me|on my behalf)${E}`,
  ),
  // Without one the writer cannot start: "without an H-1B I simply can't take the spot".
  rx(
    String.raw`${B}without (?:an? |my |the )?(?:h1b|j1|visa|sponsorship),? i (?:(?:simply|just|really|literally) )?(?:cannot|can not|could not|would not be able to|will not be able to|am unable to)${E}|(?<=${B}(?:h1b|j1|visas?|sponsorship|sponsors?|petitions?)${E}[^.?!;]{0,80})${B}without (?:one|it|that|them|this|those),? i (?:(?:simply|just|really|literally) )?(?:cannot|can not|could not|would not be able to|will not be able to|am unable to) (?:work|train|start|practice|practise|stay|remain|be employed|join|accept|take)${E}`,
  ),
  // The visa the writer will apply on, a switch of type, sponsoring someone like the writer.
  rx(
    String.raw`${B}the (?:visa|status|route) (?:that |which )?i (?:will |would |am going to |shall )?(?:be )?(?:applying|coming|training|starting|entering)(?: (?:for|on|with|under))?${E}`,
  ),
  rx(
    String.raw`${B}i am (?:(?:now|also|currently) )?(?:making the jump|switching|moving|transitioning|changing|converting) (?:over )?to (?:an? )?(?:j1|h1b)${E}`,
  ),
  rx(
    String.raw`${B}(?:sponsoring|sponsor|sponsorship for|(?:visa|sponsorship|j1|h1b) (?:applicants|candidates|holders|seekers|imgs|physicians)) (?:someone |somebody |people |applicants |candidates |physicians |imgs )?like (?:me|myself)${E}`,
  ),
  // The writer's training under a visa: "my training would be under a J-1 sponsored by ECFMG", "I'd be coming on an H1B".
  rx(
    String.raw`${B}(?:my (?:training|residency|employment|appointment|contract|position|time here|stay|residency training) (?:would|will) (?:be|have to be|need to be)|i (?:(?:would|will|shall|am going to|am) )?(?:be )?(?:coming|arriving|entering|starting|training|joining|working|practicing|practising)(?: (?:here|with you|to the us|in the us|at your program))?) (?:on|under|with|via|through) (?:an? |the |my )?(?:ecfmg )?(?:sponsored )?(?:j1|h1b)${E}`,
  ),
  // Relying on sponsorship: "I'd be relying on your J-1 sponsorship", "I depend on H-1B sponsorship".
  rx(
    String.raw`${B}i (?:(?:would|will|shall|am|be|do|am going to|would be|will be|will have to|would have to|must|also|still) )*(?:relying|rely|depending|depend|counting|reliant|dependent) (?:up)?on (?:(?:your|the|a|an|program|programs|program s|hospital s|ecfmg|institutional|hospital|visa) )*(?:(?:j1|h1b) )?(?:sponsorship|visa|j1|h1b)${E}`,
  ),
  // A visa as the writer's route: "the ECFMG J-1 is my route", "my pathway will be the H-1B".
  rx(
    String.raw`${B}(?:(?:the |an? )?(?:ecfmg )?(?:j1|h1b)(?: visa)? (?:is|will be|would be) my (?:only )?(?:route|path|pathway|way in|ticket|option|plan)|my (?:only )?(?:route|path|pathway|way in) (?:to (?:training|residency|the us) )?(?:is|will be|would be) (?:the |an? )?(?:ecfmg )?(?:j1|h1b))${E}`,
  ),
  // Sponsorship as what the writer must have: "sponsorship is essential for me to train in the US".
  rx(
    String.raw`${B}(?:sponsorship|visa sponsorship|a visa|a j1|an h1b|j1 sponsorship|h1b sponsorship) (?:is|will be|would be) (?:absolutely |truly )?(?:essential|necessary|required|needed|a must|mandatory|a requirement|indispensable|crucial|vital) for me${E}`,
  ),
  // A program that sponsors as what the writer needs or is limited to: "I need a program that sponsors H-1B visas", "my
  // only constraint is the visa: I need a program that sponsors", "the programs that sponsor visas are the only ones I
  // can join".
  rx(
    String.raw`${B}i (?:(?:will|would|do|also|still|really|therefore|so|only|must) )*(?:need|require|am looking for|look for|can only (?:accept|consider|join|go to|apply to|train at|rank|go)|am limited to|am restricted to|have to (?:find|join|choose)|must (?:find|join|choose)) (?:an? |the )?(?:program|programs|place|places|hospital|hospitals|institution|institutions|residency|residencies|position|positions|spot|spots|employer|employers) (?:that|which|who|willing to|able to) (?:(?:can|will|is able to|are able to|is willing to|are willing to|do|does) )?(?:sponsor|sponsors|offer|offers|support|supports|file|files|provide|provides)(?: (?:an? |the |my )?(?:j1|h1b|visa|visas|sponsorship|visa sponsorship)${E}|(?=\s?(?:[.,;:!?)]|$)))`,
  ),
  rx(
    String.raw`${B}(?:programs?|places?|hospitals?|institutions?)(?: (?:in|at|near|around) (?:${W} ){1,3}?)? (?:that|which) (?:sponsor|sponsors|offer|offers|support|supports) (?:${W} )?(?:visas?|h1b|j1|sponsorship) (?:are|is) (?:the only|my only) (?:ones?|options?|places?|programs?)(?: (?:that )?i (?:can|could|am able to|may))?${E}`,
  ),
  // Coming in on one, one of those who need one, not able to work without one.
  rx(
    String.raw`${B}i (?:(?:will|would|shall|am going to|am) )?(?:be )?(?:coming|arriving|entering|starting) (?:in|over|here|across) (?:on|under|with|via) (?:an? |the |my )?(?:ecfmg )?(?:j1|h1b|visa)${E}`,
  ),
  rx(
    String.raw`${B}(?:i am )?one of (?:the |those |your |many )*(?:imgs|applicants|candidates|physicians|doctors|international (?:medical )?graduates|foreign (?:medical )?graduates|residents|graduates) (?:who|that) (?:(?:will|would|also|still) )*(?:need|needs|require|requires|be needing) (?:(?!(?:no|not|zero|neither)${E})${W} ){0,2}?(?:visa|visas|sponsorship|j1|h1b)${E}`,
  ),
  rx(
    String.raw`${B}i am not (?:(?:yet|currently|legally) )*(?:eligible|authorized|able|allowed|permitted|cleared) to (?:work|train|start|practice|be employed)(?: ${W}){0,3}? without (?:an? |any )?(?:visa|sponsorship|h1b|j1|work visa)${E}`,
  ),
  rx(String.raw`${B}i am (?:(?:back|now|still|again|once again) )*(?:to )?(?:needing|requiring) (?:an? )?(?:visa |work visa )?(?:visa|sponsorship|j1|h1b)${E}`),
  // Working or training under one now: "I work as a research fellow under OPT" (present tense only; a visa once held is
  // the past).
  rx(
    String.raw`${B}i (?:work|am working|have been working|train|am training|study|am studying|live|am living|am employed|am here|have been here|am staying)(?: (?!(?:not|never|no)${E})${W}){0,5}? (?:on|under) (?:an? |my |the )?(?:dependent )?(?:j1|h1b|h4|f1|opt|f1 opt|stem opt)${E}`,
  ),
  // A sponsored or new visa the writer needs, a visa's process the writer must go through: "I'd need a sponsored visa to
  // start", "I'll have to go through the J-1 process with ECFMG".
  rx(
    String.raw`${B}i (?:(?:will|would|do|shall|also|still|in the meantime|then|therefore|so) )*(?:need|require) (?:an? |the )?(?:sponsored|new|employer sponsored|program sponsored) (?:visa|h1b|j1|work visa)${E}`,
  ),
  rx(
    String.raw`(?<!(?:do|would|will|should|shall|must|can|could|does) )${B}i (?:(?:will|would|shall|am going to|also|still|then) )*(?:have to|need to|must|am required to) (?:go through|apply for|obtain|get|secure|file for|complete|start|begin|undergo) (?:the |an? |my )?(?:ecfmg )?(?:j1|h1b|visa|sponsorship|conrad(?: 30)? waiver|waiver)(?: (?:process|application|petition|paperwork|sponsorship|visa))?${E}`,
  ),
  // A waiver the writer will need, a waiver job lined up, a passport held for a visa's stamp.
  rx(
    String.raw`${B}(?:someone|somebody|a person|an applicant|a candidate|one) who (?:(?:will|would|also|eventually) )*(?:be needing|need|needs|require|requires) (?:an? |the )?(?:conrad(?: 30)? |j1 )?waiver${E}`,
  ),
  rx(
    String.raw`${B}(?:with|having) (?:an? |my )?(?:j1 |conrad(?: 30)? )?waiver (?:job|position|offer|commitment)(?: ${W}){0,2}? (?:lined up|secured|arranged|in place|waiting)${E}`,
  ),
  rx(String.raw`${B}my passport (?:${W} ){0,4}?(?:for|with) (?:the |my |a )?(?:j1|h1b|f1|visa) (?:stamping|stamp|interview|appointment)${E}`),
  // Together with someone on one: "my wife and I are both on H-1B visas".
  rx(String.raw`${B}and i are (?:(?:both|all|each|currently|now) )*on (?:an? )?(?:j1|h1b|h4|f1|opt)(?: visas?)?${E}`),
  // An aside before the visa's type: "My visa category, to answer your coordinator's email, is J-1".
  rx(
    String.raw`${B}my (?:visa|immigration) (?:situation|status|type|category|plan|route|pathway|path),? [^,]{1,60}, (?:is|will be) (?:an? |the )?(?:j1|h1b|f1|opt)${E}`,
  ),
  // Relying on a program's sponsorship: "I'll be relying on the program's sponsorship to start training".
  rx(
    String.raw`${B}i (?:(?:would|will|shall|am|be|am going to|will have to|would have to|must|also|still) )*(?:relying|rely|depending|depend|counting|reliant|dependent) (?:up)?on (?:the |your |a )?(?:program|hospital|institution|department|residency|gme office)'?s (?:(?:j1|h1b|visa) )?(?:sponsorship|visa|j1|h1b)${E}`,
  ),
  rx(String.raw`${B}(?:an? )?(?:j1|h1b)(?: visa)?,? (?:which|that) i (?:(?:will|would|shall|also|definitely|still|really|do) )*(?:need|require)${E}`),
  // A need stated for a visa named earlier in the clause: "whether your department sponsors J-1 visas, as I will be
  // needing one to begin residency".
  rx(
    String.raw`${B}(?:j1|h1b|visas?|sponsorship)${E}[^.?!;]{0,80}?${B}(?:as|since|because|and|which|so) i (?:(?:will|would|do|shall|am going to|definitely|also|still|currently|eventually|myself) )*(?:need|require|be needing|be requiring|am needing|am requiring) (?:one|it|that|them|this|one myself)${E}`,
  ),
  // No status here of the writer's own: "I'm a UK national with no US status", "as a Kenyan citizen with no work
  // authorization in the US", "I have no legal status in the US".
  rx(
    String.raw`${B}(?:i (?:have|hold|possess)|(?:i am|as) (?:an? )?(?:${W} ){0,3}?(?:national|citizen|graduate|img|applicant|doctor|physician) (?:with|having|holding)) no (?:(?:us|american|legal|lawful|permanent|immigration|residency|work|current) )+(?:status|residency|residence|work authorization|authorization|right to work|work rights|visa)${E}(?! (?:concerns?|issues?|problems?|questions?|worries|restrictions?|matters?)${E})`,
  ),
  // A visa as the writer's only way to stay: "the H-1B ..., since it's the only way I can stay in the country for
  // training" (the clause names a visa; every visaConflict clause does).
  rx(
    String.raw`${B}(?:the )?only (?:way|means|route|path|option|chance) (?:that |for me to |i (?:can|could|will be able to|would be able to|am able to) )(?:legally )?(?:stay|remain|train|work|live|be employed)(?: ${W}){0,2}? (?:in|within) (?:the )?(?:us|usa|united states|country|states|america)${E}`,
  ),
];

export type VisaConflict = { phrase: string; stated: "no-visa" | "visa" | "other-visa" };

function firstHit(clause: string, patterns: readonly RegExp[], negatable = false): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(clause);
    // "You will not need to sponsor me" says the opposite of "sponsor me".
    if (match && !(negatable && negatedBefore(clause, match.index, 4))) return match[0];
  }
  return null;
}

/** A statement of the writer's own visa status that contradicts the profile, or null. */
const ANY_VISA_WORD = rx(
  String.raw`${B}(?:visa\w*|citizen\w*|green card\w*|american|ds-?\s?2019|permanent|sponsor\w*|ead|passport|j1|h1b|f1|opt|h4|e3|tn|o1|l1|national\w*|authori[sz]\w*|work permit|naturali[sz]\w*|immigration|waiver|petition\w*|file|filing|lpr|home (?:country |residency )*requirement)${E}`,
);

/** The profile's own visa type named in a clause. */
const OWN_TYPE_NAMED: Partial<Record<VisaStatus, RegExp>> = {
  J1: rx(String.raw`${B}j1${E}`),
  H1B: rx(String.raw`${B}h1b${E}`),
  F1_OPT: rx(String.raw`${B}(?:f1|opt)${E}`),
};

/** What a visa is for, when it is not residency: the words right after a "no visa needed" phrase. */
const OTHER_PURPOSE = rx(
  String.raw`^ (?:to (?:attend|visit|travel|come for|do)|for) (?:the |an? |my |this |that |your |our )?(?:${W} ){0,2}?(?:observership|observerships|externship|externships|elective|electives|conference|conferences|interview|interviews|visit|visits|trip|trips|second look|research|travel|tourism|course|courses|exam|exams|meeting|meetings|holiday|vacation|workshop|rotation|rotations|clerkship|clerkships)${E}`,
);

/**
 * A visa of the writer's own, named in a clause that speaks of the writer and of no one else, neither negated, past,
 * asked of the program nor hypothetical: "my work authorization depends on an H-1B", "I am an IMG holding an H-1B visa",
 * "being on a J-1, I know ...", "a student visa that I'm still on", "my passport and I-20 for the visa paperwork". A
 * visa type that names a group ("J-1 residents", "H-1B applicants"), the program's policy ("your H-1B sponsorship") or a
 * trip is not the writer's.
 */
const OWN_VISA_TOKEN = rxg(
  String.raw`${B}(?:j1|h1b|h4|f1|stem opt|opt|student visa|work visa|exchange visitor|visa holder|ds-?\s?2019|i-?\s?20|i-?\s?797|(?:two year )?home (?:country )?(?:residency )?requirement|statement of need|conrad(?: 30)?|waiver (?:job|position|obligation)|ecfmg j(?: route| pathway)?)${E}`,
);
const FIRST_PERSON_WORD = rx(String.raw`${B}(?:i|my|me|myself|mine)${E}`);
const GROUP_AFTER_TYPE = rx(
  String.raw`^(?: (?:visa|sponsorship|sponsored|waiver|waivers))?(?: ${W})? (?:residents?|applicants?|candidates?|holders?(?! like me)|physicians?|doctors?|graduates?|trainees?|students|fellows?|interns?|imgs?|colleagues?|friends?|classmates?|people|folks|programs?|sponsorship (?:policy|policies|program)|policy|policies|rules?|process(?:es)? for|cap|lottery|positions|slots|spots|cases?|petitions|matters|files|clients|workers|employees|patients|families)${E}`,
);
const NOT_OWN_CONTEXT = rx(
  String.raw`${B}(?:not|never|no|without|nor|neither|no longer|was|were|used to|previously|formerly|had|had been|held|spent|during|growing up|once|would have|could have|back then|years ago|ago|in the past|last year|until|if|whether|child of|roommate|flatmate|students|grandfather|grandmother|grandparents?|uncle|aunt|family|lawyer|attorney|in case|suppose|supposing|would need to know|wondering|your|their|his|her|our|they|he|she|we|spouse|husband|wife|partner|friend|friends|buddy|buddies|mate|mates|pal|pals|housemate|brother|sister|colleague|colleagues|classmate|classmates|parents?|mother|father|cousin|patients?|applicants|residents|many|some|most|others|anyone|someone|somebody|does|do you|can you|could you|will you|would you|is there|are there|sponsor|sponsors|sponsoring|policy|policies|conference|observership|elective|visit|visiting|travel|trip|tourist|vacation|wedding|interview invitation|research on|study of|article|paper|webinar|lecture|talk|volunteer|mentor|mentored|helped|help|advise|advised|advising)${E}`,
);
function ownVisaMention(clause: string): string | null {
  if (!FIRST_PERSON_WORD.test(clause) || clause.includes("?") || NOT_OWN_CONTEXT.test(clause)) return null;
  for (const match of matchesOf(OWN_VISA_TOKEN, clause)) {
    if (GROUP_AFTER_TYPE.test(clause.slice(match.index + match[0].length))) continue;
    return match[0];
  }
  return null;
}

/**
 * The writer's F-1/OPT said to be over or not the route, which leaves the profile's own type unnamed: "my OPT lapsed last
 * August", "on a J-1 rather than OPT", "no OPT involved", "there is no OPT anymore".
 */
const F1_ENDED = rxg(
  String.raw`${B}(?:my (?:f1 )?(?:opt|f1)(?: (?:status|visa|period|authorization|card|time))? (?:has |had )?(?:(?:already|just|recently|officially|finally) )?(?:lapsed|expired|ended|ran out|run out|finished|is over|was over|is up|ran its course|came to an end|terminated|ends|expires|runs out)|(?:rather than|instead of|no longer on|not on|off|no|no more|without|not through) (?:an? |my |the )?(?:f1 )?(?:opt|f1)(?: (?:status|visa))?(?: (?:involved|anymore|any more|needed|required))?|(?:opt|f1) (?:is|was) (?:no longer|not) (?:involved|valid|active|an option|relevant|applicable))${E}`,
);

/** A status that ends any need for a visa: a green card, citizenship, an EAD. */
const SETTLED_STATUS = rx(String.raw`${B}(?:green card|citizen|citizenship|permanent resident|permanent residency|ead|naturali[sz]ed)${E}`);

const CITIZEN_CLAIM: readonly RegExp[] = [
  rx(
    String.raw`(?:${B}i am|(?:^|[,;:] )as) (?:(?:a|an|now a|now an|also a|also an) )?(?:(?:naturali[sz]ed|natural born|birthright|proud) )?(?:us|american|united states) (?:citizen|national)${E}(?!'s)`,
  ),
  rx(String.raw`(?:${B}i am|(?:^|[,;:] )as) (?:(?:a|an|now a|now an) )?(?:green card holder|(?:lawful |us )?permanent resident)${E}`),
  rx(String.raw`${B}i (?:(?:now|already|also) )*(?:hold|have) (?:a |my )?(?:green card|us citizenship|american citizenship|us passport)${E}`),
];

/** Everything up to a reason the writer gives about themselves: "..., since i ...", "... because i ...". */
const REASON_AFTER = /^.*?,?\s(?:since|because|as)\s(?=i\s)/u;

/** A record's word about the writer, not the writer's: "I noticed my file lists me as a J-1 applicant". */
const LISTED_AS = rxg(
  String.raw`${B}(?:lists|listed|shows|showed|records|recorded|marks|marked|labels|labelled|labeled|names|named|describes|described|classifies|classified|has me down|had me down) (?:me )?(?:down )?as (?:an? )?(?:${W} ){0,3}?(?:j1|h1b|f1|opt|visa|green card|citizen|permanent resident)(?: ${W}){0,2}`,
);

export function visaConflict(written: string, status: VisaStatus | null | undefined): VisaConflict | null {
  const clause = written.replace(LISTED_AS, " ");
  if (!ANY_VISA_WORD.test(clause)) return null;
  if (status && NEEDS_VISA.has(status)) {
    const phrase = firstHit(clause, NO_VISA_NEEDED);
    // A visa not needed for something else ("no visa for the observership, but J-1 for residency") says nothing of
    // residency.
    if (phrase && OTHER_PURPOSE.test(clause.slice(clause.indexOf(phrase) + phrase.length))) return null;
    // "No visa issues, my J-1 paperwork is in order": trouble denied about the writer's own visa, not a visa denied.
    if (phrase && /\b(?:issues?|problems?|concerns?)\b/u.test(phrase) && OWN_TYPE_NAMED[status]?.test(clause)) return null;
    // "I do not need a J-1" from an H-1B profile rules out only the other type.
    // "I would not need any J-1 or H-1B" denies every type: the named type is none in particular.
    const around = phrase ? clause.slice(clause.indexOf(phrase), clause.indexOf(phrase) + phrase.length + 30) : "";
    const everyType = /\b(?:j1|h1b)(?: visa| sponsorship)?,? (?:or|nor|and|\/) (?:an? |any |the )?(?:j1|h1b)\b/u.test(around);
    const type = phrase && !everyType ? /\b(?:j1|h1b|f1|opt)\b/u.exec(phrase)?.[0] : undefined;
    // An F-1/OPT holder needs no visa for the year OPT covers: "no paperwork needed, my OPT covers the intern year" is
    // their own status, not a denial (unless a status that ends the need is named too).
    if (phrase && status === "F1_OPT" && OWN_TYPE_NAMED.F1_OPT?.test(clause.replace(F1_ENDED, " ")) && !SETTLED_STATUS.test(clause)) return null;
    // A J-1 is sponsored by ECFMG, not filed by the program: "my J-1 goes through ECFMG, so you will not have to file a
    // petition" is the J-1's own way.
    if (phrase && status === "J1" && /\b(?:file|filing|petitions?)\b/u.test(phrase) && /\b(?:j1|ecfmg)\b/u.test(clause)) return null;
    if (phrase && !(type && !OWN_TYPES[status]?.includes(type))) return { phrase, stated: "no-visa" };
  }
  if (status === "US_CITIZEN_OR_PR") {
    const phrase = firstHit(clause, VISA_NEEDED, true) ?? ownVisaMention(clause);
    // A visa for a trip ("I'll need a visa for my elective in Ghana") says nothing of residency.
    if (phrase && !OTHER_PURPOSE.test(clause.slice(clause.indexOf(phrase) + phrase.length))) return { phrase, stated: "visa" };
  }
  const other = status === "J1" ? OWN_VISA_TYPE.h1b : status === "H1B" ? OWN_VISA_TYPE.j1 : undefined;
  if (other) {
    const phrase = firstHit(clause, other, true);
    if (phrase) return { phrase, stated: "other-visa" };
  }
  // "Other" is neither a citizen's status nor a permanent resident's: "I am a US citizen by birth" contradicts it.
  if (status === "OTHER") {
    const phrase = firstHit(clause, CITIZEN_CLAIM, true);
    if (phrase) return { phrase, stated: "no-visa" };
  }
  const held = status ? HELD_OTHER[status] : undefined;
  // A status held today is the plan's start only when the writer states the plan: "I am on OPT now and will need J-1
  // sponsorship" (J-1 profile). The profile's type as a topic ("guidance on H-1B sponsorship") states no plan, nor does
  // the type denied ("I am not a J-1 holder, since I already have an H-1B").
  const plan = status === "J1" ? OWN_VISA_TYPE.j1 : status === "H1B" ? OWN_VISA_TYPE.h1b : undefined;
  if (
    held &&
    !(plan && firstHit(withImplicitSubject(clause), plan, true)) &&
    !(status === "F1_OPT" && OWN_TYPE_NAMED.F1_OPT?.test(clause.replace(F1_ENDED, " ")))
  ) {
    // A reason given after a denial is read on its own: "I am not a J-1 holder and never will be, since I already have
    // an H-1B" (the denial before "since" does not negate what the reason states).
    const reason = clause.replace(REASON_AFTER, "");
    const phrase = heldHit(clause, held) ?? (reason === clause ? null : heldHit(reason, held));
    if (phrase) return { phrase, stated: "other-visa" };
  }
  return null;
}

/**
 * The writer's own visa named by its type, for a profile that names the other type: "I'm on a J-1 pathway anyway",
 * "I will require J-1 sponsorship through ECFMG" from an H-1B profile. J-1 and H-1B only: an F-1/OPT holder applies
 * for either, and "J-1 or H-1B" names no single one.
 */
function ownVisaType(type: string): RegExp[] {
  // "J-1 or H-1B" names no single type; "an H-1B rather than a J-1" names the first.
  const NOT_EITHER = String.raw`(?! (?:or|and|nor|vs|versus) (?:an? |the )?(?:j1|h1b|f1|opt)${E})`;
  const KIND = String.raw`(?: (?:visa|status|pathway|path|track|route|sponsorship|waiver))*`;
  return [
    rx(
      String.raw`${B}i (?:am|will be|would be|shall be|am going to be) (?:(?:currently|now|still|presently|already|going|anyway) )*(?:on|in|holding|under|taking|going down|going via) (?:a |an |the |my )?(?:ecfmg )?${type}${KIND}${E}${NOT_EITHER}`,
    ),
    rx(
      String.raw`${B}i (?:(?:will|would|do|shall|also|definitely|only|currently|still|am going to|therefore|so) )*(?:need|require|be needing|be requiring|am needing|am requiring|am seeking|seek|hold|have) (?:a |an |the |my )?(?:ecfmg )?${type}${KIND}${E}${NOT_EITHER}`,
    ),
    rx(String.raw`${B}(?:as )?(?:i am )?(?:a |an )?${type}(?: visa)? (?:holder|physician|doctor|applicant|candidate|trainee)${E}${NOT_EITHER}`),
    // A J-1's waiver: "I will eventually need a Conrad 30 waiver position".
    ...(type === "j1"
      ? [
          rx(
            String.raw`${B}i (?:(?:will|would|shall|am going to|eventually|later|also|then|still|definitely) )*(?:need|require|seek|pursue|apply for) (?:a |an |the )?(?:conrad(?: 30)? |j1 |visa )+waiver${E}`,
          ),
        ]
      : []),
    // The visa the writer will apply or train on: "I would be applying on an H-1B", "the H-1B visa, as that is what I
    // would be applying on".
    rx(
      String.raw`${B}i (?:(?:will|would|am going to|shall|plan to|intend to|hope to|am|also|only) )*(?:be )?(?:apply|applying|come|coming|arrive|arriving|train|training|join|joining|start|starting|enter|entering) (?:(?:here|there|with you|in july|already|directly|straight) )*(?:on|with|under|via|through) (?:a |an |the |my )?(?:ecfmg )?${type}${KIND}${E}${NOT_EITHER}`,
    ),
    // The writer as the type, then the writer again: "as a J1 I'll need the DS-2019 from ECFMG too".
    rx(
      String.raw`(?:^|[,;:] |${B}(?:and|so|but|because|since) )as (?:a |an )?(?:ecfmg )?${type}(?: visa)?(?: (?:holder|physician|doctor|applicant|candidate|trainee|resident))?,? i${E}`,
    ),
    // The J-1's own form: "I will need the DS-2019 from ECFMG".
    ...(type === "j1"
      ? [
          rx(
            String.raw`${B}i (?:(?:will|would|shall|also|still|am going to|do|currently) )*(?:need|require|be needing|am (?:still |currently |now )?waiting (?:for|on)|await) (?:the |my |a |an )?(?:ecfmg )?(?:j1 )?ds-?\s?2019${E}`,
          ),
        ]
      : []),
    // The type hoped for, asked for or preferred: "I'm hoping for H-1B sponsorship", "I will ask for H1B sponsorship",
    // "my plan is to apply for an H-1B", "H-1B is the visa I'm seeking".
    rx(
      String.raw`${B}i (?:(?:am|will|would|shall|also|only|really|definitely) )*(?:hoping for|hope for|looking for|asking for|ask for|seeking|applying for|apply for|planning to apply for|plan to apply for|intend to apply for|going to ask for) (?:an? |the )?(?:ecfmg )?${type}${KIND}${E}${NOT_EITHER}`,
    ),
    rx(
      String.raw`${B}my (?:plan|intention|hope|preference|goal) (?:is|will be|would be) (?:to (?:apply for|seek|obtain|get|pursue|request|go with|train on) )?(?:an? |the )?${type}${KIND}${E}${NOT_EITHER}`,
    ),
    rx(
      String.raw`${B}${type}${KIND} is the (?:visa|route|status|type|path|option|one) (?:that |which )?i am (?:seeking|pursuing|applying for|hoping for|planning on|aiming for|going for)${E}`,
    ),
    rx(
      String.raw`${B}${type}${KIND},? (?:as|since|because|which|and) (?:that|it|this)? ?(?:is|will be|would be|is exactly) (?:what|the (?:one|visa|status|route|type)(?: that)?) i (?:(?:will|would|am going to|shall|am|plan to|intend to) )*(?:be )?(?:applying|apply|coming|come|training|train|need|needing|require|requiring|hold|holding|have|using|use|on)${E}`,
    ),
    rx(
      String.raw`${B}i am (?:(?:currently|now|still|also|already|actually|technically) )*(?:an? )?${type}(?: visa)?${E}(?!(?: |-)(?:eligible|friendly|compatible|interested|aware|qualified|sponsorship|sponsored programs?|programs?|questions?|rules?|process|paperwork)${E})${NOT_EITHER}`,
    ),
    // The type as the only one the writer will take: "only H1B works for me", "the H-1B is the only option I'm
    // considering", "mark me down as H-1B only", "programs that sponsor H-1B" as the only ones the writer can accept,
    // a plan to use the type, "the J-1 suits me", "the J-1 is the visa I'll be applying for".
    rx(
      String.raw`${B}(?:only (?:an? |the )?${type}${KIND} (?:works|would work|will work|is an option|is possible|makes sense) for me|(?:the |an? )?${type}${KIND} (?:is|will be|would be) (?:the only|my only) (?:option|route|path|visa|choice|way)|(?:mark|put|list|note|record) me (?:down )?as ${type}${KIND} only|i am (?:(?:planning|intending|hoping|going|aiming|choosing|opting)) to (?:use|take|go with|go down|pursue|choose|opt for|come on|train on|apply on) (?:the |an? )?(?:ecfmg )?${type}${KIND}|(?:the |an? )?${type}${KIND} suits me|i can only (?:accept|consider|join|rank|go to|apply to|train at) (?:programs?|places?|hospitals?|institutions?) (?:that|which) (?:sponsor|offer|support) (?:an? )?${type}|(?:the |an? )?${type}${KIND} is the (?:visa|one|route|status|type) (?:that |which )?i (?:(?:will|would|am going to|shall|am) )*(?:be )?(?:applying|apply|coming|training|entering|going))${E}${NOT_EITHER}`,
    ),
  ];
}
const OWN_VISA_TYPE = { j1: ownVisaType("j1"), h1b: ownVisaType("h1b") };

/**
 * A visa the writer holds now, by its type: "I'm an H1B holder", "I am now in the United States with F-1 OPT status",
 * "I am currently working on an H-1B with my research lab". Only present holding: a J-1 or H-1B profile may be on
 * F-1/OPT while applying (unless the clause names the profile's own type, read as the plan), and an F-1/OPT holder
 * may need either for residency, but none of them holds another type today.
 */
function heldVisaType(type: string): RegExp[] {
  const PAST_AFTER = String.raw`(?![^.;]{0,40}${B}(?:in (?:19|20)\d\d|years ago|back in|back then|before|previously|at the time|as a student|in (?:college|grad school|graduate school))${E})`;
  const NOT_EITHER = String.raw`(?! (?:or|and|nor|vs|versus|rather than|instead of|over) (?:an? |the )?(?:j1|h1b|f1|opt)${E})`;
  const KIND = String.raw`(?: (?:visa|status|holder))*`;
  const NOW = String.raw`(?:(?:currently|now|still|presently|already|here|actually|technically|also) )*`;
  return [
    rx(
      String.raw`${B}i am ${NOW}(?:in (?:the )?(?:us|usa|united states|america|states|country) )?(?:on|in|holding|under|with) (?:a |an |my |the )?${type}${KIND}${E}${NOT_EITHER}`,
    ),
    // Held since a date and still: "I have been on an H-4 dependent visa since then".
    rx(String.raw`${B}i have been ${NOW}(?:on|holding|under) (?:a |an |my |the )?(?:dependent )?${type}${KIND}${E}${NOT_EITHER}${PAST_AFTER}`),
    rx(String.raw`${B}i ${NOW}(?:hold|have|possess|carry) (?:a |an |my |the )?(?:valid |current )?${type}${KIND}${E}${NOT_EITHER}`),
    // Working or living here on it now: "I am already working in the US on an H-1B" (not "working on an H-1B petition").
    rx(
      String.raw`${B}i (?:am|have been) ${NOW}(?:working|training|employed|living|based|studying|staying|practicing|practising)(?: (?!(?:not|never|no)${E})${W}){0,5}? (?:on|under) (?:a |an |my |the )?${type}${KIND}${E}${NOT_EITHER}(?! (?:petitions?|applications?|paperwork|cases?|forms?|transfer|for)${E})`,
    ),
    // The status named as the writer's own, or switched to: "my status is J1 visa", "my current status is F-1 OPT", "I
    // switched to a J-1 through ECFMG last month".
    rx(
      String.raw`${B}my (?:(?:current|present|own|legal|visa|immigration) )*status (?:is|remains|right now is|at the moment is):? (?:a |an |the )?${type}${KIND}${E}${NOT_EITHER}`,
    ),
    rx(
      String.raw`${B}i (?:(?:have|recently|just|since|already|officially|then) )*(?:switched|changed|moved|transitioned|converted) (?:my (?:status|visa) )?(?:over )?(?:to|into) (?:a |an |the )?${type}${KIND}${E}${NOT_EITHER}`,
    ),
    rx(String.raw`${B}(?:i am|as) ${NOW}(?:a |an )?${type}(?: visa)? holder${E}${NOT_EITHER}`),
    // The writer described as on it: "As a British citizen on OPT, ...", "as an IMG currently on an H-1B".
    rx(
      String.raw`(?:^|[,;:] )as (?:(?:a|an) )?(?:${W} ){1,4}?${NOW}(?:on|holding|with) (?:a |an |my |the )?${type}${KIND}${E}${NOT_EITHER}(?!(?: ${W}){0,2}? (?:(?:last|previous|that|one) (?:year|summer|spring|fall|autumn|winter|cycle)|back then|before|previously|earlier|in (?:the past|college|graduate school|grad school))${E})`,
    ),
    rx(
      String.raw`${B}i am ${NOW}(?:an? |the )?${type}(?: visa)?${E}(?!(?: |-)(?:eligible|friendly|compatible|interested|aware|qualified|sponsorship|sponsored|programs?|questions?|rules?|process|paperwork|applicants?|residents?|coordinator|liaison|contact|advisor|adviser|officer|representative|person|expert|lead)${E})${NOT_EITHER}`,
    ),
    rx(
      String.raw`${B}(?:i am|i have been|i) ${NOW}(?:working|employed|living|here|staying|in the us|in the united states) (?:on|under|with) (?:a |an |my |the )?${type}(?: visa)?${E}${NOT_EITHER}(?! (?:petitions?|applications?|paperwork|cases?|forms?|transfer|attorney|lawyer|for)${E})`,
    ),
    rx(String.raw`${B}my (?:current|present|existing) ${type}(?: visa| status)?${E}`),
    // "my H-1B is already approved through my employer", "given my J-1 status".
    rx(
      String.raw`${B}my ${type}(?: (?:visa|petition|application|case|extension|transfer))? (?:is|was|has been|got|has) (?:(?:already|just|now|recently|finally|officially|been) )*(?:approved|granted|valid|active|current|in place|stamped|issued|extended|renewed)${E}`,
    ),
    rx(String.raw`${B}my ${type}(?: visa)? status${E}`),
    // One of a group the writer belongs to: "Does the program accept F-1 OPT graduates like me?".
    rx(
      String.raw`${B}${type}(?: visa)?(?: (?:holders?|graduates|grads|applicants|candidates|physicians|doctors|residents|trainees|imgs|students|people|folks))? like (?:me|myself|i am)${E}`,
    ),
    // The type's card or approval received: "I got my OPT card today", "just received my H-1B approval" (not years ago).
    rx(
      String.raw`(?:${B}i |^(?:(?:so|and|also|fyi|update|news|ok|okay|yay|guess what),? )*)(?:(?:just|finally|recently|already|now|also|have|today) )*(?:got|received|obtained|picked up|have got|have received) (?:my|an?|the) (?:(?:new|first|renewed) )?${type}(?: visa)? (?:card|ead|approval|approval notice|stamp|visa|status|i-?\s?797)${E}${PAST_AFTER}`,
    ),
    // An employer that sponsors the writer's type now, or the type held through a job: "a company which sponsors my
    // H-1B", "I got my H-1B through my hospital job" (not years ago, not a spouse's).
    rx(
      String.raw`${B}(?:sponsors|is sponsoring|currently sponsors|still sponsors|holds) my (?:current )?${type}${KIND}${E}${NOT_EITHER}|${B}i (?:(?:have|already|also|now) )*(?:got|have|hold|obtained|received) my (?:current )?${type}${KIND} (?:through|via|from|with|thanks to) (?:my|a|an|the|our) (?:${W} ){0,3}?(?:job|employer|company|hospital|lab|laboratory|work|position|university|institution|post|role)${E}${PAST_AFTER}`,
    ),
    // Came on it and holds it still: "I came on a J-1 and still hold it".
    rx(
      String.raw`${B}(?:on|with|holding|came on|arrived on|entered on) (?:a |an |my |the )?${type}${KIND}${E}${NOT_EITHER}(?: ${W}){0,4}?,? and (?:i )?(?:(?:still|currently|now|continue to|remain) )+(?:hold|have|am on|keep|on|in) (?:it|that|one|this|the same(?: visa| status)?)${E}`,
    ),
    // The type's own papers, held: "my J-1 DS-2019", "my H-1B approval notice", "my F-1 I-20".
    rx(
      String.raw`${B}my ${type}(?: visa)? (?:ds-?\s?2019|i-?\s?20|i-?\s?797|approval notice|documents?|paperwork|papers|stamp|(?:waiver|waver)(?: (?:approval|application|letter|job|position|request))?)${E}`,
    ),
  ];
}
const F1_TYPE = "(?:stem opt|f1 opt|f1|opt)";
/** Visa types no profile status names: E-3, TN, O-1, L-1, H-4. */
const UNLISTED_TYPE = "(?:e3|tn|o1|l1|h4)";
/** A type's patterns of holding it today, read only when the clause names the type (each pattern names it). */
type HeldGroup = { named: RegExp; patterns: readonly RegExp[] };
function heldGroup(type: string): HeldGroup {
  return { named: rx(String.raw`${B}${type}${E}`), patterns: heldVisaType(type) };
}
const HELD_F1 = heldGroup(F1_TYPE);
const HELD_J1 = heldGroup("j1");
const HELD_H1B = heldGroup("h1b");
/**
 * A visa no profile status names, held today ("I'm on an E-3 through my employer", "I am in the US on an O-1"): it
 * contradicts a J-1, H-1B, F-1/OPT or citizen profile, not "other" or "needs sponsorship".
 */
const HELD_UNLISTED = heldGroup(UNLISTED_TYPE);
/** Per profile, the types the writer cannot be holding today. */
const HELD_OTHER: Partial<Record<VisaStatus, readonly HeldGroup[]>> = {
  J1: [HELD_F1, HELD_H1B, HELD_UNLISTED],
  H1B: [HELD_F1, HELD_J1, HELD_UNLISTED],
  F1_OPT: [HELD_J1, HELD_H1B, HELD_UNLISTED],
  // "Other" is none of the listed visas: holding one of them today contradicts it.
  OTHER: [HELD_F1, HELD_J1, HELD_H1B],
  US_CITIZEN_OR_PR: [HELD_F1, HELD_J1, HELD_H1B, HELD_UNLISTED],
};
/** The first holding of a type that `groups` rules out, stated in the clause (not negated), or null. */
function heldHit(clause: string, groups: readonly HeldGroup[]): string | null {
  for (const group of groups) {
    if (!group.named.test(clause)) continue;
    const phrase = firstHit(clause, group.patterns, true);
    if (phrase) return phrase;
  }
  return null;
}
/** The visa types each profile status holds or needs, as normalised text names them. */
const OWN_TYPES: Partial<Record<VisaStatus, readonly string[]>> = { J1: ["j1"], H1B: ["h1b"], F1_OPT: ["f1", "opt"] };

/** A visa named as the thing asked about or offered: "Does your program sponsor H-1B?", "Is J-1 sponsorship available?". */
const VISA_NAMED = rx(String.raw`${B}(?:j1|h1b|f1|visa|visas|sponsorship|sponsor|sponsors|sponsoring|waiver)${E}`);
/** A sentence whose need points back at it: "I'd need one.", "And I will require it", "i def need that lol". */
const NEEDS_IT = rx(
  String.raw`^(?:(?:and|but|so|because|as|since|honestly|personally|ok|okay|yes|well|also|which|lol|tbh|fyi|just so you know|for context|for the record),? )*i (?:(?:will|would|do|shall|am going to|definitely|def|certainly|also|still|currently|eventually|myself) )*(?:need|require|am needing|am requiring|will be needing|would be needing) (?:one|it|that|them|this|one myself|sponsorship for it)${E}`,
);

/**
 * A need stated in one sentence for a visa named in the sentence before it: "Does your program sponsor H-1B? I'd need
 * one." Only a US citizen or permanent resident is contradicted by it.
 */
export function visaNeedByReference(previous: string, sentence: string, status: VisaStatus | null | undefined): VisaConflict | null {
  if (status !== "US_CITIZEN_OR_PR" || !VISA_NAMED.test(previous)) return null;
  const match = NEEDS_IT.exec(sentence);
  return match ? { phrase: match[0], stated: "visa" } : null;
}

/**
 * Someone other than the writer is the subject of the clause a field ends ("my husband hopes to train in psychiatry",
 * "residents here often go into radiology"), and the writer is not ("my husband and I both hope to ...").
 */
const THIRD_PERSON_SUBJECT = rx(
  String.raw`${B}(?:(?:a|one of my|an old|a former|a close|a good) (?:[${L}]+ ){0,2}?(?:friend|buddy|mate|pal|classmate|colleague|cousin|roommate|flatmate|batchmate|co resident|coresident)(?: (?:from|of|at) (?:[${L}]+ ){0,3}?[${L}]+)?|he|she|they|(?:my|our|his|her|their) (?:[${L}]+ )?(?:friend|friends|buddy|buddies|mate|mates|pal|pals|brother|brothers|sister|sisters|partner|wife|husband|spouse|fiance|fiancee|boyfriend|girlfriend|classmate|classmates|colleague|colleagues|mentor|mentors|cousin|roommate|flatmate|mother|father|mom|mum|dad|son|daughter|co resident|co residents|coresident|coresidents|co intern|co interns|cointern|cointerns|batchmate|batchmates|teammate|teammates|uncle|aunt|grandfather|grandmother|parents|niece|nephew|attending|attendings|senior(?! (?:year|rotation|thesis|project|elective|class|semester))|seniors|chief(?! (?:complaint|concern|reason|interest|goal|aim|focus|priority))|chief resident|supervisor|consultant|registrar)|(?:the|an?|one|this|that) (?:[${L}]+ )?(?:attending|attending physician|chief resident|senior resident|supervisor|consultant|registrar|co intern|co resident)|(?:many|most|some|all|several|the|your|other) (?:of (?:your|the|our) )?(?:residents|graduates|interns|students|alumni|applicants))${E}`,
);
/** Someone else is the subject before a frame and the writer is not: "my friend would like to be considered for ...". */
function othersClauseBefore(before: string): boolean {
  return THIRD_PERSON_SUBJECT.test(before) && !/(?:^|\s)i\s/u.test(before);
}
function someoneElsesField(before: string): boolean {
  const parts = before.split(/[,;:.!?()]|\s(?:and|but|while|whereas|although|though)\s(?=i\s)/u);
  // A relative clause between commas belongs to the noun before it: "the chief resident, who is heading to a GI
  // fellowship, ...".
  const last = parts.at(-1) ?? before;
  const clause = /^\s*(?:who|whom|whose)\s/u.test(last) && parts.length > 1 ? `${parts.at(-2) ?? ""} ${last}` : last;
  return THIRD_PERSON_SUBJECT.test(clause) && !/(?:^|\s)(?:i|like me|like myself)\s/u.test(clause);
}

/**
 * A general field narrowed to a specific one, read as the specific one: "I'll be a surgeon - ortho, specifically", "a
 * surgeon, neurosurgery in particular" (a list of fields without a narrowing word stays as written).
 */
const NARROWED = rxg(
  String.raw`${B}(?:${SPECIALTY_PATTERN})(?:,| -| \(|:) (?<lead>(?:more )?specifically,? |namely,? |in particular,? )?(?:an? |the )?(?<narrow>${SPECIALTY_PATTERN})(?<tail>,? (?:specifically|in particular|to be (?:precise|exact|specific)|more precisely|precisely))?${E}`,
);

export function narrowedFields(text: string): string {
  if (!/specifically|namely|particular|precise|exact/u.test(text)) return text;
  return text.replace(NARROWED, (whole: string, ...args: unknown[]) => {
    const groups = args.at(-1) as { lead?: string; narrow: string; tail?: string };
    return groups.lead || groups.tail ? groups.narrow : whole;
  });
}

/** A field named in a sentence, with what the words around it make of it. */
export type FieldMention = { phrase: string; index: number; end: number; mention: SpecialtyMention; aside: boolean };

/**
 * A field the writer has left or failed at, just before it: "I no longer plan to pursue surgery", "two failed cycles in
 * orthopaedic surgery", "I gave up on derm". Not when the clause turns back to it ("... but", "only", "except").
 */
const GIVEN_UP_BEFORE = rx(
  String.raw`${B}(?:no longer|never again|gave up|given up|giving up|give up|stopped|abandoned|failed|unsuccessful|unmatched|did not match|didn't match|used to|formerly|previously|not (?:applying|pursuing|going|planning))(?: (?!(?:but|only|except|yet|still|now|again|instead)${E})[^\s,;:.!?]+){0,3}? $`,
);

/** A group of other people headed for the field just after: "advice for students going into radiology". */
const OTHERS_HEADED_BEFORE = rx(
  String.raw`${B}(?:students|residents|applicants|candidates|interns|graduates|grads|people|those|others|anyone|everyone|folks|trainees|colleagues|classmates|friends|juniors|mentees)(?: (?:who are|who were|that are|who might be|who may be))? (?:(?:currently|now|also|still) )?(?:going into|applying to|applying into|applying in|applying for|interested in|headed into|heading into|headed for|heading for|pursuing|matching into|matching in|going for|considering|training in|aiming for) (?:a career in |careers in )?$`,
);

/**
 * Every field a normalised sentence names. `aside` marks a field named as part of training ("my surgery rotation"), after
 * a word that turns it away ("rather than surgery"), as someone else's ("my husband hopes to train in psychiatry"), or
 * neutral ("research"): none of these can be a goal of the writer's that contradicts the profile.
 */
/**
 * A field as where the writer gained experience, said by what they did there: "on surgery I learned to recognise ...",
 * "in psychiatry I practised brief interventions" (not "in surgery I saw my future").
 */
const EXPERIENCE_AFTER =
  /^,?\s(?:i|we) (?:(?:also|first|then|really|quickly|soon|later|often|mostly|mainly) )?(?:learned|learnt|practiced|practised|saw|did|spent|worked|managed|treated|cared for|assisted|helped|rotated|observed|met|took care|was taught|got to|gained|watched|performed|handled|sutured|admitted|rounded|ran|scrubbed|presented|wrote|followed)(?![\p{L}\p{N}])(?!(?: [\p{L}'-]+){0,3}? (?:my (?:future|calling|place|home|path|passion|career|purpose|destiny)|myself|where i belong)(?![\p{L}\p{N}]))/u;
/** Surgery as the operation a patient has, not the field: "image-guided procedures could spare patients from major surgery". */
const SURGERY_UNDERGONE_BEFORE =
  /\b(?:from|avoid|avoiding|avoided|undergo|undergoes|undergoing|underwent|needing|needed|requiring|required|after|before|post|scheduled for|awaiting|recovering from|recovered from|spared|sparing|had|having|has|needs|requires)\s(?:(?:an?|the|their|his|her|major|minor|further|more|another|emergency|invasive|open|repeat|elective|urgent|any) )*$/u;

export function fieldMentions(text: string): FieldMention[] {
  const out: FieldMention[] = [];
  for (const match of matchesOf(SPECIALTY_MENTION, text)) {
    const phrase = match.groups?.specialty ?? match[0];
    const mention = mentionOf(phrase);
    if (!mention) continue;
    const index = match.index + match[0].indexOf(phrase);
    const end = index + phrase.length;
    const aside =
      mention.neutral === true ||
      PART_OF_TRAINING_AFTER.test(text.slice(end)) ||
      EXPERIENCE_AFTER.test(text.slice(end)) ||
      ((phrase === "surgery" || phrase === "an operation") && SURGERY_UNDERGONE_BEFORE.test(text.slice(0, index))) ||
      NOT_THE_GOAL_BEFORE.test(text.slice(0, index)) ||
      (out.length > 0 && INTEREST_WITHIN_BEFORE.test(text.slice(0, index))) ||
      someoneElsesField(text.slice(0, index)) ||
      OTHERS_HEADED_BEFORE.test(text.slice(Math.max(0, index - 80), index)) ||
      GIVEN_UP_BEFORE.test(text.slice(Math.max(0, index - 80), index));
    out.push({ phrase, index, end, mention, aside });
  }
  return out;
}

/**
 * The words around one field of a sentence (`before` words before it, `after` words after), the field itself written as
 * `mask` and every other field as `otherMask`: what the goal reader reads of that field.
 */
export function fieldWindow(
  text: string,
  field: FieldMention,
  others: readonly FieldMention[],
  mask: string,
  otherMask: string,
  before = 7,
  after = 6,
): string {
  let masked = text;
  for (const other of [...others, field].sort((a, b) => b.index - a.index)) {
    masked = `${masked.slice(0, other.index)}${other === field ? mask : otherMask}${masked.slice(other.end)}`;
  }
  const words = masked.split(" ");
  const at = Math.max(
    0,
    words.findIndex((w) => w.includes(mask)),
  );
  return words.slice(Math.max(0, at - before), at + after + 1).join(" ");
}
