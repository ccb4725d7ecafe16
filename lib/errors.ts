/** Expected failures, each with a code the UI maps to a sentence and the HTTP layer to a status. */
export type AppErrorCode = "UNAUTHENTICATED" | "NOT_FOUND" | "FORBIDDEN" | "VALIDATION" | "RULE_VIOLATION" | "CONFLICT" | "RATE_LIMITED" | "UNAVAILABLE";

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  VALIDATION: 400,
  RULE_VIOLATION: 422,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

const DEFAULT_MESSAGE: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "Please sign in again.",
  NOT_FOUND: "We couldn't find that. It may have been removed, or you may not have access to it.",
  FORBIDDEN: "You can't do that here.",
  VALIDATION: "Some fields need attention.",
  RULE_VIOLATION: "That breaks one of the rules.",
  CONFLICT: "That changed while you were working. Reload and try again.",
  RATE_LIMITED: "Too many attempts. Please wait and try again.",
  UNAVAILABLE: "The service is briefly unavailable. Please try again in a few seconds.",
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  readonly detail?: unknown;

  constructor(code: AppErrorCode, message?: string, options?: { fieldErrors?: Record<string, string[]>; detail?: unknown }) {
    super(message ?? DEFAULT_MESSAGE[code]);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options?.fieldErrors;
    this.detail = options?.detail;
  }
}

export function notFound(what = "That"): never {
  throw new AppError("NOT_FOUND", `${what} was not found.`);
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export function orThrowNotFound<T>(value: T | null | undefined, what?: string): T {
  if (value === null || value === undefined) notFound(what);
  return value;
}
