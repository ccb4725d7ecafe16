"use server";

import { revalidatePath } from "next/cache";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { createPost as createPostDal } from "@/lib/server/board/create-post";
import { postSchema } from "@/lib/validation/board";

export const createPost = residentAction(postSchema, async (input, viewer) => {
  const post = await createPostDal(viewer, input, await getNow());
  revalidatePath(`/board/${input.cohortId}`);
  return { id: post.id, cohortId: input.cohortId };
});
