// Raw HTTP probes (no browser page) for issue 13's findings, against the production server the e2e suite starts:
// ended sessions, callback URLs, rate limits behind a proxy, and oversized or malformed input. The server trusts
// loopback as its proxy (TRUSTED_PROXIES=loopback in scripts/e2e-server.ts), so a probe's X-Forwarded-For is what
// a proxy would forward: whatever the client sent, then the client's real address last.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { toolEnv } from "../lib/env";
import { E2E_PASSWORD, createTestUser, e2eDb, expect, sessionCookieFor, signIn as signInContext, test } from "./fixtures";

const ORIGIN = `http://127.0.0.1:${toolEnv().E2E_PORT}`;
const randomIp = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;

/** Signs in through next-auth's own endpoints, as a browser form would; returns the session cookie's value. */
async function signIn(request: APIRequestContext, email: string, ip: string): Promise<string> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf", { headers: { "x-forwarded-for": ip } })).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/password", {
    headers: { "x-forwarded-for": ip },
    form: { email, password: E2E_PASSWORD, csrfToken, callbackUrl: `${ORIGIN}/dashboard` },
    maxRedirects: 0,
  });
  const cookie = (await request.storageState()).cookies.find((c) => c.name === "next-auth.session-token");
  expect(res.status(), await res.text()).toBe(302);
  expect(cookie?.value).toBeTruthy();
  return cookie!.value;
}

const withCookie = (value: string) => ({ cookie: `next-auth.session-token=${value}` });

test.describe("ended sessions", () => {
  test("a session cookie saved before POST /api/auth/signout opens neither /dashboard nor /api/me/export afterwards", async ({ playwright }) => {
    const user = await createTestUser();
    const ip = randomIp();
    const browserless = await playwright.request.newContext({ baseURL: ORIGIN });
    const saved = await signIn(browserless, user.email, ip);
    const bare = await playwright.request.newContext({ baseURL: ORIGIN });
    expect((await bare.get("/dashboard", { headers: withCookie(saved), maxRedirects: 0 })).status()).toBe(200);
    expect((await bare.get("/api/me/export", { headers: withCookie(saved) })).status()).toBe(200);

    const { csrfToken } = (await (await browserless.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const out = await browserless.post("/api/auth/signout", { form: { csrfToken, callbackUrl: `${ORIGIN}/login?signedOut=1` }, maxRedirects: 0 });
    expect(out.status()).toBe(302);

    const page = await bare.get("/dashboard", { headers: withCookie(saved), maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect(new URL(page.headers()["location"]!, ORIGIN).pathname).toBe("/login");
    expect((await bare.get("/api/me/export", { headers: withCookie(saved) })).status()).toBe(401);
    expect(await (await bare.get("/api/auth/session", { headers: withCookie(saved) })).json()).toEqual({});
    await browserless.dispose();
    await bare.dispose();
  });

  test("deleting the session row (sign out everywhere, a reset) ends a cookie at once", async ({ playwright }) => {
    const user = await createTestUser();
    const { value, sessionId } = await sessionCookieFor(user);
    const bare = await playwright.request.newContext({ baseURL: ORIGIN });
    expect((await bare.get("/api/me/export", { headers: withCookie(value) })).status()).toBe(200);
    await e2eDb().session.delete({ where: { id: sessionId } });
    expect((await bare.get("/api/me/export", { headers: withCookie(value) })).status()).toBe(401);
    await bare.dispose();
  });
});

test.describe("callback URLs", () => {
  const hostile = [
    "%2F%09%2Fevil.test%2Fphish",
    "%2F%0D%0A%2Fevil.test",
    "%2F%0ASet-Cookie%3A%20x%3D1",
    "%2F%2Fevil%E3%80%82test%2Fx",
    "%2F%E3%80%82%2Fx",
    "https%3A%2F%2Fevil.test%2F",
  ];

  test("a signed-in visitor sent to /login with a hostile callbackUrl stays on this origin, never a 500", async ({ playwright }) => {
    const user = await createTestUser();
    const { value } = await sessionCookieFor(user);
    const bare = await playwright.request.newContext({ baseURL: ORIGIN });
    for (const callback of hostile) {
      const res = await bare.get(`/login?callbackUrl=${callback}`, { headers: withCookie(value), maxRedirects: 0 });
      expect(res.status(), callback).toBe(307);
      const location = res.headers()["location"]!;
      // Resolved as a browser would: tabs and newlines dropped, backslashes and U+3002 normalised.
      expect(new URL(location.replace(/[\t\r\n]/g, ""), ORIGIN).origin, `${callback} -> ${location}`).toBe(ORIGIN);
    }
    await bare.dispose();
  });

  test("a signed-out visitor gets the sign-in page for each of them, and signing in lands on this origin", async ({ page }) => {
    for (const callback of hostile) {
      const res = await page.request.get(`/login?callbackUrl=${callback}`, { maxRedirects: 0 });
      expect(res.status(), callback).toBe(200);
    }
    const user = await createTestUser();
    await page.goto(`/login?callbackUrl=${hostile[0]}`);
    await page.getByLabel("Email", { exact: true }).fill(user.email);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    expect(new URL(page.url()).origin).toBe(ORIGIN);
  });
});

test.describe("rate limits behind a proxy", () => {
  test("rotating the client's own X-Forwarded-For entries does not escape the per-address sign-in limit", async ({ playwright }) => {
    const realClient = randomIp();
    const request = await playwright.request.newContext({ baseURL: ORIGIN });
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const errors: string[] = [];
    for (let i = 0; i < 31; i++) {
      // What the proxy forwards: the forged entry the client sent, then the address it really came from.
      const forged = `10.${i}.${Math.floor(Math.random() * 250)}.${i + 1}`;
      const res = await request.post("/api/auth/callback/password", {
        headers: { "x-forwarded-for": `${forged}, ${realClient}` },
        form: { email: `nobody.${randomBytes(4).toString("hex")}@example.org`, password: "a wrong password", csrfToken, callbackUrl: ORIGIN },
        maxRedirects: 0,
      });
      errors.push(new URL(res.headers()["location"] ?? "/", ORIGIN).searchParams.get("error") ?? "");
    }
    expect(errors.slice(0, 30).every((e) => e.startsWith("That email and password don't match"))).toBe(true);
    expect(errors[30]).toMatch(/^Too many sign-in attempts from your network\. Try again in \d+ minutes?\.$/);
    // Another client behind the same proxy has its own count: the server reads the forwarded address (so the peer
    // hook is installed in the running server), not one shared bucket.
    const other = await request.post("/api/auth/callback/password", {
      headers: { "x-forwarded-for": randomIp() },
      form: { email: `nobody.${randomBytes(4).toString("hex")}@example.org`, password: "a wrong password", csrfToken, callbackUrl: ORIGIN },
      maxRedirects: 0,
    });
    expect(new URL(other.headers()["location"] ?? "/", ORIGIN).searchParams.get("error")).toMatch(/^That email and password don't match/);
    await request.dispose();
  });
});

test.describe("oversized and malformed input", () => {
  const post = (request: APIRequestContext, data: string) =>
    request.post("/people/new", {
      headers: { "Next-Action": randomBytes(20).toString("hex"), "Content-Type": "text/plain;charset=UTF-8", Origin: ORIGIN },
      data,
      maxRedirects: 0,
    });

  test("a server-action body over 4 MB gets 413 and one nested 20,000 deep gets 400, each with a sentence", async ({ page }) => {
    await signInContext(page.context(), await createTestUser());
    const big = await post(page.request, JSON.stringify([{ notes: "x".repeat(5 * 1024 * 1024) }]));
    expect(big.status()).toBe(413);
    expect(await big.text()).toBe("That is more than a form can send (4 MB). Shorten the text or split the file, then try again.");
    const deep = await post(page.request, `[${"[".repeat(20_000)}${"]".repeat(20_000)}]`);
    expect(deep.status()).toBe(400);
    expect(await deep.text()).toBe("That request is nested too deeply to read. Nothing was saved.");
  });

  test("a 1.5 MB CSV reaches the import action, whose own 'larger than 1 MB' sentence comes back (it was a bare 500)", async ({ page }) => {
    await signInContext(page.context(), await createTestUser());
    const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as {
      node: Record<string, { exportedName: string }>;
    };
    const [actionId] = Object.entries(manifest.node).find(([, a]) => a.exportedName === "importPeople")!;
    const csv = `name,role\n${"Dr. Long List,ATTENDING\n".repeat(70_000)}`;
    const res = await page.request.post("/people/import", {
      headers: { "Next-Action": actionId, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: ORIGIN },
      // The import form sends the file's bytes as base64 (so the server can tell its encoding), as csvUpload does.
      data: JSON.stringify([{ file: Buffer.from(csv).toString("base64"), commit: true }]),
      maxRedirects: 0,
    });
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain("The file is larger than 1 MB; split it and import the parts.");
  });

  test("board search with 100 dashes answers 200", async ({ page }) => {
    const member = await createTestUser();
    const cohort = await e2eDb().cohort.create({
      data: {
        name: "Probe cohort",
        programName: "Preliminary Internal Medicine",
        institution: "Probe Hospital",
        year: 2026,
        track: "PRELIM_MEDICINE",
        memberships: { create: [{ userId: member.id }] },
      },
    });
    await signInContext(page.context(), member);
    const res = await page.request.get(`/api/cohorts/${cohort.id}/posts?q=${"-".repeat(100)}`);
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ posts: [], nextCursor: null });
  });
});
