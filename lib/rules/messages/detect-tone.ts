// Tone (a warning only): entitled or self-deprecating phrases. Programs respond to specifics and quiet confidence;
// seed article 002 advises against both pressure and apology.

import { B, E, rx } from "@/lib/rules/messages/lexicon";

const ENTITLED: readonly RegExp[] = [
  rx(String.raw`${B}i (?:(?:really|truly|certainly|definitely|fully) )?deserve${E}`),
  rx(String.raw`${B}you owe me${E}`),
  rx(
    String.raw`${B}i (?:(?:fully|certainly|do|really) )?expect (?:an? |to (?:be |get |receive )?)?(?:offer|position|spot|interview|ranked|match|matched|rank|be ranked)${E}`,
  ),
  rx(
    String.raw`${B}you (?:should|must|need to|ought to|have to) (?:(?:definitely|really|seriously|just) )?(?:give|offer|rank|accept|take|choose|select|interview|hire) me${E}`,
  ),
  rx(
    String.raw`${B}i am (?:(?:clearly|obviously|definitely|simply|undoubtedly|by far|easily) )?(?:the|your) (?:best|strongest|most qualified|top|ideal|perfect|only right|only real) (?:candidate|applicant|choice|fit|person)${E}`,
  ),
  rx(String.raw`${B}(?:you|your program) (?:would|will) be lucky to have me${E}`),
  rx(String.raw`${B}(?:i am entitled to|i demand|you (?:will|would) regret)${E}`),
];

const SELF_DEPRECATING: readonly RegExp[] = [
  rx(
    String.raw`${B}(?:i know|i realize|i understand|i am aware) (?:that )?i am (?:(?:a|an|very|quite|probably|rather|just) )*(?:weak|weaker|a long shot|long shot|underqualified|unqualified|not competitive|not (?:the |a |your )?(?:strongest|best|most competitive|most qualified|ideal|perfect|strong|good|competitive))${E}`,
  ),
  rx(
    String.raw`${B}i am (?:(?:probably|certainly|definitely|clearly) )?not (?:the |a |your )?(?:strongest|best|most competitive|most qualified|ideal|perfect|strong|competitive|good enough)${E}`,
  ),
  rx(String.raw`${B}sorry (?:to|for) (?:bother|bothering|disturb|disturbing|trouble|troubling|take up|taking up|waste|wasting|intrude|intruding)${E}`),
  rx(String.raw`${B}i am (?:just|only|merely|simply) an?${E} (?!(?:phone|call|email|e mail|message|text|quick|short|click)${E})`),
  rx(String.raw`${B}i am (?:(?:so|very|really|truly) )?desperate${E}`),
  rx(String.raw`${B}(?:i (?:beg|am begging|implore)(?: you)?|begging you)${E}`),
  rx(String.raw`${B}please (?:(?:just|kindly) )?give me (?:a|any|one|just one|one more|a single) (?:chance|opportunity|shot)${E}`),
  rx(String.raw`${B}any (?:chance|opportunity|position|spot) at all${E}`),
  rx(String.raw`${B}i will (?:take|accept) any (?:position|spot|chance|offer)${E}`),
  rx(String.raw`${B}(?:i am|i feel) (?:worthless|unworthy|not worthy|not good enough)${E}`),
  rx(String.raw`${B}i know (?:my (?:scores|application|cv) (?:is|are) (?:weak|bad|poor|terrible|low|not great)|i do not deserve)${E}`),
];

export function entitledPhrase(sentence: string): boolean {
  return ENTITLED.some((re) => re.test(sentence));
}

export function selfDeprecatingPhrase(sentence: string): boolean {
  return SELF_DEPRECATING.some((re) => re.test(sentence));
}
