-- The touches of a resident's people by an index-only scan (docs/performance.md, "Covering index on touches").
--
-- The dashboard, the people page and the due items read every touch of a resident's 20 people through
-- (resident_id, person_id, occurred_on) and then fetched each row from the table: a resident who logs a touch a day
-- has each touch on its own heap page (about 100 pages for 100 touches), which is what missed shared buffers at 10x
-- data. The same index, now carrying the other columns those reads select (TOUCH_SELECT in
-- lib/server/people/person-insights.ts), answers them from its own pages, one or two per resident; the heap is
-- visited only for rows written since the last vacuum. Notes and created_at are not included: no list reads them.
--
-- Replaced under the same name, so prisma/schema.prisma's @@index([residentId, personId, occurredOn]) still names it
-- (Prisma cannot declare INCLUDE columns). Built without CONCURRENTLY because the migration runner applies each
-- migration in one transaction: writes to touches wait while it builds (0.17 s for 200,000 touches here).
DROP INDEX "touches_resident_id_person_id_occurred_on_idx";
CREATE INDEX "touches_resident_id_person_id_occurred_on_idx" ON "touches" ("resident_id", "person_id", "occurred_on")
  INCLUDE ("id", "kind", "channel", "ends_on", "awaiting_reply", "reply_received_on", "follow_up_days");
