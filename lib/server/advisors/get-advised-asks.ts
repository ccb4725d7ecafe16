import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { readAdvisedLetters } from "@/lib/server/advisors/advised-reads";
import { advisorSelect } from "@/lib/server/advisors/field-access";
import { requireAdvisorAccess } from "@/lib/server/advisors/live-grant";

/** Who the resident asked for what, with dates, and the letters card (asks scope). */
export async function getAdvisedAsks(viewer: Viewer, residentId: string, now: Date) {
  const a = await requireAdvisorAccess(viewer, residentId, now, "asks");
  const s = a.scopes;
  const [asks, letters] = await Promise.all([
    db().ask.findMany({
      where: { residentId: a.residentId },
      orderBy: [{ status: "asc" }, { createdAt: "desc" }],
      select: {
        ...advisorSelect(s, "Ask", ["kind", "status", "plannedOn", "askedOn", "respondedOn"]),
        person: { select: advisorSelect(s, "Person", ["name"]) },
      },
    }),
    readAdvisedLetters(a),
  ]);
  return { name: a.name, asks, letters: letters! };
}
