import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";

export const TEST_CLOCK_COOKIE = "ps-test-now";

/**
 * "Now" for business rules. End-to-end tests move it with a cookie, which only a server started with
 * ALLOW_TEST_CLOCK=1 (the test launcher) honours; everywhere else it is the real time.
 */
export async function getNow(): Promise<Date> {
  if (env().ALLOW_TEST_CLOCK === "1") {
    try {
      const value = (await cookies()).get(TEST_CLOCK_COOKIE)?.value;
      const parsed = value ? new Date(value) : null;
      if (parsed && !Number.isNaN(parsed.getTime())) return parsed;
    } catch {
      // Outside a request (scripts, tests): fall through to the real clock.
    }
  }
  return new Date();
}
