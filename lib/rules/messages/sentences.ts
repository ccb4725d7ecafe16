// Splits a draft into sentences (the subject line is one or more sentences of its own) and keeps, for each, the
// exact text as typed, so a finding can quote it and a rewrite can replace it. Detectors read the normalised
// text of one sentence at a time: a rule fires on what one sentence says, never on words that happen to sit in
// different sentences.

import { sentences as splitSentences } from "sbd";
import { asText, normalizeText } from "@/lib/rules/messages/normalize";
import { matchesOf, rxg } from "@/lib/rules/messages/lexicon";
import type { Field } from "@/lib/rules/messages/types";

export type Sentence = {
  field: Field;
  /** The sentence exactly as typed (a substring of its field). */
  text: string;
  /** The normalised sentence every detector reads. */
  norm: string;
  /** The normalised sentence cut at contrasts ("..., but ...", ";"): negation and hedges do not cross them. */
  clauses: string[];
};

/** A sentence longer than this (a run-on without punctuation) is read in overlapping word windows. */
const MAX_WORDS = 70;
const WINDOW_OVERLAP = 20;

type Range = { start: number; end: number };

/** Groups lines into chunks: a line break ends a sentence unless the text clearly runs on (hard-wrapped prose). */
function chunks(text: string): Range[] {
  const out: Range[] = [];
  const lines: Range[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || text[i] === "\n") {
      lines.push({ start, end: i });
      start = i + 1;
    }
  }
  let current: Range | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as Range;
    const content = text.slice(line.start, line.end).trim();
    if (content === "") {
      if (current) out.push(current);
      current = null;
      continue;
    }
    if (!current) current = { ...line };
    else current.end = line.end;
    const next = lines[i + 1];
    const nextContent = next ? text.slice(next.start, next.end).trim() : "";
    // A line ends a sentence when it ends like one or the next line starts a list item; otherwise the text runs
    // on (hard-wrapped prose, chat messages without punctuation) and is read as one sentence.
    const endsSentence = /[.!?]["')\]]*$/.test(content) || /^(?:[-*•]|\d+[.)])\s/.test(nextContent);
    if (endsSentence || !next) {
      out.push(current as Range);
      current = null;
    }
  }
  if (current) out.push(current);
  return out;
}

/**
 * Abbreviations whose periods are not sentence ends, in any case ("U.S.", "u.s.", "Dr.", "e.g.", "a.m."). Their
 * periods are masked (same length, so offsets hold) before the splitter reads the text.
 */
const ABBREVIATION =
  /\b(?:u\.s\.(?:a\.)?|e\.g\.|i\.e\.|a\.m\.|p\.m\.|(?:dr|mr|mrs|ms|mx|prof|st|jr|sr|vs|etc|approx|dept|univ|no|nos|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|fig|vol|ph|mbbs|m\.d)\.)(?=\s*\S)/giu;

function masked(text: string): string {
  return text.replace(ABBREVIATION, (abbr) => abbr.replace(/\./g, "_"));
}

/**
 * The text with each run of spaces and tabs reduced to one space (sbd reads "Hello.  Where" as one sentence), and
 * for every character of it the offset of the character it came from, so ranges map back to what was typed.
 */
function compacted(text: string): { text: string; origin: number[] } {
  const out: string[] = [];
  const origin: number[] = [];
  let last = "";
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if ((ch === " " || ch === "\t") && (last === " " || last === "\n")) continue;
    last = ch === "\t" ? " " : ch;
    out.push(last);
    origin.push(i);
  }
  origin.push(text.length);
  return { text: out.join(""), origin };
}

const sameLength = (ch: string, to: string) => (to.length === ch.length ? to : ch);

/**
 * The text in one canonical case, character for character: lower case, with a capital only where a sentence
 * starts after terminal punctuation (not after an ellipsis, which trails off mid-thought). The splitter reads
 * capitals as sentence starts, so without this the same words in capitals ("STEP 3. COMMITMENT") or typed all in
 * lower case ("thank you. where do i stand?") split differently from the same words in ordinary case.
 */
function canonicalCase(text: string): string {
  const lower = Array.from(text, (ch) => sameLength(ch, ch.toLowerCase())).join("");
  return lower.replace(
    /(?<![.…][.!?]*)([.!?]["')\]’”]*\s+["“(]?)(\p{Ll})/gu,
    (_, gap: string, letter: string) => gap + sameLength(letter, letter.toUpperCase()),
  );
}

/** A sentence end after a number: the period (not a decimal point) and the space before a capital. */
const AFTER_A_NUMBER = /(?<=\p{N})[.!?]\s+(?=["“(]?\p{Lu})/gu;

function sentenceRanges(text: string): Range[] {
  const out: Range[] = [];
  const readable = masked(text);
  for (const chunk of chunks(readable)) {
    const { text: compact, origin } = compacted(readable.slice(chunk.start, chunk.end));
    const piece = canonicalCase(compact);
    const at = (i: number) => chunk.start + (origin[i] ?? chunk.end - chunk.start);
    // sbd keeps a sentence ending in a number with the next one ("Passed Step 3. Still set on neurology."): split it.
    const push = (from: number, to: number) => {
      let start = from;
      for (const end of piece.slice(from, to).matchAll(AFTER_A_NUMBER)) {
        const stop = from + end.index + 1;
        out.push({ start: at(start), end: at(stop - 1) + 1 });
        start = from + end.index + end[0].length;
      }
      out.push({ start: at(start), end: at(to - 1) + 1 });
    };
    // With preserve_whitespace sbd keeps every character, so each sentence is found in order in the chunk.
    let cursor = 0;
    for (const sentence of splitSentences(piece, { preserve_whitespace: true, newline_boundaries: false })) {
      const found = piece.indexOf(sentence, cursor);
      if (found === -1) continue;
      cursor = found + sentence.length;
      const lead = sentence.length - sentence.trimStart().length;
      const trail = sentence.length - sentence.trimEnd().length;
      if (sentence.trim() === "") continue;
      // sbd keeps a one-word sentence with the next one ("Hello. Where will I be ranked?"): split it off.
      const opener = /^[\p{L}\p{N}'’]+[.!?]+\s+(?=[\p{Lu}"“])/u.exec(sentence.slice(lead));
      const first = found + lead;
      if (opener) {
        out.push({ start: at(first), end: at(first + opener[0].trimEnd().length - 1) + 1 });
        push(first + opener[0].length, cursor - trail);
      } else {
        push(first, cursor - trail);
      }
    }
    if (cursor === 0 && piece.trim() !== "") {
      const lead = piece.length - piece.trimStart().length;
      out.push({ start: at(lead), end: at(piece.trimEnd().length - 1) + 1 });
    }
  }
  return out;
}

/** Cuts a run-on sentence into overlapping windows of words, so no detector ever reads an unbounded sentence. */
function windows(text: string, range: Range): Range[] {
  const words = [...text.slice(range.start, range.end).matchAll(/\S+/g)];
  if (words.length <= MAX_WORDS) return [range];
  const out: Range[] = [];
  for (let first = 0; first < words.length; first += MAX_WORDS - WINDOW_OVERLAP) {
    const last = Math.min(words.length, first + MAX_WORDS) - 1;
    const head = words[first] as RegExpExecArray;
    const tail = words[last] as RegExpExecArray;
    const start = range.start + head.index;
    const end = range.start + tail.index + tail[0].length;
    out.push({ start, end });
    if (last === words.length - 1) break;
  }
  return out;
}

/** "However" before a word of degree is "no matter how", not a contrast: "any indication, however informal, of ...". */
const CONCESSIVE_DEGREE =
  "small|slight|brief|briefly|informal|informally|rough|roughly|vague|vaguely|tentative|tentatively|general|imperfect|little|much|minor|short|limited|preliminary|unofficial|unofficially|indirect|indirectly|modest|partial|early|uncertain|approximate|subtle|faint|quick|casual|casually|off the record|hypothetical|hard|busy|long|far|many|few";
const CONTRAST = rxg(
  String.raw`\s*(?:;|\s-\s|(?:,\s*)?\b(?:(?<!\b(?:anywhere|anything|nothing|nowhere|none|no one|nobody|everything|everywhere|all|anyone|anybody)(?: else)?\s)but|however(?! (?:${CONCESSIVE_DEGREE})\b| [\p{L}]+,)|although|though(?!\s*,\s*(?:whether|where|how)\b)|whereas|yet|nevertheless|nonetheless|that said|still,)\b|,\s*(?:just|only|simply|merely|rather|instead)\b)\s*`,
);

function clausesOf(norm: string): string[] {
  // Split at each contrast with the pattern itself (split would copy it; see matchesOf).
  const clauses: string[] = [];
  let from = 0;
  for (const contrast of matchesOf(CONTRAST, norm)) {
    clauses.push(norm.slice(from, contrast.index));
    from = contrast.index + contrast[0].length;
  }
  clauses.push(norm.slice(from));
  return clauses.map((c) => c.trim()).filter((c) => c !== "");
}

function sentencesOfField(field: Field, text: string): Sentence[] {
  const out: Sentence[] = [];
  // A subject line is read whole: "Where do I stand? (on night float)" is one thought.
  const ranges =
    field === "subject" && text.trim() !== "" && text.length <= 300
      ? [{ start: text.length - text.trimStart().length, end: text.trimEnd().length }]
      : sentenceRanges(text);
  for (const sentence of ranges) {
    for (const range of windows(text, sentence)) {
      const raw = text.slice(range.start, range.end);
      const norm = normalizeText(raw);
      if (norm === "") continue;
      out.push({ field, text: raw, norm, clauses: clausesOf(norm) });
    }
  }
  return out;
}

/**
 * The last few drafts read, so checking the same text again (the composer rechecking after a date change, the
 * server checking first outside its transaction and again inside it) costs nothing. Sentences are never mutated.
 */
const RECENT = new Map<string, Sentence[]>();
const RECENT_SIZE = 32;

export function sentencesOf(subject: unknown, body: unknown): Sentence[] {
  const key = `${asText(subject)}\u0000${asText(body)}`;
  const cached = RECENT.get(key);
  if (cached) return cached;
  const sentences = [...sentencesOfField("subject", asText(subject)), ...sentencesOfField("body", asText(body))];
  RECENT.set(key, sentences);
  if (RECENT.size > RECENT_SIZE) RECENT.delete(RECENT.keys().next().value as string);
  return sentences;
}
