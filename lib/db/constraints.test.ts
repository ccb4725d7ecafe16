// Every named constraint of the migrated database maps to a field and a sentence (lib/db/constraints.ts), and a
// violation reaches the user as that sentence through a real action, never as "something went wrong".
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { createPerson } from "@/lib/actions/people/create-person";
import { saveRotation } from "@/lib/actions/plan/save-rotation";
import { CONSTRAINTS } from "@/lib/db/constraints";
import { databaseUrl } from "@/lib/env";
import { db } from "@/lib/db/client";
import { toAppError, violatedConstraint } from "@/lib/db/errors";
import { A_LIST_MAX, aListCapMessage } from "@/lib/rules/workspace";
import { withTestDatabase } from "@/lib/testing/db";
import { createPerson as createPersonRow, createResident, createRotation } from "@/lib/testing/factories";
import { actAs } from "@/lib/testing/test-session";

withTestDatabase();

let sql: pg.Client;
beforeAll(async () => {
  sql = new pg.Client({ connectionString: databaseUrl() });
  await sql.connect();
  return () => sql.end();
});

/** Names a write can violate, read from pg_catalog: what lib/db/constraints.ts must cover. */
async function constraintNames(): Promise<string[]> {
  const { rows } = await sql.query<{ name: string }>(`
    -- CHECK, foreign key, unique and exclusion constraints, and primary keys unless every column is generated.
    SELECT c.conname AS name
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations' AND c.contype IN ('c', 'f', 'u', 'x', 'p')
       AND NOT (c.contype = 'p' AND NOT EXISTS (
             SELECT 1 FROM unnest(c.conkey) k
              WHERE NOT EXISTS (SELECT 1 FROM pg_attrdef d WHERE d.adrelid = c.conrelid AND d.adnum = k)))
    UNION
    -- Unique indexes that are not constraints (partial ones among them).
    SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace
     WHERE n.nspname = 'public' AND x.indisunique AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`);
  return [...rows.map((r) => r.name), ...(await triggerRaises()).map((r) => r.name)].sort();
}

/** `RAISE EXCEPTION '<token>' USING ERRCODE = ..., CONSTRAINT = '<name>'` in the public schema's functions. */
async function triggerRaises(): Promise<{ token: string; name: string }[]> {
  const { rows } = await sql.query<{ src: string }>(
    `SELECT p.prosrc AS src FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'`,
  );
  return rows.flatMap(({ src }) =>
    [...src.matchAll(/RAISE\s+EXCEPTION\s+'([^']*)'\s+USING\s+[^;]*?CONSTRAINT\s*=\s*'([^']+)'/gi)].map((m) => ({ token: m[1]!, name: m[2]! })),
  );
}

describe("the constraint table", () => {
  it("covers every constraint of the migrated database, and names nothing that no longer exists", async () => {
    const names = await constraintNames();
    expect(names.length).toBeGreaterThan(100);
    const missing = names.filter((name) => !Object.hasOwn(CONSTRAINTS, name));
    expect(missing, "add these to lib/db/constraints.ts with the field and sentence each protects").toEqual([]);
    const stale = Object.keys(CONSTRAINTS).filter((name) => !names.includes(name));
    expect(stale, "these are in lib/db/constraints.ts but not in the database").toEqual([]);
  });

  it("each trigger's raised token is recorded, since the driver adapter keeps only the message", async () => {
    const raises = await triggerRaises();
    expect(raises.map((r) => r.name)).toContain("people_a_list_cap");
    for (const { token, name } of raises) {
      expect(CONSTRAINTS[name as keyof typeof CONSTRAINTS], name).toMatchObject({ raisedAs: token });
    }
  });

  it("every constraint is named in its migration: no PostgreSQL default names for CHECKs or exclusions", async () => {
    // PostgreSQL names an unnamed CHECK <table>_<column>_check (then _check1, ...); a foreign key's default name,
    // <table>_<column>_fkey, is already our convention.
    expect((await constraintNames()).filter((name) => /_(check|excl)\d*$/.test(name))).toEqual([]);
  });
});

describe("a violation becomes its sentence", () => {
  it("a CHECK, a unique index and a foreign key, as Prisma's driver adapter reports them", async () => {
    const resident = await createResident();
    const blank = await db()
      .person.create({ data: { residentId: resident.id, name: "   ", role: "ATTENDING" } })
      .catch((e: unknown) => e);
    expect(violatedConstraint(blank)).toEqual({ kind: "check", name: "people_name_length" });
    expect(toAppError(blank)).toMatchObject({
      code: "VALIDATION",
      message: CONSTRAINTS.people_name_length.message,
      fieldErrors: { name: [CONSTRAINTS.people_name_length.message] },
    });

    const taken = await db()
      .user.create({ data: { email: resident.email, name: "Someone Else" } })
      .catch((e: unknown) => e);
    expect(toAppError(taken)).toMatchObject({ code: "CONFLICT", fieldErrors: { email: ["An account with this email already exists."] } });

    const orphan = await db()
      .touch.create({ data: { residentId: resident.id, personId: "00000000-0000-4000-8000-000000000000", kind: "OTHER", occurredOn: new Date("2026-09-01") } })
      .catch((e: unknown) => e);
    expect(toAppError(orphan)).toMatchObject({ code: "NOT_FOUND", fieldErrors: { personId: [CONSTRAINTS.touches_person_fkey.message] } });
  });

  it("a CHECK violation through a real action: the 8th A-list person (people_a_list_cap, SQLSTATE 23514)", async () => {
    const resident = await createResident();
    for (let i = 0; i < A_LIST_MAX; i++) await createPersonRow({ residentId: resident.id }, { isAList: true });
    actAs(resident.id);
    const result = await createPerson({ name: "Dr. Eighth Person", role: "ATTENDING", isAList: "on" });
    expect(result).toMatchObject({ ok: false, code: "RULE_VIOLATION", message: aListCapMessage(), fieldErrors: { isAList: [aListCapMessage()] } });
    expect(await db().person.count({ where: { residentId: resident.id } })).toBe(A_LIST_MAX);
  });

  it("a foreign-key violation through a real action: an attending deleted in another tab while the rotation saves", async () => {
    const resident = await createResident();
    const attending = await createPersonRow({ residentId: resident.id });
    actAs(resident.id);

    // Another session deletes the person but has not committed: saveRotation's ownership check still sees them,
    // and its insert waits on the row lock. Once the delete commits, the insert's foreign key check fails.
    const other = new pg.Client({ connectionString: databaseUrl() });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query("DELETE FROM people WHERE id = $1", [attending.id]);
      const saving = saveRotation({ startsOn: "2026-10-01", endsOn: "2026-10-28", service: "Stroke unit", attendingIds: [attending.id] });
      await expect.poll(() => waitingOnLock(other), { timeout: 10_000 }).toBe(true);
      await other.query("COMMIT");
      const result = await saving;
      const sentence = CONSTRAINTS.rotation_attendings_person_fkey.message;
      expect(result).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
        message: sentence,
        fieldErrors: { attendingIds: [sentence] },
        values: { service: "Stroke unit" },
      });
    } finally {
      await other.end();
    }
    expect(await db().rotation.count({ where: { residentId: resident.id } })).toBe(0);
    // The same form with the attending still there saves (the failure was the race, not the input).
    const kept = await createPersonRow({ residentId: resident.id });
    await createRotation({ residentId: resident.id });
    expect(await saveRotation({ startsOn: "2026-11-01", endsOn: "2026-11-28", service: "Stroke unit", attendingIds: [kept.id] })).toMatchObject({ ok: true });
  });
});

/** Whether some other session in this database is waiting for a row lock held by `holder`. */
async function waitingOnLock(holder: pg.Client): Promise<boolean> {
  const { rows } = await holder.query<{ waiting: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND pg_backend_pid() = ANY (pg_blocking_pids(pid))) AS waiting`,
  );
  return rows[0]!.waiting;
}
