import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { assertResident, getViewer, type ResidentViewer, type Viewer } from "@/lib/auth/viewer";
import { AppError, isAppError, type AppErrorCode } from "@/lib/errors";
import { toAppError } from "@/lib/db/errors";
import { logger } from "@/lib/log";

export type ActionFailure = {
  ok: false;
  code: AppErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
  /** What the user typed (passwords excepted), so a form can show it again. */
  values?: Record<string, string>;
  detail?: unknown;
};
export type ActionSuccess<T> = { ok: true; data: T; message?: string };
export type ActionResult<T = undefined> = ActionSuccess<T> | ActionFailure;

/** Both call styles: `action(input)` from code, and `useActionState(action, initial)` with a form. */
export type Action<T> = (inputOrPrevState: unknown, formData?: FormData) => Promise<ActionResult<T>>;

const SECRET_FIELDS = /password|token|secret/i;

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    // Repeated names (checkbox groups) become lists; single values stay strings.
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

function echoValues(raw: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (SECRET_FIELDS.test(key)) continue;
    // Whole, however long: a form refused for length shows the text again so it can be shortened, not retyped.
    if (typeof value === "string") values[key] = value;
    // Lists (checkbox groups) come back comma-joined; their values are codes without commas.
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) values[key] = value.join(",");
  }
  return values;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

function failure(error: AppError, raw: Record<string, unknown>): ActionFailure {
  return {
    ok: false,
    code: error.code,
    message: error.message,
    fieldErrors: error.fieldErrors,
    values: echoValues(raw),
    detail: error.code === "RULE_VIOLATION" || error.code === "RATE_LIMITED" ? error.detail : undefined,
  };
}

type Handler<S extends z.ZodType, T, V> = (input: z.output<S>, viewer: V) => Promise<T | ActionSuccess<T>>;

function wrap<S extends z.ZodType, T, V>(schema: S, getPrincipal: () => Promise<V>, handler: Handler<S, T, V>): Action<T> {
  return async (inputOrPrevState, formData) => {
    const raw: Record<string, unknown> =
      formData instanceof FormData
        ? formDataToObject(formData)
        : inputOrPrevState && typeof inputOrPrevState === "object" && !Array.isArray(inputOrPrevState)
          ? { ...(inputOrPrevState as Record<string, unknown>) }
          : {};
    try {
      const principal = await getPrincipal();
      const nul = fieldsWith(raw, (v) => v.includes("\u0000"));
      if (nul.length) {
        const message = "This text contains an invisible control character (NUL) that cannot be saved. Retype or paste it as plain text.";
        throw new AppError("VALIDATION", message, { fieldErrors: Object.fromEntries(nul.map((k) => [k, [message]])) });
      }
      const broken = fieldsWith(raw, (v) => LONE_SURROGATE.test(v));
      if (broken.length) {
        const message = "This text contains a broken character (half of an emoji or symbol) that cannot be saved. Retype it or paste it as plain text.";
        throw new AppError("VALIDATION", message, { fieldErrors: Object.fromEntries(broken.map((k) => [k, [message]])) });
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        throw new AppError("VALIDATION", "Some fields need attention.", { fieldErrors: fieldErrorsOf(parsed.error) });
      }
      const result = await handler(parsed.data, principal);
      if (result && typeof result === "object" && "ok" in result && result.ok === true) return result as ActionSuccess<T>;
      return { ok: true, data: result as T };
    } catch (error) {
      // redirect() and notFound() are control flow for Next.js, not failures.
      unstable_rethrow(error);
      const appError = isAppError(error) ? error : toAppError(error);
      if (appError) return failure(appError, raw);
      logger.error({ err: error instanceof Error ? error.message : String(error) }, "action failed unexpectedly");
      return failure(new AppError("UNAVAILABLE", "Something went wrong on our side. Your input is still here; please try again."), raw);
    }
  };
}

/**
 * Half of a surrogate pair (a character outside the Basic Multilingual Plane cut in two, as a bad paste or a broken
 * client can send) is not text: encodeURIComponent throws on it and UTF-8 cannot hold it.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The fields holding a string that cannot be saved (PostgreSQL text cannot hold U+0000; half a surrogate pair is not
 * text): say which field has it rather than fail in the database or in an encoder.
 */
function fieldsWith(raw: Record<string, unknown>, unsavable: (value: string) => boolean): string[] {
  const bad = new Set<string>();
  const visit = (value: unknown, key: string, depth: number) => {
    if (depth > 6) return;
    if (typeof value === "string") {
      if (unsavable(value)) bad.add(key);
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v, key, depth + 1);
    } else if (value && typeof value === "object") {
      for (const v of Object.values(value)) visit(v, key, depth + 1);
    }
  };
  for (const [key, value] of Object.entries(raw)) visit(value, key, 0);
  return [...bad];
}

async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  return viewer;
}

/** An action for signed-in users: session, then zod, then the handler (which authorizes against the record). */
export function authedAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T, Viewer>): Action<T> {
  return wrap(schema, requireViewer, handler);
}

/** An action anyone may call (sign-up, password reset): still validated, still rate limited by its handler. */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T, null>): Action<T> {
  return wrap(schema, async () => null, handler);
}

/** An action inside a resident's own workspace: like authedAction, and anyone else gets "not found". */
export function residentAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T, ResidentViewer>): Action<T> {
  return wrap(
    schema,
    async () => {
      const viewer = await requireViewer();
      assertResident(viewer);
      return viewer;
    },
    handler,
  );
}
