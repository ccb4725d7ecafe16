"use server";

import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { reactToPost as reactToPostDal } from "@/lib/server/board/react-to-post";
import { reactSchema } from "@/lib/validation/board";

export const reactToPost = residentAction(reactSchema, async (input, viewer) => {
  await reactToPostDal(viewer, input, await getNow());
  return { postId: input.postId };
});
