import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { toDateOnly } from "@/lib/dates";
import { projectCheck } from "@/lib/rules/evidence";

const dateText = (d: Date | null) => (d ? toDateOnly(d) : null);

/** The evidence page: projects, feedback quotes, the shared brag-sheet parts, and what the pickers offer. */
export async function getEvidence(viewer: ResidentViewer) {
  const profile = await db().residentProfile.findUniqueOrThrow({
    where: { userId: viewer.residentId },
    select: {
      target: { select: { specialty: true } },
      bragSheet: { select: { cvUrl: true, cvNotes: true, statementDraft: true, updatedAt: true } },
      projects: {
        orderBy: [{ createdAt: "desc" }],
        select: {
          id: true,
          title: true,
          kind: true,
          status: true,
          goal: true,
          specialty: true,
          output: true,
          outputUrl: true,
          startedOn: true,
          targetOn: true,
          completedOn: true,
          mentor: { select: { id: true, name: true, specialty: true } },
          rotation: { select: { id: true, service: true } },
        },
      },
      feedback: {
        orderBy: [{ receivedOn: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          quote: true,
          context: true,
          source: true,
          receivedOn: true,
          person: { select: { id: true, name: true } },
          rotation: { select: { id: true, service: true } },
        },
      },
      people: { orderBy: { name: "asc" }, select: { id: true, name: true } },
      rotations: { orderBy: { startsOn: "asc" }, select: { id: true, service: true, startsOn: true } },
    },
  });
  const projects = profile.projects.map((p) => ({
    ...p,
    startedOn: dateText(p.startedOn),
    targetOn: dateText(p.targetOn),
    completedOn: dateText(p.completedOn),
  }));
  return {
    projects,
    feedback: profile.feedback.map((q) => ({ ...q, receivedOn: toDateOnly(q.receivedOn) })),
    bragSheet: profile.bragSheet,
    check: projectCheck(
      projects.map((p) => ({ status: p.status, specialty: p.specialty, mentorSpecialty: p.mentor?.specialty ?? null })),
      profile.target?.specialty ?? null,
    ),
    people: profile.people,
    rotations: profile.rotations.map((r) => ({ id: r.id, label: `${r.service} (${toDateOnly(r.startsOn).slice(0, 7)})` })),
  };
}
export type Evidence = Awaited<ReturnType<typeof getEvidence>>;
