-- Programs, match cycles and pre-match messages, with the two cycle-wide honesty invariants enforced here:
-- one letter of intent per resident and cycle, and first-choice claims to one program per resident and cycle.

CREATE TYPE "ProgramType" AS ENUM ('CATEGORICAL', 'PRELIMINARY', 'ADVANCED', 'RESERVED');
CREATE TYPE "VisaSponsorship" AS ENUM ('J1', 'H1B', 'J1_AND_H1B', 'NONE', 'UNKNOWN');
CREATE TYPE "TriState" AS ENUM ('YES', 'NO', 'UNKNOWN');
CREATE TYPE "ProgramStatus" AS ENUM ('RESEARCHING', 'APPLIED', 'INTERVIEW_OFFERED', 'INTERVIEWED', 'RANKED', 'MATCHED', 'NOT_PURSUING');
CREATE TYPE "MessageKind" AS ENUM ('PRE_APPLICATION', 'THANK_YOU', 'INTEREST_UPDATE', 'LETTER_OF_INTENT', 'FINAL_NOTE', 'REPLY', 'OTHER');

-- Typical calendars, as data. Each resident gets an editable copy of a cycle the first time they use it.
CREATE TABLE "match_cycle_defaults" (
  "name" TEXT NOT NULL,
  "applications_open" DATE NOT NULL,
  "rank_list_deadline" DATE NOT NULL,
  "match_week_monday" DATE NOT NULL,
  "soap_end" DATE NOT NULL,
  "match_day" DATE NOT NULL,
  "training_start" DATE NOT NULL,
  CONSTRAINT "match_cycle_defaults_pkey" PRIMARY KEY ("name")
);
INSERT INTO "match_cycle_defaults" VALUES
  ('2026 Match', '2025-06-04', '2026-03-04', '2026-03-16', '2026-03-19', '2026-03-20', '2026-07-01'),
  ('2027 Match', '2026-06-03', '2027-03-03', '2027-03-15', '2027-03-18', '2027-03-19', '2027-07-01');

CREATE TABLE "match_cycles" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "name" TEXT NOT NULL,
  "applications_open" DATE NOT NULL,
  "rank_list_deadline" DATE NOT NULL,
  "match_week_monday" DATE NOT NULL,
  "soap_end" DATE NOT NULL,
  "match_day" DATE NOT NULL,
  "training_start" DATE NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "match_cycles_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "match_cycles_id_resident_key" UNIQUE ("id", "resident_id"),
  CONSTRAINT "match_cycles_resident_name_key" UNIQUE ("resident_id", "name"),
  CONSTRAINT "match_cycles_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "match_cycles_order" CHECK ("applications_open" < "rank_list_deadline" AND "rank_list_deadline" < "match_week_monday"
    AND "match_week_monday" <= "soap_end" AND "soap_end" <= "match_day" AND "match_day" < "training_start")
);

CREATE TABLE "programs" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "name" TEXT NOT NULL,
  "institution" TEXT NOT NULL,
  "city" TEXT,
  "state" TEXT,
  "specialty" TEXT,
  "nrmp_code" TEXT,
  "program_type" "ProgramType" NOT NULL DEFAULT 'CATEGORICAL',
  "participates_in_match" BOOLEAN NOT NULL DEFAULT true,
  "visa_sponsorship" "VisaSponsorship" NOT NULL DEFAULT 'UNKNOWN',
  "img_friendly" "TriState" NOT NULL DEFAULT 'UNKNOWN',
  "post_interview_communication" "TriState" NOT NULL DEFAULT 'UNKNOWN',
  "status" "ProgramStatus" NOT NULL DEFAULT 'RESEARCHING',
  "interview_date" DATE,
  "soap_contact_on" DATE,
  "notes" TEXT,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "programs_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "programs_id_resident_key" UNIQUE ("id", "resident_id"),
  CONSTRAINT "programs_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "programs_name_length" CHECK (length(btrim("name")) BETWEEN 1 AND 200),
  -- NRMP program codes look like 1234140C0: a 9-character code whose 8th character is the type letter.
  CONSTRAINT "programs_nrmp_code_format" CHECK ("nrmp_code" IS NULL OR "nrmp_code" ~ '^[0-9]{7}[CPAR][0-9]$')
);
CREATE UNIQUE INDEX "programs_resident_nrmp_code_key" ON "programs"("resident_id", "nrmp_code") WHERE "nrmp_code" IS NOT NULL;
CREATE INDEX "programs_resident_id_name_idx" ON "programs"("resident_id", "name");

CREATE TABLE "messages" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "program_id" UUID NOT NULL,
  "cycle_id" UUID NOT NULL,
  "kind" "MessageKind" NOT NULL,
  "subject" TEXT NOT NULL,
  "body" TEXT NOT NULL,
  "sent_at" TIMESTAMPTZ(3) NOT NULL,
  "claims_first_choice" BOOLEAN NOT NULL DEFAULT false,
  "confirmed_warnings" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "messages_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "messages_program_fkey" FOREIGN KEY ("program_id", "resident_id") REFERENCES "programs"("id", "resident_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "messages_cycle_fkey" FOREIGN KEY ("cycle_id", "resident_id") REFERENCES "match_cycles"("id", "resident_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "messages_subject_length" CHECK (length("subject") <= 300),
  CONSTRAINT "messages_body_length" CHECK (length("body") BETWEEN 1 AND 20000),
  -- A letter of intent is itself a first-choice statement.
  CONSTRAINT "messages_loi_claims_first_choice" CHECK ("kind" <> 'LETTER_OF_INTENT' OR "claims_first_choice")
);
CREATE INDEX "messages_resident_cycle_sent_idx" ON "messages"("resident_id", "cycle_id", "sent_at");
CREATE INDEX "messages_program_id_sent_at_idx" ON "messages"("program_id", "sent_at");
-- One letter of intent per resident and match cycle.
CREATE UNIQUE INDEX "messages_one_letter_of_intent" ON "messages"("resident_id", "cycle_id") WHERE "kind" = 'LETTER_OF_INTENT';

-- First-choice claims go to one program per resident and cycle. The claim row's primary key serialises
-- concurrent claims; the trigger refuses a claim to a second program.
CREATE TABLE "first_choice_claims" (
  "resident_id" UUID NOT NULL,
  "cycle_id" UUID NOT NULL,
  "program_id" UUID NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "first_choice_claims_pkey" PRIMARY KEY ("resident_id", "cycle_id"),
  CONSTRAINT "first_choice_claims_program_fkey" FOREIGN KEY ("program_id", "resident_id") REFERENCES "programs"("id", "resident_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "first_choice_claims_cycle_fkey" FOREIGN KEY ("cycle_id", "resident_id") REFERENCES "match_cycles"("id", "resident_id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE FUNCTION "messages_single_first_choice"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  claimed UUID;
BEGIN
  IF NEW."claims_first_choice" THEN
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
CREATE TRIGGER "messages_single_first_choice" BEFORE INSERT OR UPDATE OF "claims_first_choice", "program_id", "cycle_id" ON "messages"
  FOR EACH ROW EXECUTE FUNCTION "messages_single_first_choice"();
