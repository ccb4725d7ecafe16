import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db, type Tx } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { requireOwnPlaybook } from "@/lib/server/openings/playbook-access";

/**
 * Step two: an advocacy ask to the program director and one to a letter writer, pre-filled with the opening. An
 * open advocacy ask to the same person is reused rather than duplicated, so asking twice never doubles up.
 */
export async function requestSupport(viewer: ResidentViewer, input: { playbookId: string; pdId: string; writerId: string }, today: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const playbook = await requireOwnPlaybook(tx, viewer, input.playbookId);
    const people = await tx.person.findMany({ where: { id: { in: [input.pdId, input.writerId] }, residentId: viewer.residentId }, select: { id: true } });
    const found = new Set(people.map((p) => p.id));
    if (!found.has(input.pdId) || !found.has(input.writerId)) {
      throw new AppError("NOT_FOUND", "That person was not found in your map.", {
        fieldErrors: Object.fromEntries([
          ...(found.has(input.pdId) ? [] : [["pdId", ["Choose someone from your people."]]]),
          ...(found.has(input.writerId) ? [] : [["writerId", ["Choose someone from your people."]]]),
        ]),
      });
    }
    const where = [playbook.post.programName, playbook.post.institution].filter(Boolean).join(", ");
    const notes = `Would you support me if ${where || "the program"} asks about me? Opening: ${playbook.post.title}`.slice(0, 2000);
    const pdAskId = await askFor(tx, viewer, input.pdId, playbook.pdAskId, notes, today);
    const writerAskId = await askFor(tx, viewer, input.writerId, playbook.writerAskId, notes, today);
    if (pdAskId === writerAskId)
      throw new AppError("VALIDATION", "Choose two different people.", { fieldErrors: { writerId: ["Choose two different people."] } });
    await tx.openingPlaybook.update({ where: { id: playbook.id }, data: { pdAskId, writerAskId } });
  });
}

async function askFor(tx: Tx, viewer: ResidentViewer, personId: string, currentAskId: string | null, notes: string, today: string): Promise<string> {
  const open = await tx.ask.findFirst({
    // The ask this playbook already made for the person (whatever its answer), or any open advocacy ask to them.
    where: {
      residentId: viewer.residentId,
      personId,
      kind: "ADVOCACY",
      OR: [...(currentAskId ? [{ id: currentAskId }] : []), { status: { in: ["PLANNED", "ASKED"] } }],
    },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (open) return open.id;
  const created = await tx.ask.create({
    data: { residentId: viewer.residentId, personId, kind: "ADVOCACY", status: "PLANNED", plannedOn: parseDateOnly(today), fromPrelimYear: true, notes },
    select: { id: true },
  });
  return created.id;
}
