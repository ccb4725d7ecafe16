import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

export async function getDigestSettings(viewer: Viewer): Promise<{ enabled: boolean; lastSentAt: Date | null }> {
  const user = await db().user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { digestEnabled: true, lastDigestAt: true } });
  return { enabled: user.digestEnabled, lastSentAt: user.lastDigestAt };
}
