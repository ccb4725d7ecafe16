-- Advisor invitations (single use, expiring) that become grants, and the audit detail that names programs by id
-- only (names are looked up when shown, so deleting an account leaves no program names in the append-only log).

CREATE TABLE "advisor_invitations" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "resident_id" UUID NOT NULL,
  "email" TEXT NOT NULL,
  "token_hash" TEXT NOT NULL,
  "scopes" TEXT[] NOT NULL,
  "grant_expires_at" TIMESTAMPTZ(3),
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  "accepted_at" TIMESTAMPTZ(3),
  "accepted_by" UUID,
  "revoked_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "advisor_invitations_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "advisor_invitations_token_hash_key" UNIQUE ("token_hash"),
  CONSTRAINT "advisor_invitations_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "users"("id") ON DELETE CASCADE,
  CONSTRAINT "advisor_invitations_accepted_by_fkey" FOREIGN KEY ("accepted_by") REFERENCES "users"("id") ON DELETE SET NULL,
  CONSTRAINT "advisor_invitations_email" CHECK ("email" = lower(btrim("email"))),
  CONSTRAINT "advisor_invitations_known_scopes" CHECK ("scopes" <@ ARRAY['targets', 'plan_b', 'people', 'private_notes', 'asks', 'rotations', 'programs', 'message_contents', 'loi_status']::TEXT[]),
  -- Used means accepted_at is set; accepted_by is cleared if that advisor later deletes their account.
  CONSTRAINT "advisor_invitations_single_use" CHECK ("accepted_by" IS NULL OR "accepted_at" IS NOT NULL)
);
CREATE INDEX "advisor_invitations_resident_id_idx" ON "advisor_invitations"("resident_id");
