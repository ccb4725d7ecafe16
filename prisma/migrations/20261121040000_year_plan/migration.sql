-- Resident workspace II: rotations with their attendings and prompts, PD touchpoints, phases marked done, manual
-- running-log rows, the private calendar feed, and the weekly digest preference.

CREATE TYPE "TouchpointStatus" AS ENUM ('PLANNED', 'DONE', 'SKIPPED');

ALTER TABLE "users" ADD COLUMN "digest_enabled" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "users" ADD COLUMN "last_digest_at" TIMESTAMPTZ(3);

CREATE TABLE "rotations" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "starts_on" DATE NOT NULL,
  "ends_on" DATE NOT NULL,
  "service" TEXT NOT NULL,
  "site" TEXT,
  "notes" TEXT,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "rotations_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "rotations_id_resident_key" UNIQUE ("id", "resident_id"),
  CONSTRAINT "rotations_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE,
  CONSTRAINT "rotations_dates" CHECK ("ends_on" >= "starts_on" AND "ends_on" - "starts_on" <= 92),
  CONSTRAINT "rotations_service_length" CHECK (length(btrim("service")) BETWEEN 1 AND 120)
);
CREATE INDEX "rotations_resident_starts_idx" ON "rotations"("resident_id", "starts_on");

CREATE TABLE "rotation_attendings" (
  "rotation_id" UUID NOT NULL,
  "person_id" UUID NOT NULL,
  "resident_id" UUID NOT NULL,
  CONSTRAINT "rotation_attendings_pkey" PRIMARY KEY ("rotation_id", "person_id"),
  CONSTRAINT "rotation_attendings_rotation_fkey" FOREIGN KEY ("rotation_id", "resident_id") REFERENCES "rotations"("id", "resident_id") ON DELETE CASCADE,
  CONSTRAINT "rotation_attendings_person_fkey" FOREIGN KEY ("person_id", "resident_id") REFERENCES "people"("id", "resident_id") ON DELETE CASCADE
);
CREATE INDEX "rotation_attendings_person_idx" ON "rotation_attendings"("person_id");

CREATE TABLE "rotation_prompt_completions" (
  "rotation_id" UUID NOT NULL,
  "resident_id" UUID NOT NULL,
  "prompt_key" TEXT NOT NULL,
  "completed_on" DATE NOT NULL,
  "touch_id" UUID,
  CONSTRAINT "rotation_prompt_completions_pkey" PRIMARY KEY ("rotation_id", "prompt_key"),
  CONSTRAINT "rotation_prompt_completions_rotation_fkey" FOREIGN KEY ("rotation_id", "resident_id") REFERENCES "rotations"("id", "resident_id") ON DELETE CASCADE,
  CONSTRAINT "rotation_prompt_completions_touch_fkey" FOREIGN KEY ("touch_id") REFERENCES "touches"("id") ON DELETE SET NULL,
  CONSTRAINT "rotation_prompt_completions_key" CHECK ("prompt_key" IN ('before', 'week-one', 'end'))
);

CREATE TABLE "pd_touchpoints" (
  "resident_id" UUID NOT NULL,
  "key" TEXT NOT NULL,
  "status" "TouchpointStatus" NOT NULL DEFAULT 'PLANNED',
  "on_date" DATE,
  "notes" TEXT,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "pd_touchpoints_pkey" PRIMARY KEY ("resident_id", "key"),
  CONSTRAINT "pd_touchpoints_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE,
  CONSTRAINT "pd_touchpoints_key" CHECK ("key" IN ('early', 'mid-year', 'pre-soap')),
  CONSTRAINT "pd_touchpoints_done_dated" CHECK ("status" <> 'DONE' OR "on_date" IS NOT NULL)
);

CREATE TABLE "phase_completions" (
  "resident_id" UUID NOT NULL,
  "phase_key" TEXT NOT NULL,
  "done_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "phase_completions_pkey" PRIMARY KEY ("resident_id", "phase_key"),
  CONSTRAINT "phase_completions_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE,
  CONSTRAINT "phase_completions_key" CHECK ("phase_key" IN ('decide', 'meet', 'build', 'finalize', 'statement', 'submit'))
);

CREATE TABLE "log_entries" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "occurred_on" DATE NOT NULL,
  "service" TEXT,
  "faculty" TEXT,
  "action" TEXT NOT NULL,
  "next_step" TEXT,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "log_entries_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "log_entries_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE,
  CONSTRAINT "log_entries_action_length" CHECK (length(btrim("action")) BETWEEN 1 AND 500)
);
CREATE INDEX "log_entries_resident_occurred_idx" ON "log_entries"("resident_id", "occurred_on");

CREATE TABLE "calendar_feeds" (
  "resident_id" UUID NOT NULL,
  "token_hash" TEXT NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "calendar_feeds_pkey" PRIMARY KEY ("resident_id"),
  CONSTRAINT "calendar_feeds_token_hash_key" UNIQUE ("token_hash"),
  CONSTRAINT "calendar_feeds_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE
);
