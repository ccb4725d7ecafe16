"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { z } from "zod";
import { publicAction } from "@/lib/actions/safe-action";
import { newPasswordSchema } from "@/lib/validation/auth";
import { consume } from "@/lib/auth/rate-limit";
import { assertMailServerReachable, canDeliverLinks } from "@/lib/email";
import { logger } from "@/lib/log";
import { createAccount } from "@/lib/server/auth/create-account";
import { requestSignUp } from "@/lib/server/auth/sign-up-requests";
import { clientIpFrom, publicBaseUrl } from "@/lib/request";

const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(120, "Keep your name under 120 characters."),
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254, "That email address is too long."),
  password: newPasswordSchema,
});

/**
 * With email, sign-up answers the same for every address and finishes by an emailed link (an existing account's
 * owner is told by email instead), so the form cannot be used to learn who has an account. A server that cannot
 * send email has no other way to reach the address, so there the account is created at once (decision 0002).
 */
export const signUp = publicAction(signUpSchema, async (input) => {
  const h = await headers();
  await consume("emailIp", clientIpFrom(h), "accounts created from your network");
  if (!canDeliverLinks()) {
    await createAccount(input);
    return { email: input.email, confirmByEmail: false };
  }
  await assertMailServerReachable();
  const baseUrl = publicBaseUrl(h);
  after(async () => {
    try {
      await requestSignUp(input, baseUrl);
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error) }, "sign-up request failed after answering");
    }
  });
  return {
    ok: true as const,
    data: { email: input.email, confirmByEmail: true },
    message: `Check your inbox at ${input.email}: we sent a link to finish creating your account. It works once, for 24 hours.`,
  };
});
