import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { orThrowNotFound } from "@/lib/errors";
import { advisorSelect } from "@/lib/server/advisors/field-access";
import { requireAdvisorAccess } from "@/lib/server/advisors/live-grant";
import { personPageInsights } from "@/lib/server/people/person-insights";

/**
 * One person of the resident's map (people scope): who they are, touches and meetings, and 3-touch progress.
 * Free text (private notes, how they met, touch notes, meeting questions and advice) only with private_notes, asks
 * only with asks; a person of another resident is "not found".
 */
export async function getAdvisedPerson(viewer: Viewer, residentId: string, personId: string, now: Date) {
  const a = await requireAdvisorAccess(viewer, residentId, now, "people");
  const s = a.scopes;
  const found = await db().person.findFirst({
    where: { id: personId, residentId: a.residentId },
    select: {
      ...advisorSelect(s, "Person", [
        "id",
        "name",
        "role",
        "specialty",
        "department",
        "institution",
        "tags",
        "isAList",
        "howWeMet",
        "personalNote",
        "privateNotes",
        "createdAt",
      ]),
      touches: {
        orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
        select: advisorSelect(s, "Touch", ["id", "kind", "channel", "occurredOn", "endsOn", "notes", "awaitingReply", "replyReceivedOn", "followUpDays"]),
      },
      meetings: {
        orderBy: { scheduledOn: "desc" },
        select: {
          ...advisorSelect(s, "Meeting", ["kind", "status", "scheduledOn", "completedOn", "reportBackOn", "questions", "advice"]),
          actionItems: { orderBy: { createdAt: "asc" }, select: advisorSelect(s, "ActionItem", ["text", "status"]) },
        },
      },
      // Asks already made count toward the 3-touch progress the people scope shows; the list itself needs asks.
      asks: { orderBy: { createdAt: "desc" as const }, select: advisorSelect(s, "Ask", ["id", "kind", "status", "askedOn", "respondedOn"]) },
    },
  });
  const person = orThrowNotFound(found, "That person");
  const insights = personPageInsights(person, a, now);
  const { touches, meetings, asks: allAsks, createdAt: _createdAt, ...profile } = person;
  const asks = s.has("asks") ? allAsks.map((k) => ({ kind: k.kind, status: k.status, askedOn: k.askedOn })) : undefined;
  return {
    name: a.name,
    person: {
      ...profile,
      howWeMet: profile.howWeMet ?? null,
      personalNote: profile.personalNote ?? null,
      privateNotes: profile.privateNotes ?? null,
      touches: touches.map((t) => ({
        kind: t.kind,
        channel: t.channel,
        occurredOn: t.occurredOn,
        endsOn: t.endsOn,
        replyReceivedOn: t.replyReceivedOn,
        notes: t.notes ?? null,
      })),
      meetings: meetings.map((m) => ({ ...m, questions: m.questions ?? null, advice: m.advice ?? null, actionItems: m.actionItems.map((i) => i.text) })),
      asks: asks ?? null,
    },
    progress: insights.progress,
    next: insights.next,
    privateNotesShared: s.has("private_notes"),
  };
}
