"use server";

import { z } from "zod";
import { authedAction } from "@/lib/actions/safe-action";
import { deleteAccount as deleteAccountDal } from "@/lib/server/account/delete-account";

export const deleteAccount = authedAction(z.object({ confirmation: z.string().max(300) }), async ({ confirmation }, viewer) => {
  await deleteAccountDal(viewer, confirmation);
});
