// Program vocabulary and display labels for client components. No zod here.

export const PROGRAM_TYPES = ["CATEGORICAL", "PRELIMINARY", "ADVANCED", "RESERVED"] as const;
export const VISA_SPONSORSHIPS = ["J1", "H1B", "J1_AND_H1B", "NONE", "UNKNOWN"] as const;
export const TRI_STATES = ["YES", "NO", "UNKNOWN"] as const;
export const PROGRAM_STATUSES = ["RESEARCHING", "APPLIED", "INTERVIEW_OFFERED", "INTERVIEWED", "RANKED", "MATCHED", "NOT_PURSUING"] as const;

export const PROGRAM_TYPE_LABELS: Record<(typeof PROGRAM_TYPES)[number], string> = {
  CATEGORICAL: "Categorical (C)",
  PRELIMINARY: "Preliminary or transitional (P)",
  ADVANCED: "Advanced PGY-2 (A)",
  RESERVED: "Reserved for physicians (R)",
};
export const VISA_SPONSORSHIP_LABELS: Record<(typeof VISA_SPONSORSHIPS)[number], string> = {
  J1: "J-1 only",
  H1B: "H-1B only",
  J1_AND_H1B: "J-1 and H-1B",
  NONE: "No sponsorship",
  UNKNOWN: "Unknown",
};
export const TRI_STATE_LABELS: Record<(typeof TRI_STATES)[number], string> = { YES: "Yes", NO: "No", UNKNOWN: "Unknown" };
export const PROGRAM_STATUS_LABELS: Record<(typeof PROGRAM_STATUSES)[number], string> = {
  RESEARCHING: "Researching",
  APPLIED: "Applied",
  INTERVIEW_OFFERED: "Interview offered",
  INTERVIEWED: "Interviewed",
  RANKED: "Ranked",
  MATCHED: "Matched",
  NOT_PURSUING: "Not pursuing",
};

/** What a message to a program is, in the order the season usually brings them. */
export const MESSAGE_KINDS = ["PRE_APPLICATION", "THANK_YOU", "INTEREST_UPDATE", "LETTER_OF_INTENT", "FINAL_NOTE", "REPLY", "OTHER"] as const;
