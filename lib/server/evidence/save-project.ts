import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { assertOwnLinks } from "@/lib/server/evidence/owned-links";
import type { ProjectInput } from "@/lib/validation/evidence";

/** Creates a project, or updates one of the viewer's; a completed project without a date is completed today. */
export async function saveProject(viewer: ResidentViewer, input: ProjectInput, today: string): Promise<{ id: string }> {
  const date = (v: string | undefined) => (v ? parseDateOnly(v) : null);
  const data = {
    title: input.title,
    kind: input.kind,
    status: input.status,
    goal: input.goal ?? null,
    specialty: input.specialty ?? null,
    mentorId: input.mentorId ?? null,
    rotationId: input.rotationId ?? null,
    output: input.output ?? null,
    outputUrl: input.outputUrl ?? null,
    startedOn: date(input.startedOn),
    targetOn: date(input.targetOn),
    completedOn: input.status === "COMPLETED" ? (date(input.completedOn) ?? parseDateOnly(today)) : null,
  };
  if (data.completedOn && data.startedOn && data.completedOn < data.startedOn) {
    const message = "A project completed today needs a start date on or before today.";
    throw new AppError("VALIDATION", message, { fieldErrors: { startedOn: [message] } });
  }
  return db().$transaction(async (tx) => {
    await assertOwnLinks(tx, viewer, { personId: input.mentorId, personField: "mentorId", rotationId: input.rotationId });
    if (!input.projectId) return tx.project.create({ data: { residentId: viewer.residentId, ...data }, select: { id: true } });
    const { count } = await tx.project.updateMany({ where: { id: input.projectId, residentId: viewer.residentId }, data });
    if (count !== 1) throw new AppError("NOT_FOUND", "That project was not found.");
    return { id: input.projectId };
  });
}
