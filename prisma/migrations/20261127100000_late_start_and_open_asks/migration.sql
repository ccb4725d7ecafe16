-- When a resident arrived, the late-start plan they tick off, and one open ask per person and kind.

-- The day the resident started using Prelim Scout: due dates never fall before it, and a resident who arrives after
-- the first eight weeks of the program year gets the late-start plan. NULL means "with the program from its start"
-- (profiles made by hand or by tools). Existing residents arrived when their account was made.
ALTER TABLE "resident_profiles" ADD COLUMN "joined_on" DATE;
UPDATE "resident_profiles" p SET "joined_on" = (u."created_at" AT TIME ZONE 'UTC')::date FROM "users" u WHERE u."id" = p."user_id";

CREATE TABLE "late_start_steps" (
  "resident_id" UUID NOT NULL,
  "step_key" TEXT NOT NULL,
  "done_on" DATE NOT NULL,
  CONSTRAINT "late_start_steps_pkey" PRIMARY KEY ("resident_id", "step_key"),
  CONSTRAINT "late_start_steps_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE,
  CONSTRAINT "late_start_steps_key" CHECK ("step_key" IN ('pick-faculty', 'see-pd', 'hold-meetings', 'ask-support', 'secure-letters'))
);

-- Double submissions of the ask form left identical open asks. Before the rule can hold, merge each set of open
-- asks of one kind to one person into its most recently updated row (the others' notes are kept on it), then drop
-- the rest. Closed asks (declined, done) are history and stay as they are.
WITH ranked AS (
  SELECT "id", "resident_id", "person_id", "kind", "notes",
         row_number() OVER (PARTITION BY "resident_id", "person_id", "kind" ORDER BY "updated_at" DESC, "created_at" DESC, "id") AS rn
  FROM "asks" WHERE "status" IN ('PLANNED', 'ASKED', 'AGREED')
), extra_notes AS (
  SELECT k."id", string_agg(r."notes", E'\n' ORDER BY r.rn) AS notes
  FROM ranked k JOIN ranked r ON r."resident_id" = k."resident_id" AND r."person_id" = k."person_id" AND r."kind" = k."kind" AND r.rn > 1
  WHERE k.rn = 1 AND r."notes" IS NOT NULL AND r."notes" IS DISTINCT FROM k."notes"
  GROUP BY k."id"
)
UPDATE "asks" a SET "notes" = concat_ws(E'\n', a."notes", e.notes) FROM extra_notes e WHERE a."id" = e."id";
DELETE FROM "asks" a USING (
  SELECT "id", row_number() OVER (PARTITION BY "resident_id", "person_id", "kind" ORDER BY "updated_at" DESC, "created_at" DESC, "id") AS rn
  FROM "asks" WHERE "status" IN ('PLANNED', 'ASKED', 'AGREED')
) d WHERE a."id" = d."id" AND d.rn > 1;

CREATE UNIQUE INDEX "asks_open_person_kind_key" ON "asks"("resident_id", "person_id", "kind") WHERE "status" IN ('PLANNED', 'ASKED', 'AGREED');
