// Records for the evidence, mentor and openings actions, made through the resident's own actions (call while acting
// as the resident), and one valid input per action aimed at them. Shared by the authorization matrix, the advisor
// access test and the hostile-input test, which each need "one of everything" and "one input per action".
import { faker } from "@faker-js/faker";
import { saveBragSheet } from "@/lib/actions/evidence/save-brag-sheet";
import { saveFeedback } from "@/lib/actions/evidence/save-feedback";
import { saveProject } from "@/lib/actions/evidence/save-project";
import { assignMentor } from "@/lib/actions/mentors/assign-mentor";
import { requestSupport } from "@/lib/actions/openings/request-support";
import { saveWatchedProgram } from "@/lib/actions/openings/save-watched-program";
import { startPlaybook } from "@/lib/actions/openings/start-playbook";
import type { ActionResult } from "@/lib/actions/safe-action";

export type EvidenceIds = { projectId: string; feedbackId: string; watchId: string; playbookId: string };
type Base = { personId: string; otherPersonId: string; rotationId: string; postId: string; programId: string };

function ok<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`fixture: expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

/** A project and a quote tied to `personId` and the rotation, brag-sheet basics, a clinical mentor, a watched program, and a playbook on `postId` with both asks planned. */
export async function buildEvidenceRecords(base: Omit<Base, "programId">): Promise<EvidenceIds> {
  const projectId = ok(
    await saveProject({
      title: "Sepsis handoff QI",
      kind: "QI_PROJECT",
      status: "IN_PROGRESS",
      mentorId: base.personId,
      rotationId: base.rotationId,
      startedOn: "2026-01-05",
    }),
  ).id;
  const feedbackId = ok(
    await saveFeedback({
      personId: base.personId,
      rotationId: base.rotationId,
      receivedOn: "2026-01-14",
      quote: "Clear, organised presentations; owns her patients.",
      source: "IN_PERSON",
    }),
  ).id;
  ok(await saveBragSheet({ cvUrl: "https://example.org/cv.pdf", statementDraft: "Why this specialty, and why now." }));
  ok(await assignMentor({ personId: base.personId, role: "CLINICAL" }));
  const watchId = ok(
    await saveWatchedProgram({
      name: `Riverside Neurology ${faker.string.alpha(6)}`,
      institution: "Riverside University Hospital",
      cadenceDays: 14,
      sources: ["FREIDA"],
    }),
  ).id;
  const playbookId = ok(await startPlaybook({ postId: base.postId })).id;
  ok(await requestSupport({ playbookId, pdId: base.otherPersonId, writerId: base.personId }));
  return { projectId, feedbackId, watchId, playbookId };
}

/** One valid input per action, keyed "<domain>/<file>:<export>", aimed at the records above. */
export const EVIDENCE_ACTION_INPUTS: Record<string, (c: Base & EvidenceIds) => Record<string, unknown>> = {
  "evidence/delete-feedback:deleteFeedback": (c) => ({ feedbackId: c.feedbackId }),
  "evidence/delete-project:deleteProject": (c) => ({ projectId: c.projectId }),
  "evidence/save-brag-sheet:saveBragSheet": () => ({
    cvUrl: "https://example.org/another-cv.pdf",
    cvNotes: "Step 2 CK 251",
    statementDraft: "A different draft.",
  }),
  "evidence/save-feedback:saveFeedback": (c) => ({
    feedbackId: c.feedbackId,
    personId: c.personId,
    receivedOn: "2026-01-15",
    quote: "Rewritten words.",
    context: "after rounds",
  }),
  "evidence/save-project:saveProject": (c) => ({
    projectId: c.projectId,
    title: "Renamed project",
    kind: "POSTER",
    status: "SUBMITTED",
    mentorId: c.personId,
    goal: "Present it",
  }),
  "mentors/assign-mentor:assignMentor": (c) => ({ personId: c.personId, role: "RESEARCH", note: "Runs the sepsis project" }),
  "mentors/remove-mentor:removeMentor": (c) => ({ personId: c.personId, role: "CLINICAL" }),
  "openings/confirm-eligibility:confirmEligibility": (c) => ({ playbookId: c.playbookId, note: "Coordinator confirmed J-1." }),
  "openings/delete-watched-program:deleteWatchedProgram": (c) => ({ watchId: c.watchId }),
  "openings/mark-watch-checked:markWatchChecked": (c) => ({ watchId: c.watchId }),
  "openings/record-support-answer:recordSupportAnswer": (c) => ({ playbookId: c.playbookId, who: "pd", answer: "AGREED" }),
  "openings/request-support:requestSupport": (c) => ({ playbookId: c.playbookId, pdId: c.otherPersonId, writerId: c.personId }),
  "openings/save-watched-program:saveWatchedProgram": (c) => ({ watchId: c.watchId, name: "Renamed watch", cadenceDays: 7, sources: ["COHORT_BOARD"] }),
  "openings/set-playbook-program:setPlaybookProgram": (c) => ({ playbookId: c.playbookId, programId: c.programId }),
  "openings/start-playbook:startPlaybook": (c) => ({ postId: c.postId }),
  "openings/stop-playbook:stopPlaybook": (c) => ({ playbookId: c.playbookId }),
};

/** The same inputs keyed as the authorization matrix keys actions: "action:lib/actions/<path>#<export>". */
export function evidenceInputsByMatrixKey<C extends Base & EvidenceIds>(): Record<string, (c: C) => Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(EVIDENCE_ACTION_INPUTS).map(([key, input]) => {
      const [file, name] = key.split(":");
      return [`action:lib/actions/${file}#${name}`, input];
    }),
  );
}
