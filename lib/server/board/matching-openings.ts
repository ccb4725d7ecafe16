import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

/** Openings in the resident's cohorts in their target specialty, for the dashboard. */
export async function matchingOpenings(viewer: ResidentViewer, now: Date) {
  const target = await db().target.findUnique({ where: { residentId: viewer.residentId }, select: { specialty: true } });
  if (!target) return [];
  return db().boardPost.findMany({
    where: {
      status: "VISIBLE",
      kind: { in: ["OPENING", "AFFILIATE_POSITIONS", "VACANCY_SOAP_INTEL"] },
      specialty: target.specialty,
      createdAt: { gte: new Date(now.getTime() - 60 * 86_400_000) },
      cohort: { memberships: { some: { userId: viewer.userId } } },
    },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: { id: true, cohortId: true, title: true, programName: true, institution: true, evidenceKind: true, confirmCount: true, createdAt: true },
  });
}
