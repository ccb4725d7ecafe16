import "server-only";
import { visibleToAdvisor } from "@/lib/rules/due-items";
import { unsafeGetDueItems } from "@/lib/server/plan/get-due-items";
import { db } from "@/lib/db/client";
import { addDaysUtc, startOfDayUtc } from "@/lib/dates";
import { lettersProgress } from "@/lib/rules/workspace";
import { touchpointState, touchpointWindows } from "@/lib/rules/year-plan";
import { advisorSelect } from "@/lib/server/advisors/field-access";
import type { AdvisorAccess } from "@/lib/server/advisors/live-grant";
import { currentCycle } from "@/lib/server/cycles/ensure-cycles";
import { personInsights } from "@/lib/server/people/person-insights";

// Reads shared by the advisor's pages. Each takes the advisor's access (never a made-up resident viewer), returns
// nothing for a scope the grant lacks, and selects through advisorSelect, so only fields the table in
// field-access.ts allows for the grant's scopes are fetched at all.

const TOUCH_FIELDS = ["id", "kind", "channel", "occurredOn", "endsOn", "awaitingReply", "replyReceivedOn", "followUpDays"] as const;

/**
 * The resident's people with what the 3-touch rule and the follow-up reminders say about each (people scope), and
 * the meetings due items count: planned ones, and done ones owing a report back within a week.
 */
export async function readAdvisedPeople(access: AdvisorAccess, now: Date, options: { aListOnly?: boolean } = {}) {
  if (!access.scopes.has("people")) return null;
  const s = access.scopes;
  const today = startOfDayUtc(now);
  const rows = await db().person.findMany({
    where: { residentId: access.residentId, ...(options.aListOnly ? { isAList: true } : {}) },
    orderBy: { name: "asc" },
    select: {
      ...advisorSelect(s, "Person", ["id", "name", "role", "isAList"]),
      touches: { orderBy: { occurredOn: "asc" }, select: advisorSelect(s, "Touch", TOUCH_FIELDS) },
      meetings: {
        where: { OR: [{ status: "PLANNED" }, { status: "DONE", reportedBackOn: null, reportBackOn: { lte: addDaysUtc(today, 7) } }] },
        orderBy: { scheduledOn: "asc" },
        select: advisorSelect(s, "Meeting", ["kind", "status", "scheduledOn", "reportBackOn"]),
      },
    },
  });
  return rows.map((p) => {
    const insights = personInsights({
      personId: p.id,
      personName: p.name,
      isAList: p.isAList,
      touches: p.touches,
      programStartDate: access.programStartDate,
      now,
      plannedMeetingOn: p.meetings.find((m) => m.status === "PLANNED")?.scheduledOn,
    });
    return { ...p, ...insights };
  });
}

/** The current match cycle's name and dates, read without creating anything (advisors never write). */
export async function readAdvisedCycle(access: AdvisorAccess, now: Date) {
  const s = access.scopes;
  if (!["programs", "loi_status", "rotations"].some((scope) => s.has(scope as "programs"))) return null;
  const cycles = await db().matchCycle.findMany({
    where: { residentId: access.residentId },
    orderBy: { matchDay: "asc" },
    select: advisorSelect(s, "MatchCycle", ["id", "name", "matchDay", "rankListDeadline"]),
  });
  return currentCycle(cycles, now) ?? null;
}

/** The three PD touchpoints with their windows and state (rotations scope). */
export async function readAdvisedTouchpoints(access: AdvisorAccess, now: Date) {
  if (!access.scopes.has("rotations")) return null;
  const [saved, cycle] = await Promise.all([
    db().pdTouchpoint.findMany({ where: { residentId: access.residentId }, select: advisorSelect(access.scopes, "PdTouchpoint", ["key", "status", "onDate"]) }),
    readAdvisedCycle(access, now),
  ]);
  const today = startOfDayUtc(now);
  return touchpointWindows(access.programStartDate, cycle?.rankListDeadline ?? null).map((w) => {
    const row = saved.find((t) => t.key === w.key);
    const status = row?.status ?? "PLANNED";
    return {
      key: w.key,
      label: w.label,
      opensOn: w.opensOn,
      closesOn: w.closesOn,
      status,
      onDate: row?.onDate ?? null,
      state: touchpointState(w, status, today),
    };
  });
}

/** Letters secured and what is missing (asks scope). Whether a letter is in the target specialty is computed, not shown. */
export async function readAdvisedLetters(access: AdvisorAccess) {
  if (!access.scopes.has("asks")) return null;
  const s = access.scopes;
  const [letters, target] = await Promise.all([
    db().ask.findMany({
      where: { residentId: access.residentId, kind: "LETTER" },
      select: { ...advisorSelect(s, "Ask", ["status", "fromPrelimYear"]), person: { select: advisorSelect(s, "Person", ["specialty"]) } },
    }),
    db().target.findUnique({ where: { residentId: access.residentId }, select: advisorSelect(s, "Target", ["specialty"]) }),
  ]);
  return lettersProgress(
    letters.map((l) => ({ status: l.status, fromPrelimYear: l.fromPrelimYear, inTargetSpecialty: Boolean(target && l.person.specialty === target.specialty) })),
  );
}

/**
 * The resident's due items an advisor may see: the one due-items function (the dashboard, digest and calendar feed
 * read the same), each item only with the scope that covers its section (people for follow-ups, next touches and
 * meetings; rotations for PD touchpoints, peak-rotation prompts and the late-start plan; targets for the decision;
 * programs for the interview season). The grant was checked by requireAdvisorAccess.
 */
export async function readAdvisedDueItems(access: AdvisorAccess, now: Date) {
  const { items } = await unsafeGetDueItems(access.residentId, now);
  return visibleToAdvisor(items, access.scopes);
}
