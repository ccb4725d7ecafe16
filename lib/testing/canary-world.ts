// A resident with one row in every table, every column holding a distinctive "canary" value, for the advisor
// allow-list test (lib/server/advisors/field-access.test.ts). Models and fields come from Prisma's runtime data
// model; column types, foreign keys and primary keys from the database catalog, so a table someone adds later gets
// canaries with no change here. Only values that CHECK constraints or triggers restrict need an entry in OVERRIDES.
import { db } from "@/lib/db/client";
import { getPool } from "@/lib/db/pool";
import { ADVISOR_FIELD_ACCESS } from "@/lib/server/advisors/field-access";

type RuntimeField = { name: string; kind: "scalar" | "enum" | "object" | "unsupported"; type: string; dbName?: string | null };
type RuntimeModel = { fields: RuntimeField[]; dbName?: string | null };
export type RuntimeDataModel = { models: Record<string, RuntimeModel> };

/** Prisma's runtime description of the schema (model and field names, kinds, database names). */
export function runtimeDataModel(): RuntimeDataModel {
  return (db() as unknown as { _runtimeDataModel: RuntimeDataModel })._runtimeDataModel;
}

/** The fields a model stores (scalars and enums), by Prisma name. */
export function storedFields(model: RuntimeModel): RuntimeField[] {
  return model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum");
}

type Column = { name: string; udt: string; nullable: boolean; hasDefault: boolean; generated: boolean };
type ForeignKey = { columns: string[]; refTable: string; refColumns: string[] };
type Table = { name: string; model: string; columns: Column[]; foreignKeys: ForeignKey[]; primaryKey: string | null };

export type Canary = {
  model: string;
  field: string;
  /** 0 for the model's main row; 1, 2, ... for the rows its row rules need (e.g. the letter of intent). */
  variant: number;
  /** The row as written, by field name, for the table's row rules. */
  row: Record<string, unknown>;
  /** Strings whose presence means the value got through (the raw value, dates as advisor pages print them). */
  needles: RegExp[];
  /** False where a constraint forces an ordinary value (an enum, a flag, a bounded number): it cannot be traced. */
  traceable: boolean;
};

export type CanaryWorld = { residentId: string; personId: string; canaries: Canary[]; tables: Table[] };

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Every date canary is 14 June of its own year (1700 onwards): no rule in the product adds whole years, and no
 * window starts or ends mid-month, so a date computed from one canary never looks like another.
 */
function canaryDay(counter: number): Date {
  return new Date(Date.UTC(1700 + counter, 5, 14));
}

function dayNeedles(d: Date): RegExp[] {
  const day = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return [new RegExp(escape(d.toISOString().slice(0, 10))), new RegExp(`(?<!\\d)${escape(day)}`)];
}

/**
 * Values a constraint or trigger dictates, by model and field (Prisma names). A dictated value is an ordinary one the
 * test cannot follow unless it still carries a canary; `untraced` also names generated ones that carry none.
 */
type Ctx = { otherUserId: string };
/** A date a fixed number of days after another date column of the same row (for "ends after it starts" checks). */
type DaysAfter = { daysAfter: string; days: number };
const OVERRIDES: Record<string, (ctx: Ctx, variant: number) => { values?: Record<string, unknown>; untraced?: string[] }> = {
  User: () => ({
    values: { role: "RESIDENT", digestWeekday: 3, digestHour: 17, timeZone: "America/Chicago", digestScheduledAt: "2026-01-02T03:04:05Z" },
    untraced: ["role", "digestWeekday", "digestHour", "timeZone", "digestScheduledAt"],
  }),
  Person: () => ({ values: { tags: ["KNOWS_PDS"], isAList: true }, untraced: ["tags"] }),
  Touch: () => ({ values: { channel: "EMAIL", followUpDays: 9, awaitingReply: true }, untraced: ["followUpDays"] }),
  Meeting: () => ({ values: { status: "DONE" } }),
  ActionItem: () => ({ values: { status: "OPEN" } }),
  Program: () => ({ values: { nrmpCode: "6104729C3" }, untraced: ["nrmpCode"] }),
  Message: () => ({
    values: { claimsFirstChoice: true, confirmedWarnings: [], status: "SENT", channel: "MAIL_APP", recipient: null, draftId: null },
    untraced: ["confirmedWarnings", "recipient", "draftId"],
  }),
  MessageDraft: () => ({ values: { findings: "[]" }, untraced: ["findings"] }),
  RankEntry: () => ({ values: { position: 2 }, untraced: ["position"] }),
  LateStartStep: () => ({ values: { stepKey: "see-pd" }, untraced: ["stepKey"] }),
  Session: () => ({ values: { createdAt: "2000-01-01T00:00:00Z", expiresAt: "2999-01-01T00:00:00Z" }, untraced: ["createdAt", "expiresAt"] }),
  SignInThrottle: () => ({ values: { attempts: 3 }, untraced: ["attempts"] }),
  Project: () => ({
    values: {
      status: "COMPLETED",
      outputUrl: "https://example.org/cnry.project.outputurl.0.",
      startedOn: "1701-06-14",
      targetOn: "1702-06-14",
      completedOn: "1703-06-14",
    },
    untraced: ["startedOn", "targetOn", "completedOn"],
  }),
  BragSheet: () => ({ values: { cvUrl: "https://example.org/cnry.bragsheet.cvurl.0." } }),
  MentorAssignment: () => ({ values: { role: "UPPER_LEVEL", strongYes: true } }),
  OpeningPlaybook: () => ({ values: { pdAskId: null, writerAskId: null }, untraced: ["pdAskId", "writerAskId"] }),
  WatchedProgram: () => ({
    values: { url: "https://example.org/cnry.watchedprogram.url.0.", cadenceDays: 30, sources: [] },
    untraced: ["cadenceDays", "sources"],
  }),
  Target: () => ({
    values: { unsuccessfulCycles: 13, decision: "REAPPLY", pivotFrom: null, pivotPath: null },
    untraced: ["unsuccessfulCycles", "pivotFrom", "pivotPath"],
  }),
  Rotation: () => ({ values: { endsOn: { daysAfter: "startsOn", days: 20 } satisfies DaysAfter } }),
  RotationPromptCompletion: () => ({ values: { promptKey: "end" }, untraced: ["promptKey"] }),
  PdTouchpoint: () => ({ values: { key: "mid-year", status: "DONE" }, untraced: ["key"] }),
  PhaseCompletion: () => ({ values: { phaseKey: "submit" }, untraced: ["phaseKey"] }),
  AdvisorGrant: (ctx) => ({ values: { advisorId: ctx.otherUserId, scopes: ["people"] }, untraced: ["scopes", "advisorId"] }),
  AdvisorInvitation: () => ({ values: { scopes: ["people"] }, untraced: ["scopes"] }),
  Cohort: () => ({ values: { year: 2099 }, untraced: ["year"] }),
  CohortInvite: () => ({ values: { maxUses: 400, uses: 399 }, untraced: ["maxUses", "uses"] }),
  BoardPost: () => ({ values: { sourceLink: "https://example.org/cnry.boardpost.sourcelink.0." } }),
  PostReaction: () => ({ values: { sourceLink: "https://example.org/cnry.postreaction.sourcelink.0." } }),
  PostComment: () => ({ values: { parentId: null }, untraced: ["parentId"] }),
};

async function readCatalog(): Promise<{ tables: Map<string, Omit<Table, "model">>; enums: Map<string, string[]> }> {
  const pool = getPool();
  const [columns, fks, pks, enums] = await Promise.all([
    pool.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string; column_default: string | null; is_generated: string }>(
      `SELECT table_name, column_name, udt_name, is_nullable, column_default, is_generated FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
    ),
    pool.query<{ table_name: string; ref_table: string; cols: string[]; ref_cols: string[] }>(`
      SELECT rel.relname AS table_name, frel.relname AS ref_table,
             array_agg(att.attname::text ORDER BY k.ord) AS cols, array_agg(fatt.attname::text ORDER BY k.ord) AS ref_cols
      FROM pg_constraint con
      JOIN pg_class rel ON rel.oid = con.conrelid
      JOIN pg_class frel ON frel.oid = con.confrelid
      CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, fattnum, ord)
      JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = k.attnum
      JOIN pg_attribute fatt ON fatt.attrelid = con.confrelid AND fatt.attnum = k.fattnum
      WHERE con.contype = 'f' AND rel.relnamespace = 'public'::regnamespace
      GROUP BY con.oid, rel.relname, frel.relname`),
    pool.query<{ table_name: string; conname: string }>(
      `SELECT rel.relname AS table_name, con.conname FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid WHERE con.contype = 'p' AND rel.relnamespace = 'public'::regnamespace`,
    ),
    pool.query<{ typname: string; labels: string[] }>(
      `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid GROUP BY t.typname`,
    ),
  ]);
  const tables = new Map<string, Omit<Table, "model">>();
  for (const c of columns.rows) {
    const t = tables.get(c.table_name) ?? { name: c.table_name, columns: [], foreignKeys: [], primaryKey: null };
    t.columns.push({
      name: c.column_name,
      udt: c.udt_name,
      nullable: c.is_nullable === "YES",
      hasDefault: c.column_default !== null,
      generated: c.is_generated === "ALWAYS",
    });
    tables.set(c.table_name, t);
  }
  for (const fk of fks.rows) tables.get(fk.table_name)?.foreignKeys.push({ columns: fk.cols, refTable: fk.ref_table, refColumns: fk.ref_cols });
  for (const pk of pks.rows) {
    const t = tables.get(pk.table_name);
    if (t) t.primaryKey = pk.conname;
  }
  return { tables, enums: new Map(enums.rows.map((e) => [e.typname, e.labels])) };
}

/** Tables in an order where every foreign key points at a table already written (self-references aside). */
function dependencyOrder(tables: Table[]): Table[] {
  const done = new Set<string>();
  const out: Table[] = [];
  while (out.length < tables.length) {
    const next = tables.find(
      (t) => !done.has(t.name) && t.foreignKeys.every((fk) => fk.refTable === t.name || done.has(fk.refTable) || !tables.some((o) => o.name === fk.refTable)),
    );
    if (!next)
      throw new Error(
        `Foreign keys form a cycle among ${tables
          .filter((t) => !done.has(t.name))
          .map((t) => t.name)
          .join(", ")}`,
      );
    done.add(next.name);
    out.push(next);
  }
  return out;
}

/** Writes the canary world into the test database. `otherUserId` is a second account, for grants that cannot point at the resident. */
export async function buildCanaryWorld(ctx: Ctx): Promise<CanaryWorld> {
  const rdm = runtimeDataModel();
  const { tables: catalog, enums } = await readCatalog();
  const tables: Table[] = [];
  for (const [model, m] of Object.entries(rdm.models)) {
    const t = catalog.get(m.dbName ?? model);
    if (t) tables.push({ ...t, model });
  }
  let counter = 0;
  const mainRows = new Map<string, Record<string, unknown>>();
  const canaries: Canary[] = [];
  const pool = getPool();

  for (const table of dependencyOrder(tables)) {
    const model = rdm.models[table.model]!;
    const fieldOf = new Map(storedFields(model).map((f) => [f.dbName ?? f.name, f.name]));
    const access = ADVISOR_FIELD_ACCESS[table.model];
    const variants = [{}, ...(access && "rows" in access ? (access.rows ?? []).map((r) => r.where) : [])];
    for (const [variant, where] of variants.entries()) {
      const override = OVERRIDES[table.model]?.(ctx, variant) ?? {};
      const fixed: Record<string, unknown> = { ...override.values, ...where };
      const untraced = new Set([...(override.untraced ?? []), ...Object.keys(where)]);
      const values: Record<string, unknown> = {};
      const traced = new Map<string, RegExp[]>();
      const fkColumns = new Set(table.foreignKeys.flatMap((fk) => fk.columns));
      for (const fk of table.foreignKeys) {
        const target = fk.refTable === table.name ? null : mainRows.get(fk.refTable);
        fk.columns.forEach((col, i) => (values[col] = target ? target[fk.refColumns[i]!] : null));
      }
      for (const col of table.columns) {
        const field = fieldOf.get(col.name) ?? col.name;
        if (field in fixed) {
          const value = fixed[field] as unknown;
          if (value && typeof value === "object" && "daysAfter" in value) {
            const { daysAfter, days } = value as DaysAfter;
            const base = values[table.columns.find((c) => (fieldOf.get(c.name) ?? c.name) === daysAfter)!.name] as string;
            const d = new Date(Date.parse(`${base}T00:00:00Z`) + days * 86_400_000);
            values[col.name] = d.toISOString().slice(0, 10);
            traced.set(field, dayNeedles(d));
          } else {
            values[col.name] = value;
            // A dictated value is traced only when it still carries a canary (a web link around one, say).
            if (typeof value === "string" && value.includes("cnry.")) traced.set(field, [new RegExp(escape(value))]);
          }
          continue;
        }
        if (col.generated || (col.udt === "int8" && col.hasDefault) || fkColumns.has(col.name)) continue;
        const tag = `cnry.${table.model.toLowerCase()}.${field.toLowerCase()}.${variant}.`;
        counter++;
        const enumLabels = enums.get(col.udt);
        if (enumLabels) values[col.name] = enumLabels[enumLabels.length - 1];
        else if (col.udt === "bool") values[col.name] = true;
        else if (col.udt === "uuid") {
          const uuid = `c0ffee00-0000-4000-8000-${String(counter).padStart(12, "0")}`;
          values[col.name] = uuid;
          traced.set(field, [new RegExp(uuid)]);
        } else if (col.udt === "text" || col.udt === "varchar") {
          values[col.name] = tag;
          traced.set(field, [new RegExp(escape(tag))]);
        } else if (col.udt === "_text") {
          values[col.name] = [tag];
          traced.set(field, [new RegExp(escape(tag))]);
        } else if (col.udt === "jsonb" || col.udt === "json") {
          values[col.name] = JSON.stringify({ canary: tag });
          traced.set(field, [new RegExp(escape(tag))]);
        } else if (col.udt === "int2" || col.udt === "int4" || col.udt === "int8") {
          const n = 61_000_000 + counter * 7_919;
          values[col.name] = n;
          traced.set(field, [new RegExp(`(?<![\\d.])${n}(?!\\d)`)]);
        } else if (col.udt === "date") {
          const d = canaryDay(counter);
          values[col.name] = d.toISOString().slice(0, 10);
          traced.set(field, dayNeedles(d));
        } else if (col.udt === "timestamptz" || col.udt === "timestamp") {
          const d = new Date(canaryDay(counter).getTime() + 11_111_000 + counter);
          values[col.name] = d.toISOString();
          traced.set(field, [new RegExp(escape(d.toISOString())), ...dayNeedles(d).slice(1)]);
        } else {
          throw new Error(`No canary for ${table.name}.${col.name} of type ${col.udt}: teach lib/testing/canary-world.ts about it.`);
        }
      }
      const cols = Object.keys(values);
      const casts = cols.map((c, i) => {
        const udt = table.columns.find((x) => x.name === c)!.udt;
        return `$${i + 1}::${udt.startsWith("_") ? `"${udt.slice(1)}"[]` : `"${udt}"`}`;
      });
      // A trigger may already have written this row (a first-choice claim): then it takes the canaries too.
      const conflict = table.primaryKey
        ? `ON CONFLICT ON CONSTRAINT "${table.primaryKey}" DO UPDATE SET ${cols.map((c) => `"${c}" = EXCLUDED."${c}"`).join(", ")}`
        : "";
      const sql = `INSERT INTO "${table.name}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${casts.join(", ")}) ${conflict} RETURNING *`;
      let written: Record<string, unknown>;
      try {
        written = (
          await pool.query(
            sql,
            cols.map((c) => values[c]),
          )
        ).rows[0] as Record<string, unknown>;
      } catch (error) {
        throw new Error(
          `Could not write the canary row of ${table.model} (${(error as Error).message}). If a CHECK constraint or trigger restricts a column, add the value it needs to OVERRIDES in lib/testing/canary-world.ts.`,
        );
      }
      if (variant === 0) mainRows.set(table.name, written);
      const row = Object.fromEntries(Object.entries(written).map(([c, v]) => [fieldOf.get(c) ?? c, v]));
      for (const f of storedFields(model)) {
        const col = f.dbName ?? f.name;
        if (fkColumns.has(col)) continue;
        const needles = traced.get(f.name);
        canaries.push({ model: table.model, field: f.name, variant, row, needles: needles ?? [], traceable: Boolean(needles) && !untraced.has(f.name) });
      }
    }
  }
  const user = mainRows.get(tables.find((t) => t.model === "User")!.name)!;
  const person = mainRows.get(tables.find((t) => t.model === "Person")!.name)!;
  return { residentId: String(user.id), personId: String(person.id), canaries, tables };
}

/** The foreign-key columns of a model, by Prisma field name. */
export function foreignKeyFields(world: CanaryWorld, model: string): Set<string> {
  const rdm = runtimeDataModel().models[model]!;
  const table = world.tables.find((t) => t.model === model);
  const byColumn = new Map(storedFields(rdm).map((f) => [f.dbName ?? f.name, f.name]));
  return new Set((table?.foreignKeys ?? []).flatMap((fk) => fk.columns.map((c) => byColumn.get(c) ?? c)));
}
