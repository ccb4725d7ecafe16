import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { toDateOnly } from "@/lib/dates";
import { orThrowNotFound } from "@/lib/errors";
import { bragSheet } from "@/lib/rules/evidence";
import { specialtyLabel } from "@/lib/rules/specialties";

/**
 * The brag sheet for one of the viewer's letter asks: who they are and what they are applying for, where they
 * worked with the writer, their projects and the feedback they were given, CV and statement draft. Another
 * resident's ask, or an ask that is not for a letter, is "not found".
 */
export async function getBragSheet(viewer: ResidentViewer, askId: string) {
  const ask = orThrowNotFound(
    await db().ask.findFirst({
      where: { id: askId, residentId: viewer.residentId, kind: "LETTER" },
      select: {
        id: true,
        status: true,
        person: { select: { id: true, name: true, rotationAttendings: { select: { rotation: { select: { service: true, startsOn: true, endsOn: true } } } } } },
      },
    }),
    "That letter request",
  );
  const profile = await db().residentProfile.findUniqueOrThrow({
    where: { userId: viewer.residentId },
    select: {
      programName: true,
      institution: true,
      user: { select: { name: true } },
      target: { select: { specialty: true, specialtyOther: true } },
      bragSheet: { select: { cvUrl: true, cvNotes: true, statementDraft: true } },
      projects: {
        select: {
          id: true,
          title: true,
          kind: true,
          status: true,
          goal: true,
          output: true,
          outputUrl: true,
          startedOn: true,
          completedOn: true,
          mentor: { select: { id: true, name: true } },
        },
      },
      feedback: {
        select: {
          id: true,
          quote: true,
          context: true,
          receivedOn: true,
          person: { select: { id: true, name: true } },
          rotation: { select: { service: true } },
        },
      },
    },
  });
  const sheet = bragSheet({
    resident: {
      name: profile.user.name,
      programName: profile.programName,
      institution: profile.institution,
      targetLabel: profile.target ? specialtyLabel(profile.target.specialty, profile.target.specialtyOther) : null,
    },
    writer: { id: ask.person.id, name: ask.person.name },
    workedTogether: ask.person.rotationAttendings
      .map((a) => a.rotation)
      .sort((a, b) => a.startsOn.getTime() - b.startsOn.getTime())
      .map((r) => ({ service: r.service, startsOn: toDateOnly(r.startsOn), endsOn: toDateOnly(r.endsOn) })),
    projects: profile.projects.map((p) => ({
      id: p.id,
      title: p.title,
      kind: p.kind,
      status: p.status,
      goal: p.goal,
      output: p.output,
      outputUrl: p.outputUrl,
      mentorId: p.mentor?.id ?? null,
      mentorName: p.mentor?.name ?? null,
      startedOn: p.startedOn ? toDateOnly(p.startedOn) : null,
      completedOn: p.completedOn ? toDateOnly(p.completedOn) : null,
    })),
    feedback: profile.feedback.map((q) => ({
      id: q.id,
      personId: q.person.id,
      personName: q.person.name,
      quote: q.quote,
      context: q.context,
      service: q.rotation?.service ?? null,
      receivedOn: toDateOnly(q.receivedOn),
    })),
    cvUrl: profile.bragSheet?.cvUrl ?? null,
    cvNotes: profile.bragSheet?.cvNotes ?? null,
    statementDraft: profile.bragSheet?.statementDraft ?? null,
  });
  return { askId: ask.id, askStatus: ask.status, sheet };
}
