"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { publicAction } from "@/lib/actions/safe-action";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { consume } from "@/lib/auth/rate-limit";
import { createAccount } from "@/lib/server/auth/create-account";
import { clientIpFrom } from "@/lib/request";

const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(120, "Keep your name under 120 characters."),
  email: z.string().trim().toLowerCase().email("Enter a valid email address.").max(254, "That email address is too long."),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
    .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
});

export const signUp = publicAction(signUpSchema, async (input) => {
  await consume("emailIp", clientIpFrom(await headers()), "accounts created from your network");
  await createAccount(input);
  return { email: input.email };
});
