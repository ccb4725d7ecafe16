"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions/safe-action";
import { AppError } from "@/lib/errors";
import { unsubscribeFromDigest } from "@/lib/server/plan/digest";

/** The button on the unsubscribe page: the signed token from the email is the credential, no sign-in needed. */
export const unsubscribeDigest = publicAction(z.object({ token: z.string().max(200) }), async ({ token }) => {
  if (!(await unsubscribeFromDigest(token))) throw new AppError("NOT_FOUND", "This unsubscribe link is not valid. Turn the digest off in Settings instead.");
});
