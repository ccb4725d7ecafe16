// Starting drafts for each kind of message to a program, in our own words. They follow the honesty rules in
// message-rules.ts: only the letter of intent calls the program a first choice (once), none asks about ranking,
// all stay well under a one-minute read. Placeholders are written {{name}}; a value the resident has not filled in
// stays visible as [name] so it cannot go out unnoticed.
// Source: the product domain guide, "Pre-match communication" (eligibility questions before applying, thank-you
// within 24-48 h, at most 1-2 interest/update letters, one letter of intent, one brief final note).

import type { MessageKind } from "@/lib/rules/message-rules";

export type TemplateValues = {
  residentName?: string;
  programName?: string;
  programDirectorName?: string;
  specialty?: string;
  interviewDate?: string;
  graduationYear?: string;
  visaStatus?: string;
  currentProgram?: string;
  institution?: string;
  update?: string;
  question?: string;
};

export type RenderedTemplate = { subject: string; body: string; missing: (keyof TemplateValues)[] };

type Template = { label: string; description: string; subject: string; body: string };

const TEMPLATE_KEYS: readonly (keyof TemplateValues)[] = [
  "residentName",
  "programName",
  "programDirectorName",
  "specialty",
  "interviewDate",
  "graduationYear",
  "visaStatus",
  "currentProgram",
  "institution",
  "update",
  "question",
];

const KEY_SET: ReadonlySet<string> = new Set(TEMPLATE_KEYS);

export const MESSAGE_TEMPLATES: Record<MessageKind, Template> = {
  PRE_APPLICATION: {
    label: "Eligibility question",
    description: "Before you apply: ask whether your graduation year and visa situation fit the program's criteria.",
    subject: "Eligibility question before applying to {{programName}}",
    body: [
      "Dear {{programDirectorName}},",
      "",
      "My name is {{residentName}}, and I am a preliminary resident at {{currentProgram}}. I am preparing an application to the {{specialty}} residency at {{programName}} and would like to check two points before I submit it.",
      "",
      "1. I graduated from {{institution}} in {{graduationYear}}. Does the program consider applicants from that graduation year?",
      "2. My visa status is {{visaStatus}}. Does the program sponsor visas for residents who need one?",
      "",
      "A short answer would be a great help. Thank you for your time.",
      "",
      "Kind regards,",
      "{{residentName}}",
    ].join("\n"),
  },
  THANK_YOU: {
    label: "Thank-you after an interview",
    description: "Within 24 to 48 hours of the interview. Short, sincere, and one per interview.",
    subject: "Thank you for my interview on {{interviewDate}}",
    body: [
      "Dear {{programDirectorName}},",
      "",
      "Thank you for meeting with me on {{interviewDate}}. I valued hearing how {{programName}} teaches its {{specialty}} residents, and my conversations with your residents gave me a real sense of the team.",
      "",
      "I appreciate the time you and your colleagues gave my application.",
      "",
      "Best regards,",
      "{{residentName}}",
    ].join("\n"),
  },
  INTEREST_UPDATE: {
    label: "Interest and update letter",
    description: "Late November to early January, only with real news. At most two per program.",
    subject: "Update from {{residentName}}, {{specialty}} applicant",
    body: [
      "Dear {{programDirectorName}},",
      "",
      "I interviewed at {{programName}} on {{interviewDate}} and would like to share one update since then: {{update}}",
      "",
      "My year at {{currentProgram}} has strengthened my wish to train in {{specialty}}, and {{programName}} remains a program where I would be glad to do that training.",
      "",
      "Thank you for adding this to my file. I am happy to send anything else that would be useful.",
      "",
      "Sincerely,",
      "{{residentName}}",
    ].join("\n"),
  },
  LETTER_OF_INTENT: {
    label: "Letter of intent",
    description: "January to mid-February, to your true first choice only. One per cycle.",
    subject: "Letter of intent from {{residentName}}",
    body: [
      "Dear {{programDirectorName}},",
      "",
      "I am writing to tell you that {{programName}} is my first choice, and I intend to rank it first. I am sending a letter like this to one program only.",
      "",
      "Since my interview on {{interviewDate}}, I have thought carefully about where I would like to train in {{specialty}}. The breadth of clinical work, the teaching I saw and the way your residents support one another match what I am looking for. {{update}}",
      "",
      "I understand this letter places no obligation on the program. Thank you for your consideration.",
      "",
      "Sincerely,",
      "{{residentName}}",
    ].join("\n"),
  },
  FINAL_NOTE: {
    label: "Final note before the rank deadline",
    description: "A brief word of continued interest, to your top two or three programs only.",
    subject: "Continued interest in {{programName}}",
    body: [
      "Dear {{programDirectorName}},",
      "",
      "As the season draws to a close, I wanted to send a brief note to say that I remain very interested in training in {{specialty}} at {{programName}}.",
      "",
      "Thank you again for my interview on {{interviewDate}} and for your time this season.",
      "",
      "Best wishes,",
      "{{residentName}}",
    ].join("\n"),
  },
  REPLY: {
    label: "Reply to the program",
    description: "Answer a message the program sent you. Replies are always welcome, including during SOAP once they write first.",
    subject: "Re: {{question}}",
    body: [
      "Dear {{programDirectorName}},",
      "",
      "Thank you for your message. On your question about {{question}}: {{update}}",
      "",
      "Please let me know if anything else would help.",
      "",
      "Best regards,",
      "{{residentName}}",
    ].join("\n"),
  },
  OTHER: {
    label: "Other message",
    description: "A short, specific question the program's website does not answer.",
    subject: "Question from {{residentName}}, applicant to {{programName}}",
    body: [
      "Dear {{programDirectorName}},",
      "",
      "I am {{residentName}}, a preliminary resident at {{currentProgram}} and an applicant to your {{specialty}} program. I have one question that I could not answer from your website: {{question}}",
      "",
      "Thank you for your time.",
      "",
      "Kind regards,",
      "{{residentName}}",
    ].join("\n"),
  },
};

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** The known placeholders in a text, each once, in order of first appearance. Unknown names are ignored. */
export function placeholdersOf(text: string): (keyof TemplateValues)[] {
  const found: (keyof TemplateValues)[] = [];
  for (const match of (typeof text === "string" ? text : "").matchAll(PLACEHOLDER)) {
    const name = match[1] ?? "";
    if (KEY_SET.has(name) && !found.includes(name as keyof TemplateValues)) found.push(name as keyof TemplateValues);
  }
  return found;
}

function fill(text: string, values: TemplateValues, missing: Set<keyof TemplateValues>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!KEY_SET.has(name)) return whole;
    const key = name as keyof TemplateValues;
    const value = values[key]?.trim();
    if (value) return value;
    missing.add(key);
    return `[${key}]`;
  });
}

/** Fills a template. A missing or blank value stays visible as "[name]" and is listed in `missing`. */
export function renderTemplate(kind: MessageKind, values: TemplateValues): RenderedTemplate {
  const template = MESSAGE_TEMPLATES[kind];
  const missing = new Set<keyof TemplateValues>();
  const subject = fill(template.subject, values, missing);
  const body = fill(template.body, values, missing);
  // Report in template order (subject first), not in the order values happened to be missing.
  const order = placeholdersOf(`${template.subject}\n${template.body}`);
  return { subject, body, missing: order.filter((key) => missing.has(key)) };
}
