"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { addComment as addCommentDal } from "@/lib/server/board/add-comment";
import { commentSchema } from "@/lib/validation/board";

export const addComment = residentAction(commentSchema, async (input, viewer) => {
  const comment = await addCommentDal(viewer, input);
  revalidatePath(`/board/${comment.cohortId}/posts/${input.postId}`);
  return { ok: true as const, data: { id: comment.id }, message: "Comment posted." };
});
