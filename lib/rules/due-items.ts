// What is due for a resident on a date: ONE list, which the dashboard, the weekly digest, the calendar feed and the
// advisor's summary all show. Each kind of item comes from its own source, a pure function of the same input; adding
// a kind of item is one function and one line in DUE_ITEM_SOURCES. Sources: the domain guide, "The resident's year"
// (3-touch rule and follow-ups, meetings and report-backs, PD touchpoints, the reapply-or-pivot decision, rotation
// prompts, the late-start plan).
//
// Two rules hold for every item, whatever its source:
// - Nothing is due before the resident (or, for a person's items, the person) arrived: see arrivalDate and
//   dueAfterArrival in workspace.ts. What belongs to a moment that passed before the resident joined (a closed PD
//   window, a rotation prompt) is dropped rather than re-dated.
// - Each thing appears once: items are keyed, and a key seen twice is kept once.

import { addDaysUtc, startOfDayUtc } from "@/lib/dates";
import type { AdvisorScope } from "@/lib/rules/advisor-scopes";
import { interviewSeasonTasks, type SeasonInput } from "@/lib/rules/interview-season";
import { watchlistDueItems, type WatchEntry } from "@/lib/rules/watchlist";
import { arrivalDate, decisionStatus, personInsights, type AskLike, type DueItem, type DueSection, type TouchLike } from "@/lib/rules/workspace";
import {
  OPEN_ENDED_DUE_DAYS,
  isLateStart,
  lateStartPlan,
  rotationPrompts,
  touchpointWindows,
  type LateStartStep,
  type TouchpointStatus,
} from "@/lib/rules/year-plan";

export type DueItemsInput = {
  today: Date;
  programStartDate: Date;
  /** The day the resident joined; null means with the program from its start. */
  joinedOn: Date | null;
  decision: "UNDECIDED" | "REAPPLY" | "PIVOT" | null;
  rankListDeadline: Date | null;
  people: {
    id: string;
    name: string;
    isAList: boolean;
    addedOn: Date;
    touches: (TouchLike & { id: string })[];
    asks: AskLike[];
  }[];
  meetings: {
    id: string;
    personId: string;
    personName: string;
    kind: "INTRO" | "ADVICE";
    status: "PLANNED" | "DONE" | "CANCELLED";
    scheduledOn: Date;
    reportBackOn: Date | null;
    reportedBackOn: Date | null;
  }[];
  touchpoints: { key: string; status: TouchpointStatus }[];
  rotations: { id: string; service: string; startsOn: Date; endsOn: Date; hasAListAttending: boolean; completed: string[] }[];
  lateStartDone: string[];
  /** Programs interviewed with, what left the app to them, and dismissed tasks; null to leave the season out. */
  season: Omit<SeasonInput, "now"> | null;
  /** Programs on the off-cycle watchlist, each checked on its own cadence. */
  watchlist: WatchEntry[];
};

/** An item before `dueItems` marks it overdue or not. */
export type DueItemDraft = Omit<DueItem, "overdue">;
export type DueItemSource = (input: DueItemsInput) => DueItemDraft[];

const joinedOnOrNull = (input: DueItemsInput) => arrivalDate([input.joinedOn], input.today);

/** Follow-ups owed to each person, and the next touch with each A-list person who has no meeting planned. */
export const personItems: DueItemSource = (input) =>
  input.people.flatMap((person) => {
    const planned = input.meetings
      .filter((m) => m.personId === person.id && m.status === "PLANNED")
      .sort((a, b) => a.scheduledOn.getTime() - b.scheduledOn.getTime());
    const { next, due } = personInsights({
      personId: person.id,
      personName: person.name,
      isAList: person.isAList,
      touches: person.touches,
      asks: person.asks,
      programStartDate: input.programStartDate,
      addedOn: person.addedOn,
      joinedOn: input.joinedOn,
      now: input.today,
      plannedMeetingOn: planned[0]?.scheduledOn,
    });
    // A planned meeting is itself the next touch, and is listed as a meeting.
    const nextTouch =
      person.isAList && next.dueOn && !planned.length
        ? [
            {
              key: `next-touch:${person.id}`,
              type: "next-touch" as const,
              personId: person.id,
              title: `${next.label}: ${person.name}`,
              detail: next.reason,
              dueOn: next.dueOn,
              href: `/people/${person.id}`,
              section: "people" as const,
            },
          ]
        : [];
    return [...due, ...nextTouch];
  });

/** Planned meetings on their day, and the report-back a completed meeting still owes. */
export const meetingItems: DueItemSource = (input) =>
  input.meetings.flatMap((m): DueItemDraft[] => {
    const base = { personId: m.personId, href: `/meetings/${m.id}`, section: "people" as const };
    if (m.status === "PLANNED") {
      return [
        {
          ...base,
          key: `meeting:${m.id}`,
          type: "meeting" as const,
          title: `${m.kind === "INTRO" ? "Intro" : "Advice"} meeting with ${m.personName}`,
          detail: "Bring your CV, a paragraph on your goals and two or three questions.",
          dueOn: m.scheduledOn,
        },
      ];
    }
    if (m.status === "DONE" && m.reportBackOn && !m.reportedBackOn) {
      return [
        {
          ...base,
          key: `report-back:${m.id}`,
          type: "report-back" as const,
          title: `Tell ${m.personName} how their advice worked out`,
          detail: "Say what you did with their advice and what came of it. People help again those who act on what they said.",
          dueOn: m.reportBackOn,
        },
      ];
    }
    return [];
  });

/**
 * One item per PD touchpoint still planned, due on the day its window closes (two weeks after it opens when it has
 * no end). A window that closed before the resident joined is gone, not overdue: the late-start plan covers the PD.
 */
export const touchpointItems: DueItemSource = (input) => {
  const joinedOn = joinedOnOrNull(input);
  const status = new Map(input.touchpoints.map((t) => [t.key, t.status]));
  return touchpointWindows(input.programStartDate, input.rankListDeadline).flatMap((w) => {
    if ((status.get(w.key) ?? "PLANNED") !== "PLANNED") return [];
    if (joinedOn && w.closesOn && w.closesOn < joinedOn) return [];
    return [
      {
        key: `touchpoint:${w.key}`,
        type: "touchpoint" as const,
        personId: null,
        title: w.label,
        detail: w.description,
        dueOn: w.closesOn ?? addDaysUtc(w.opensOn, OPEN_ENDED_DUE_DAYS),
        href: "/plan",
        section: "plan" as const,
      },
    ];
  });
};

/** The reapply-or-pivot decision, once there is a target to decide about. */
export const decisionItems: DueItemSource = (input) => {
  if (input.decision !== "UNDECIDED") return [];
  const status = decisionStatus({ programStartDate: input.programStartDate, joinedOn: input.joinedOn, decision: input.decision, now: input.today });
  return [
    {
      key: "decision",
      type: "decision",
      personId: null,
      title: "Decide: reapply or pivot",
      detail: status.message,
      dueOn: status.deadline,
      href: "/targets",
      section: "targets",
    },
  ];
};

/** A rotation's prompts stay on the list until a month after it ends; after that the moment has passed. */
export const ROTATION_PROMPTS_KEPT_DAYS = 30;

/**
 * Whether a prompt not yet done is still on the list: its rotation ended at most a month ago, and it did not fall due
 * before the resident joined. The year plan marks the others "passed" rather than overdue.
 */
export function promptStillDue(rotation: { endsOn: Date }, prompt: { dueOn: Date }, today: Date, joinedOn: Date | null): boolean {
  const arrived = arrivalDate([joinedOn], today);
  return startOfDayUtc(rotation.endsOn) >= addDaysUtc(startOfDayUtc(today), -ROTATION_PROMPTS_KEPT_DAYS) && !(arrived && prompt.dueOn < arrived);
}

/** Prompts for peak-performance months (rotations with an A-list attending) not yet done. */
export const rotationPromptItems: DueItemSource = (input) =>
  input.rotations
    .filter((r) => r.hasAListAttending)
    .flatMap((r) =>
      rotationPrompts(r)
        .filter((p) => !r.completed.includes(p.key) && promptStillDue(r, p, input.today, input.joinedOn))
        .map((p) => ({
          key: `prompt:${r.id}:${p.key}`,
          type: "rotation-prompt" as const,
          personId: null,
          title: `${p.title} (${r.service})`,
          detail: p.detail,
          dueOn: p.dueOn,
          href: "/plan",
          section: "plan" as const,
        })),
    );

export type LateStartProgress = { steps: (LateStartStep & { done: boolean })[]; done: number };

/** The late-start plan with what has been ticked off, or null for a resident who joined in time for the full plan. */
export function lateStartProgress(input: Pick<DueItemsInput, "programStartDate" | "joinedOn" | "lateStartDone">): LateStartProgress | null {
  if (!input.joinedOn || !isLateStart({ programStartDate: input.programStartDate, joinedOn: input.joinedOn })) return null;
  const steps = lateStartPlan(input.joinedOn).steps.map((s) => ({ ...s, done: input.lateStartDone.includes(s.key) }));
  return { steps, done: steps.filter((s) => s.done).length };
}

/** The late-start steps not yet ticked off. */
export const lateStartItems: DueItemSource = (input) =>
  (lateStartProgress(input)?.steps ?? [])
    .filter((s) => !s.done)
    .map((s) => ({
      key: `late-start:${s.key}`,
      type: "late-start" as const,
      personId: null,
      title: s.title,
      detail: s.detail,
      dueOn: s.dueOn,
      href: "/dashboard",
      section: "plan" as const,
    }));

/** The interview season: thank-you notes, impressions, the interest-letter and final-note windows (interview-season.ts). */
export const seasonItems: DueItemSource = (input) => (input.season ? interviewSeasonTasks({ ...input.season, now: input.today }) : []);

/** The off-cycle watchlist: a look at each watched program on its cadence (watchlist.ts). */
export const watchlistItems: DueItemSource = (input) => watchlistDueItems(input.watchlist, input.today);

export const DUE_ITEM_SOURCES: readonly DueItemSource[] = [
  personItems,
  meetingItems,
  touchpointItems,
  decisionItems,
  rotationPromptItems,
  lateStartItems,
  seasonItems,
  watchlistItems,
];

/** Every item due for the resident, each once, oldest first; `overdue` means due before `input.today`. */
export function dueItems(input: DueItemsInput, sources: readonly DueItemSource[] = DUE_ITEM_SOURCES): DueItem[] {
  const today = startOfDayUtc(input.today);
  const byKey = new Map<string, DueItem>();
  for (const source of sources) {
    for (const item of source({ ...input, today })) {
      if (!byKey.has(item.key)) byKey.set(item.key, { ...item, overdue: startOfDayUtc(item.dueOn) < today });
    }
  }
  return [...byKey.values()].sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime() || a.title.localeCompare(b.title));
}

/** The advisor scope that shares each section's items. */
export const SECTION_SCOPE: Record<DueSection, AdvisorScope> = { people: "people", targets: "targets", plan: "rotations", programs: "programs" };

/** The items an advisor may see, each only with the scope that covers its section. */
export function visibleToAdvisor<T extends { section: DueSection }>(items: T[], scopes: ReadonlySet<string>): T[] {
  return items.filter((i) => scopes.has(SECTION_SCOPE[i.section]));
}
