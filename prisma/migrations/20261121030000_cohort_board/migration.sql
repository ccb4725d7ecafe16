-- Cohort intel board: invitations, posts graded by evidence, reactions (confirm, dispute, interest), one level of
-- comments, flags with automatic hiding, edit history, and notifications. Live updates use NOTIFY on
-- channel board_events, so every app instance hears every change.

CREATE TYPE "PostKind" AS ENUM ('OPENING', 'LEADERSHIP_CHANGE', 'AFFILIATE_POSITIONS', 'VACANCY_SOAP_INTEL', 'OTHER');
CREATE TYPE "OpeningLevel" AS ENUM ('CATEGORICAL_PGY1', 'PGY2', 'ADVANCED');
CREATE TYPE "EvidenceKind" AS ENUM ('RUMOUR', 'CONFIRMED');
CREATE TYPE "SourceType" AS ENUM ('COORDINATOR_OR_PD_EMAIL', 'PROGRAM_WEBSITE', 'FREIDA_OR_VACANCY_LISTING', 'FACULTY_IN_PERSON');
CREATE TYPE "PostStatus" AS ENUM ('VISIBLE', 'HIDDEN', 'REMOVED');
CREATE TYPE "ReactionKind" AS ENUM ('CONFIRM', 'DISPUTE', 'INTEREST');
CREATE TYPE "FlagReason" AS ENUM ('ABOUT_A_PERSON', 'FALSE', 'OFF_TOPIC', 'DUPLICATE');

ALTER TABLE "cohorts" ADD COLUMN "created_by" UUID REFERENCES "users"("id") ON DELETE SET NULL;

CREATE TABLE "cohort_invites" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "cohort_id" UUID NOT NULL,
  "token_hash" TEXT NOT NULL,
  "created_by" UUID,
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  "max_uses" INTEGER NOT NULL,
  "uses" INTEGER NOT NULL DEFAULT 0,
  "revoked_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "cohort_invites_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "cohort_invites_token_hash_key" UNIQUE ("token_hash"),
  CONSTRAINT "cohort_invites_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE,
  CONSTRAINT "cohort_invites_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL,
  -- The invite's use count can never pass its limit, however many people join at once.
  CONSTRAINT "cohort_invites_uses_within_max" CHECK ("uses" >= 0 AND "uses" <= "max_uses"),
  CONSTRAINT "cohort_invites_max_uses_range" CHECK ("max_uses" BETWEEN 1 AND 500)
);
CREATE INDEX "cohort_invites_cohort_id_idx" ON "cohort_invites"("cohort_id");

CREATE TABLE "board_posts" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "cohort_id" UUID NOT NULL,
  "author_id" UUID,
  "kind" "PostKind" NOT NULL,
  "opening_level" "OpeningLevel",
  "specialty" TEXT,
  "program_name" TEXT NOT NULL DEFAULT '',
  "institution" TEXT NOT NULL DEFAULT '',
  "location" TEXT NOT NULL DEFAULT '',
  "pgy_level" TEXT,
  "expected_start" TEXT,
  "title" TEXT NOT NULL,
  "body" TEXT NOT NULL,
  "evidence_kind" "EvidenceKind" NOT NULL,
  "heard_on" DATE,
  "heard_how" TEXT,
  "source_type" "SourceType",
  "confirmed_on" DATE,
  "source_link" TEXT,
  "acknowledged_person_warning" BOOLEAN NOT NULL DEFAULT false,
  "status" "PostStatus" NOT NULL DEFAULT 'VISIBLE',
  "confirm_count" INTEGER NOT NULL DEFAULT 0,
  "dispute_count" INTEGER NOT NULL DEFAULT 0,
  "interest_count" INTEGER NOT NULL DEFAULT 0,
  "comment_count" INTEGER NOT NULL DEFAULT 0,
  "flag_count" INTEGER NOT NULL DEFAULT 0,
  "last_confirmed_at" TIMESTAMPTZ(3),
  "hidden_at" TIMESTAMPTZ(3),
  "edited_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "search" TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
    setweight(to_tsvector('english', coalesce("program_name", '') || ' ' || coalesce("institution", '') || ' ' || coalesce("location", '')), 'B') ||
    setweight(to_tsvector('english', coalesce("body", '')), 'C')
  ) STORED,
  CONSTRAINT "board_posts_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "board_posts_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE,
  -- A deleted account leaves its posts as "former member", so the board's history stays whole.
  CONSTRAINT "board_posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL,
  CONSTRAINT "board_posts_names_a_place" CHECK (length(btrim("program_name")) > 0 OR length(btrim("institution")) > 0),
  CONSTRAINT "board_posts_title_length" CHECK (length(btrim("title")) BETWEEN 1 AND 120),
  CONSTRAINT "board_posts_body_length" CHECK (length(btrim("body")) BETWEEN 1 AND 4000),
  CONSTRAINT "board_posts_opening_level" CHECK ("kind" <> 'OPENING' OR "opening_level" IS NOT NULL),
  CONSTRAINT "board_posts_confirmed_has_source" CHECK ("evidence_kind" <> 'CONFIRMED' OR ("source_type" IS NOT NULL AND "confirmed_on" IS NOT NULL)),
  CONSTRAINT "board_posts_rumour_has_date" CHECK ("evidence_kind" <> 'RUMOUR' OR ("heard_on" IS NOT NULL AND length(btrim(coalesce("heard_how", ''))) > 0)),
  CONSTRAINT "board_posts_counts" CHECK ("confirm_count" >= 0 AND "dispute_count" >= 0 AND "interest_count" >= 0 AND "comment_count" >= 0 AND "flag_count" >= 0)
);
-- Keyset pagination: newest first within a cohort.
CREATE INDEX "board_posts_cohort_created_idx" ON "board_posts"("cohort_id", "created_at" DESC, "id" DESC);
CREATE INDEX "board_posts_search_idx" ON "board_posts" USING GIN ("search");
CREATE INDEX "board_posts_author_id_idx" ON "board_posts"("author_id");

CREATE TABLE "post_revisions" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "post_id" UUID NOT NULL,
  "editor_id" UUID,
  "previous" JSONB NOT NULL,
  "edited_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "post_revisions_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "post_revisions_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "board_posts"("id") ON DELETE CASCADE,
  CONSTRAINT "post_revisions_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE SET NULL
);
CREATE INDEX "post_revisions_post_id_idx" ON "post_revisions"("post_id", "edited_at");

CREATE TABLE "post_reactions" (
  "post_id" UUID NOT NULL,
  "user_id" UUID NOT NULL,
  "kind" "ReactionKind" NOT NULL,
  "reason" TEXT,
  "source_type" "SourceType",
  "source_link" TEXT,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "post_reactions_pkey" PRIMARY KEY ("post_id", "user_id", "kind"),
  CONSTRAINT "post_reactions_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "board_posts"("id") ON DELETE CASCADE,
  CONSTRAINT "post_reactions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
  CONSTRAINT "post_reactions_dispute_reason" CHECK ("kind" <> 'DISPUTE' OR length(btrim(coalesce("reason", ''))) > 0)
);
CREATE INDEX "post_reactions_user_id_idx" ON "post_reactions"("user_id");

-- Nobody confirms their own post.
CREATE FUNCTION "post_reactions_not_own_confirm"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."kind" = 'CONFIRM' AND EXISTS (SELECT 1 FROM "board_posts" WHERE "id" = NEW."post_id" AND "author_id" = NEW."user_id") THEN
    RAISE EXCEPTION 'own_post_confirm' USING ERRCODE = 'check_violation', CONSTRAINT = 'post_reactions_not_own_confirm';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "post_reactions_not_own_confirm" BEFORE INSERT OR UPDATE ON "post_reactions"
  FOR EACH ROW EXECUTE FUNCTION "post_reactions_not_own_confirm"();

CREATE TABLE "post_comments" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "post_id" UUID NOT NULL,
  "author_id" UUID,
  "parent_id" UUID,
  "body" TEXT NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "post_comments_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "post_comments_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "board_posts"("id") ON DELETE CASCADE,
  CONSTRAINT "post_comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL,
  CONSTRAINT "post_comments_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "post_comments"("id") ON DELETE CASCADE,
  CONSTRAINT "post_comments_body_length" CHECK (length(btrim("body")) BETWEEN 1 AND 2000)
);
CREATE INDEX "post_comments_post_id_idx" ON "post_comments"("post_id", "created_at");

-- Comments have one level of replies: a reply's parent is a top-level comment on the same post.
CREATE FUNCTION "post_comments_one_level"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."parent_id" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "post_comments" WHERE "id" = NEW."parent_id" AND "post_id" = NEW."post_id" AND "parent_id" IS NULL
  ) THEN
    RAISE EXCEPTION 'comment_depth' USING ERRCODE = 'check_violation', CONSTRAINT = 'post_comments_one_level';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "post_comments_one_level" BEFORE INSERT OR UPDATE ON "post_comments"
  FOR EACH ROW EXECUTE FUNCTION "post_comments_one_level"();

CREATE TABLE "post_flags" (
  "post_id" UUID NOT NULL,
  "user_id" UUID NOT NULL,
  "reason" "FlagReason" NOT NULL,
  "note" TEXT,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "post_flags_pkey" PRIMARY KEY ("post_id", "user_id"),
  CONSTRAINT "post_flags_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "board_posts"("id") ON DELETE CASCADE,
  CONSTRAINT "post_flags_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
);

CREATE TABLE "notifications" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "user_id" UUID NOT NULL,
  "kind" TEXT NOT NULL,
  "message" TEXT NOT NULL,
  "cohort_id" UUID,
  "post_id" UUID,
  "read_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "notifications_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
  CONSTRAINT "notifications_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE,
  CONSTRAINT "notifications_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "board_posts"("id") ON DELETE CASCADE
);
CREATE INDEX "notifications_user_unread_idx" ON "notifications"("user_id", "created_at" DESC) WHERE "read_at" IS NULL;
