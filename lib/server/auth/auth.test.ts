import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { signUp } from "@/lib/actions/auth/sign-up";
import { resetPassword } from "@/lib/actions/auth/reset-password";
import { completeOnboarding } from "@/lib/actions/profile/complete-onboarding";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { issueToken, consumeToken } from "@/lib/server/auth/tokens";
import { WRONG_CREDENTIALS, verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { logger } from "@/lib/log";
import { completeSignUp } from "@/lib/server/auth/sign-up-requests";
import { withTestDatabase } from "@/lib/testing/db";
import { FACTORY_PASSWORD, createResident, createUser } from "@/lib/testing/factories";
import { actAs, runAfterTasks, testRequest } from "@/lib/testing/test-session";

withTestDatabase();

describe("sign-up", () => {
  const finish = async (email: string) => {
    // The link's token is only in the email; the test reads the pending row's hash back through a fresh token.
    const pending = await db().pendingSignUp.findFirstOrThrow({ where: { email } });
    const token = "t".repeat(43);
    await db().pendingSignUp.update({ where: { tokenHash: pending.tokenHash }, data: { tokenHash: createHash("sha256").update(token).digest("hex") } });
    return completeSignUp(token);
  };

  it("answers, then emails a link that creates the account with a hashed password and a normalised email", async () => {
    vi.spyOn(logger, "info").mockImplementation(() => undefined);
    const result = await signUp({ name: "Leila Moradi", email: "  Leila.Moradi@Example.org ", password: "a long enough password" });
    expect(result).toMatchObject({ ok: true, data: { email: "leila.moradi@example.org", confirmByEmail: true } });
    expect(await db().user.count({ where: { email: "leila.moradi@example.org" } })).toBe(0);
    await runAfterTasks();
    const created = await finish("leila.moradi@example.org");
    const user = await db().user.findUniqueOrThrow({ where: { email: "leila.moradi@example.org" } });
    expect(created).toEqual({ id: user.id, email: user.email, name: "Leila Moradi" });
    expect(user.passwordHash).not.toContain("a long enough password");
    expect(await verifyPassword("a long enough password", user.passwordHash!)).toBe(true);
    expect(user.role).toBeNull();
    // The link works once.
    expect(await completeSignUp("t".repeat(43))).toBeNull();
  });

  it("explains each invalid field and echoes what was typed, never the password", async () => {
    const result = await signUp({ name: "", email: "not-an-email", password: "short" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("VALIDATION");
    expect(result.fieldErrors?.name).toEqual(["Enter your name."]);
    expect(result.fieldErrors?.email).toEqual(["Enter a valid email address."]);
    expect(result.fieldErrors?.password?.[0]).toMatch(/at least 10 characters/);
    expect(result.values).toEqual({ name: "", email: "not-an-email" });
  });

  it("answers an address that already has an account exactly as a new one, tells its owner by email, and makes no second account", async () => {
    const existing = await createUser();
    const mails = vi.spyOn(logger, "info").mockImplementation(() => undefined);
    const fresh = await signUp({ name: "Sam Lee", email: `sam.lee.${existing.id.slice(0, 8)}@example.org`, password: "a long enough password" });
    const taken = await signUp({ name: "Sam Lee", email: existing.email.toUpperCase(), password: "another long password" });
    const shape = (r: typeof fresh) =>
      JSON.stringify(r)
        .replaceAll(existing.email, "<email>")
        .replaceAll(`sam.lee.${existing.id.slice(0, 8)}@example.org`, "<email>");
    expect(shape(taken)).toBe(shape(fresh));
    expect(testRequest.afterTasks).toHaveLength(2);
    await runAfterTasks();
    expect(await db().user.count({ where: { email: existing.email } })).toBe(1);
    expect(await db().pendingSignUp.count({ where: { email: existing.email } })).toBe(0);
    expect(mails).toHaveBeenCalledWith(
      expect.objectContaining({ to: existing.email, subject: "Someone tried to create a Prelim Scout account with your address" }),
      expect.any(String),
    );
  });
});

describe("password sign-in", () => {
  it("accepts the right password and rejects a wrong one with the same sentence for unknown accounts", async () => {
    const user = await createUser();
    await expect(verifyCredentials(user.email, FACTORY_PASSWORD, "198.51.100.1")).resolves.toMatchObject({ id: user.id });
    await expect(verifyCredentials(user.email, "wrong password!", "198.51.100.1")).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(verifyCredentials("nobody@example.org", "wrong password!", "198.51.100.1")).rejects.toThrow(WRONG_CREDENTIALS);
  });

  it("five wrong passwords from five addresses cost the owner a one-second wait, not a lock", async () => {
    const user = await createUser();
    const now = new Date("2026-03-02T10:00:00Z");
    for (let i = 0; i < 5; i++) {
      await expect(verifyCredentials(user.email, `wrong password ${i}`, `198.51.100.${10 + i}`, now)).rejects.toThrow(WRONG_CREDENTIALS);
    }
    const waiting = await verifyCredentials(user.email, FACTORY_PASSWORD, "198.51.100.99", now).catch((e: unknown) => e);
    expect(waiting).toBeInstanceOf(AppError);
    expect((waiting as AppError).code).toBe("RATE_LIMITED");
    expect((waiting as AppError).message).toBe("Too many wrong passwords for this account. Try again in 1 second, or reset your password.");
    // One second later the owner's own password works, and the count starts over.
    await expect(verifyCredentials(user.email, FACTORY_PASSWORD, "198.51.100.99", new Date(now.getTime() + 1000))).resolves.toMatchObject({ id: user.id });
    expect(await db().signInThrottle.count({ where: { accountKey: user.email } })).toBe(0);
  });

  it("makes each further wrong guess wait twice as long, up to fifteen minutes", async () => {
    const user = await createUser();
    let now = new Date("2026-03-02T10:00:00Z").getTime();
    const waits: number[] = [];
    for (let i = 0; i < 16; i++) {
      await expect(verifyCredentials(user.email, `wrong password ${i}`, `198.51.100.${30 + i}`, new Date(now))).rejects.toThrow(WRONG_CREDENTIALS);
      const row = await db().signInThrottle.findUniqueOrThrow({ where: { accountKey: user.email } });
      const wait = row.nextAttemptAt ? row.nextAttemptAt.getTime() - now : 0;
      waits.push(wait / 1000);
      // A guess before the wait is over is refused without checking the password.
      if (wait > 0)
        await expect(verifyCredentials(user.email, FACTORY_PASSWORD, "198.51.100.99", new Date(now + wait - 1))).rejects.toMatchObject({
          code: "RATE_LIMITED",
        });
      now += wait;
    }
    expect(waits).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
  });

  it("checks at most five passwords of forty concurrent guesses at one account", async () => {
    const user = await createUser();
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => verifyCredentials(user.email, `concurrent guess ${i}`, `198.51.101.${i + 1}`)),
    );
    const reasons = results.map((r) => (r.status === "rejected" ? (r.reason as AppError) : null));
    const checked = reasons.filter((e) => e?.message === WRONG_CREDENTIALS).length;
    const refused = reasons.filter((e) => e?.code === "RATE_LIMITED").length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(checked + refused).toBe(40);
    expect(await db().auditEvent.count({ where: { subjectUserId: user.id, action: "auth.sign_in_failed" } })).toBe(checked);
  });

  it("limits attempts per IP address across accounts", async () => {
    const ip = "192.0.2.55";
    for (let i = 0; i < 30; i++) {
      await verifyCredentials(`nobody${i}@example.org`, "whatever pass", ip).catch(() => {});
    }
    const user = await createUser();
    const limited = await verifyCredentials(user.email, FACTORY_PASSWORD, ip).catch((e: unknown) => e);
    expect((limited as AppError).code).toBe("RATE_LIMITED");
    expect((limited as AppError).message).toMatch(/from your network/);
  });
});

describe("single-use tokens and password reset", () => {
  it("consumes a token once, and not after it expires", async () => {
    const user = await createUser();
    const token = await issueToken(user.id, "MAGIC_LINK");
    expect(await consumeToken(token, "PASSWORD_RESET")).toBeNull();
    expect(await consumeToken(token, "MAGIC_LINK")).toBe(user.id);
    expect(await consumeToken(token, "MAGIC_LINK")).toBeNull();

    const old = await issueToken(user.id, "MAGIC_LINK", new Date(Date.now() - 60 * 60 * 1000));
    expect(await consumeToken(old, "MAGIC_LINK")).toBeNull();
  });

  it("resets the password with a valid link and refuses a reused one", async () => {
    const user = await createUser();
    const token = await issueToken(user.id, "PASSWORD_RESET");
    const input = { token, password: "a brand new password", confirmPassword: "a brand new password" };
    expect(await resetPassword(input)).toEqual({ ok: true, data: undefined });
    await expect(verifyCredentials(user.email, "a brand new password", "198.51.100.200")).resolves.toMatchObject({ id: user.id });
    const reused = await resetPassword(input);
    expect(reused.ok).toBe(false);
    if (!reused.ok) expect(reused.message).toMatch(/expired or was already used/);
  });

  it("requires the two new passwords to match", async () => {
    const result = await resetPassword({ token: "x".repeat(43), password: "a brand new password", confirmPassword: "something else entirely" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.confirmPassword).toEqual(["The two passwords differ."]);
  });
});

describe("onboarding", () => {
  it("requires a session", async () => {
    actAs(null);
    const result = await completeOnboarding({ role: "ADVISOR" });
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("creates the resident profile and sets the role once", async () => {
    const user = await createUser();
    actAs(user.id);
    const input = {
      role: "RESIDENT",
      track: "TRANSITIONAL_YEAR",
      programName: "Transitional Year",
      institution: "Lakeside Medical Center",
      programStartDate: "2026-07-01",
      isImg: "yes",
      visaStatus: "J1",
    };
    expect(await completeOnboarding(input)).toEqual({ ok: true, data: { role: "RESIDENT" } });
    const profile = await db().residentProfile.findUniqueOrThrow({ where: { userId: user.id } });
    expect(profile).toMatchObject({ track: "TRANSITIONAL_YEAR", isImg: true, visaStatus: "J1" });
    expect(await completeOnboarding({ role: "ADVISOR" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("RESIDENT");
  });

  it("rejects an impossible start date with a clear message", async () => {
    const user = await createUser();
    actAs(user.id);
    const result = await completeOnboarding({
      role: "RESIDENT",
      track: "APPLICANT",
      programName: "x",
      institution: "y",
      programStartDate: "2026-13-45",
      isImg: "no",
      visaStatus: "OTHER",
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.programStartDate).toEqual(["That date does not exist."]);
  });
});

describe("audit log", () => {
  it("is append-only in the database", async () => {
    const resident = await createResident();
    await db().auditEvent.create({ data: { actorId: resident.id, subjectUserId: resident.id, action: "test.event" } });
    await expect(db().auditEvent.updateMany({ where: { action: "test.event" }, data: { action: "changed" } })).rejects.toThrow(/append-only/);
    await expect(db().auditEvent.deleteMany({ where: { action: "test.event" } })).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe("TRUNCATE audit_events")).rejects.toThrow(/append-only/);
    expect(await db().auditEvent.count({ where: { action: "test.event" } })).toBe(1);
  });
});

describe("request context", () => {
  it("rate limits sign-ups per network", async () => {
    testRequest.headers = new Headers({ "x-forwarded-for": "192.0.2.77" });
    for (let i = 0; i < 10; i++) {
      const r = await signUp({ name: "Many Accounts", email: `many${i}@example.org`, password: "a long enough password" });
      expect(r.ok).toBe(true);
    }
    const limited = await signUp({ name: "Many Accounts", email: "many-last@example.org", password: "a long enough password" });
    expect(limited).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });
});
