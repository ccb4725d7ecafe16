"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { z } from "zod";
import { publicAction } from "@/lib/actions/safe-action";
import { consume } from "@/lib/auth/rate-limit";
import { assertMailServerReachable, canDeliverLinks } from "@/lib/email";
import { logger } from "@/lib/log";
import { AppError } from "@/lib/errors";
import { requestLink } from "@/lib/server/auth/request-link";
import { clientIpFrom, publicBaseUrl } from "@/lib/request";

const requestLinkSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254, "That email address is too long."),
  purpose: z.enum(["MAGIC_LINK", "PASSWORD_RESET"]),
});

export const requestEmailLink = publicAction(requestLinkSchema, async (input) => {
  if (!canDeliverLinks()) throw new AppError("UNAVAILABLE", "Email is not set up on this server yet. Ask the person who runs it to configure SMTP.");
  const h = await headers();
  await consume("emailIp", clientIpFrom(h), "email requests from your network");
  // Everything that depends on whether the address has an account happens after the answer is sent, so neither
  // the answer nor its timing tells. Whether mail can go out at all is checked first, the same for every address.
  await assertMailServerReachable();
  const baseUrl = publicBaseUrl(h);
  after(async () => {
    try {
      await requestLink(input.email, input.purpose, baseUrl);
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error), purpose: input.purpose }, "email link request failed after answering");
    }
  });
  return {
    ok: true as const,
    data: undefined,
    message:
      input.purpose === "MAGIC_LINK"
        ? "If an account uses that address, a sign-in link is on its way. It works once, for 15 minutes."
        : "If an account uses that address, a reset link is on its way. It works once, for one hour.",
  };
});
