import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { requireAdvisorAccess } from "@/lib/server/advisors/live-grant";

/** Who the resident is and what they share; the overview page and every section's navigation read it. */
export async function getAdvisedOverview(viewer: Viewer, residentId: string, now: Date, options: { record?: boolean } = {}) {
  const a = await requireAdvisorAccess(viewer, residentId, now, "overview", options);
  return { name: a.name, programName: a.programName, institution: a.institution, programStartDate: a.programStartDate, scopes: a.sharedScopes };
}
