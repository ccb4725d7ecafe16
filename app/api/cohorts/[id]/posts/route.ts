import type { NextRequest } from "next/server";
import { getNow } from "@/lib/clock";
import { listPosts } from "@/lib/server/board/list-posts";
import { jsonRoute } from "@/lib/server/route-viewer";
import { boardFilterSchema } from "@/lib/validation/board";

/** One page of the board as JSON, for the board's client cache. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const filter = boardFilterSchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const now = await getNow();
  return jsonRoute(id, (viewer) => listPosts(viewer, id, filter, now));
}
