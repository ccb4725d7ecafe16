-- Foundation: users, resident profiles, cohorts, advisor grants, the append-only audit log,
-- sign-in tokens and the shared rate-limit store.

CREATE TYPE "UserRole" AS ENUM ('RESIDENT', 'ADVISOR');
CREATE TYPE "Track" AS ENUM ('PRELIM_MEDICINE', 'PRELIM_SURGERY', 'TRANSITIONAL_YEAR', 'APPLICANT');
CREATE TYPE "VisaStatus" AS ENUM ('US_CITIZEN_OR_PR', 'J1', 'H1B', 'F1_OPT', 'OTHER', 'NEEDS_SPONSORSHIP');
CREATE TYPE "CohortRole" AS ENUM ('MEMBER', 'MODERATOR');
CREATE TYPE "TokenPurpose" AS ENUM ('MAGIC_LINK', 'PASSWORD_RESET');

CREATE TABLE "users" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "email" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "password_hash" TEXT,
  "role" "UserRole",
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
  -- Emails are stored normalised so the unique index is case-insensitive in effect.
  CONSTRAINT "users_email_normalised" CHECK ("email" = lower(btrim("email")) AND length("email") BETWEEN 3 AND 254),
  CONSTRAINT "users_name_length" CHECK (length(btrim("name")) BETWEEN 1 AND 120)
);
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

CREATE TABLE "resident_profiles" (
  "user_id" UUID NOT NULL,
  "track" "Track" NOT NULL,
  "program_name" TEXT NOT NULL,
  "institution" TEXT NOT NULL,
  "program_start_date" DATE NOT NULL,
  "is_img" BOOLEAN NOT NULL,
  "visa_status" "VisaStatus" NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "resident_profiles_pkey" PRIMARY KEY ("user_id"),
  CONSTRAINT "resident_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "cohorts" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "name" TEXT NOT NULL,
  "program_name" TEXT NOT NULL,
  "institution" TEXT NOT NULL,
  "year" INTEGER NOT NULL,
  "track" "Track" NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "cohorts_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "cohorts_year_range" CHECK ("year" BETWEEN 2000 AND 2100)
);

CREATE TABLE "cohort_memberships" (
  "cohort_id" UUID NOT NULL,
  "user_id" UUID NOT NULL,
  "role" "CohortRole" NOT NULL DEFAULT 'MEMBER',
  "joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "cohort_memberships_pkey" PRIMARY KEY ("cohort_id", "user_id"),
  CONSTRAINT "cohort_memberships_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "cohort_memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "cohort_memberships_user_id_idx" ON "cohort_memberships"("user_id");

CREATE TABLE "advisor_grants" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "advisor_id" UUID NOT NULL,
  "scopes" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  "expires_at" TIMESTAMPTZ(3),
  "revoked_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "advisor_grants_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "advisor_grants_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "advisor_grants_advisor_id_fkey" FOREIGN KEY ("advisor_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "advisor_grants_not_self" CHECK ("resident_id" <> "advisor_id"),
  CONSTRAINT "advisor_grants_known_scopes" CHECK ("scopes" <@ ARRAY['targets', 'plan_b', 'people', 'private_notes', 'asks', 'rotations', 'programs', 'message_contents', 'loi_status']::TEXT[])
);
CREATE INDEX "advisor_grants_advisor_id_idx" ON "advisor_grants"("advisor_id");
-- One live grant per resident and advisor: changing scopes updates it, revoking ends it.
CREATE UNIQUE INDEX "advisor_grants_one_live" ON "advisor_grants"("resident_id", "advisor_id") WHERE "revoked_at" IS NULL;

CREATE TABLE "audit_events" (
  "id" BIGSERIAL NOT NULL,
  "actor_id" UUID,
  "subject_user_id" UUID,
  "action" TEXT NOT NULL,
  "section" TEXT,
  "detail" JSONB NOT NULL DEFAULT '{}',
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "audit_events_subject_user_id_created_at_idx" ON "audit_events"("subject_user_id", "created_at");

-- The audit log is append-only for everyone, the app's own role included.
CREATE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "audit_events_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"();
CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_append_only"();

CREATE TABLE "auth_tokens" (
  "token_hash" TEXT NOT NULL,
  "user_id" UUID NOT NULL,
  "purpose" "TokenPurpose" NOT NULL,
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  "used_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "auth_tokens_pkey" PRIMARY KEY ("token_hash"),
  CONSTRAINT "auth_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "auth_tokens_user_id_idx" ON "auth_tokens"("user_id");

-- Store for rate-limiter-flexible's RateLimiterPostgres (shared by every app instance).
CREATE TABLE "rate_limits" (
  "key" VARCHAR(255) NOT NULL,
  "points" INTEGER NOT NULL DEFAULT 0,
  "expire" BIGINT,
  CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);
