"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { saveBragSheet as saveBragSheetDal } from "@/lib/server/evidence/save-brag-sheet";
import { bragSheetSchema } from "@/lib/validation/evidence";

export const saveBragSheet = residentAction(bragSheetSchema, async (input, viewer) => {
  await saveBragSheetDal(viewer, input);
  revalidatePath("/evidence");
  return { ok: true as const, data: undefined, message: "Saved for your letter writers." };
});
