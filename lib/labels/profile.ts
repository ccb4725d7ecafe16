// Resident profile vocabulary for client components. No zod here.

export const TRACKS = ["PRELIM_MEDICINE", "PRELIM_SURGERY", "TRANSITIONAL_YEAR", "APPLICANT"] as const;
export const TRACK_LABELS: Record<(typeof TRACKS)[number], string> = {
  PRELIM_MEDICINE: "Preliminary medicine",
  PRELIM_SURGERY: "Preliminary surgery",
  TRANSITIONAL_YEAR: "Transitional year",
  APPLICANT: "Applicant (not yet in a program)",
};
export const VISA_STATUSES = ["US_CITIZEN_OR_PR", "J1", "H1B", "F1_OPT", "NEEDS_SPONSORSHIP", "OTHER"] as const;
export const VISA_LABELS: Record<(typeof VISA_STATUSES)[number], string> = {
  US_CITIZEN_OR_PR: "US citizen or permanent resident",
  J1: "J-1 visa",
  H1B: "H-1B visa",
  F1_OPT: "F-1 / OPT",
  NEEDS_SPONSORSHIP: "Will need visa sponsorship",
  OTHER: "Other",
};
