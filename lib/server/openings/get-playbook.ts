import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { startOfDayUtc } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { PROJECT_KIND_LABELS } from "@/lib/labels/evidence";
import { eligibilityChecks, isActionablePost, parseExpectedStart, playbookDraft, playbookSteps, postPgyYear } from "@/lib/rules/opening-playbook";
import { specialtyLabel } from "@/lib/rules/specialties";
import { requireMembership } from "@/lib/server/cohorts/membership";
import { countActing, playbookState, postVisibleTo } from "@/lib/server/openings/playbook-access";

const AGREED = new Set(["AGREED", "DONE"]);

/**
 * The opening playbook page: the post, the viewer's playbook for it (null until started), eligibility checks
 * against their profile, the three steps, pickers for step two and three, and the draft for the composer.
 * A non-member, or a post the member may not see, is "not found".
 */
export async function getPlaybook(viewer: ResidentViewer, cohortId: string, postId: string, now: Date) {
  const membership = await requireMembership(viewer, cohortId);
  const post = await db().boardPost.findFirst({
    where: { id: postId, cohortId },
    select: {
      id: true,
      kind: true,
      status: true,
      authorId: true,
      title: true,
      body: true,
      programName: true,
      institution: true,
      location: true,
      specialty: true,
      openingLevel: true,
      pgyLevel: true,
      expectedStart: true,
    },
  });
  if (!post || !postVisibleTo(post, viewer.userId, membership.role)) throw new AppError("NOT_FOUND", "That post was not found.");
  const today = startOfDayUtc(now);
  const [profile, playbook, actingCount] = await Promise.all([
    db().residentProfile.findUniqueOrThrow({
      where: { userId: viewer.residentId },
      select: {
        track: true,
        programStartDate: true,
        visaStatus: true,
        institution: true,
        user: { select: { name: true } },
        target: { select: { specialty: true, specialtyOther: true } },
        people: { orderBy: { name: "asc" }, select: { id: true, name: true, role: true, tags: true } },
        programs: { orderBy: { name: "asc" }, select: { id: true, name: true, institution: true } },
        projects: { where: { status: "COMPLETED" }, orderBy: { completedOn: "desc" }, take: 1, select: { title: true, kind: true } },
      },
    }),
    db().openingPlaybook.findUnique({
      where: { residentId_postId: { residentId: viewer.residentId, postId } },
      select: {
        id: true,
        startedAt: true,
        eligibilityCheckedOn: true,
        eligibilityNote: true,
        pdAsk: { select: { id: true, status: true, person: { select: { id: true, name: true } } } },
        writerAsk: { select: { id: true, status: true, person: { select: { id: true, name: true } } } },
        program: { select: { id: true, name: true, messages: { orderBy: { sentAt: "asc" }, select: { sentAt: true } } } },
      },
    }),
    countActing(postId, cohortId),
  ]);
  const targetSpecialty = profile.target?.specialty ?? null;
  const checks = eligibilityChecks(
    post,
    { track: profile.track, programStartDate: profile.programStartDate, visaStatus: profile.visaStatus, targetSpecialty },
    today,
    { specialty: (id) => specialtyLabel(id) },
  );
  const state = playbookState(playbook);
  const completed = profile.projects[0];
  const draft = playbookDraft({
    resident: {
      name: profile.user.name,
      track: profile.track,
      institution: profile.institution,
      targetLabel: targetSpecialty ? specialtyLabel(targetSpecialty, profile.target?.specialtyOther) : null,
    },
    post: {
      programName: post.programName,
      specialtyLabel: post.specialty ? specialtyLabel(post.specialty) : null,
      pgyYear: postPgyYear(post),
      expectedStart: parseExpectedStart(post.expectedStart, today),
    },
    backers: [playbook?.pdAsk, playbook?.writerAsk].flatMap((a) => (a && AGREED.has(a.status) ? [a.person.name] : [])),
    highlight: completed ? `completed a ${PROJECT_KIND_LABELS[completed.kind].toLowerCase()}: ${completed.title}` : null,
  });
  const isPd = (role: string) => role === "PROGRAM_DIRECTOR" || role === "ASSOCIATE_PD";
  return {
    cohortId,
    post: {
      id: post.id,
      title: post.title,
      programName: post.programName,
      institution: post.institution,
      location: post.location,
      actionable: post.status === "VISIBLE" && isActionablePost(post.kind),
    },
    actingCount,
    playbook: playbook
      ? {
          id: playbook.id,
          eligibilityNote: playbook.eligibilityNote,
          pdAsk: playbook.pdAsk ? { status: playbook.pdAsk.status, personId: playbook.pdAsk.person.id, personName: playbook.pdAsk.person.name } : null,
          writerAsk: playbook.writerAsk
            ? { status: playbook.writerAsk.status, personId: playbook.writerAsk.person.id, personName: playbook.writerAsk.person.name }
            : null,
          program: playbook.program ? { id: playbook.program.id, name: playbook.program.name } : null,
        }
      : null,
    checks,
    ...playbookSteps(state),
    draft,
    // Program directors first for the PD picker, strong letter writers first for the writer picker.
    pdOptions: [...profile.people]
      .sort((a, b) => Number(isPd(b.role)) - Number(isPd(a.role)))
      .map((p) => ({ value: p.id, label: p.name, suggested: isPd(p.role) })),
    writerOptions: [...profile.people]
      .sort((a, b) => Number(b.tags.includes("LETTER_WRITER")) - Number(a.tags.includes("LETTER_WRITER")))
      .map((p) => ({ value: p.id, label: p.name, suggested: p.tags.includes("LETTER_WRITER") })),
    programs: profile.programs.map((p) => ({ value: p.id, label: `${p.name} (${p.institution})` })),
  };
}
export type PlaybookPage = Awaited<ReturnType<typeof getPlaybook>>;
