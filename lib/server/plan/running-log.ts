import "server-only";
import type { z } from "zod";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly, toDateOnly } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { pageOf, type Page } from "@/lib/pagination";
import { writeCsv } from "@/lib/server/csv/write-csv";
import { TOUCH_KIND_LABELS } from "@/lib/rules/workspace";
import { filterLogByMonth, sortLog, type LogRow } from "@/lib/rules/year-plan";
import { loadEvidenceLogRows } from "@/lib/server/evidence/log-rows";
import type { logEntrySchema } from "@/lib/validation/plan";

export type RunningLogRow = LogRow & { id: string | null };

/**
 * The running log: month, rotation or service, key faculty, what was done and the next step, built from touches,
 * meetings, rotations, projects and feedback quotes, plus rows the resident writes by hand.
 */
export async function getRunningLog(viewer: ResidentViewer, month: string | null): Promise<{ rows: RunningLogRow[]; months: string[] }> {
  const [touches, meetings, rotations, manual, evidenceRows] = await Promise.all([
    // A completed meeting logs a touch too; the meeting's own row says more (advice, next step), so it stands for both.
    db().touch.findMany({
      where: { residentId: viewer.residentId, meeting: { is: null } },
      select: { id: true, kind: true, occurredOn: true, notes: true, person: { select: { name: true, department: true } } },
    }),
    db().meeting.findMany({
      where: { residentId: viewer.residentId, status: "DONE" },
      select: {
        id: true,
        kind: true,
        completedOn: true,
        advice: true,
        reportBackOn: true,
        reportedBackOn: true,
        person: { select: { name: true } },
        actionItems: { where: { status: "OPEN" }, select: { text: true }, take: 1 },
      },
    }),
    db().rotation.findMany({
      where: { residentId: viewer.residentId },
      orderBy: { startsOn: "asc" },
      select: { id: true, startsOn: true, endsOn: true, service: true, site: true, attendings: { select: { person: { select: { name: true } } } } },
    }),
    db().logEntry.findMany({ where: { residentId: viewer.residentId } }),
    loadEvidenceLogRows(viewer),
  ]);
  const sorted = runningLogRows({ touches, meetings, rotations, manual, evidence: evidenceRows });
  const months = [...new Set(sorted.map((r) => r.month))];
  return { rows: filterLogByMonth(sorted, month) as RunningLogRow[], months };
}

/**
 * The running log page: one page (LIST_PAGE_SIZE rows, newest first) of the log or of one month. The log grows with
 * every touch, meeting and rotation; the CSV export and the account export still take every row (getRunningLog).
 */
export async function getRunningLogPage(
  viewer: ResidentViewer,
  month: string | null,
  page: number | undefined,
): Promise<{ rows: Page<RunningLogRow>; months: string[] }> {
  const { rows, months } = await getRunningLog(viewer, month);
  return { rows: pageOf(rows, page), months };
}

type LogSources = {
  touches: { kind: keyof typeof TOUCH_KIND_LABELS; occurredOn: Date; notes: string | null; person: { name: string; department: string | null } }[];
  meetings: {
    kind: "INTRO" | "ADVICE";
    completedOn: Date | null;
    advice: string | null;
    reportBackOn: Date | null;
    reportedBackOn: Date | null;
    person: { name: string };
    actionItems: { text: string }[];
  }[];
  rotations: { startsOn: Date; endsOn: Date; service: string; site: string | null; attendings: { person: { name: string } }[] }[];
  manual: { id: string | null; occurredOn: Date; service: string | null; faculty: string | null; action: string; nextStep: string | null }[];
  /** Projects and feedback quotes (the resident's own log only): rows given the rotation a date falls in. */
  evidence?: (rotationOn: (date: Date) => string | null) => RunningLogRow[];
};

/** The log's rows, newest first, from what the caller read (the resident's own log, or an advisor's allowed part of it). */
export function runningLogRows({ touches, meetings, rotations, manual, evidence }: LogSources): RunningLogRow[] {
  const rotationOn = (date: Date) => rotations.find((r) => r.startsOn <= date && date <= r.endsOn)?.service ?? null;
  const rows: RunningLogRow[] = [
    ...touches.map((t) => ({
      id: null,
      month: toDateOnly(t.occurredOn).slice(0, 7),
      date: t.occurredOn,
      service: rotationOn(t.occurredOn) ?? t.person.department,
      faculty: t.person.name,
      action: `${TOUCH_KIND_LABELS[t.kind]}${t.notes ? `: ${t.notes}` : ""}`,
      nextStep: null,
      source: "touch" as const,
    })),
    ...meetings.flatMap((m) =>
      m.completedOn
        ? [
            {
              id: null,
              month: toDateOnly(m.completedOn).slice(0, 7),
              date: m.completedOn,
              service: rotationOn(m.completedOn),
              faculty: m.person.name,
              action: `${m.kind === "INTRO" ? "Intro" : "Advice"} meeting${m.advice ? `: ${m.advice}` : ""}`,
              nextStep: m.actionItems[0]?.text ?? (m.reportBackOn && !m.reportedBackOn ? `Report back by ${toDateOnly(m.reportBackOn)}` : null),
              source: "meeting" as const,
            },
          ]
        : [],
    ),
    ...rotations.map((r) => ({
      id: null,
      month: toDateOnly(r.startsOn).slice(0, 7),
      date: r.startsOn,
      service: r.service,
      faculty: r.attendings.map((a) => a.person.name).join(", ") || null,
      action: `Rotation started${r.site ? ` at ${r.site}` : ""}`,
      nextStep: null,
      source: "rotation" as const,
    })),
    ...manual.map((e) => ({
      id: e.id,
      month: toDateOnly(e.occurredOn).slice(0, 7),
      date: e.occurredOn,
      service: e.service,
      faculty: e.faculty,
      action: e.action,
      nextStep: e.nextStep,
      source: "manual" as const,
    })),
    ...(evidence ? evidence(rotationOn) : []),
  ];
  return sortLog(rows) as RunningLogRow[];
}

export function runningLogCsv(rows: RunningLogRow[]): string {
  return writeCsv(
    ["month", "date", "rotation_or_service", "key_faculty", "action_taken", "next_step", "source"],
    rows.map((r) => [r.month, toDateOnly(r.date), r.service, r.faculty, r.action, r.nextStep, r.source]),
  );
}

export async function addLogEntry(viewer: ResidentViewer, input: z.infer<typeof logEntrySchema>): Promise<{ id: string }> {
  return db().logEntry.create({
    data: {
      residentId: viewer.residentId,
      occurredOn: parseDateOnly(input.occurredOn),
      service: input.service ?? null,
      faculty: input.faculty ?? null,
      action: input.action,
      nextStep: input.nextStep ?? null,
    },
    select: { id: true },
  });
}

export async function deleteLogEntry(viewer: ResidentViewer, entryId: string): Promise<void> {
  const { count } = await db().logEntry.deleteMany({ where: { id: entryId, residentId: viewer.residentId } });
  if (count !== 1) throw new AppError("NOT_FOUND", "That log entry was not found.");
}
