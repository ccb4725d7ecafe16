"use server";

import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { saveDraft as saveDraftDal } from "@/lib/server/messages/save-draft";
import { saveDraftSchema } from "@/lib/validation/messages";

/** Autosave from the composer. No revalidation: the page that lists drafts reads them fresh when opened. */
export const saveDraft = residentAction(saveDraftSchema, async (input, viewer) => saveDraftDal(viewer, input, await getNow()));
