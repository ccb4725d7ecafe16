import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import type { Tx } from "@/lib/db/client";
import { orThrowNotFound } from "@/lib/errors";
import type { MessageContext } from "@/lib/rules/message-rules";
import type { SpecialtyId } from "@/lib/rules/specialties";

/**
 * Everything the honesty rules need about the resident, the program and the cycle. Both the compose page (to
 * check while typing) and the record action (to check again on the server) use it.
 */
export async function loadMessageContext(
  tx: Tx,
  viewer: ResidentViewer,
  programId: string,
  cycleId: string,
): Promise<MessageContext & { programEmailName: string }> {
  const [program, cycle, profile, sent] = await Promise.all([
    tx.program.findFirst({
      where: { id: programId, residentId: viewer.residentId },
      select: {
        id: true,
        name: true,
        institution: true,
        postInterviewCommunication: true,
        participatesInMatch: true,
        interviewDate: true,
        soapContactOn: true,
      },
    }),
    tx.matchCycle.findFirst({ where: { id: cycleId, residentId: viewer.residentId } }),
    tx.residentProfile.findUniqueOrThrow({ where: { userId: viewer.residentId }, select: { visaStatus: true, target: { select: { specialty: true } } } }),
    // A message waiting for "did you send it?" counts as sent: that is what keeps two tabs from both passing.
    tx.message.findMany({
      where: { residentId: viewer.residentId, cycleId, status: { not: "NOT_SENT" } },
      orderBy: { sentAt: "asc" },
      select: { programId: true, kind: true, sentAt: true, claimsFirstChoice: true },
    }),
  ]);
  const p = orThrowNotFound(program, "That program");
  const c = orThrowNotFound(cycle, "That match cycle");
  const soapContact = p.soapContactOn !== null && p.soapContactOn >= c.matchWeekMonday && p.soapContactOn <= c.soapEnd;
  return {
    profile: { targetSpecialty: (profile.target?.specialty ?? null) as SpecialtyId | null, visaStatus: profile.visaStatus },
    program: {
      id: p.id,
      name: p.name,
      postInterviewCommunication: p.postInterviewCommunication,
      participatesInMatch: p.participatesInMatch,
      interviewDate: p.interviewDate,
    },
    calendar: {
      applicationsOpen: c.applicationsOpen,
      rankListDeadline: c.rankListDeadline,
      matchWeekMonday: c.matchWeekMonday,
      soapEnd: c.soapEnd,
      matchDay: c.matchDay,
      trainingStart: c.trainingStart,
    },
    programContactedFirstDuringSoap: soapContact,
    sentThisCycle: sent,
    programEmailName: `${p.name}, ${p.institution}`,
  };
}
