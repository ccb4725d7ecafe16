import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { viewerCohortsWhere } from "@/lib/server/cohorts/membership";

/**
 * Openings in the resident's cohorts in their target specialty, for the dashboard. The caller passes the
 * specialty of the viewer's own target (the dashboard has already read it), or null when there is none.
 */
export async function matchingOpenings(viewer: ResidentViewer, targetSpecialty: string | null, now: Date) {
  if (!targetSpecialty) return [];
  return db().boardPost.findMany({
    where: {
      status: "VISIBLE",
      kind: { in: ["OPENING", "AFFILIATE_POSITIONS", "VACANCY_SOAP_INTEL"] },
      specialty: targetSpecialty,
      createdAt: { gte: new Date(now.getTime() - 60 * 86_400_000) },
      cohort: viewerCohortsWhere(viewer),
    },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: { id: true, cohortId: true, title: true, programName: true, institution: true, evidenceKind: true, createdAt: true },
  });
}
