import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requireOwnPlaybook } from "@/lib/server/openings/playbook-access";

const PROGRAM_TYPE = { CATEGORICAL_PGY1: "CATEGORICAL", PGY2: "CATEGORICAL", ADVANCED: "ADVANCED" } as const;

/**
 * Step three needs a program to write to: one of the viewer's programs, or a new one added from the post's details
 * (so the composer's rules know which program the message is for).
 */
export async function setPlaybookProgram(
  viewer: ResidentViewer,
  input: { playbookId: string; programId?: string; name?: string; institution?: string },
): Promise<{ programId: string }> {
  return db().$transaction(async (tx) => {
    const playbook = await requireOwnPlaybook(tx, viewer, input.playbookId);
    let programId = input.programId;
    if (programId) {
      const own = await tx.program.findFirst({ where: { id: programId, residentId: viewer.residentId }, select: { id: true } });
      if (!own) throw new AppError("NOT_FOUND", "That program was not found.", { fieldErrors: { programId: ["Choose one of your programs."] } });
    } else {
      const created = await tx.program.create({
        data: {
          residentId: viewer.residentId,
          name: input.name!,
          institution: input.institution!,
          specialty: playbook.post.specialty,
          programType: playbook.post.openingLevel ? PROGRAM_TYPE[playbook.post.openingLevel] : "CATEGORICAL",
          // Off-cycle positions are filled outside the Match.
          participatesInMatch: false,
          notes: `Added from the cohort board: ${playbook.post.title}`.slice(0, 4000),
        },
        select: { id: true },
      });
      programId = created.id;
    }
    await tx.openingPlaybook.update({ where: { id: playbook.id }, data: { programId } });
    return { programId };
  });
}
