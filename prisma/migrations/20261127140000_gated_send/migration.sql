-- Issue 14: drafts that persist, a gated send, the interview season as tasks, ranking notes and overstep records.
--
-- A message row is now written at the gated step (when the text leaves the app by mail app, copy or the app's own
-- email), as PENDING until the resident says whether they sent it. The two cycle-wide invariants (one letter of
-- intent, one first-choice program) are claimed by that row, so two tabs cannot both pass the gate; a message the
-- resident did not send (NOT_SENT) releases them.

CREATE TYPE "MessageStatus" AS ENUM ('PENDING', 'SENT', 'NOT_SENT');
CREATE TYPE "MessageChannel" AS ENUM ('MAIL_APP', 'COPY', 'APP_EMAIL');
CREATE TYPE "SeasonTaskKind" AS ENUM ('THANK_YOU', 'IMPRESSIONS', 'INTEREST_LETTER', 'FINAL_NOTE');
CREATE TYPE "OverstepKind" AS ENUM ('ASKED_RANKING', 'OFFERED_COMMITMENT', 'OTHER_PRESSURE');

ALTER TABLE "programs" ADD COLUMN "interviewer" TEXT;
ALTER TABLE "programs" ADD CONSTRAINT "programs_interviewer_length" CHECK ("interviewer" IS NULL OR length("interviewer") <= 200);

CREATE TABLE "message_drafts" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "program_id" UUID NOT NULL,
  "cycle_id" UUID NOT NULL,
  "kind" "MessageKind" NOT NULL,
  "subject" TEXT NOT NULL DEFAULT '',
  "body" TEXT NOT NULL DEFAULT '',
  -- The server's last check of this text: findings as the rules returned them, and whether any blocks the send.
  "findings" JSONB NOT NULL DEFAULT '[]',
  "blocked" BOOLEAN NOT NULL DEFAULT false,
  "checked_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "message_drafts_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "message_drafts_program_fkey" FOREIGN KEY ("program_id", "resident_id") REFERENCES "programs"("id", "resident_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "message_drafts_cycle_fkey" FOREIGN KEY ("cycle_id", "resident_id") REFERENCES "match_cycles"("id", "resident_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "message_drafts_subject_length" CHECK (length("subject") <= 300),
  CONSTRAINT "message_drafts_body_length" CHECK (length("body") <= 20000),
  CONSTRAINT "message_drafts_findings_array" CHECK (jsonb_typeof("findings") = 'array')
);
-- One draft per program and kind: reopening "the letter of intent to X" always finds the same text.
CREATE UNIQUE INDEX "message_drafts_program_kind_key" ON "message_drafts"("resident_id", "program_id", "kind");

ALTER TABLE "messages" ADD COLUMN "status" "MessageStatus" NOT NULL DEFAULT 'SENT';
ALTER TABLE "messages" ADD COLUMN "channel" "MessageChannel" NOT NULL DEFAULT 'MAIL_APP';
ALTER TABLE "messages" ADD COLUMN "recipient" TEXT;
ALTER TABLE "messages" ADD COLUMN "answered_at" TIMESTAMPTZ(3);
ALTER TABLE "messages" ADD COLUMN "draft_id" UUID;
ALTER TABLE "messages" ADD CONSTRAINT "messages_draft_fkey" FOREIGN KEY ("draft_id") REFERENCES "message_drafts"("id") ON DELETE SET NULL;
-- The app's own email always has an address and is exact: it is SENT once the mail server took it.
ALTER TABLE "messages" ADD CONSTRAINT "messages_app_email_recipient" CHECK ("channel" <> 'APP_EMAIL' OR "recipient" IS NOT NULL);
ALTER TABLE "messages" ADD CONSTRAINT "messages_recipient_length" CHECK ("recipient" IS NULL OR length("recipient") <= 320);

DROP INDEX "messages_one_letter_of_intent";
CREATE UNIQUE INDEX "messages_one_letter_of_intent" ON "messages"("resident_id", "cycle_id") WHERE "kind" = 'LETTER_OF_INTENT' AND "status" <> 'NOT_SENT';

-- A pending message becomes SENT or NOT_SENT once; a settled one never changes its answer.
CREATE FUNCTION "messages_status_transition"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" IS DISTINCT FROM OLD."status" AND OLD."status" <> 'PENDING' THEN
    RAISE EXCEPTION 'message_status_settled' USING ERRCODE = 'check_violation', CONSTRAINT = 'messages_status_settled';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "messages_status_transition" BEFORE UPDATE OF "status" ON "messages"
  FOR EACH ROW EXECUTE FUNCTION "messages_status_transition"();

-- The first-choice claim is taken by any message that is not NOT_SENT, and checked again when a status changes.
CREATE OR REPLACE FUNCTION "messages_single_first_choice"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  claimed UUID;
BEGIN
  IF NEW."claims_first_choice" AND NEW."status" <> 'NOT_SENT' THEN
    INSERT INTO "first_choice_claims" ("resident_id", "cycle_id", "program_id")
      VALUES (NEW."resident_id", NEW."cycle_id", NEW."program_id")
      ON CONFLICT ("resident_id", "cycle_id") DO NOTHING;
    SELECT "program_id" INTO claimed FROM "first_choice_claims" WHERE "resident_id" = NEW."resident_id" AND "cycle_id" = NEW."cycle_id";
    IF claimed IS DISTINCT FROM NEW."program_id" THEN
      RAISE EXCEPTION 'single_first_choice' USING ERRCODE = 'unique_violation', CONSTRAINT = 'messages_single_first_choice';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
DROP TRIGGER "messages_single_first_choice" ON "messages";
CREATE TRIGGER "messages_single_first_choice" BEFORE INSERT OR UPDATE OF "claims_first_choice", "program_id", "cycle_id", "status" ON "messages"
  FOR EACH ROW EXECUTE FUNCTION "messages_single_first_choice"();

-- A first-choice message that was not sent gives the claim back, unless another live message to that program holds it.
CREATE FUNCTION "messages_release_first_choice"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'NOT_SENT' AND OLD."status" <> 'NOT_SENT' AND OLD."claims_first_choice" THEN
    DELETE FROM "first_choice_claims" c
      WHERE c."resident_id" = OLD."resident_id" AND c."cycle_id" = OLD."cycle_id" AND c."program_id" = OLD."program_id"
        AND NOT EXISTS (
          SELECT 1 FROM "messages" m
          WHERE m."resident_id" = OLD."resident_id" AND m."cycle_id" = OLD."cycle_id" AND m."program_id" = OLD."program_id"
            AND m."claims_first_choice" AND m."status" <> 'NOT_SENT' AND m."id" <> OLD."id"
        );
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "messages_release_first_choice" AFTER UPDATE OF "status" ON "messages"
  FOR EACH ROW EXECUTE FUNCTION "messages_release_first_choice"();

-- Post-interview impressions, one note per program: what feeds the rank worksheet.
CREATE TABLE "program_impressions" (
  "program_id" UUID NOT NULL,
  "resident_id" UUID NOT NULL,
  "liked" TEXT,
  "concerns" TEXT,
  "rank_thoughts" TEXT,
  "people_met" TEXT,
  "who_to_thank" TEXT,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "program_impressions_pkey" PRIMARY KEY ("program_id"),
  CONSTRAINT "program_impressions_program_resident_key" UNIQUE ("program_id", "resident_id"),
  CONSTRAINT "program_impressions_program_fkey" FOREIGN KEY ("program_id", "resident_id") REFERENCES "programs"("id", "resident_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "program_impressions_length" CHECK (
    coalesce(length("liked"), 0) <= 4000 AND coalesce(length("concerns"), 0) <= 4000 AND coalesce(length("rank_thoughts"), 0) <= 4000
    AND coalesce(length("people_met"), 0) <= 4000 AND coalesce(length("who_to_thank"), 0) <= 4000)
);
CREATE INDEX "program_impressions_resident_idx" ON "program_impressions"("resident_id");

-- The private rank-order worksheet: one position per program per cycle, positions unique within a cycle.
CREATE TABLE "rank_entries" (
  "resident_id" UUID NOT NULL,
  "cycle_id" UUID NOT NULL,
  "program_id" UUID NOT NULL,
  "position" INTEGER NOT NULL,
  CONSTRAINT "rank_entries_pkey" PRIMARY KEY ("resident_id", "cycle_id", "program_id"),
  CONSTRAINT "rank_entries_position_key" UNIQUE ("resident_id", "cycle_id", "position"),
  CONSTRAINT "rank_entries_program_fkey" FOREIGN KEY ("program_id", "resident_id") REFERENCES "programs"("id", "resident_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "rank_entries_cycle_fkey" FOREIGN KEY ("cycle_id", "resident_id") REFERENCES "match_cycles"("id", "resident_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "rank_entries_position_positive" CHECK ("position" >= 1)
);

-- Interview-season tasks are derived; only "I don't need this one" is stored. A task is one kind for one program's
-- interview, so a rescheduled interview brings its tasks back.
CREATE TABLE "season_task_dismissals" (
  "resident_id" UUID NOT NULL,
  "program_id" UUID NOT NULL,
  "kind" "SeasonTaskKind" NOT NULL,
  "interview_date" DATE NOT NULL,
  "dismissed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "season_task_dismissals_pkey" PRIMARY KEY ("resident_id", "program_id", "kind", "interview_date"),
  CONSTRAINT "season_task_dismissals_program_fkey" FOREIGN KEY ("program_id", "resident_id") REFERENCES "programs"("id", "resident_id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- When a program oversteps (seed 002): it asked where the resident will rank it, or offered a commitment. Kept as
-- the resident recorded it, quoted, to take to an advisor or the NRMP.
CREATE TABLE "program_oversteps" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "program_id" UUID NOT NULL,
  "occurred_on" DATE NOT NULL,
  "kind" "OverstepKind" NOT NULL,
  "said" TEXT NOT NULL,
  "who" TEXT,
  "notes" TEXT,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "program_oversteps_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "program_oversteps_program_fkey" FOREIGN KEY ("program_id", "resident_id") REFERENCES "programs"("id", "resident_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "program_oversteps_said_length" CHECK (length(btrim("said")) BETWEEN 1 AND 4000),
  CONSTRAINT "program_oversteps_who_length" CHECK ("who" IS NULL OR length("who") <= 200),
  CONSTRAINT "program_oversteps_notes_length" CHECK ("notes" IS NULL OR length("notes") <= 4000)
);
CREATE INDEX "program_oversteps_resident_program_idx" ON "program_oversteps"("resident_id", "program_id", "occurred_on");
