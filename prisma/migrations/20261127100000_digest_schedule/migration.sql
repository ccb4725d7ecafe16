-- The weekly digest goes out on the weekday and hour each resident chooses, in their own time zone, and only from the
-- first such moment after they chose it (digest_scheduled_at). Without a choice nothing is sent.

ALTER TABLE "users"
  ADD COLUMN "digest_weekday" SMALLINT,
  ADD COLUMN "digest_hour" SMALLINT,
  ADD COLUMN "time_zone" TEXT,
  ADD COLUMN "digest_scheduled_at" TIMESTAMPTZ(3);

ALTER TABLE "users"
  ADD CONSTRAINT "users_digest_weekday_range" CHECK ("digest_weekday" BETWEEN 0 AND 6),
  ADD CONSTRAINT "users_digest_hour_range" CHECK ("digest_hour" BETWEEN 0 AND 23),
  ADD CONSTRAINT "users_time_zone_length" CHECK (char_length("time_zone") BETWEEN 1 AND 64),
  -- A schedule is all four values or none.
  ADD CONSTRAINT "users_digest_schedule_whole" CHECK (
    ("digest_weekday" IS NULL) = ("digest_hour" IS NULL)
    AND ("digest_weekday" IS NULL) = ("time_zone" IS NULL)
    AND ("digest_weekday" IS NULL) = ("digest_scheduled_at" IS NULL)
  );
