import { AppError } from "@/lib/errors";

type PrismaLikeError = {
  name?: string;
  code?: string;
  message?: string;
  meta?: { driverAdapterError?: { cause?: { kind?: string; constraint?: { index?: string; fields?: string[] }; originalCode?: string } } };
  cause?: unknown;
};

const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "08000", "08003", "08006", "P1001", "P1002", "P1017", "P2024"]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** The name of the unique index a write violated, if it was a unique violation. */
export function uniqueViolation(error: unknown): string | null {
  const e = error as PrismaLikeError | null;
  if (!e || typeof e !== "object") return null;
  if (e.code === "P2002") {
    const index = e.meta?.driverAdapterError?.cause?.constraint?.index;
    return index ?? "unknown";
  }
  // Raw pg errors (queries made through the pool directly).
  if (e.code === "23505") return (e as { constraint?: string }).constraint ?? "unknown";
  return null;
}

export function isUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const e = current as PrismaLikeError;
    if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
    const kind = e.meta?.driverAdapterError?.cause?.kind;
    if (kind && UNAVAILABLE_KINDS.has(kind)) return true;
    if (typeof e.message === "string" && /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|terminating connection due to administrator command/i.test(e.message)) {
      return true;
    }
    current = e.cause;
  }
  return false;
}

const BAD_TEXT_CODES = new Set(["22021", "22P05", "54000"]);

/** Maps database failures that a user can act on ("try again") to AppErrors; null for everything else. */
export function toAppError(error: unknown): AppError | null {
  const original = (error as PrismaLikeError | null)?.meta?.driverAdapterError?.cause?.originalCode ?? (error as { code?: string } | null)?.code;
  if (original && BAD_TEXT_CODES.has(original)) return new AppError("VALIDATION", "Some text contains characters that cannot be saved. Retype it as plain text.");
  if (isUnavailable(error)) return new AppError("UNAVAILABLE", "The database is briefly unavailable. Nothing was saved; please try again in a few seconds.");
  const index = uniqueViolation(error);
  if (index) return new AppError("CONFLICT", "That already exists.", { detail: { constraint: index } });
  return null;
}
