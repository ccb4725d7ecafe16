// Vocabulary and display labels for projects, feedback, the mentorship board, the opening playbook and the
// watchlist. No zod here: client components import this.

export const PROJECT_KINDS = ["QI_PROJECT", "POSTER", "ABSTRACT", "CASE_REPORT", "TEACHING_SESSION", "RESEARCH", "PRESENTATION", "OTHER"] as const;
export const PROJECT_STATUSES = ["PLANNED", "IN_PROGRESS", "SUBMITTED", "COMPLETED", "DROPPED"] as const;
export const FEEDBACK_SOURCES = ["IN_PERSON", "EMAIL", "WRITTEN_EVALUATION", "OTHER"] as const;
export const MENTOR_ROLES = ["CLINICAL", "CAREER", "RESEARCH", "NEAR_PEER", "UPPER_LEVEL"] as const;
export const WATCH_SOURCES = ["FREIDA", "PROGRAM_WEBSITE", "COHORT_BOARD", "LISTSERV", "COORDINATOR"] as const;
export const WATCH_CADENCES = [7, 14, 30] as const;

export type ProjectKind = (typeof PROJECT_KINDS)[number];
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];
export type MentorRole = (typeof MENTOR_ROLES)[number];
export type WatchSource = (typeof WATCH_SOURCES)[number];
export type WatchCadence = (typeof WATCH_CADENCES)[number];

export const PROJECT_KIND_LABELS: Record<ProjectKind, string> = {
  QI_PROJECT: "Quality-improvement project",
  POSTER: "Poster",
  ABSTRACT: "Abstract",
  CASE_REPORT: "Case report",
  TEACHING_SESSION: "Teaching session",
  RESEARCH: "Research or chart review",
  PRESENTATION: "Talk or presentation",
  OTHER: "Other",
};

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  SUBMITTED: "Submitted",
  COMPLETED: "Completed",
  DROPPED: "Dropped",
};

export const FEEDBACK_SOURCE_LABELS: Record<FeedbackSource, string> = {
  IN_PERSON: "Said in person",
  EMAIL: "In an email",
  WRITTEN_EVALUATION: "Written evaluation",
  OTHER: "Other",
};

export const MENTOR_ROLE_LABELS: Record<MentorRole, string> = {
  CLINICAL: "Clinical mentor",
  CAREER: "Career mentor",
  RESEARCH: "Research mentor",
  NEAR_PEER: "Near-peer mentor",
  UPPER_LEVEL: "Upper-level resident",
};

export const WATCH_SOURCE_LABELS: Record<WatchSource, string> = {
  FREIDA: "FREIDA listing",
  PROGRAM_WEBSITE: "Program website (open or vacant positions)",
  COHORT_BOARD: "Your cohort board",
  LISTSERV: "Specialty listserv or forum",
  COORDINATOR: "Email to the program coordinator",
};

export const WATCH_CADENCE_LABELS: Record<WatchCadence, string> = {
  7: "Every week",
  14: "Every two weeks",
  30: "Every month",
};
