"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { residentAction } from "@/lib/actions/safe-action";
import { getNow } from "@/lib/clock";
import { toDateOnly } from "@/lib/dates";
import { OUTREACH_TEMPLATES, type OutreachKey } from "@/lib/rules/outreach-templates";
import { logTouch } from "@/lib/server/touches/log-touch";

const outreachSchema = z.object({
  personId: z.string().uuid("Choose who you wrote to."),
  templateKey: z.enum(Object.keys(OUTREACH_TEMPLATES) as [OutreachKey, ...OutreachKey[]]),
  subject: z.string().trim().max(300).optional(),
  awaitingReply: z.boolean().default(true),
});

/** "I sent it": logs the template's touch with the person in one step, as an email awaiting a reply. */
export const logOutreach = residentAction(outreachSchema, async (input, viewer) => {
  const template = OUTREACH_TEMPLATES[input.templateKey];
  const touch = await logTouch(viewer, {
    personId: input.personId,
    kind: template.touchKind,
    channel: "EMAIL",
    occurredOn: toDateOnly(await getNow()),
    notes: `Sent: ${input.subject || template.label}`,
    awaitingReply: input.awaitingReply,
    followUpDays: 7,
  });
  revalidatePath(`/people/${input.personId}`);
  revalidatePath("/dashboard");
  return { ok: true as const, data: touch, message: "Logged as a touch, waiting for a reply." };
});
