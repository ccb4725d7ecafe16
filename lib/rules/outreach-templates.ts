// Starting drafts for the resident's networking messages (to mentors, attendings, their own program director, and
// programs with an opening), in our own words. Source: the product domain guide, "The resident's year" (intro
// meetings ask for advice, not a job; the four kinds of ask; an easy way to decline a letter; PD touchpoints; one
// targeted message when a door opens).
//
// Every template stays short (under 170 words), and none calls a program a first choice, mentions ranking or asks
// for a promise: those belong to the pre-match rules in message-rules.ts, and these messages are not the place.
// `personName` is always the person the message goes to; `institution` is the resident's own hospital (the program's
// name is not a place). Placeholders are written {{name}}; a value the resident has not filled in stays visible as
// "[its plain name]" (OUTREACH_VALUE_LABELS), and `parts` marks it so the editor can highlight it.

export type OutreachKey =
  | "intro-meeting-request"
  | "thank-you-update"
  | "feedback-request"
  | "letter-request"
  | "intel-request"
  | "introduction-request"
  | "opening-outreach"
  | "pd-early-meeting"
  | "pd-mid-year-update"
  | "pgy2-inquiry"
  | "conference-follow-up";

export type OutreachValues = {
  residentName?: string;
  personName?: string;
  personTitle?: string;
  specialty?: string;
  currentProgram?: string;
  institution?: string;
  rotationService?: string;
  rotationMonth?: string;
  programName?: string;
  opening?: string;
  conferenceName?: string;
  topic?: string;
  update?: string;
};

export type OutreachTouchKind = "INTRO_MEETING" | "FOLLOW_UP" | "CONCRETE_ASK" | "THANK_YOU" | "UPDATE" | "OTHER";
export type OutreachTemplate = {
  label: string;
  description: string;
  subject: string;
  body: string;
  touchKind: OutreachTouchKind;
};

export type OutreachPart = { text: string; missing?: keyof OutreachValues };
export type RenderedOutreach = {
  subject: string;
  body: string;
  parts: OutreachPart[];
  missing: (keyof OutreachValues)[];
};

const VALUE_KEYS: readonly (keyof OutreachValues)[] = [
  "residentName",
  "personName",
  "personTitle",
  "specialty",
  "currentProgram",
  "institution",
  "rotationService",
  "rotationMonth",
  "programName",
  "opening",
  "conferenceName",
  "topic",
  "update",
];

const KEY_SET: ReadonlySet<string> = new Set(VALUE_KEYS);

/** What each value is called where the resident fills it in, and in the "[...]" that marks it missing. */
export const OUTREACH_VALUE_LABELS: Record<keyof OutreachValues, string> = {
  residentName: "your name",
  personName: "their name",
  personTitle: "their title",
  specialty: "target specialty",
  currentProgram: "your program",
  institution: "your hospital",
  rotationService: "rotation or service",
  rotationMonth: "rotation month",
  programName: "program name",
  opening: "the opening",
  conferenceName: "conference name",
  topic: "topic you discussed",
  update: "what came of it",
};

const lines = (...rows: string[]): string => rows.join("\n");

export const OUTREACH_TEMPLATES: Record<OutreachKey, OutreachTemplate> = {
  "intro-meeting-request": {
    label: "Intro meeting request",
    description: "For an A-list person in your first four to six weeks. Ask for advice on your year, never for a position.",
    subject: "Asking for your advice on my {{specialty}} plans",
    body: lines(
      "Dear {{personName}},",
      "",
      "I am {{residentName}}, a preliminary resident at {{institution}}. My goal is a categorical position in {{specialty}}, and you are someone whose judgment on that path I would trust.",
      "",
      "Would a short conversation be possible sometime this month or next? Twenty minutes would be plenty, at a time and place that is easy for you. I would like your advice on what someone in my position should focus on this year, and which experiences count most.",
      "",
      "Thank you for considering it.",
      "",
      "Best regards,",
      "{{residentName}}",
    ),
    touchKind: "INTRO_MEETING",
  },
  "thank-you-update": {
    label: "Thank-you with an update",
    description: "After a meeting: thank them, then report back on what you did with their advice.",
    subject: "Thank you, and what I did with your advice",
    body: lines(
      "Dear {{personName}},",
      "",
      "Thank you again for our conversation about {{topic}}. I wanted to tell you what came of it: {{update}}",
      "",
      "Your advice gave me a clear next step, and I am grateful for it. I will keep you posted as the year goes on.",
      "",
      "With thanks,",
      "{{residentName}}",
    ),
    touchKind: "THANK_YOU",
  },
  "feedback-request": {
    label: "Feedback request",
    description: "During or just after a rotation with an attending who matters to you. Ask what to keep and what to change.",
    subject: "Feedback on my work on {{rotationService}}",
    body: lines(
      "Dear {{personName}},",
      "",
      "Thank you for your teaching on {{rotationService}} in {{rotationMonth}}. I am working toward a categorical position in {{specialty}}, and honest feedback from you would help me more than almost anything else this year.",
      "",
      "When you have five minutes, in person or by email, could you tell me one thing I did well and one thing I should work on? I will put it to use straight away.",
      "",
      "Many thanks,",
      "{{residentName}}",
    ),
    touchKind: "FOLLOW_UP",
  },
  "letter-request": {
    label: "Letter request",
    description: "Near the end of a strong rotation, or later in the year. Always leave them a comfortable way to say no.",
    subject: "Would you consider writing a letter for my {{specialty}} applications?",
    body: lines(
      "Dear {{personName}},",
      "",
      "Working with you on {{rotationService}} in {{rotationMonth}} taught me a great deal, and I am grateful for it.",
      "",
      "I am applying for categorical positions in {{specialty}}. Would you be willing to write one of my letters? To make it easier, I would send my CV, my personal statement and a short note on the patients and work we shared, with at least four weeks before any deadline.",
      "",
      "If this is not a good time, or you feel someone else could speak to my work better, please just say so. I will understand completely and remain thankful for your teaching.",
      "",
      "Best regards,",
      "{{residentName}}",
    ),
    touchKind: "CONCRETE_ASK",
  },
  "intel-request": {
    label: "Ask about openings",
    description: "To someone well connected: ask whether they have heard of any openings in your specialty.",
    subject: "A quick question about {{specialty}} openings",
    body: lines(
      "Dear {{personName}},",
      "",
      "I hope you are well. I am still working toward a categorical position in {{specialty}}, and I know that positions sometimes come free during the year and are filled before they are ever advertised.",
      "",
      "Have you heard of any programs, here or elsewhere, that may have an opening at the PGY-1 or PGY-2 level? Even the name of a program to contact would help, and I will keep anything you tell me to myself.",
      "",
      "Thank you for thinking of me.",
      "",
      "Best wishes,",
      "{{residentName}}",
    ),
    touchKind: "CONCRETE_ASK",
  },
  "introduction-request": {
    label: "Ask for an introduction",
    description: "To a mentor who knows the program director at another program: ask for a short introduction.",
    subject: "Could you introduce me to the program director at {{programName}}?",
    body: lines(
      "Dear {{personName}},",
      "",
      "{{programName}} runs a {{specialty}} program I would very much like to join, and I understand you know the program director there. A word from someone who has seen my work would carry far more weight than a message from me alone.",
      "",
      "Could you send them a two-line note putting us in touch? I am happy to draft a short summary of my background and my year at {{institution}} that you can adapt, so it takes you only a minute.",
      "",
      "If you would rather not, that is completely fine, and I appreciate your support either way.",
      "",
      "Best regards,",
      "{{residentName}}",
    ),
    touchKind: "CONCRETE_ASK",
  },
  "opening-outreach": {
    label: "Message about an opening",
    description: "One targeted message to a program with a real opening, sent after your program director and a letter writer have agreed to back you.",
    subject: "Interest in the {{opening}} at {{programName}}",
    body: lines(
      "Dear {{personName}},",
      "",
      "Word has reached me that {{programName}} may be looking to fill a {{opening}}. I am writing to put myself forward for it.",
      "",
      "I am {{residentName}}, a preliminary resident at {{institution}}, and my goal is a career in {{specialty}}. My program director and a faculty member who supervised my clinical work have agreed to speak with you about me.",
      "",
      "My CV is attached, and my letters and evaluations can follow the same day. I would welcome a call or a meeting whenever it suits you.",
      "",
      "Thank you for your consideration.",
      "",
      "Kind regards,",
      "{{residentName}}",
    ),
    touchKind: "OTHER",
  },
  "pd-early-meeting": {
    label: "Early meeting with your program director",
    description: "In your first three months: introduce your goal and ask what they would like to see from you this year.",
    subject: "Request for a brief meeting",
    body: lines(
      "Dear {{personName}},",
      "",
      "I am {{residentName}}, one of this year's preliminary residents at {{institution}}. My goal is a categorical position in {{specialty}}, and I want to spend this year in a way that serves both the program and that goal.",
      "",
      "Could we find a short slot in your calendar over the coming month? I would value your view on what you would like to see from me this year, and on how often you would like me to report back.",
      "",
      "Thank you,",
      "{{residentName}}",
    ),
    touchKind: "INTRO_MEETING",
  },
  "pd-mid-year-update": {
    label: "Mid-year update to your program director",
    description: "Between November and January: report what you did with their advice and ask whether they would back you.",
    subject: "Mid-year update from {{residentName}}",
    body: lines(
      "Dear {{personName}},",
      "",
      "When we met earlier this year, we talked about {{topic}}. I wanted to share where things stand now: {{update}}",
      "",
      "I am still focused on a categorical position in {{specialty}}. If you have a few minutes in the coming weeks, I would welcome your advice on my next steps, and I would like to know whether you would be willing to vouch for me if a suitable position opens.",
      "",
      "Thank you for your guidance so far.",
      "",
      "Best regards,",
      "{{residentName}}",
    ),
    touchKind: "UPDATE",
  },
  "pgy2-inquiry": {
    label: "Off-cycle PGY-2 inquiry",
    description: "To a program's director or coordinator: ask whether they expect any PGY-2 vacancy, on or off the usual cycle.",
    subject: "Question about PGY-2 vacancies in {{specialty}}",
    body: lines(
      "Dear {{personName}},",
      "",
      "I am {{residentName}}, completing my intern year as a preliminary resident at {{institution}}, with my sights set on {{specialty}}. Could you tell me whether {{programName}} is expecting a PGY-2 vacancy, either off-cycle this year or for next July?",
      "",
      "If one is likely, I would appreciate knowing the best way to apply and who handles it. My CV, evaluations and letters are ready whenever they would help.",
      "",
      "Thank you for your time.",
      "",
      "Kind regards,",
      "{{residentName}}",
    ),
    touchKind: "OTHER",
  },
  "conference-follow-up": {
    label: "Follow-up after a conference",
    description: "Within a week of meeting someone at a conference: remind them of your conversation and keep the door open.",
    subject: "Following up from {{conferenceName}}",
    body: lines(
      "Dear {{personName}},",
      "",
      "Thank you for taking the time to talk with me at {{conferenceName}}. I enjoyed our conversation about {{topic}} and have been thinking about it since.",
      "",
      "I am a preliminary resident at {{institution}}, working toward a categorical position in {{specialty}}. I would be glad to stay in touch, and if you ever have 15 minutes, I would value your advice on how to become a stronger applicant.",
      "",
      "Best regards,",
      "{{residentName}}",
    ),
    touchKind: "FOLLOW_UP",
  },
};

export const OUTREACH_KEYS = Object.keys(OUTREACH_TEMPLATES) as OutreachKey[];

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** The known placeholders in a text, each once, in order of first appearance. Unknown names are ignored. */
export function outreachPlaceholders(text: string): (keyof OutreachValues)[] {
  const found: (keyof OutreachValues)[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? "";
    if (KEY_SET.has(name) && !found.includes(name as keyof OutreachValues)) found.push(name as keyof OutreachValues);
  }
  return found;
}

/**
 * Splits a template text into literal parts and missing-value parts. Present values are merged into the
 * surrounding text, so consecutive literal parts never occur and joining every part's text gives the rendered
 * string. Values are inserted as plain text: a "{{...}}" inside a value is not expanded again.
 */
function split(text: string, values: OutreachValues): OutreachPart[] {
  const parts: OutreachPart[] = [];
  let literal = "";
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? "";
    const index = match.index;
    literal += text.slice(last, index);
    last = index + match[0].length;
    if (!KEY_SET.has(name)) {
      literal += match[0];
      continue;
    }
    const key = name as keyof OutreachValues;
    const value = values[key]?.trim();
    if (value) {
      literal += value;
      continue;
    }
    if (literal) parts.push({ text: literal });
    literal = "";
    parts.push({ text: `[${OUTREACH_VALUE_LABELS[key]}]`, missing: key });
  }
  literal += text.slice(last);
  if (literal) parts.push({ text: literal });
  return parts;
}

const join = (parts: OutreachPart[]): string => parts.map((part) => part.text).join("");

/**
 * Fills a template. A missing or blank value shows as "[name]" in the subject and body, is marked in `parts`
 * (body only), and is listed once in `missing`, in template order with the subject first.
 */
export function renderOutreach(key: OutreachKey, values: OutreachValues): RenderedOutreach {
  const template = OUTREACH_TEMPLATES[key];
  const subjectParts = split(template.subject, values);
  const parts = split(template.body, values);
  const missing: (keyof OutreachValues)[] = [];
  for (const part of [...subjectParts, ...parts]) {
    if (part.missing && !missing.includes(part.missing)) missing.push(part.missing);
  }
  return { subject: join(subjectParts), body: join(parts), parts, missing };
}
