"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/safe-action";
import { endOwnSession } from "@/lib/server/auth/sessions";

/** "Sign out" on one row of the settings page's session list: only the viewer's own sessions are found. */
export const signOutSession = authedAction(z.object({ sessionId: z.string().uuid("That session has already ended.") }), async ({ sessionId }, viewer) => {
  await endOwnSession(viewer, sessionId);
  revalidatePath("/settings");
});
