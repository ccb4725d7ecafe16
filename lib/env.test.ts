import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkEnvAtBoot, env } from "@/lib/env";
import { HSTS, proxy } from "@/proxy";

const production = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://prelim:prelim@postgres:5432/prelim_scout",
  NEXTAUTH_URL: "http://localhost:3000",
  NEXTAUTH_SECRET: "a-secret-of-at-least-thirty-two-characters",
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("environment", () => {
  it("treats an empty variable as unset, as docker compose passes SMTP_URL: ${SMTP_URL:-}", () => {
    const result = checkEnvAtBoot({ ...production, SMTP_URL: "", LOG_LEVEL: " ", EMAIL_FROM: "" });
    expect(result).toMatchObject({ ok: true, env: { SMTP_URL: undefined, LOG_LEVEL: undefined, EMAIL_FROM: "Prelim Scout <no-reply@prelim-scout.local>" } });
  });

  it("refuses to boot a production server without its secret and URL, one sentence per variable", () => {
    const result = checkEnvAtBoot({ NODE_ENV: "production", DATABASE_URL: production.DATABASE_URL, NEXTAUTH_SECRET: "short", SMTP_URL: "" });
    expect(result.ok).toBe(false);
    const message = result.ok ? "" : result.message;
    expect(message).toContain("NEXTAUTH_SECRET: set NEXTAUTH_SECRET to a random string of at least 32 characters");
    expect(message).toContain("NEXTAUTH_URL: set NEXTAUTH_URL to the public URL of the app");
    expect(message).not.toContain("SMTP_URL");
  });

  it("names a malformed variable", () => {
    const result = checkEnvAtBoot({ ...production, SMTP_URL: "not a url", DATABASE_POOL_SIZE: "ten" });
    const message = result.ok ? "" : result.message;
    expect(message).toContain("- SMTP_URL: SMTP_URL must look like smtps://user:password@smtp.example.org:465");
    expect(message).toContain("- DATABASE_POOL_SIZE: must be a whole number above 0");
  });

  it("sees a changed variable on the next read (tests point each file at its own database)", () => {
    vi.stubEnv("DATABASE_POOL_SIZE", "3");
    expect(env().DATABASE_POOL_SIZE).toBe(3);
    vi.stubEnv("DATABASE_POOL_SIZE", "");
    expect(env().DATABASE_POOL_SIZE).toBe(10);
  });
});

describe("Strict-Transport-Security", () => {
  const request = () => new NextRequest("https://scout.example.org/login");

  it("is decided per request from NEXTAUTH_URL, so an existing build (and the Docker image) sends it once the URL is https", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_URL", "http://scout.example.org");
    expect((await proxy(request())).headers.get("strict-transport-security")).toBeNull();
    vi.stubEnv("NEXTAUTH_URL", "https://scout.example.org");
    expect((await proxy(request())).headers.get("strict-transport-security")).toBe(HSTS);
  });

  it("is also sent on the sign-in redirect and never in development", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_URL", "https://scout.example.org");
    const redirect = await proxy(new NextRequest("https://scout.example.org/dashboard"));
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("strict-transport-security")).toBe(HSTS);
    vi.stubEnv("NODE_ENV", "development");
    expect((await proxy(request())).headers.get("strict-transport-security")).toBeNull();
  });
});
