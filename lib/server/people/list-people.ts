import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { startOfDayUtc } from "@/lib/dates";
import { pageOf } from "@/lib/pagination";
import { attentionScore, type PersonRole, type SuggestedTouch, type ThreeTouchProgress } from "@/lib/rules/workspace";
import { MADE_ASKS, TOUCH_SELECT, personInsights } from "@/lib/server/people/person-insights";

export type PeopleFilter = { q?: string; role?: PersonRole; tag?: string; aList?: boolean; sort?: "attention" | "name"; page?: number };

export type PersonListItem = {
  id: string;
  name: string;
  role: PersonRole;
  specialty: string | null;
  institution: string | null;
  tags: string[];
  isAList: boolean;
  progress: ThreeTouchProgress;
  next: SuggestedTouch;
  overdueCount: number;
  nextDueOn: Date | null;
};

export async function listPeople(
  viewer: ResidentViewer,
  filter: PeopleFilter,
  now: Date,
): Promise<{
  /** One page (LIST_PAGE_SIZE) of the people who match, in the chosen order. */
  people: PersonListItem[];
  page: number;
  pageCount: number;
  /** How many match the filters, on all pages; `from`..`to` of them are shown. */
  matching: number;
  from: number;
  to: number;
  aListCount: number;
  total: number;
}> {
  const q = filter.q?.trim();
  const where: Prisma.PersonWhereInput = {
    residentId: viewer.residentId,
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.tag ? { tags: { has: filter.tag } } : {}),
    ...(filter.aList ? { isAList: true } : {}),
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: "insensitive" } },
            { institution: { contains: q, mode: "insensitive" } },
            { department: { contains: q, mode: "insensitive" } },
            { specialty: { contains: q, mode: "insensitive" } },
            { howWeMet: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [rows, profile, aListCount, total] = await Promise.all([
    db().person.findMany({
      where,
      orderBy: { name: "asc" },
      take: 500,
      select: {
        id: true,
        name: true,
        role: true,
        specialty: true,
        institution: true,
        tags: true,
        isAList: true,
        createdAt: true,
        touches: { select: TOUCH_SELECT, orderBy: { occurredOn: "asc" } },
        asks: MADE_ASKS,
        meetings: { where: { status: "PLANNED" }, orderBy: { scheduledOn: "asc" }, take: 1, select: { scheduledOn: true } },
      },
    }),
    db().residentProfile.findUniqueOrThrow({ where: { userId: viewer.residentId }, select: { programStartDate: true, joinedOn: true } }),
    db().person.count({ where: { residentId: viewer.residentId, isAList: true } }),
    db().person.count({ where: { residentId: viewer.residentId } }),
  ]);
  const today = startOfDayUtc(now);
  const people = rows.map((p) => {
    const { progress, next, due } = personInsights({
      personId: p.id,
      personName: p.name,
      isAList: p.isAList,
      touches: p.touches,
      asks: p.asks,
      programStartDate: profile.programStartDate,
      addedOn: p.createdAt,
      joinedOn: profile.joinedOn,
      now,
      plannedMeetingOn: p.meetings[0]?.scheduledOn,
    });
    const overdueCount = due.filter((d) => d.overdue).length + (next.dueOn && next.dueOn < today ? 1 : 0);
    const dueDates = [...due.map((d) => d.dueOn), ...(next.dueOn ? [next.dueOn] : [])].sort((a, b) => a.getTime() - b.getTime());
    return {
      id: p.id,
      name: p.name,
      role: p.role,
      specialty: p.specialty,
      institution: p.institution,
      tags: p.tags,
      isAList: p.isAList,
      progress,
      next,
      overdueCount,
      nextDueOn: dueDates[0] ?? null,
    };
  });
  if (filter.sort !== "name") {
    const score = (p: PersonListItem) =>
      attentionScore({ isAList: p.isAList, nextDueOn: p.nextDueOn, overdueCount: p.overdueCount, completedSteps: p.progress.completed, now: today });
    people.sort((a, b) => score(b) - score(a) || a.name.localeCompare(b.name));
  }
  // Ordered as a whole (the attention order needs every person's touches), rendered a page at a time.
  const shown = pageOf(people, filter.page);
  return { people: shown.items, page: shown.page, pageCount: shown.pageCount, matching: shown.total, from: shown.from, to: shown.to, aListCount, total };
}
