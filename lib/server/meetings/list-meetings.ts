import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";

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

/** Every meeting of the viewer's, grouped as the page shows them: coming up (soonest first), done and cancelled (latest first). */
export async function listMeetings(viewer: ResidentViewer): Promise<{ planned: MeetingListItem[]; done: MeetingListItem[]; cancelled: MeetingListItem[] }> {
  const rows = await db().meeting.findMany({
    where: { residentId: viewer.residentId },
    orderBy: [{ scheduledOn: "desc" }, { createdAt: "desc" }],
    take: 500,
    select: {
      id: true,
      kind: true,
      status: true,
      scheduledOn: true,
      completedOn: true,
      reportBackOn: true,
      reportedBackOn: true,
      person: { select: { id: true, name: true } },
      _count: { select: { actionItems: { where: { status: "OPEN" } } } },
    },
  });
  const items = rows.map(({ _count, ...m }) => ({ ...m, openActionItems: _count.actionItems }));
  return {
    planned: items.filter((m) => m.status === "PLANNED").reverse(),
    done: items.filter((m) => m.status === "DONE"),
    cancelled: items.filter((m) => m.status === "CANCELLED"),
  };
}
