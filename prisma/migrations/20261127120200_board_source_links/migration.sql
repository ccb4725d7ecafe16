-- Source links are web pages. Anything else (javascript:, data:) saved before this check is dropped, not shown.
UPDATE "board_posts" SET "source_link" = NULL WHERE "source_link" IS NOT NULL AND "source_link" !~* '^https?://[^[:space:]]+$';
UPDATE "post_reactions" SET "source_link" = NULL WHERE "source_link" IS NOT NULL AND "source_link" !~* '^https?://[^[:space:]]+$';
ALTER TABLE "board_posts" ADD CONSTRAINT "board_posts_source_link_web" CHECK ("source_link" IS NULL OR "source_link" ~* '^https?://[^[:space:]]+$');
ALTER TABLE "post_reactions" ADD CONSTRAINT "post_reactions_source_link_web" CHECK ("source_link" IS NULL OR "source_link" ~* '^https?://[^[:space:]]+$');
