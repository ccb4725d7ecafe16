import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { orThrowNotFound } from "@/lib/errors";
import { personPageInsights } from "@/lib/server/people/person-insights";

/** One person of the viewer's map with everything about them; another resident's person is "not found". */
export async function getPerson(viewer: ResidentViewer, personId: string, now: Date) {
  const [person, profile] = await Promise.all([
    db().person.findFirst({
      where: { id: personId, residentId: viewer.residentId },
      include: {
        touches: { orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }] },
        meetings: { orderBy: { scheduledOn: "desc" }, include: { actionItems: { orderBy: { createdAt: "asc" } } } },
        asks: { orderBy: { createdAt: "desc" } },
        feedback: { orderBy: { receivedOn: "desc" }, select: { id: true, quote: true, receivedOn: true, context: true } },
        mentoredProjects: { orderBy: { createdAt: "desc" }, select: { id: true, title: true, status: true } },
        mentorRoles: { select: { role: true, strongYes: true } },
      },
    }),
    db().residentProfile.findUniqueOrThrow({ where: { userId: viewer.residentId }, select: { programStartDate: true, joinedOn: true } }),
  ]);
  const found = orThrowNotFound(person, "That person");
  const insights = personPageInsights(found, profile, now);
  return { person: found, ...insights };
}
export type PersonDetail = Awaited<ReturnType<typeof getPerson>>;
