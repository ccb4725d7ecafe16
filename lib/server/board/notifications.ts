import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

export async function listUnreadNotifications(viewer: Viewer) {
  return db().notification.findMany({
    where: { userId: viewer.userId, readAt: null },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, kind: true, message: true, cohortId: true, postId: true, createdAt: true },
  });
}

export async function markNotificationsRead(viewer: Viewer, now: Date): Promise<void> {
  await db().notification.updateMany({ where: { userId: viewer.userId, readAt: null }, data: { readAt: now } });
}
