import { CONSTRAINTS, type ConstraintMeaning, type InternalConstraint } from "@/lib/db/constraints";
import { AppError, type AppErrorCode } from "@/lib/errors";

type DriverCause = { kind?: string; constraint?: { index?: string; fields?: string[] }; originalCode?: string; originalMessage?: string };
type PrismaLikeError = {
  name?: string;
  code?: string;
  message?: string;
  constraint?: string;
  meta?: { driverAdapterError?: { cause?: DriverCause } };
  cause?: unknown;
};

const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08003",
  "08006",
  "P1001",
  "P1002",
  "P1017",
  "P2024",
]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** SQLSTATE of each kind of constraint violation. */
const VIOLATIONS = { "23505": "unique", "23514": "check", "23503": "foreign-key", "23P01": "exclusion" } as const;
export type ViolationKind = (typeof VIOLATIONS)[keyof typeof VIOLATIONS];

const DEFAULT_CODE: Record<ViolationKind, AppErrorCode> = { unique: "CONFLICT", check: "VALIDATION", "foreign-key": "NOT_FOUND", exclusion: "CONFLICT" };

/** Trigger functions' message tokens, back to the constraint each one names (see `raisedAs`). */
const RAISED_AS = new Map(Object.entries(CONSTRAINTS).flatMap(([name, entry]) => ("raisedAs" in entry ? [[entry.raisedAs, name] as const] : [])));

/**
 * The constraint a write violated and the kind of violation, from a Prisma error (driver adapter) or a raw pg
 * error. Prisma's adapter passes the name on for unique and foreign-key violations only; a CHECK's name is in
 * PostgreSQL's message, and a trigger's is found from the token it raises.
 */
export function violatedConstraint(error: unknown): { kind: ViolationKind; name: string | null } | null {
  const e = error as PrismaLikeError | null;
  if (!e || typeof e !== "object") return null;
  const cause = e.meta?.driverAdapterError?.cause;
  const sqlState = cause?.originalCode ?? e.code;
  const kind = sqlState ? VIOLATIONS[sqlState as keyof typeof VIOLATIONS] : undefined;
  if (!kind) return null;
  const message = cause?.originalMessage ?? e.message ?? "";
  const name = cause?.constraint?.index ?? e.constraint ?? /constraint "([^"]+)"/.exec(message)?.[1] ?? RAISED_AS.get(message) ?? null;
  return { kind, name };
}

/** What the named constraint protects, or null for an unknown name or one no input can break. */
export function constraintMeaning(name: string | null): ConstraintMeaning | null {
  const entry = name && Object.hasOwn(CONSTRAINTS, name) ? (CONSTRAINTS[name as keyof typeof CONSTRAINTS] as ConstraintMeaning | InternalConstraint) : null;
  return entry && !("internal" in entry) ? entry : null;
}

export function isUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const e = current as PrismaLikeError;
    if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
    const kind = e.meta?.driverAdapterError?.cause?.kind;
    if (kind && UNAVAILABLE_KINDS.has(kind)) return true;
    if (
      typeof e.message === "string" &&
      /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|terminating connection due to administrator command/i.test(e.message)
    ) {
      return true;
    }
    current = e.cause;
  }
  return false;
}

const BAD_TEXT_CODES = new Set(["22021", "22P05", "54000"]);

/**
 * Maps database failures a user can act on to AppErrors: a violated constraint to the field and sentence of its
 * entry in lib/db/constraints.ts, an outage to "try again", unstorable text to "retype it". Null for everything
 * else, which the caller logs and answers with a generic sentence.
 */
export function toAppError(error: unknown): AppError | null {
  const original = (error as PrismaLikeError | null)?.meta?.driverAdapterError?.cause?.originalCode ?? (error as { code?: string } | null)?.code;
  if (original && BAD_TEXT_CODES.has(original))
    return new AppError("VALIDATION", "Some text contains characters that cannot be saved. Retype it as plain text.");
  if (isUnavailable(error)) return new AppError("UNAVAILABLE", "The database is briefly unavailable. Nothing was saved; please try again in a few seconds.");
  const violated = violatedConstraint(error);
  const meaning = violated && constraintMeaning(violated.name);
  if (!violated || !meaning) return null;
  return new AppError(meaning.code ?? DEFAULT_CODE[violated.kind], meaning.message, {
    fieldErrors: meaning.field ? { [meaning.field]: [meaning.fieldMessage ?? meaning.message] } : undefined,
    detail: { constraint: violated.name, ...(meaning.rule ? { rule: meaning.rule } : {}) },
  });
}
