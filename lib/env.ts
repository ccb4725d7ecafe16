import { z } from "zod";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// connection string" }),
    NEXTAUTH_URL: z.string().url().optional(),
    NEXTAUTH_SECRET: z.string().optional(),
    SMTP_URL: z.string().url().optional(),
    EMAIL_FROM: z.string().default("Prelim Scout <no-reply@prelim-scout.local>"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
    /** Lets end-to-end tests move "now" through a cookie; refused in a real deployment. */
    ALLOW_TEST_CLOCK: z.enum(["0", "1"]).default("0"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    if (!env.NEXTAUTH_SECRET || env.NEXTAUTH_SECRET.length < 32) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message: "set NEXTAUTH_SECRET to a random string of at least 32 characters (for example: openssl rand -base64 32)",
      });
    }
    if (!env.NEXTAUTH_URL) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_URL"], message: "set NEXTAUTH_URL to the public URL of the app, e.g. https://scout.example.org" });
    }
  });

export type Env = z.infer<typeof schema>;

/** Parses the environment; the message is a sentence per missing or wrong variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): { ok: true; env: Env } | { ok: false; message: string } {
  const result = schema.safeParse(source);
  if (result.success) return { ok: true, env: result.data };
  const lines = result.error.issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`);
  return { ok: false, message: `Prelim Scout cannot start. Fix these environment variables:\n${lines.join("\n")}` };
}

let cached: Env | undefined;
export function env(): Env {
  if (!cached) {
    const parsed = parseEnv();
    if (!parsed.ok) throw new Error(parsed.message);
    cached = parsed.env;
  }
  return cached;
}

export function emailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}
