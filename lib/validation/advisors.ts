import { z } from "zod";
import { ADVISOR_SCOPES } from "@/lib/rules/advisor-scopes";
import { optionalDateOnlySchema } from "@/lib/validation/dates";

const scopes = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(ADVISOR_SCOPES, { message: "Unknown sharing option." })).max(ADVISOR_SCOPES.length),
);

export const inviteAdvisorSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter your advisor's email address.").max(254),
  scopes,
  grantEndsOn: optionalDateOnlySchema,
});

export const updateGrantSchema = z.object({ grantId: z.string().uuid("That advisor was not found."), scopes, grantEndsOn: optionalDateOnlySchema });
