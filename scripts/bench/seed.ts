// Set-based seeding for the benchmark: every row comes from generate_series in a handful of INSERT ... SELECT
// statements per batch of residents. Ids are md5-derived UUIDs of (kind, numbers), so the benchmark can name any
// resident, cohort, person, program or post without reading it back.
import { createHash } from "node:crypto";
import type pg from "pg";

export const MEMBERS_PER_COHORT = 20;
export const PEOPLE_PER_RESIDENT = 20;
export const A_LIST_PER_RESIDENT = 5;
export const TOUCHES_PER_RESIDENT = 100;
export const PROGRAMS_PER_RESIDENT = 5;
export const MESSAGES_PER_PROGRAM = 3;
export const POSTS_PER_COHORT = 200;

/**
 * A version-4-shaped UUID from md5(key): the version nibble set to 4 and the variant to 10xx, so the app's zod
 * uuid() checks accept it. The same as uuidSql(key) in PostgreSQL.
 */
export function benchUuid(key: string): string {
  const h = createHash("md5").update(key).digest("hex");
  const v = `${h.slice(0, 12)}4${h.slice(13, 16)}8${h.slice(17)}`;
  return `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20)}`;
}

/** SQL for benchUuid of a text expression. */
function uuidSql(keyExpr: string): string {
  return `overlay(overlay(md5(${keyExpr}) placing '4' from 13) placing '8' from 17)::uuid`;
}
export const residentId = (n: number) => benchUuid(`u${n}`);
export const cohortId = (k: number) => benchUuid(`c${k}`);
export const personId = (n: number, j: number) => benchUuid(`p${n}.${j}`);
export const programId = (n: number, j: number) => benchUuid(`pr${n}.${j}`);
export const postId = (k: number, i: number) => benchUuid(`bp${k}.${i}`);
/** The member (offset within the cohort, 0..19) who wrote post i; see the board_posts insert. */
export const postAuthorOffset = (i: number) => (i * 7) % MEMBERS_PER_COHORT;

/** July 1st of the academic year that contains `now` (the program year). */
export function academicYearStart(now: Date): string {
  const year = now.getUTCMonth() >= 6 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  return `${year}-07-01`;
}

const FIRST = `ARRAY['Amira','Daniel','Priya','Tomás','Grace','Kwame','Lena','Omar','Sofia','Hiro','Fatima','Jonas','Mei','Diego','Aisha','Lukas','Nadia','Ravi','Elena','Samuel']`;
const LAST = `ARRAY['Haddad','Okafor','Patel','García','Kim','Mensah','Novak','Rahman','Rossi','Tanaka','Yilmaz','Berg','Chen','López','Bello','Schmidt','Ivanova','Iyer','Popescu','Adeyemi','Nguyen','Silva','Cohen','Murphy','Khan']`;
const SPECIALTIES = `ARRAY['internal-medicine','general-surgery','neurology','anesthesiology','diagnostic-radiology','emergency-medicine','psychiatry','pediatrics','family-medicine','pathology']`;
const INSTITUTIONS = `ARRAY['Mercy General Hospital','Riverside University Hospital','St. Luke''s Medical Center','Lakeside Regional','Northwestern Memorial','County General','Bayview Medical Center','Summit Health']`;
const CITIES = `ARRAY[['Chicago','IL'],['Boston','MA'],['Houston','TX'],['Seattle','WA'],['Atlanta','GA'],['Denver','CO'],['Cleveland','OH'],['Baltimore','MD']]`;

/**
 * Residents [from, to) with everything they own, and the cohorts [from/20, to/20) with their boards. `from` and
 * `to` must be multiples of 20. Each statement is its own transaction (autocommit).
 */
export async function seedResidents(
  client: pg.Client,
  from: number,
  to: number,
  opts: { startDate: string; cycleName: string },
  log: (line: string) => void = () => {},
): Promise<void> {
  const { startDate, cycleName } = opts;
  if (from % MEMBERS_PER_COHORT || to % MEMBERS_PER_COHORT) throw new Error("seed ranges must be whole cohorts");
  // $1 from, $2 to, $3 program start date, $4 current match cycle name; each statement gets the ones it uses.
  const all = [from, to, startDate, cycleName];
  const step = async (label: string, sql: string) => {
    const used = Math.max(0, ...[...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
    const t0 = Date.now();
    const res = await client.query(sql, all.slice(0, used));
    log(`  ${label}: ${res.rowCount ?? 0} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };

  await step(
    "users",
    `INSERT INTO users (id, email, name, role, created_at, updated_at)
     SELECT ${uuidSql("'u' || n")}, 'bench.resident.' || n || '@example.org',
            (${FIRST})[1 + n % 20] || ' ' || (${LAST})[1 + (n / 20) % 25], 'RESIDENT', now(), now()
     FROM generate_series($1::int, $2::int - 1) n`,
  );
  await step(
    "resident_profiles",
    `INSERT INTO resident_profiles (user_id, track, program_name, institution, program_start_date, is_img, visa_status)
     SELECT ${uuidSql("'u' || n")},
            (ARRAY['PRELIM_MEDICINE','PRELIM_SURGERY','TRANSITIONAL_YEAR']::"Track"[])[1 + (n / 20) % 3],
            'Preliminary program ' || (n / 20), (${INSTITUTIONS})[1 + (n / 20) % 8], $3::date, n % 3 = 0,
            (ARRAY['US_CITIZEN_OR_PR','J1','H1B','F1_OPT']::"VisaStatus"[])[1 + n % 4]
     FROM generate_series($1::int, $2::int - 1) n`,
  );
  await step(
    "targets",
    `INSERT INTO targets (resident_id, specialty, geo_stance, decision, updated_at)
     SELECT ${uuidSql("'u' || n")}, (${SPECIALTIES})[1 + n % 10], 'ANYWHERE', 'UNDECIDED', now()
     FROM generate_series($1::int, $2::int - 1) n`,
  );
  await step(
    "cohorts",
    `INSERT INTO cohorts (id, name, program_name, institution, year, track, created_by)
     SELECT ${uuidSql("'c' || k")}, 'Bench cohort ' || k, 'Preliminary program ' || k, (${INSTITUTIONS})[1 + k % 8],
            extract(year FROM $3::date)::int,
            (ARRAY['PRELIM_MEDICINE','PRELIM_SURGERY','TRANSITIONAL_YEAR']::"Track"[])[1 + k % 3], ${uuidSql("'u' || (k * 20)")}
     FROM generate_series($1::int / 20, $2::int / 20 - 1) k`,
  );
  await step(
    "cohort_memberships",
    `INSERT INTO cohort_memberships (cohort_id, user_id, role, joined_at)
     SELECT ${uuidSql("'c' || (n / 20)")}, ${uuidSql("'u' || n")},
            CASE WHEN n % 20 = 0 THEN 'MODERATOR' ELSE 'MEMBER' END::"CohortRole", $3::date + (n % 20) * interval '1 hour'
     FROM generate_series($1::int, $2::int - 1) n`,
  );
  // 20 people each, the first 5 on the A-list (the cap trigger allows 7).
  await step(
    "people",
    `INSERT INTO people (id, resident_id, name, role, specialty, department, institution, email, tags, how_we_met, is_a_list, created_at, updated_at)
     SELECT ${uuidSql("'p' || n || '.' || j")}, ${uuidSql("'u' || n")},
            'Dr. ' || (${FIRST})[1 + (n + j * 3) % 20] || ' ' || (${LAST})[1 + (n * 7 + j) % 25],
            (ARRAY['PROGRAM_DIRECTOR','ASSOCIATE_PD','CHIEF_RESIDENT','DIVISION_CHIEF','CLERKSHIP_DIRECTOR','FELLOWSHIP_DIRECTOR','ATTENDING','SENIOR_RESIDENT','CO_RESIDENT','COORDINATOR','STAFF','EXTERNAL_PD','MENTOR']::"PersonRole"[])[1 + (n + j) % 13],
            (${SPECIALTIES})[1 + (n + j) % 10], 'Department ' || (1 + j % 6), (${INSTITUTIONS})[1 + (n / 20 + j) % 8],
            'person' || j || '.r' || n || '@example.org',
            CASE j % 4 WHEN 0 THEN ARRAY['LETTER_WRITER'] WHEN 1 THEN ARRAY['RANK_INFLUENCE','KNOWS_PDS'] WHEN 2 THEN ARRAY[]::text[] ELSE ARRAY['RESEARCH_LEAD'] END,
            'Met on the ' || (ARRAY['wards','ICU month','night float','clinic','research meeting'])[1 + j % 5],
            j < 5, $3::date + j * interval '1 day', $3::date + j * interval '1 day'
     FROM generate_series($1::int, $2::int - 1) n CROSS JOIN generate_series(0, 19) j`,
  );
  // 100 touches each: 8 per A-list person, 4 per other person, dated in the program year up to today.
  await step(
    "touches",
    `INSERT INTO touches (resident_id, person_id, kind, channel, occurred_on, ends_on, notes, awaiting_reply, reply_received_on, follow_up_days, created_at)
     SELECT ${uuidSql("'u' || n")}, ${uuidSql("'p' || n || '.' || pj")}, kind, channel, occurred_on,
            CASE WHEN kind = 'CLINICAL_WORK' THEN occurred_on + 13 END,
            CASE WHEN t % 3 = 0 THEN 'Talked about ' || (ARRAY['my CV','research','the rank list','a letter','the next rotation'])[1 + t % 5] END,
            awaiting, CASE WHEN awaiting AND t % 2 = 0 THEN least(occurred_on + 4, current_date) END, 7 + t % 4, occurred_on::timestamptz
     FROM (
       SELECT n, t,
              CASE WHEN t < 40 THEN t % 5 ELSE 5 + (t - 40) % 15 END AS pj,
              (ARRAY['CLINICAL_WORK','CLINICAL_WORK','INTRO_MEETING','FOLLOW_UP','FOLLOW_UP','CONCRETE_ASK','THANK_YOU','UPDATE','OTHER']::"TouchKind"[])[1 + (t * 7 + n) % 9] AS kind,
              (ARRAY['IN_PERSON','IN_PERSON','EMAIL','MEETING','PHONE']::"TouchChannel"[])[1 + (t + n) % 5] AS channel,
              (t + n) % 5 = 2 AND t % 4 = 0 AS awaiting,
              $3::date + floor(random() * greatest(current_date - $3::date, 1))::int AS occurred_on
       FROM generate_series($1::int, $2::int - 1) n CROSS JOIN generate_series(0, 99) t
     ) s`,
  );
  await step(
    "match_cycles",
    `INSERT INTO match_cycles (id, resident_id, name, applications_open, rank_list_deadline, match_week_monday, soap_end, match_day, training_start)
     SELECT ${uuidSql("'mc' || n || '.' || d.name")}, ${uuidSql("'u' || n")}, d.name, d.applications_open, d.rank_list_deadline,
            d.match_week_monday, d.soap_end, d.match_day, d.training_start
     FROM generate_series($1::int, $2::int - 1) n CROSS JOIN match_cycle_defaults d`,
  );
  await step(
    "programs",
    `INSERT INTO programs (id, resident_id, name, institution, city, state, specialty, program_type, visa_sponsorship, img_friendly, status, notes, updated_at)
     SELECT ${uuidSql("'pr' || n || '.' || j")}, ${uuidSql("'u' || n")},
            (ARRAY['Internal Medicine','General Surgery','Neurology','Anesthesiology','Diagnostic Radiology'])[1 + (n + j) % 5] || ' Residency ' || j,
            (${INSTITUTIONS})[1 + (n + j * 3) % 8], (${CITIES})[1 + (n + j) % 8][1], (${CITIES})[1 + (n + j) % 8][2],
            (${SPECIALTIES})[1 + n % 10], 'CATEGORICAL', (ARRAY['J1','H1B','J1_AND_H1B','NONE','UNKNOWN']::"VisaSponsorship"[])[1 + j],
            (ARRAY['YES','NO','UNKNOWN']::"TriState"[])[1 + (n + j) % 3],
            (ARRAY['RESEARCHING','APPLIED','INTERVIEW_OFFERED','INTERVIEWED','RANKED']::"ProgramStatus"[])[1 + j],
            'Program notes for residency ' || j, now()
     FROM generate_series($1::int, $2::int - 1) n CROSS JOIN generate_series(0, 4) j`,
  );
  // 15 messages each in the current cycle: one letter of intent (program 0, the only first-choice claim), the rest
  // ordinary kinds without claims, so both cycle-wide triggers are satisfied.
  await step(
    "messages",
    `INSERT INTO messages (resident_id, program_id, cycle_id, kind, subject, body, sent_at, claims_first_choice)
     SELECT ${uuidSql("'u' || n")}, ${uuidSql("'pr' || n || '.' || j")}, ${uuidSql("'mc' || n || '.' || $4")},
            CASE WHEN j = 0 AND m = 0 THEN 'LETTER_OF_INTENT'
                 ELSE (ARRAY['PRE_APPLICATION','THANK_YOU','INTEREST_UPDATE','REPLY','FINAL_NOTE','OTHER']::"MessageKind"[])[1 + (j * 3 + m + n) % 6] END::"MessageKind",
            'Message ' || m || ' to residency ' || j,
            'Dear Dr. ' || (${LAST})[1 + (n + j) % 25] || E',\\n\\n' ||
              repeat('Thank you for the conversation about the program and its residents. I remain very interested in training with you. ', 4 + (n + m) % 6) ||
              E'\\n\\nWith best regards',
            ($3::date + ((j * 3 + m) * 9 + n % 7) * interval '1 day' + interval '10 hours'),
            j = 0 AND m = 0
     FROM generate_series($1::int, $2::int - 1) n CROSS JOIN generate_series(0, 4) j CROSS JOIN generate_series(0, 2) m`,
  );
  // 200 posts per cohort, newest first by i, spread over ~150 days; every 4th has an interest and every 10th a
  // confirmation from another member (never the author).
  await step(
    "board_posts",
    `INSERT INTO board_posts (id, cohort_id, author_id, kind, opening_level, specialty, program_name, institution, location, pgy_level,
                              title, body, evidence_kind, heard_on, heard_how, source_type, confirmed_on, confirm_count, interest_count,
                              last_confirmed_at, created_at)
     SELECT ${uuidSql("'bp' || k || '.' || i")}, ${uuidSql("'c' || k")}, ${uuidSql("'u' || (k * 20 + (i * 7) % 20)")}, kind,
            CASE WHEN kind = 'OPENING' THEN (ARRAY['CATEGORICAL_PGY1','PGY2','ADVANCED']::"OpeningLevel"[])[1 + i % 3] END,
            (${SPECIALTIES})[1 + (i + k) % 10], (ARRAY['Internal Medicine','General Surgery','Neurology','Anesthesiology','Radiology'])[1 + i % 5] || ' Residency',
            (${INSTITUTIONS})[1 + (i + k) % 8], (${CITIES})[1 + i % 8][1], CASE WHEN kind = 'OPENING' THEN 'PGY-' || (1 + i % 2) END,
            (ARRAY['Open PGY-1 spot','PD stepping down','Affiliate positions open','SOAP vacancy heard','Program news'])[1 + i % 5] || ' at ' || (${INSTITUTIONS})[1 + (i + k) % 8],
            repeat('Heard from a senior resident that the program may have a position opening before July. ', 2 + i % 4),
            evidence, CASE WHEN evidence = 'RUMOUR' THEN (created_at - interval '1 day')::date END,
            CASE WHEN evidence = 'RUMOUR' THEN 'A co-resident on the same service' END,
            CASE WHEN evidence = 'CONFIRMED' THEN (ARRAY['COORDINATOR_OR_PD_EMAIL','PROGRAM_WEBSITE','FREIDA_OR_VACANCY_LISTING','FACULTY_IN_PERSON']::"SourceType"[])[1 + i % 4] END,
            CASE WHEN evidence = 'CONFIRMED' THEN created_at::date END,
            (i % 10 = 0)::int, (i % 4 = 0)::int, CASE WHEN i % 10 = 0 THEN least(created_at + interval '1 day', now()) END, created_at
     FROM (
       SELECT k, i,
              (ARRAY['OPENING','OPENING','LEADERSHIP_CHANGE','AFFILIATE_POSITIONS','VACANCY_SOAP_INTEL','OTHER']::"PostKind"[])[1 + (i + k) % 6] AS kind,
              CASE WHEN i % 5 < 3 THEN 'RUMOUR' ELSE 'CONFIRMED' END::"EvidenceKind" AS evidence,
              now() - i * interval '18 hours' - (k % 60) * interval '1 minute' AS created_at
       FROM generate_series($1::int / 20, $2::int / 20 - 1) k CROSS JOIN generate_series(0, 199) i
     ) s`,
  );
  await step(
    "post_reactions",
    `INSERT INTO post_reactions (post_id, user_id, kind, source_type, created_at)
     SELECT ${uuidSql("'bp' || k || '.' || i")}, ${uuidSql("'u' || (k * 20 + ((i * 7) % 20 + 1 + i % 19) % 20)")}, r.kind,
            CASE WHEN r.kind = 'CONFIRM' THEN 'PROGRAM_WEBSITE'::"SourceType" END,
            least(now() - i * interval '18 hours' - (k % 60) * interval '1 minute' + interval '1 day', now())
     FROM generate_series($1::int / 20, $2::int / 20 - 1) k CROSS JOIN generate_series(0, 199) i
     CROSS JOIN (VALUES ('INTEREST'::"ReactionKind"), ('CONFIRM'::"ReactionKind")) r(kind)
     WHERE (r.kind = 'INTEREST' AND i % 4 = 0) OR (r.kind = 'CONFIRM' AND i % 10 = 0)`,
  );
}

/** The match cycle whose training starts right after this program year ("2027 Match" for a July 2026 start), or the
 * latest one in match_cycle_defaults when the table has no such row. */
export async function currentCycleName(client: pg.Client, startDate: string): Promise<string> {
  const wanted = `${Number(startDate.slice(0, 4)) + 1} Match`;
  const { rows } = await client.query<{ name: string }>(`SELECT name FROM match_cycle_defaults ORDER BY (name = $1) DESC, match_day DESC LIMIT 1`, [wanted]);
  const name = rows[0]?.name;
  if (!name) throw new Error("match_cycle_defaults is empty");
  return name;
}

export type TableCounts = Record<string, number>;

export async function countRows(client: pg.Client): Promise<TableCounts> {
  const tables = [
    "users",
    "resident_profiles",
    "targets",
    "cohorts",
    "cohort_memberships",
    "people",
    "touches",
    "match_cycles",
    "programs",
    "messages",
    "board_posts",
    "post_reactions",
  ];
  const { rows } = await client.query<Record<string, string>>(`SELECT ${tables.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(", ")}`);
  const row = rows[0] ?? {};
  return Object.fromEntries(tables.map((t) => [t, Number(row[t] ?? 0)]));
}
