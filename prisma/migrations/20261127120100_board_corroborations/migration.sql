-- "I heard it too" is corroboration, not confirmation: only a confirmation naming a source counts as one.
ALTER TABLE "board_posts" ADD COLUMN "corroboration_count" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "board_posts" ADD CONSTRAINT "board_posts_corroboration_count" CHECK ("corroboration_count" >= 0);
UPDATE "board_posts" p SET
  "confirm_count" = (SELECT count(*) FROM "post_reactions" r WHERE r."post_id" = p."id" AND r."kind" = 'CONFIRM' AND r."source_type" IS NOT NULL),
  "corroboration_count" = (SELECT count(*) FROM "post_reactions" r WHERE r."post_id" = p."id" AND r."kind" = 'CONFIRM' AND r."source_type" IS NULL);
