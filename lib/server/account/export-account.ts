import "server-only";
import { strToU8, zipSync } from "fflate";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { writeCsv } from "@/lib/server/csv/write-csv";
import { exportPeopleCsv } from "@/lib/server/people/people-csv";
import { programsCsv } from "@/lib/server/programs/programs-csv";
import { getRunningLog, runningLogCsv } from "@/lib/server/plan/running-log";

/** Everything the user owns, as JSON, with the main lists as CSV too, in one zip. Password hashes are never included. */
export async function exportAccount(viewer: Viewer): Promise<Uint8Array> {
  const id = viewer.userId;
  const [user, profile, memberships, posts, comments, reactions, notifications, grantsGiven, grantsReceived, invitations, auditAboutMe] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id }, select: { id: true, email: true, name: true, role: true, digestEnabled: true, createdAt: true } }),
    db().residentProfile.findUnique({
      where: { userId: id },
      include: {
        target: true,
        targetChanges: true,
        people: { include: { touches: true, meetings: { include: { actionItems: true } }, asks: true } },
        cycles: true,
        programs: { include: { messages: true, drafts: true, impression: true, oversteps: true, rankEntries: true, dismissals: true } },
        rotations: { include: { attendings: true, completions: true } },
        touchpoints: true,
        phases: true,
        lateStartSteps: true,
        logEntries: true,
        projects: true,
        feedback: true,
        bragSheet: true,
        mentorRoles: true,
        playbooks: true,
        watchlist: true,
      },
    }),
    db().cohortMembership.findMany({ where: { userId: id }, include: { cohort: { select: { id: true, name: true, institution: true, year: true } } } }),
    db().boardPost.findMany({ where: { authorId: id }, include: { revisions: true } }),
    db().postComment.findMany({ where: { authorId: id } }),
    db().postReaction.findMany({ where: { userId: id } }),
    db().notification.findMany({ where: { userId: id } }),
    db().advisorGrant.findMany({ where: { residentId: id }, include: { advisor: { select: { name: true, email: true } } } }),
    db().advisorGrant.findMany({ where: { advisorId: id }, include: { resident: { select: { name: true } } } }),
    db().advisorInvitation.findMany({
      where: { residentId: id },
      select: { email: true, scopes: true, createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true },
    }),
    db().auditEvent.findMany({ where: { OR: [{ subjectUserId: id }, { actorId: id }] }, orderBy: { createdAt: "asc" } }),
  ]);
  const data = {
    exportedAt: new Date().toISOString(),
    account: user,
    residentProfile: profile,
    cohorts: memberships,
    boardPosts: posts,
    boardComments: comments,
    boardReactions: reactions,
    notifications,
    advisorsISharedWith: grantsGiven,
    residentsSharingWithMe: grantsReceived,
    advisorInvitations: invitations,
    activityLog: auditAboutMe.map((e) => ({ ...e, id: String(e.id) })),
  };
  const files: Record<string, Uint8Array> = {
    "prelim-scout/everything.json": strToU8(JSON.stringify(data, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2)),
  };
  if (profile) {
    const resident = { ...viewer, role: "RESIDENT" as const, residentId: id };
    files["prelim-scout/people.csv"] = strToU8(await exportPeopleCsv(resident));
    files["prelim-scout/running-log.csv"] = strToU8(runningLogCsv((await getRunningLog(resident, null)).rows));
    files["prelim-scout/programs.csv"] = strToU8(programsCsv(profile.programs));
    files["prelim-scout/messages.csv"] = strToU8(
      writeCsv(
        ["program", "kind", "sent_at", "status", "channel", "subject", "body"],
        profile.programs.flatMap((p) => p.messages.map((m) => [p.name, m.kind, m.sentAt.toISOString(), m.status, m.channel, m.subject, m.body])),
      ),
    );
  }
  return zipSync(files, { level: 6 });
}
