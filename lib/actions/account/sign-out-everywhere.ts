"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/safe-action";
import { endEverySession } from "@/lib/server/auth/sessions";

/** Ends every session of the viewer, this browser's too; the page then sends them to sign-in. */
export const signOutEverywhere = authedAction(z.object({}), async (_input, viewer) => {
  await endEverySession(viewer);
});
