import pino from "pino";
import { env } from "@/lib/env";

/** Structured logs (JSON lines) to stdout. Request-scoped children carry the request id set in proxy.ts. */
export const logger = pino({
  level: env().LOG_LEVEL ?? (env().NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "prelim-scout" },
  redact: ["password", "*.password", "token", "*.token", "passwordHash", "*.passwordHash"],
});

export const REQUEST_ID_HEADER = "x-request-id";
