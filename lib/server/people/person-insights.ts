import "server-only";

export { personInsights } from "@/lib/rules/workspace";

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
