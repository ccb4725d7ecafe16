// Board vocabulary for client components. No zod and no rule code here.

export const POST_KINDS = ["OPENING", "LEADERSHIP_CHANGE", "AFFILIATE_POSITIONS", "VACANCY_SOAP_INTEL", "OTHER"] as const;
/** Levels of an OPENING post. */
export const OPENING_LEVELS = ["CATEGORICAL_PGY1", "PGY2", "ADVANCED"] as const;
export const SOURCE_TYPES = ["COORDINATOR_OR_PD_EMAIL", "PROGRAM_WEBSITE", "FREIDA_OR_VACANCY_LISTING", "FACULTY_IN_PERSON"] as const;
export const FLAG_REASONS = ["ABOUT_A_PERSON", "FALSE", "OFF_TOPIC", "DUPLICATE"] as const;

export type PostKind = (typeof POST_KINDS)[number];
export type OpeningLevel = (typeof OPENING_LEVELS)[number];
export type SourceType = (typeof SOURCE_TYPES)[number];
export type FlagReason = (typeof FLAG_REASONS)[number];

export const SOURCE_LABELS: Record<SourceType, string> = {
  COORDINATOR_OR_PD_EMAIL: "Email from the program coordinator or PD",
  PROGRAM_WEBSITE: "Program website",
  FREIDA_OR_VACANCY_LISTING: "FREIDA or another vacancy listing",
  FACULTY_IN_PERSON: "Told in person by faculty",
};

export const POST_KIND_LABELS: Record<PostKind, string> = {
  OPENING: "Opening (categorical or advanced)",
  LEADERSHIP_CHANGE: "Program leadership change",
  AFFILIATE_POSITIONS: "New positions at an affiliate",
  VACANCY_SOAP_INTEL: "SOAP or vacancy intel",
  OTHER: "Other",
};

export const FLAG_REASON_LABELS: Record<FlagReason, string> = {
  ABOUT_A_PERSON: "It is about a person, not a position",
  FALSE: "It is not true",
  OFF_TOPIC: "It does not belong on the board",
  DUPLICATE: "Another post already covers it",
};

export const OPENING_LEVEL_LABELS: Record<OpeningLevel, string> = {
  CATEGORICAL_PGY1: "Categorical PGY-1",
  PGY2: "PGY-2",
  ADVANCED: "Advanced",
};
