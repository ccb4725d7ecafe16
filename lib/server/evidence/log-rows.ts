import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { toDateOnly } from "@/lib/dates";
import { PROJECT_KIND_LABELS, PROJECT_STATUS_LABELS } from "@/lib/labels/evidence";
import type { LogRow } from "@/lib/rules/year-plan";

/**
 * Running-log rows for projects (when started, when completed) and feedback quotes (when received): the evidence a
 * letter request reminds the writer of. Loads in parallel with the other sources; the returned function takes
 * `serviceOn` (the rotation running on a date) once the rotations are known, as for the other rows.
 */
export async function loadEvidenceLogRows(viewer: ResidentViewer): Promise<(serviceOn: (date: Date) => string | null) => (LogRow & { id: null })[]> {
  const [projects, feedback] = await Promise.all([
    db().project.findMany({
      where: { residentId: viewer.residentId },
      select: {
        title: true,
        kind: true,
        status: true,
        output: true,
        startedOn: true,
        targetOn: true,
        completedOn: true,
        createdAt: true,
        mentor: { select: { name: true } },
        rotation: { select: { service: true } },
      },
    }),
    db().feedbackQuote.findMany({
      where: { residentId: viewer.residentId },
      select: { quote: true, context: true, receivedOn: true, person: { select: { name: true } }, rotation: { select: { service: true } } },
    }),
  ]);
  const row = (date: Date, rest: Omit<LogRow, "month" | "date">) => ({ id: null, month: toDateOnly(date).slice(0, 7), date, ...rest });
  return (serviceOn) => [
    ...projects.flatMap((p) => {
      const started = p.startedOn ?? new Date(`${toDateOnly(p.createdAt)}T00:00:00Z`);
      const service = p.rotation?.service ?? serviceOn(started);
      const label = `${PROJECT_KIND_LABELS[p.kind]}: ${p.title}`;
      const rows = [
        row(started, {
          service,
          faculty: p.mentor?.name ?? null,
          action: `Project started: ${label}`,
          nextStep:
            p.status === "COMPLETED"
              ? null
              : p.targetOn
                ? `${PROJECT_STATUS_LABELS[p.status]}; aim to finish by ${toDateOnly(p.targetOn)}`
                : PROJECT_STATUS_LABELS[p.status],
          source: "project" as const,
        }),
      ];
      if (p.completedOn) {
        rows.push(
          row(p.completedOn, {
            service: p.rotation?.service ?? serviceOn(p.completedOn),
            faculty: p.mentor?.name ?? null,
            action: `Project completed: ${label}${p.output ? ` (${p.output})` : ""}`,
            nextStep: null,
            source: "project" as const,
          }),
        );
      }
      return rows;
    }),
    ...feedback.map((q) =>
      row(q.receivedOn, {
        service: q.rotation?.service ?? serviceOn(q.receivedOn),
        faculty: q.person.name,
        action: `Feedback: "${q.quote}"${q.context ? ` (${q.context})` : ""}`,
        nextStep: null,
        source: "feedback" as const,
      }),
    ),
  ];
}
