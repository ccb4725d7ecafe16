import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { startOfDayUtc } from "@/lib/dates";
import { attentionScore } from "@/lib/rules/workspace";
import { readAdvisedPeople } from "@/lib/server/advisors/advised-reads";
import { requireAdvisorAccess } from "@/lib/server/advisors/live-grant";

/** The networking map with 3-touch progress and the next step for each person, most in need of attention first. */
export async function getAdvisedPeople(viewer: Viewer, residentId: string, now: Date) {
  const a = await requireAdvisorAccess(viewer, residentId, now, "people");
  const today = startOfDayUtc(now);
  const rows = (await readAdvisedPeople(a, now)) ?? [];
  const people = rows.map((p) => {
    const overdueCount = p.due.filter((d) => d.overdue).length + (p.next.dueOn && p.next.dueOn < today ? 1 : 0);
    const nextDueOn = [...p.due.map((d) => d.dueOn), ...(p.next.dueOn ? [p.next.dueOn] : [])].sort((x, y) => x.getTime() - y.getTime())[0] ?? null;
    return {
      id: p.id,
      name: p.name,
      role: p.role,
      isAList: p.isAList,
      progress: p.progress,
      next: p.next,
      score: attentionScore({ isAList: p.isAList, nextDueOn, overdueCount, completedSteps: p.progress.completed, now: today }),
    };
  });
  people.sort((x, y) => y.score - x.score || x.name.localeCompare(y.name));
  return { name: a.name, people, aListCount: people.filter((p) => p.isAList).length };
}
