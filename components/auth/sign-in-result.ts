import { signIn } from "next-auth/react";
import type { ActionResult } from "@/lib/actions/safe-action";

/**
 * next-auth's browser sign-in, answered as an action is, so the sign-in forms call it through useAction like any
 * other action. `describe` turns next-auth's error (undefined when it gave none) into the sentence the user sees.
 */
export async function signInResult(
  provider: string,
  credentials: Record<string, string>,
  describe: (error: string | undefined) => string,
): Promise<ActionResult<null>> {
  const response = await signIn(provider, { ...credentials, redirect: false });
  if (response && !response.error) return { ok: true, data: null };
  return { ok: false, code: "UNAUTHENTICATED", message: describe(response?.error ?? undefined) };
}
