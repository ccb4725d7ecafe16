import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { toDateOnly } from "@/lib/dates";
import { playbookSteps } from "@/lib/rules/opening-playbook";
import { nextCheckOn, watchlistDueItems } from "@/lib/rules/watchlist";
import { playbookState } from "@/lib/server/openings/playbook-access";

/**
 * The openings page: the playbooks the viewer has started (on posts in cohorts they still belong to), the watchlist
 * with each entry's next check, and PGY-2 openings seen on their cohort boards that are not on the watchlist yet.
 */
export async function getOpenings(viewer: ResidentViewer, now: Date) {
  const inMyCohorts = { cohort: { memberships: { some: { userId: viewer.userId } } } };
  const [playbooks, watchlist, pgy2Posts] = await Promise.all([
    db().openingPlaybook.findMany({
      where: { residentId: viewer.residentId, post: inMyCohorts },
      orderBy: { startedAt: "desc" },
      select: {
        id: true,
        startedAt: true,
        eligibilityCheckedOn: true,
        post: { select: { id: true, cohortId: true, title: true, programName: true, institution: true } },
        pdAsk: { select: { status: true, person: { select: { name: true } } } },
        writerAsk: { select: { status: true, person: { select: { name: true } } } },
        program: { select: { name: true, messages: { orderBy: { sentAt: "asc" }, select: { sentAt: true } } } },
      },
    }),
    db().watchedProgram.findMany({ where: { residentId: viewer.residentId }, orderBy: { name: "asc" } }),
    db().boardPost.findMany({
      where: { ...inMyCohorts, status: "VISIBLE", OR: [{ openingLevel: "PGY2" }, { pgyLevel: { contains: "2" } }], programName: { not: "" } },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { programName: true, institution: true, specialty: true },
    }),
  ]);
  const watched = new Set(watchlist.map((w) => `${w.name.trim().toLowerCase()}|${(w.institution ?? "").trim().toLowerCase()}`));
  const suggestions = new Map<string, { name: string; institution: string; specialty: string | null; posts: number }>();
  for (const p of pgy2Posts) {
    const key = `${p.programName.trim().toLowerCase()}|${p.institution.trim().toLowerCase()}`;
    if (watched.has(key)) continue;
    const s = suggestions.get(key) ?? { name: p.programName, institution: p.institution, specialty: p.specialty, posts: 0 };
    s.posts++;
    suggestions.set(key, s);
  }
  const due = new Map(watchlistDueItems(watchlist, now).map((d) => [d.watchId, d]));
  return {
    playbooks: playbooks.map((p) => ({
      id: p.id,
      post: p.post,
      ...playbookSteps(playbookState(p)),
    })),
    watchlist: watchlist.map((w) => ({
      id: w.id,
      name: w.name,
      institution: w.institution,
      specialty: w.specialty,
      url: w.url,
      sources: w.sources,
      cadenceDays: w.cadenceDays,
      notes: w.notes,
      lastCheckedOn: w.lastCheckedOn ? toDateOnly(w.lastCheckedOn) : null,
      nextCheckOn: toDateOnly(nextCheckOn(w)),
      overdue: due.get(w.id)?.overdue ?? false,
    })),
    suggestions: [...suggestions.values()].slice(0, 10),
  };
}
