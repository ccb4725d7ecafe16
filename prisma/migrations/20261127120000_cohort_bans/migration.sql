-- A moderator's removal is a ban from that cohort until a moderator lifts it: no invitation brings the person
-- back. Lifted bans stay as history. One active ban per person and cohort.
CREATE TABLE "cohort_bans" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "cohort_id" UUID NOT NULL,
  "user_id" UUID NOT NULL,
  "banned_by" UUID,
  "banned_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "lifted_by" UUID,
  "lifted_at" TIMESTAMPTZ(3),
  CONSTRAINT "cohort_bans_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "cohort_bans_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE,
  CONSTRAINT "cohort_bans_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
  CONSTRAINT "cohort_bans_banned_by_fkey" FOREIGN KEY ("banned_by") REFERENCES "users"("id") ON DELETE SET NULL,
  CONSTRAINT "cohort_bans_lifted_by_fkey" FOREIGN KEY ("lifted_by") REFERENCES "users"("id") ON DELETE SET NULL,
  CONSTRAINT "cohort_bans_lifted_after_ban" CHECK ("lifted_at" IS NULL OR "lifted_at" >= "banned_at")
);
CREATE UNIQUE INDEX "cohort_bans_one_active" ON "cohort_bans"("cohort_id", "user_id") WHERE "lifted_at" IS NULL;
CREATE INDEX "cohort_bans_user_id_idx" ON "cohort_bans"("user_id");

-- Joining and banning the same person in the same cohort take one transaction-scoped lock first, so a join that
-- races a removal either finishes before the ban (and the ban then deletes the membership) or sees the ban.
CREATE FUNCTION "cohort_membership_lock"("cohort" UUID, "member" UUID) RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(hashtext("cohort"::text), hashtext("member"::text));
$$;

CREATE FUNCTION "cohort_memberships_not_banned"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "cohort_membership_lock"(NEW."cohort_id", NEW."user_id");
  IF EXISTS (SELECT 1 FROM "cohort_bans" WHERE "cohort_id" = NEW."cohort_id" AND "user_id" = NEW."user_id" AND "lifted_at" IS NULL) THEN
    RAISE EXCEPTION 'banned_from_cohort' USING ERRCODE = 'check_violation', CONSTRAINT = 'cohort_memberships_not_banned';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "cohort_memberships_not_banned" BEFORE INSERT OR UPDATE OF "cohort_id", "user_id" ON "cohort_memberships"
  FOR EACH ROW EXECUTE FUNCTION "cohort_memberships_not_banned"();

CREATE FUNCTION "cohort_bans_lock"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "cohort_membership_lock"(NEW."cohort_id", NEW."user_id");
  RETURN NEW;
END;
$$;
CREATE TRIGGER "cohort_bans_lock" BEFORE INSERT OR UPDATE ON "cohort_bans"
  FOR EACH ROW EXECUTE FUNCTION "cohort_bans_lock"();

-- A banned person is never also a member, whoever writes the ban.
CREATE FUNCTION "cohort_bans_end_membership"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."lifted_at" IS NULL THEN
    DELETE FROM "cohort_memberships" WHERE "cohort_id" = NEW."cohort_id" AND "user_id" = NEW."user_id";
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "cohort_bans_end_membership" AFTER INSERT OR UPDATE ON "cohort_bans"
  FOR EACH ROW EXECUTE FUNCTION "cohort_bans_end_membership"();
