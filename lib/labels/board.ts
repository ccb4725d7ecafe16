// Board vocabulary for client components. No zod here.

export const OPENING_LEVELS = ["CATEGORICAL_PGY1", "PGY2", "ADVANCED"] as const;
export const OPENING_LEVEL_LABELS: Record<(typeof OPENING_LEVELS)[number], string> = {
  CATEGORICAL_PGY1: "Categorical PGY-1",
  PGY2: "PGY-2",
  ADVANCED: "Advanced",
};
