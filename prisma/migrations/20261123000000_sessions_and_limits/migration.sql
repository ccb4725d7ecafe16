-- Server-side sessions (docs/decisions/0010-revocable-sessions.md). The session cookie stays a next-auth JWT, and
-- it now names one of these rows: a request is signed in only while its row exists and has not expired, so
-- signing out, a password reset and "sign out everywhere" take effect on the next request.

CREATE TABLE "sessions" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "user_id" UUID NOT NULL,
  -- What the browser said it was at sign-in, cut to a length worth showing; only for the user's own list.
  "user_agent" TEXT NOT NULL DEFAULT '',
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "sessions_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
  CONSTRAINT "sessions_user_agent_length" CHECK (length("user_agent") <= 512),
  CONSTRAINT "sessions_expires_after_creation" CHECK ("expires_at" > "created_at")
);
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- Sign-in throttle per account (the address typed, whether or not an account uses it). Each password attempt is
-- counted here before the password is checked, in one conditional upsert, so concurrent guesses cannot slip past
-- the count. The first attempts are free; from the fifth on, each one sets a wait that doubles (1 s, 2 s, 4 s ...,
-- at most 15 minutes) before the next may be checked. A success deletes the row; a day of quiet starts it over.
-- A growing wait replaces the old hard lock, which let anyone lock an owner out for 15 minutes with 5 guesses.
CREATE TABLE "sign_in_throttles" (
  "account_key" TEXT NOT NULL,
  "attempts" INTEGER NOT NULL,
  -- NULL: the next attempt may come at once.
  "next_attempt_at" TIMESTAMPTZ(3),
  "updated_at" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "sign_in_throttles_pkey" PRIMARY KEY ("account_key"),
  CONSTRAINT "sign_in_throttles_attempts_positive" CHECK ("attempts" > 0)
);

-- Open board event streams, so one member cannot hold hundreds (each holds a connection's worth of server work).
-- Shared by every app process; a stream refreshes seen_at with its heartbeat, so rows left by a process that died
-- stop counting after a minute and a half.
CREATE TABLE "board_streams" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "user_id" UUID NOT NULL,
  "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "board_streams_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "board_streams_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
);
CREATE INDEX "board_streams_user_id_idx" ON "board_streams"("user_id");

-- Sign-ups waiting for their address to be confirmed. Sign-up answers the same whether or not the address already
-- has an account (the owner gets an email instead), so the account is created only when the emailed link is used.
-- Only a SHA-256 of the link's token is stored; the password is already hashed.
CREATE TABLE "pending_sign_ups" (
  "token_hash" TEXT NOT NULL,
  "email" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "password_hash" TEXT NOT NULL,
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  "used_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "pending_sign_ups_pkey" PRIMARY KEY ("token_hash"),
  CONSTRAINT "pending_sign_ups_email" CHECK ("email" = lower(btrim("email")))
);
CREATE INDEX "pending_sign_ups_email_idx" ON "pending_sign_ups"("email");
