import "server-only";
import { personInsights, type AskLike, type TouchLike } from "@/lib/rules/workspace";

export { personInsights };

/** A touch as TOUCH_SELECT reads it. */
export type TouchRow = TouchLike & { id: string };

/** A person page's 3-touch progress and due items (the resident's page and the advisor's read the same). */
export function personPageInsights(
  person: {
    id: string;
    name: string;
    isAList: boolean;
    createdAt: Date;
    touches: TouchRow[];
    asks: AskLike[];
    meetings: { status: string; scheduledOn: Date }[];
  },
  resident: { programStartDate: Date; joinedOn: Date | null },
  now: Date,
) {
  return personInsights({
    personId: person.id,
    personName: person.name,
    isAList: person.isAList,
    touches: [...person.touches].reverse(),
    asks: person.asks,
    programStartDate: resident.programStartDate,
    addedOn: person.createdAt,
    joinedOn: resident.joinedOn,
    now,
    plannedMeetingOn: person.meetings.filter((m) => m.status === "PLANNED").sort((a, b) => a.scheduledOn.getTime() - b.scheduledOn.getTime())[0]?.scheduledOn,
  });
}

export const TOUCH_SELECT = {
  id: true,
  kind: true,
  channel: true,
  occurredOn: true,
  endsOn: true,
  awaitingReply: true,
  replyReceivedOn: true,
  followUpDays: true,
} as const;

/** Asks that were made count as touches (the concrete ask of the 3-touch rule). */
export const MADE_ASKS = { where: { status: { not: "PLANNED" as const } }, select: { id: true, status: true, askedOn: true, respondedOn: true } };
