-- Resident workspace I: targets and their history, the networking map (people, A-list), touches, meetings with
-- action items, and asks (letters among them).

CREATE TYPE "GeoStance" AS ENUM ('ANYWHERE', 'PREFER_REGION', 'TIED_TO_PLACE');
CREATE TYPE "PlanB" AS ENUM ('REAPPLY_SAME', 'PIVOT', 'RESEARCH_YEAR', 'OTHER');
CREATE TYPE "Decision" AS ENUM ('UNDECIDED', 'REAPPLY', 'PIVOT');
CREATE TYPE "TargetField" AS ENUM ('SPECIALTY', 'STANCE');
CREATE TYPE "PersonRole" AS ENUM ('PROGRAM_DIRECTOR', 'ASSOCIATE_PD', 'CHIEF_RESIDENT', 'DIVISION_CHIEF', 'CLERKSHIP_DIRECTOR', 'FELLOWSHIP_DIRECTOR', 'ATTENDING', 'SENIOR_RESIDENT', 'CO_RESIDENT', 'COORDINATOR', 'STAFF', 'EXTERNAL_PD', 'MENTOR');
CREATE TYPE "TouchKind" AS ENUM ('CLINICAL_WORK', 'INTRO_MEETING', 'FOLLOW_UP', 'CONCRETE_ASK', 'THANK_YOU', 'UPDATE', 'OTHER');
CREATE TYPE "TouchChannel" AS ENUM ('IN_PERSON', 'EMAIL', 'MEETING', 'PHONE', 'OTHER');
CREATE TYPE "MeetingKind" AS ENUM ('INTRO', 'ADVICE');
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'DONE', 'CANCELLED');
CREATE TYPE "ActionItemStatus" AS ENUM ('OPEN', 'DONE', 'DROPPED');
CREATE TYPE "AskKind" AS ENUM ('LETTER', 'INTEL', 'INTRODUCTION', 'ADVOCACY');
CREATE TYPE "AskStatus" AS ENUM ('PLANNED', 'ASKED', 'AGREED', 'DECLINED', 'DONE');

CREATE TABLE "targets" (
  "resident_id" UUID NOT NULL,
  "specialty" TEXT NOT NULL,
  "specialty_other" TEXT,
  "geo_stance" "GeoStance" NOT NULL,
  "geo_detail" TEXT,
  "plan_b" "PlanB",
  "plan_b_detail" TEXT,
  "decision" "Decision" NOT NULL DEFAULT 'UNDECIDED',
  "decided_at" TIMESTAMPTZ(3),
  "unsuccessful_cycles" INTEGER NOT NULL DEFAULT 0,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "targets_pkey" PRIMARY KEY ("resident_id"),
  CONSTRAINT "targets_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "targets_cycles_range" CHECK ("unsuccessful_cycles" BETWEEN 0 AND 20),
  CONSTRAINT "targets_other_named" CHECK ("specialty" <> 'other' OR length(btrim(coalesce("specialty_other", ''))) > 0),
  CONSTRAINT "targets_geo_detail" CHECK ("geo_stance" = 'ANYWHERE' OR length(btrim(coalesce("geo_detail", ''))) > 0),
  CONSTRAINT "targets_decided_at" CHECK (("decision" = 'UNDECIDED') = ("decided_at" IS NULL))
);

CREATE TABLE "target_changes" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "field" "TargetField" NOT NULL,
  "from_value" TEXT,
  "to_value" TEXT NOT NULL,
  "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "target_changes_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "target_changes_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "target_changes_resident_id_changed_at_idx" ON "target_changes"("resident_id", "changed_at");

CREATE TABLE "people" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "name" TEXT NOT NULL,
  "role" "PersonRole" NOT NULL,
  "specialty" TEXT,
  "department" TEXT,
  "institution" TEXT,
  "email" TEXT,
  "tags" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  "how_we_met" TEXT,
  "personal_note" TEXT,
  "private_notes" TEXT,
  "is_a_list" BOOLEAN NOT NULL DEFAULT false,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "people_pkey" PRIMARY KEY ("id"),
  -- (id, resident_id) lets child rows reference a person *of the same resident* (composite foreign keys below).
  CONSTRAINT "people_id_resident_key" UNIQUE ("id", "resident_id"),
  CONSTRAINT "people_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident_profiles"("user_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "people_name_length" CHECK (length(btrim("name")) BETWEEN 1 AND 120),
  CONSTRAINT "people_known_tags" CHECK ("tags" <@ ARRAY['LETTER_WRITER', 'RANK_INFLUENCE', 'RESEARCH_LEAD', 'KNOWS_PDS']::TEXT[])
);
CREATE INDEX "people_resident_id_name_idx" ON "people"("resident_id", "name");
CREATE INDEX "people_resident_id_a_list_idx" ON "people"("resident_id") WHERE "is_a_list";

-- The A-list holds at most 7 people. Locking the resident's profile row serialises concurrent changes, so two
-- requests cannot both add the 7th.
CREATE FUNCTION "people_a_list_cap"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  current_count INTEGER;
BEGIN
  IF NEW."is_a_list" AND (TG_OP = 'INSERT' OR NOT OLD."is_a_list") THEN
    PERFORM 1 FROM "resident_profiles" WHERE "user_id" = NEW."resident_id" FOR UPDATE;
    SELECT count(*) INTO current_count FROM "people" WHERE "resident_id" = NEW."resident_id" AND "is_a_list" AND "id" <> NEW."id";
    IF current_count >= 7 THEN
      RAISE EXCEPTION 'a_list_cap' USING ERRCODE = 'check_violation', CONSTRAINT = 'people_a_list_cap';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "people_a_list_cap" BEFORE INSERT OR UPDATE OF "is_a_list" ON "people"
  FOR EACH ROW EXECUTE FUNCTION "people_a_list_cap"();

CREATE TABLE "touches" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "person_id" UUID NOT NULL,
  "kind" "TouchKind" NOT NULL,
  "channel" "TouchChannel" NOT NULL DEFAULT 'IN_PERSON',
  "occurred_on" DATE NOT NULL,
  "ends_on" DATE,
  "notes" TEXT,
  "awaiting_reply" BOOLEAN NOT NULL DEFAULT false,
  "reply_received_on" DATE,
  "follow_up_days" INTEGER NOT NULL DEFAULT 7,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "touches_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "touches_person_fkey" FOREIGN KEY ("person_id", "resident_id") REFERENCES "people"("id", "resident_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "touches_follow_up_days" CHECK ("follow_up_days" BETWEEN 7 AND 10),
  CONSTRAINT "touches_ends_after_start" CHECK ("ends_on" IS NULL OR "ends_on" >= "occurred_on"),
  CONSTRAINT "touches_awaiting_reply_by_email" CHECK (NOT "awaiting_reply" OR "channel" = 'EMAIL')
);
CREATE INDEX "touches_resident_id_person_id_occurred_on_idx" ON "touches"("resident_id", "person_id", "occurred_on");

CREATE TABLE "meetings" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "person_id" UUID NOT NULL,
  "kind" "MeetingKind" NOT NULL,
  "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
  "scheduled_on" DATE NOT NULL,
  "prep_cv" BOOLEAN NOT NULL DEFAULT false,
  "prep_goals" BOOLEAN NOT NULL DEFAULT false,
  "prep_questions" BOOLEAN NOT NULL DEFAULT false,
  "questions" TEXT,
  "advice" TEXT,
  "completed_on" DATE,
  "report_back_on" DATE,
  "reported_back_on" DATE,
  "touch_id" UUID,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "meetings_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "meetings_id_resident_key" UNIQUE ("id", "resident_id"),
  CONSTRAINT "meetings_person_fkey" FOREIGN KEY ("person_id", "resident_id") REFERENCES "people"("id", "resident_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "meetings_touch_id_fkey" FOREIGN KEY ("touch_id") REFERENCES "touches"("id") ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT "meetings_touch_id_key" UNIQUE ("touch_id"),
  CONSTRAINT "meetings_done_has_date" CHECK (("status" = 'DONE') = ("completed_on" IS NOT NULL))
);
CREATE INDEX "meetings_resident_id_scheduled_on_idx" ON "meetings"("resident_id", "scheduled_on");

CREATE TABLE "action_items" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "meeting_id" UUID NOT NULL,
  "text" TEXT NOT NULL,
  "status" "ActionItemStatus" NOT NULL DEFAULT 'OPEN',
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "action_items_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "action_items_meeting_fkey" FOREIGN KEY ("meeting_id", "resident_id") REFERENCES "meetings"("id", "resident_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "action_items_text_length" CHECK (length(btrim("text")) BETWEEN 1 AND 500)
);
CREATE INDEX "action_items_meeting_id_idx" ON "action_items"("meeting_id");

CREATE TABLE "asks" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "person_id" UUID NOT NULL,
  "kind" "AskKind" NOT NULL,
  "status" "AskStatus" NOT NULL DEFAULT 'PLANNED',
  "planned_on" DATE,
  "asked_on" DATE,
  "responded_on" DATE,
  "from_prelim_year" BOOLEAN NOT NULL DEFAULT true,
  "notes" TEXT,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "asks_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "asks_person_fkey" FOREIGN KEY ("person_id", "resident_id") REFERENCES "people"("id", "resident_id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "asks_asked_date" CHECK ("status" = 'PLANNED' OR "asked_on" IS NOT NULL)
);
CREATE INDEX "asks_resident_id_person_id_idx" ON "asks"("resident_id", "person_id");
