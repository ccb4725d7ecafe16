import "server-only";
import { AppError } from "@/lib/errors";
import { aListCapMessage } from "@/lib/rules/workspace";

/** The database trigger people_a_list_cap refuses an 8th A-list person; this turns it into the rule's sentence. */
export function mapAListCap(error: unknown): never {
  const text = String((error as { message?: string })?.message ?? "");
  const cause = JSON.stringify((error as { meta?: unknown })?.meta ?? {});
  if (text.includes("a_list_cap") || cause.includes("a_list_cap")) {
    throw new AppError("RULE_VIOLATION", aListCapMessage(), { fieldErrors: { isAList: [aListCapMessage()] }, detail: { rule: "a-list-cap" } });
  }
  throw error;
}
