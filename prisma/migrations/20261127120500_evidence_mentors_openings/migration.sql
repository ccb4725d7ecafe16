-- Evidence, mentors and openings: projects and feedback worth quoting (attached to people and rotations), the brag
-- sheet a letter writer gets, the mentorship board, the opening playbook started from a board post, the off-cycle
-- watchlist, and the path chosen when a resident pivots.
-- Optional links use composite foreign keys with ON DELETE SET NULL (column): the link can never point at another
-- resident's record, and deleting the record it points at clears only the link.

CREATE TYPE "ProjectKind" AS ENUM ('QI_PROJECT', 'POSTER', 'ABSTRACT', 'CASE_REPORT', 'TEACHING_SESSION', 'RESEARCH', 'PRESENTATION', 'OTHER');
CREATE TYPE "ProjectStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'SUBMITTED', 'COMPLETED', 'DROPPED');
CREATE TYPE "FeedbackSource" AS ENUM ('IN_PERSON', 'EMAIL', 'WRITTEN_EVALUATION', 'OTHER');
CREATE TYPE "MentorRole" AS ENUM ('CLINICAL', 'CAREER', 'RESEARCH', 'NEAR_PEER', 'UPPER_LEVEL');
CREATE TYPE "WatchSource" AS ENUM ('FREIDA', 'PROGRAM_WEBSITE', 'COHORT_BOARD', 'LISTSERV', 'COORDINATOR');

-- A pivot says from what and to which path; those fields exist only while the decision is PIVOT.
ALTER TABLE "targets" ADD COLUMN "pivot_from" TEXT;
ALTER TABLE "targets" ADD COLUMN "pivot_path" TEXT;
ALTER TABLE "targets" ADD CONSTRAINT "targets_pivot_fields" CHECK ("decision" = 'PIVOT' OR ("pivot_from" IS NULL AND "pivot_path" IS NULL));
ALTER TABLE "targets" ADD CONSTRAINT "targets_pivot_path_length" CHECK ("pivot_path" IS NULL OR length(btrim("pivot_path")) BETWEEN 1 AND 200);

-- Lets a playbook point at the resident's own asks only.
ALTER TABLE "asks" ADD CONSTRAINT "asks_id_resident_key" UNIQUE ("id", "resident_id");

CREATE TABLE "projects" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "title" TEXT NOT NULL,
  "kind" "ProjectKind" NOT NULL,
  "status" "ProjectStatus" NOT NULL DEFAULT 'PLANNED',
  "goal" TEXT,
  "specialty" TEXT,
  "mentor_id" UUID,
  "rotation_id" UUID,
  "output" TEXT,
  "output_url" TEXT,
  "started_on" DATE,
  "target_on" DATE,
  "completed_on" DATE,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "projects_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "projects_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE,
  CONSTRAINT "projects_mentor_fkey" FOREIGN KEY ("mentor_id", "resident_id") REFERENCES "people"("id", "resident_id") ON DELETE SET NULL ("mentor_id"),
  CONSTRAINT "projects_rotation_fkey" FOREIGN KEY ("rotation_id", "resident_id") REFERENCES "rotations"("id", "resident_id") ON DELETE SET NULL ("rotation_id"),
  CONSTRAINT "projects_title_length" CHECK (length(btrim("title")) BETWEEN 1 AND 200),
  CONSTRAINT "projects_goal_length" CHECK ("goal" IS NULL OR length("goal") <= 1000),
  CONSTRAINT "projects_output_length" CHECK ("output" IS NULL OR length("output") <= 500),
  CONSTRAINT "projects_output_url" CHECK ("output_url" IS NULL OR ("output_url" ~* '^https?://' AND length("output_url") <= 2000)),
  CONSTRAINT "projects_completed_dated" CHECK (("status" = 'COMPLETED') = ("completed_on" IS NOT NULL)),
  CONSTRAINT "projects_dates" CHECK (("started_on" IS NULL OR "completed_on" IS NULL OR "completed_on" >= "started_on") AND ("started_on" IS NULL OR "target_on" IS NULL OR "target_on" >= "started_on"))
);
CREATE INDEX "projects_resident_created_idx" ON "projects"("resident_id", "created_at");
CREATE INDEX "projects_mentor_idx" ON "projects"("mentor_id");

CREATE TABLE "feedback_quotes" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "person_id" UUID NOT NULL,
  "rotation_id" UUID,
  "received_on" DATE NOT NULL,
  "quote" TEXT NOT NULL,
  "context" TEXT,
  "source" "FeedbackSource" NOT NULL DEFAULT 'IN_PERSON',
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "feedback_quotes_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "feedback_quotes_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE,
  CONSTRAINT "feedback_quotes_person_fkey" FOREIGN KEY ("person_id", "resident_id") REFERENCES "people"("id", "resident_id") ON DELETE CASCADE,
  CONSTRAINT "feedback_quotes_rotation_fkey" FOREIGN KEY ("rotation_id", "resident_id") REFERENCES "rotations"("id", "resident_id") ON DELETE SET NULL ("rotation_id"),
  CONSTRAINT "feedback_quotes_quote_length" CHECK (length(btrim("quote")) BETWEEN 1 AND 1500),
  CONSTRAINT "feedback_quotes_context_length" CHECK ("context" IS NULL OR length("context") <= 300)
);
CREATE INDEX "feedback_quotes_resident_received_idx" ON "feedback_quotes"("resident_id", "received_on");
CREATE INDEX "feedback_quotes_person_idx" ON "feedback_quotes"("person_id");
-- The same words from the same person on the same day are one quote, however often the form is sent.
CREATE UNIQUE INDEX "feedback_quotes_same_quote_key" ON "feedback_quotes"("resident_id", "person_id", "received_on", md5("quote"));

CREATE TABLE "brag_sheets" (
  "resident_id" UUID NOT NULL,
  "cv_url" TEXT,
  "cv_notes" TEXT,
  "statement_draft" TEXT,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "brag_sheets_pkey" PRIMARY KEY ("resident_id"),
  CONSTRAINT "brag_sheets_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE,
  CONSTRAINT "brag_sheets_cv_url" CHECK ("cv_url" IS NULL OR ("cv_url" ~* '^https?://' AND length("cv_url") <= 2000)),
  CONSTRAINT "brag_sheets_cv_notes_length" CHECK ("cv_notes" IS NULL OR length("cv_notes") <= 4000),
  CONSTRAINT "brag_sheets_statement_length" CHECK ("statement_draft" IS NULL OR length("statement_draft") <= 20000)
);

CREATE TABLE "mentor_assignments" (
  "resident_id" UUID NOT NULL,
  "person_id" UUID NOT NULL,
  "role" "MentorRole" NOT NULL,
  "strong_yes" BOOLEAN NOT NULL DEFAULT false,
  "note" TEXT,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "mentor_assignments_pkey" PRIMARY KEY ("resident_id", "role", "person_id"),
  CONSTRAINT "mentor_assignments_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE,
  CONSTRAINT "mentor_assignments_person_fkey" FOREIGN KEY ("person_id", "resident_id") REFERENCES "people"("id", "resident_id") ON DELETE CASCADE,
  -- "Strong yes" is the standing of an upper-level resident's opinion; it means nothing for the other roles.
  CONSTRAINT "mentor_assignments_strong_yes" CHECK ("role" = 'UPPER_LEVEL' OR NOT "strong_yes"),
  CONSTRAINT "mentor_assignments_note_length" CHECK ("note" IS NULL OR length("note") <= 300)
);
CREATE INDEX "mentor_assignments_person_idx" ON "mentor_assignments"("person_id");

CREATE TABLE "opening_playbooks" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "post_id" UUID NOT NULL,
  "eligibility_checked_on" DATE,
  "eligibility_note" TEXT,
  "pd_ask_id" UUID,
  "writer_ask_id" UUID,
  "program_id" UUID,
  "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "opening_playbooks_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "opening_playbooks_resident_post_key" UNIQUE ("resident_id", "post_id"),
  CONSTRAINT "opening_playbooks_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE,
  CONSTRAINT "opening_playbooks_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "board_posts"("id") ON DELETE CASCADE,
  CONSTRAINT "opening_playbooks_pd_ask_fkey" FOREIGN KEY ("pd_ask_id", "resident_id") REFERENCES "asks"("id", "resident_id") ON DELETE SET NULL ("pd_ask_id"),
  CONSTRAINT "opening_playbooks_writer_ask_fkey" FOREIGN KEY ("writer_ask_id", "resident_id") REFERENCES "asks"("id", "resident_id") ON DELETE SET NULL ("writer_ask_id"),
  CONSTRAINT "opening_playbooks_program_fkey" FOREIGN KEY ("program_id", "resident_id") REFERENCES "programs"("id", "resident_id") ON DELETE SET NULL ("program_id"),
  -- The PD and a letter writer are two backers; one ask cannot stand for both.
  CONSTRAINT "opening_playbooks_two_backers" CHECK ("pd_ask_id" IS NULL OR "writer_ask_id" IS NULL OR "pd_ask_id" <> "writer_ask_id"),
  CONSTRAINT "opening_playbooks_note_length" CHECK ("eligibility_note" IS NULL OR length("eligibility_note") <= 1000)
);
CREATE INDEX "opening_playbooks_post_idx" ON "opening_playbooks"("post_id");

CREATE TABLE "watched_programs" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "name" TEXT NOT NULL,
  "institution" TEXT,
  "specialty" TEXT,
  "url" TEXT,
  "sources" "WatchSource"[] NOT NULL DEFAULT ARRAY[]::"WatchSource"[],
  "cadence_days" INTEGER NOT NULL DEFAULT 14,
  "last_checked_on" DATE,
  "notes" TEXT,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "watched_programs_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "watched_programs_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE,
  CONSTRAINT "watched_programs_name_length" CHECK (length(btrim("name")) BETWEEN 1 AND 200),
  CONSTRAINT "watched_programs_institution_length" CHECK ("institution" IS NULL OR length("institution") <= 200),
  CONSTRAINT "watched_programs_url" CHECK ("url" IS NULL OR ("url" ~* '^https?://' AND length("url") <= 2000)),
  CONSTRAINT "watched_programs_cadence" CHECK ("cadence_days" IN (7, 14, 30)),
  CONSTRAINT "watched_programs_sources" CHECK (cardinality("sources") <= 5),
  CONSTRAINT "watched_programs_notes_length" CHECK ("notes" IS NULL OR length("notes") <= 2000)
);
CREATE INDEX "watched_programs_resident_idx" ON "watched_programs"("resident_id");
-- One watch per program: the same name at the same institution, however it is capitalised.
CREATE UNIQUE INDEX "watched_programs_resident_name_key" ON "watched_programs"("resident_id", lower(btrim("name")), lower(btrim(coalesce("institution", ''))));
