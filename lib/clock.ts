import "server-only";
import { cookies } from "next/headers";
import { instantSchema } from "@/lib/validation/dates";
import { env } from "@/lib/env";

export const TEST_CLOCK_COOKIE = "ps-test-now";

/**
 * "Now" for business rules. End-to-end tests move it with a cookie, which only a server started with
 * ALLOW_TEST_CLOCK=1 (the test launcher) honours; everywhere else it is the real time.
 */
export async function getNow(): Promise<Date> {
  if (env().ALLOW_TEST_CLOCK === "1") {
    try {
      const parsed = instantSchema.safeParse((await cookies()).get(TEST_CLOCK_COOKIE)?.value);
      if (parsed.success) return parsed.data;
    } catch {
      // Outside a request (scripts, tests): fall through to the real clock.
    }
  }
  return new Date();
}
