import "server-only";
import { followUpsDue, nextSuggestedTouch, threeTouchProgress, type DueItem, type SuggestedTouch, type ThreeTouchProgress, type TouchLike } from "@/lib/rules/workspace";
import { startOfDayUtc } from "@/lib/dates";

export type TouchRow = TouchLike & { id: string };

/** What the 3-touch rule and the follow-up reminders say about one person, computed from their touches. */
export function personInsights(input: {
  personId: string;
  personName: string;
  isAList: boolean;
  touches: TouchRow[];
  programStartDate: Date;
  now: Date;
  /** The earliest planned meeting with this person, if any: it is the next touch when none has happened yet. */
  plannedMeetingOn?: Date | null;
}): {
  progress: ThreeTouchProgress;
  next: SuggestedTouch;
  due: DueItem[];
} {
  const today = startOfDayUtc(input.now);
  const progress = threeTouchProgress(input.touches);
  let next = nextSuggestedTouch({ touches: input.touches, isAList: input.isAList, programStartDate: input.programStartDate, now: today });
  if (next.step === "work" && input.plannedMeetingOn) {
    next = { ...next, kind: "INTRO_MEETING", label: "Intro meeting planned", dueOn: input.plannedMeetingOn, reason: "Prepare your CV, a paragraph on your goals and two or three questions." };
  }
  const due = followUpsDue({ personId: input.personId, personName: input.personName, touches: input.touches, now: today });
  return { progress, next, due };
}

/** personInsights for a person page, which reads touches newest first and every meeting. */
export function personPageInsights(
  person: { id: string; name: string; isAList: boolean; touches: TouchRow[]; meetings: { status: string; scheduledOn: Date }[] },
  programStartDate: Date,
  now: Date,
) {
  return personInsights({
    personId: person.id,
    personName: person.name,
    isAList: person.isAList,
    touches: [...person.touches].reverse(),
    programStartDate,
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
