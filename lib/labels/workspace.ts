// Vocabulary and display labels for the resident's workspace. No zod or date-fns here: client components import this.

export const PERSON_ROLES = [
  "PROGRAM_DIRECTOR",
  "ASSOCIATE_PD",
  "CHIEF_RESIDENT",
  "DIVISION_CHIEF",
  "CLERKSHIP_DIRECTOR",
  "FELLOWSHIP_DIRECTOR",
  "ATTENDING",
  "SENIOR_RESIDENT",
  "CO_RESIDENT",
  "COORDINATOR",
  "STAFF",
  "EXTERNAL_PD",
  "MENTOR",
] as const;
export const INFLUENCE_TAGS = ["LETTER_WRITER", "RANK_INFLUENCE", "RESEARCH_LEAD", "KNOWS_PDS"] as const;
export const TOUCH_KINDS = ["CLINICAL_WORK", "INTRO_MEETING", "FOLLOW_UP", "CONCRETE_ASK", "THANK_YOU", "UPDATE", "OTHER"] as const;
export const TOUCH_CHANNELS = ["IN_PERSON", "EMAIL", "MEETING", "PHONE", "OTHER"] as const;
export const ASK_KINDS = ["LETTER", "INTEL", "INTRODUCTION", "ADVOCACY"] as const;
export const ASK_STATUSES = ["PLANNED", "ASKED", "AGREED", "DECLINED", "DONE"] as const;
export const GEO_STANCES = ["ANYWHERE", "PREFER_REGION", "TIED_TO_PLACE"] as const;
export const PLAN_BS = ["REAPPLY_SAME", "PIVOT", "RESEARCH_YEAR", "OTHER"] as const;
export const DECISIONS = ["UNDECIDED", "REAPPLY", "PIVOT"] as const;

export type PersonRole = (typeof PERSON_ROLES)[number];
export type InfluenceTag = (typeof INFLUENCE_TAGS)[number];
export type TouchKind = (typeof TOUCH_KINDS)[number];
export type TouchChannel = (typeof TOUCH_CHANNELS)[number];
export type AskKind = (typeof ASK_KINDS)[number];
export type AskStatus = (typeof ASK_STATUSES)[number];

export const PERSON_ROLE_LABELS: Record<PersonRole, string> = {
  PROGRAM_DIRECTOR: "Program director",
  ASSOCIATE_PD: "Associate program director",
  CHIEF_RESIDENT: "Chief resident",
  DIVISION_CHIEF: "Division chief",
  CLERKSHIP_DIRECTOR: "Clerkship director",
  FELLOWSHIP_DIRECTOR: "Fellowship director",
  ATTENDING: "Attending",
  SENIOR_RESIDENT: "Senior resident",
  CO_RESIDENT: "Co-resident",
  COORDINATOR: "Program coordinator",
  STAFF: "Nurse, therapist or other staff",
  EXTERNAL_PD: "Program director elsewhere",
  MENTOR: "Mentor",
};

export const INFLUENCE_TAG_LABELS: Record<InfluenceTag, string> = {
  LETTER_WRITER: "Strong letter writer",
  RANK_INFLUENCE: "Influences the rank list",
  RESEARCH_LEAD: "Runs research",
  KNOWS_PDS: "Knows PDs elsewhere",
};

export const TOUCH_KIND_LABELS: Record<TouchKind, string> = {
  CLINICAL_WORK: "Clinical work together",
  INTRO_MEETING: "Intro meeting",
  FOLLOW_UP: "Follow-up",
  CONCRETE_ASK: "Concrete ask",
  THANK_YOU: "Thank-you",
  UPDATE: "Update",
  OTHER: "Other",
};

export const ASK_KIND_LABELS: Record<AskKind, string> = {
  LETTER: "Letter of recommendation",
  INTEL: "Intel on openings",
  INTRODUCTION: "Introduction to another PD",
  ADVOCACY: "Advocacy if a spot opens",
};

export const GEO_STANCE_LABELS: Record<(typeof GEO_STANCES)[number], string> = {
  ANYWHERE: "Anywhere in the country",
  PREFER_REGION: "Prefer a region",
  TIED_TO_PLACE: "Tied to a city or state",
};
export const PLAN_B_LABELS: Record<(typeof PLAN_BS)[number], string> = {
  REAPPLY_SAME: "Reapply to the same specialty",
  PIVOT: "Pivot to another specialty",
  RESEARCH_YEAR: "Research year",
  OTHER: "Something else",
};
export const TOUCH_CHANNEL_LABELS: Record<TouchChannel, string> = {
  IN_PERSON: "In person",
  EMAIL: "Email",
  MEETING: "Meeting",
  PHONE: "Phone",
  OTHER: "Other",
};
export const ASK_STATUS_LABELS: Record<AskStatus, string> = {
  PLANNED: "Planned",
  ASKED: "Asked",
  AGREED: "Agreed",
  DECLINED: "Declined",
  DONE: "Done",
};
