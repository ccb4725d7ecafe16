// Honest rewrites a resident can accept with one click: the sentence that broke a rule, replaced by one that keeps
// what can be kept (interest, enthusiasm, the truth about the writer) and drops what cannot (the question about
// ranking, the deal, the second first-choice claim, the contradiction).

import { VISA_LABELS } from "@/lib/labels/profile";
import { normalizeText } from "@/lib/rules/messages/normalize";
import type { Sentence } from "@/lib/rules/messages/sentences";
import { PRACTITIONER } from "@/lib/rules/messages/specialty-lexicon";
import type { VisaStatus } from "@/lib/rules/messages/types";
import { specialtyById, type SpecialtyId } from "@/lib/rules/specialties";

type Replacement = { from: string; to: string };

/** Keeps the sentence's closing punctuation style where it was a statement; questions become statements. */
function asSentence(text: string): string {
  return /[.!]$/.test(text) ? text : `${text}.`;
}

const SUBJECTS = {
  interest: "Continued interest in your program",
  update: "An update on my application",
};

export function interestRewrite(sentence: Sentence): Replacement {
  if (sentence.field === "subject") return { from: sentence.text, to: SUBJECTS.interest };
  return {
    from: sentence.text,
    to: asSentence("I remain very interested in your program and would be glad to send anything else that would help your committee"),
  };
}

export function dealRewrite(sentence: Sentence): Replacement {
  if (sentence.field === "subject") return { from: sentence.text, to: SUBJECTS.interest };
  return { from: sentence.text, to: asSentence("I am genuinely excited about your program and would be glad to train there") };
}

export function firstChoiceRewrite(sentence: Sentence): Replacement {
  if (sentence.field === "subject") return { from: sentence.text, to: SUBJECTS.update };
  return { from: sentence.text, to: asSentence("Your program remains one of the places where I would be very glad to train") };
}

const VISA_SENTENCES: Record<VisaStatus, string> = {
  US_CITIZEN_OR_PR: "I am a US citizen or permanent resident and do not need visa sponsorship",
  J1: "I will need J-1 visa sponsorship",
  H1B: "I will need H-1B visa sponsorship",
  F1_OPT: "I am on F-1 OPT and will need visa sponsorship for residency",
  NEEDS_SPONSORSHIP: "I will need visa sponsorship for residency",
  OTHER: `My visa status is as stated in my application (${VISA_LABELS.OTHER.toLowerCase()})`,
};

export function visaRewrite(sentence: Sentence, status: VisaStatus): Replacement {
  if (sentence.field === "subject") return { from: sentence.text, to: SUBJECTS.update };
  return { from: sentence.text, to: asSentence(VISA_SENTENCES[status]) };
}

const PRACTITIONER_WORD = /(?:ist|ists|ian|ians|eon|eons|physician|physicians|doctor|doctors|doc|practitioner|orthopod|hospitalist)$/;

/**
 * Replaces the specialty the sentence names with the profile's target, in the resident's own sentence: "my
 * ambition has been to become a paediatrician" becomes "... to become an internist".
 */
export function specialtyRewrite(sentence: Sentence, phrase: string, target: SpecialtyId): Replacement {
  const words = [...sentence.text.matchAll(/[\p{L}\p{N}&'/.-]+/gu)];
  for (let size = 4; size >= 1; size -= 1) {
    for (let i = 0; i + size <= words.length; i += 1) {
      const head = words[i] as RegExpExecArray;
      const last = words[i + size - 1] as RegExpExecArray;
      const start = head.index;
      const end = last.index + last[0].length;
      const original = sentence.text.slice(start, end).replace(/[.,]+$/, "");
      if (normalizeText(original) !== phrase) continue;
      const practitioner = PRACTITIONER_WORD.test(phrase);
      const label = specialtyById(target)?.label.toLowerCase() ?? "my target specialty";
      let replacement = practitioner ? PRACTITIONER[target] : label;
      if (/^\p{Lu}/u.test(original)) replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
      let before = sentence.text.slice(0, start);
      const article = /\b(a|an|A|An)\s+$/.exec(before);
      if (article?.[1]) {
        const wanted = /^[aeiou]/i.test(replacement) ? "an" : "a";
        const cased = /^A/.test(article[1]) ? wanted.charAt(0).toUpperCase() + wanted.slice(1) : wanted;
        before = before.slice(0, article.index) + cased + before.slice(article.index + article[1].length);
      }
      return { from: sentence.text, to: before + replacement + sentence.text.slice(start + original.length) };
    }
  }
  return { from: sentence.text, to: asSentence(`My goal is a career in ${specialtyById(target)?.label.toLowerCase() ?? "my target specialty"}`) };
}
