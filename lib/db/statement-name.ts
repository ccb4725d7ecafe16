import { createHash } from "node:crypto";

/**
 * Names each statement after its SQL text, so every pooled connection prepares it once and PostgreSQL reuses the
 * parse and, once it settles on a generic plan, the plan (decision 0007). Without a name, pg sends an unnamed
 * statement that PostgreSQL parses and plans on every execution: 4 ms of planning per dashboard request.
 */
export function statementName(query: { sql: string }): string {
  return `ps_${createHash("sha1").update(query.sql).digest("base64url")}`;
}
