import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { formatDay } from "@/lib/dates";
import type { TemplateValues } from "@/lib/rules/message-templates";
import { specialtyLabel } from "@/lib/rules/specialties";
import { currentCycle, ensureCycles } from "@/lib/server/cycles/ensure-cycles";
import { loadMessageContext } from "@/lib/server/messages/load-message-context";
import { orThrowNotFound } from "@/lib/errors";
import { VISA_LABELS } from "@/lib/server/profile/schemas";

/** The compose page: the resident's cycles, the rule context for each, and the values templates are filled with. */
export async function getComposeData(viewer: ResidentViewer, programId: string, now: Date) {
  const program = orThrowNotFound(
    await db().program.findFirst({ where: { id: programId, residentId: viewer.residentId }, select: { id: true, name: true, institution: true, specialty: true, interviewDate: true } }),
    "That program",
  );
  const cycles = await ensureCycles(viewer);
  const profile = await db().residentProfile.findUniqueOrThrow({
    where: { userId: viewer.residentId },
    select: { programName: true, institution: true, visaStatus: true, user: { select: { name: true } }, target: { select: { specialty: true, specialtyOther: true } } },
  });
  const contexts = await Promise.all(cycles.map((c) => loadMessageContext(db(), viewer, programId, c.id)));
  const specialty = program.specialty ?? profile.target?.specialty ?? null;
  const values: TemplateValues = {
    residentName: profile.user.name,
    programName: program.name,
    specialty: specialty ? specialtyLabel(specialty, profile.target?.specialtyOther).toLowerCase() : undefined,
    interviewDate: program.interviewDate ? formatDay(program.interviewDate) : undefined,
    visaStatus: VISA_LABELS[profile.visaStatus],
    currentProgram: `${profile.programName}, ${profile.institution}`,
  };
  return { program, cycles, contexts, values, defaultCycle: currentCycle(cycles, now) };
}
