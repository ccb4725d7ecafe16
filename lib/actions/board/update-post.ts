"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { updatePost as updatePostDal } from "@/lib/server/board/update-post";
import { postSchema } from "@/lib/validation/board";

export const updatePost = residentAction(
  z.intersection(postSchema, z.object({ postId: z.string().uuid("That post was not found.") })),
  async (input, viewer) => {
    const { postId, ...rest } = input;
    await updatePostDal(viewer, postId, rest, await getNow());
    revalidatePath(`/board/${input.cohortId}/posts/${postId}`);
    return { id: postId, cohortId: input.cohortId };
  },
);
