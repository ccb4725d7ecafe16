import type { EvidenceState } from "@/lib/rules/board-rules";

export const EVIDENCE_LABELS: Record<EvidenceState, string> = {
  FRESH_RUMOUR: "Rumour",
  STALE: "Stale rumour",
  CONFIRMED: "Confirmed",
  DISPUTED: "Disputed",
};

export const EVIDENCE_TONES: Record<EvidenceState, "warn" | "neutral" | "good" | "bad"> = {
  FRESH_RUMOUR: "warn",
  STALE: "neutral",
  CONFIRMED: "good",
  DISPUTED: "bad",
};
