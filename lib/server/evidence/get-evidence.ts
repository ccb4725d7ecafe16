import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { toDateOnly } from "@/lib/dates";
import { readPage } from "@/lib/pagination";
import { projectCheck } from "@/lib/rules/evidence";

const dateText = (d: Date | null) => (d ? toDateOnly(d) : null);

/**
 * The evidence page: a page of projects (newest first) and a page of feedback quotes (latest received first), each
 * LIST_PAGE_SIZE and paged on its own, the shared brag-sheet parts, and what the pickers offer. The one-project check
 * is about every project and reads the three columns it needs of all of them.
 */
export async function getEvidence(viewer: ResidentViewer, { projectsPage, quotesPage }: { projectsPage?: number; quotesPage?: number } = {}) {
  const residentId = viewer.residentId;
  const where = { residentId };
  const [profile, projectPage, feedbackPage, allProjects] = await Promise.all([
    db().residentProfile.findUniqueOrThrow({
      where: { userId: residentId },
      select: {
        target: { select: { specialty: true } },
        bragSheet: { select: { cvUrl: true, cvNotes: true, statementDraft: true, updatedAt: true } },
        people: { orderBy: { name: "asc" }, select: { id: true, name: true } },
        rotations: { orderBy: { startsOn: "asc" }, select: { id: true, service: true, startsOn: true } },
      },
    }),
    readPage(
      projectsPage,
      () => db().project.count({ where }),
      (skip, take) =>
        db().project.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          skip,
          take,
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
        }),
    ),
    readPage(
      quotesPage,
      () => db().feedbackQuote.count({ where }),
      (skip, take) =>
        db().feedbackQuote.findMany({
          where,
          orderBy: [{ receivedOn: "desc" }, { createdAt: "desc" }, { id: "desc" }],
          skip,
          take,
          select: {
            id: true,
            quote: true,
            context: true,
            source: true,
            receivedOn: true,
            person: { select: { id: true, name: true } },
            rotation: { select: { id: true, service: true } },
          },
        }),
    ),
    db().project.findMany({ where, select: { status: true, specialty: true, mentor: { select: { specialty: true } } } }),
  ]);
  const projects = {
    ...projectPage,
    items: projectPage.items.map((p) => ({ ...p, startedOn: dateText(p.startedOn), targetOn: dateText(p.targetOn), completedOn: dateText(p.completedOn) })),
  };
  return {
    projects,
    feedback: { ...feedbackPage, items: feedbackPage.items.map((q) => ({ ...q, receivedOn: toDateOnly(q.receivedOn) })) },
    bragSheet: profile.bragSheet,
    check: projectCheck(
      allProjects.map((p) => ({ status: p.status, specialty: p.specialty, mentorSpecialty: p.mentor?.specialty ?? null })),
      profile.target?.specialty ?? null,
    ),
    people: profile.people,
    rotations: profile.rotations.map((r) => ({ id: r.id, label: `${r.service} (${toDateOnly(r.startsOn).slice(0, 7)})` })),
  };
}
export type Evidence = Awaited<ReturnType<typeof getEvidence>>;
