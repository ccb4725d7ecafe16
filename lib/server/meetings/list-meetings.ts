import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { readPage } from "@/lib/pagination";

export type MeetingListItem = {
  id: string;
  kind: "INTRO" | "ADVICE";
  status: "PLANNED" | "DONE" | "CANCELLED";
  scheduledOn: Date;
  completedOn: Date | null;
  reportBackOn: Date | null;
  reportedBackOn: Date | null;
  person: { id: string; name: string };
  openActionItems: number;
};

const select = {
  id: true,
  kind: true,
  status: true,
  scheduledOn: true,
  completedOn: true,
  reportBackOn: true,
  reportedBackOn: true,
  person: { select: { id: true, name: true } },
  _count: { select: { actionItems: { where: { status: "OPEN" } } } },
} satisfies Prisma.MeetingSelect;

// The page's order, one group after another: coming up soonest first, then done and cancelled latest first (the id
// settles ties, so no meeting is on two pages).
const GROUPS = [
  { status: "PLANNED", order: "asc" },
  { status: "DONE", order: "desc" },
  { status: "CANCELLED", order: "desc" },
] as const;

/**
 * A page of the viewer's meetings (LIST_PAGE_SIZE, the groups in the order above) split into the page's groups, with
 * how many meetings each group has on all pages. Each group is read with LIMIT/OFFSET for the part of the page it
 * fills, so a page costs the same however many meetings there are.
 */
export async function listMeetings(viewer: ResidentViewer, { page }: { page?: number } = {}) {
  const residentId = viewer.residentId;
  const grouped = await db().meeting.groupBy({ by: ["status"], where: { residentId }, _count: { _all: true } });
  const countOf = (status: MeetingListItem["status"]) => grouped.find((g) => g.status === status)?._count._all ?? 0;
  const counts = { planned: countOf("PLANNED"), done: countOf("DONE"), cancelled: countOf("CANCELLED") };
  const rows = async (skip: number, take: number) => {
    let start = 0;
    const reads = GROUPS.map(({ status, order }) => {
      const size = countOf(status);
      // The part of [skip, skip + take) that falls in this group's [start, start + size).
      const groupSkip = Math.max(0, skip - start);
      const groupTake = Math.min(size, skip + take - start) - groupSkip;
      start += size;
      if (groupTake <= 0) return [];
      return db().meeting.findMany({
        where: { residentId, status },
        orderBy: [{ scheduledOn: order }, { createdAt: order }, { id: order }],
        skip: groupSkip,
        take: groupTake,
        select,
      });
    });
    return (await Promise.all(reads)).flat().map(({ _count, ...m }): MeetingListItem => ({ ...m, openActionItems: _count.actionItems }));
  };
  const { items, ...paging } = await readPage(page, async () => counts.planned + counts.done + counts.cancelled, rows);
  return {
    ...paging,
    counts,
    planned: items.filter((m) => m.status === "PLANNED"),
    done: items.filter((m) => m.status === "DONE"),
    cancelled: items.filter((m) => m.status === "CANCELLED"),
  };
}
