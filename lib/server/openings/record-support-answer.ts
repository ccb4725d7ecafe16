import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { parseDateOnly } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { requireOwnPlaybook } from "@/lib/server/openings/playbook-access";

/** What the PD or the letter writer said, recorded on the ask the playbook made for them. */
export async function recordSupportAnswer(
  viewer: ResidentViewer,
  input: { playbookId: string; who: "pd" | "writer"; answer: "ASKED" | "AGREED" | "DECLINED" },
  today: string,
): Promise<void> {
  await db().$transaction(async (tx) => {
    const playbook = await requireOwnPlaybook(tx, viewer, input.playbookId);
    const askId = input.who === "pd" ? playbook.pdAskId : playbook.writerAskId;
    if (!askId) throw new AppError("NOT_FOUND", "Plan the ask first.");
    const ask = await tx.ask.findFirst({ where: { id: askId, residentId: viewer.residentId }, select: { askedOn: true } });
    if (!ask) throw new AppError("NOT_FOUND", "That ask was not found.");
    const day = parseDateOnly(today);
    await tx.ask.update({
      where: { id: askId },
      data: { status: input.answer, askedOn: ask.askedOn ?? day, respondedOn: input.answer === "ASKED" ? null : day },
    });
  });
}
