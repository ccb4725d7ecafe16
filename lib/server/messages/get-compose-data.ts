import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { formatDay } from "@/lib/dates";
import { defaultMessageKind } from "@/lib/rules/interview-season";
import type { MessageKind } from "@/lib/rules/message-rules";
import type { TemplateValues } from "@/lib/rules/message-templates";
import { specialtyLabel } from "@/lib/rules/specialties";
import { currentCycle, ensureCycles } from "@/lib/server/cycles/ensure-cycles";
import { loadMessageContext } from "@/lib/server/messages/load-message-context";
import { orThrowNotFound } from "@/lib/errors";
import { VISA_LABELS } from "@/lib/server/profile/schemas";

/**
 * The compose page: the resident's cycles, the rule context for each, the values templates are filled with, the
 * draft of the asked-for kind (or of the kind that fits where the program stands), and messages of this program
 * still waiting for "did you send it?".
 */
export async function getComposeData(viewer: ResidentViewer, programId: string, requestedKind: MessageKind | null, now: Date) {
  const program = orThrowNotFound(
    await db().program.findFirst({
      where: { id: programId, residentId: viewer.residentId },
      select: {
        id: true,
        name: true,
        institution: true,
        specialty: true,
        status: true,
        interviewDate: true,
        interviewer: true,
        postInterviewCommunication: true,
        messages: { where: { status: { not: "NOT_SENT" } }, select: { kind: true, sentAt: true } },
        drafts: { select: { id: true, kind: true, cycleId: true, subject: true, body: true, updatedAt: true } },
      },
    }),
    "That program",
  );
  const cycles = await ensureCycles(viewer);
  const profile = await db().residentProfile.findUniqueOrThrow({
    where: { userId: viewer.residentId },
    select: {
      programName: true,
      institution: true,
      visaStatus: true,
      user: { select: { name: true } },
      target: { select: { specialty: true, specialtyOther: true } },
    },
  });
  const contexts = await Promise.all(cycles.map((c) => loadMessageContext(db(), viewer, programId, c.id)));
  const specialty = program.specialty ?? profile.target?.specialty ?? null;
  const values: TemplateValues = {
    residentName: profile.user.name,
    programName: program.name,
    programDirectorName: program.interviewer ?? undefined,
    specialty: specialty ? specialtyLabel(specialty, profile.target?.specialtyOther).toLowerCase() : undefined,
    interviewDate: program.interviewDate ? formatDay(program.interviewDate) : undefined,
    visaStatus: VISA_LABELS[profile.visaStatus],
    currentProgram: `${profile.programName}, ${profile.institution}`,
  };
  const kind = requestedKind ?? defaultMessageKind(program, now);
  const draft = program.drafts.find((d) => d.kind === kind) ?? null;
  const pending = await db().message.findMany({
    where: { residentId: viewer.residentId, programId, status: "PENDING" },
    orderBy: { sentAt: "desc" },
    select: { id: true, kind: true, subject: true, sentAt: true, channel: true },
  });
  return { program, cycles, contexts, values, kind, draft, draftKinds: program.drafts.map((d) => d.kind), pending, defaultCycle: currentCycle(cycles, now) };
}
