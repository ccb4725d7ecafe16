// The query plans of the paged lists (docs/performance.md, section 4): a throwaway embedded PostgreSQL in
// .data/explain-pg, 200 residents with a few hundred rows of each list, optionally (--heavy) one resident with 30
// times as many, then EXPLAIN (ANALYZE, BUFFERS) of page 2 of each list as the DAL asks for it, for a random
// resident (the heavy one with --heavy). Run: `npx tsx scripts/bench/explain-lists.ts`.
import path from "node:path";
import { rmSync } from "node:fs";
import pg from "pg";
import { ROOT, migrateDatabase, openDatabase } from "../lib/launch";

const log = (l: string) => console.error(l);
async function main() {
  const dataDir = path.join(ROOT, ".data", "explain-pg");
  rmSync(dataDir, { recursive: true, force: true });
  const db = await openDatabase({ dataDir, databaseName: "explain", fastUnsafe: true, log });
  await migrateDatabase(db.url, log);
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  const R = 200;
  await c.query(`
    INSERT INTO users (id, email, name, role) SELECT gen_random_uuid(), 'r'||i||'@example.org', 'R '||i, 'RESIDENT' FROM generate_series(1,${R}) i;
    INSERT INTO resident_profiles (user_id, track, program_name, institution, program_start_date, is_img, visa_status)
      SELECT id, 'PRELIM_MEDICINE', 'Prelim', 'General', '2026-07-01', true, 'J1' FROM users;
    INSERT INTO people (id, resident_id, name, role) SELECT gen_random_uuid(), u.id, 'Dr '||i, 'ATTENDING' FROM users u, generate_series(1,100) i;
    INSERT INTO meetings (id, resident_id, person_id, kind, status, scheduled_on, completed_on)
      SELECT gen_random_uuid(), p.resident_id, p.id, 'INTRO', s.st::"MeetingStatus", date '2026-07-01' + (random()*300)::int,
             CASE WHEN s.st = 'DONE' THEN date '2026-07-01' ELSE NULL END
      FROM people p, (VALUES ('PLANNED'), ('DONE'), ('CANCELLED')) s(st);
    INSERT INTO asks (id, resident_id, person_id, kind, status, asked_on)
      SELECT gen_random_uuid(), p.resident_id, p.id, k.k::"AskKind", 'DECLINED', '2026-08-01'
      FROM people p, (VALUES ('LETTER'), ('INTEL')) k(k);
    INSERT INTO programs (id, resident_id, name, institution, specialty, program_type)
      SELECT gen_random_uuid(), u.id, 'Program '||i, 'General', 'neurology', 'CATEGORICAL' FROM users u, generate_series(1,150) i;
    INSERT INTO projects (id, resident_id, title, kind) SELECT gen_random_uuid(), u.id, 'P'||i, 'QI_PROJECT' FROM users u, generate_series(1,150) i;
    INSERT INTO feedback_quotes (id, resident_id, person_id, received_on, quote)
      SELECT gen_random_uuid(), p.resident_id, p.id, date '2026-07-01' + (random()*300)::int, 'Great work '||g FROM people p, generate_series(1,2) g;
    ANALYZE;
  `);
  // --heavy: one resident with 30x the rows of the others (3000 people, 9000 meetings, 4500 programs...).
  const rid = (await c.query(`SELECT id FROM users ORDER BY random() LIMIT 1`)).rows[0].id as string;
  if (process.argv.includes("--heavy")) {
    await c.query(`INSERT INTO people (id, resident_id, name, role) SELECT gen_random_uuid(), $1, 'Dr H '||i, 'ATTENDING' FROM generate_series(1,3000) i`, [
      rid,
    ]);
    await c.query(`
      INSERT INTO meetings (id, resident_id, person_id, kind, status, scheduled_on, completed_on)
        SELECT gen_random_uuid(), p.resident_id, p.id, 'INTRO', s.st::"MeetingStatus", date '2026-07-01' + (random()*300)::int,
               CASE WHEN s.st = 'DONE' THEN date '2026-07-01' ELSE NULL END
        FROM people p, (VALUES ('PLANNED'), ('DONE'), ('CANCELLED')) s(st) WHERE p.name LIKE 'Dr H %';
      INSERT INTO asks (id, resident_id, person_id, kind, status, asked_on)
        SELECT gen_random_uuid(), p.resident_id, p.id, 'LETTER', 'DECLINED', '2026-08-01' FROM people p WHERE p.name LIKE 'Dr H %';
      INSERT INTO programs (id, resident_id, name, institution, specialty, program_type)
        SELECT gen_random_uuid(), '${rid}', 'Program H '||i, 'General', 'neurology', 'CATEGORICAL' FROM generate_series(1,4500) i;
      INSERT INTO projects (id, resident_id, title, kind) SELECT gen_random_uuid(), '${rid}', 'PH'||i, 'QI_PROJECT' FROM generate_series(1,4500) i;
      INSERT INTO feedback_quotes (id, resident_id, person_id, received_on, quote)
        SELECT gen_random_uuid(), p.resident_id, p.id, date '2026-07-01' + (random()*300)::int, 'Great H' FROM people p WHERE p.name LIKE 'Dr H %';
      ANALYZE;
    `);
  }
  const q = async (label: string, sql: string) => {
    const r = await c.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, [rid]);
    console.log(`\n== ${label}\n` + r.rows.map((x) => x["QUERY PLAN"]).join("\n"));
  };
  const counts = (
    await c.query(
      `SELECT (SELECT count(*) FROM meetings) m, (SELECT count(*) FROM asks) a, (SELECT count(*) FROM programs) p, (SELECT count(*) FROM projects) pr, (SELECT count(*) FROM feedback_quotes) f`,
    )
  ).rows[0];
  console.log("rows:", counts);
  await q(
    "meetings DONE page 2",
    `SELECT id FROM meetings WHERE resident_id = $1 AND status = 'DONE' ORDER BY scheduled_on DESC, created_at DESC, id DESC LIMIT 50 OFFSET 50`,
  );
  await q("meetings groupBy status", `SELECT status, count(*) FROM meetings WHERE resident_id = $1 GROUP BY status`);
  await q("asks page 2", `SELECT id FROM asks WHERE resident_id = $1 ORDER BY status ASC, created_at DESC, id ASC LIMIT 50 OFFSET 50`);
  await q("programs page 2", `SELECT id FROM programs WHERE resident_id = $1 ORDER BY name ASC, id ASC LIMIT 50 OFFSET 50`);
  await q("projects page 2", `SELECT id FROM projects WHERE resident_id = $1 ORDER BY created_at DESC, id DESC LIMIT 50 OFFSET 50`);
  await q("quotes page 2", `SELECT id FROM feedback_quotes WHERE resident_id = $1 ORDER BY received_on DESC, created_at DESC, id DESC LIMIT 50 OFFSET 50`);
  await c.end();
  await db.embedded?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
