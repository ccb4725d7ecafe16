// Email against a real SMTP server process (smtp-server from the nodemailer project), parsed back with mailparser:
// what a mail client would receive, not what we handed to nodemailer.
import { execFile } from "node:child_process";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as oneClickUnsubscribe, GET as openUnsubscribeLink } from "@/app/api/unsubscribe/[token]/route";
import { saveDigestSchedule } from "@/lib/actions/plan/save-digest-schedule";
import { unsubscribeDigest } from "@/lib/actions/account/unsubscribe-digest";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { findFreePort } from "@/lib/db/embedded";
import { childEnv, env } from "@/lib/env";
import { sendEmail } from "@/lib/email";
import { requestLink } from "@/lib/server/auth/request-link";
import { digestUnsubscribeToken, unsafeSendDueDigests } from "@/lib/server/plan/digest";
import { withTestDatabase } from "@/lib/testing/db";
import { createResident } from "@/lib/testing/factories";
import { actAs, testRequest } from "@/lib/testing/test-session";

withTestDatabase();

const ROOT = path.resolve(import.meta.dirname, "../..");
const BASE = "https://scout.example.org";
const inbox: ParsedMail[] = [];
let server: SMTPServer;
let smtpUrl: string;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          inbox.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  inbox.length = 0;
  vi.stubEnv("SMTP_URL", smtpUrl);
});

/** A raw header line, unfolded (RFC 5322 folds long lines). */
const header = (mail: ParsedMail, name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/\r\n[ \t]+/g, " ");
const only = () => {
  expect(inbox).toHaveLength(1);
  return inbox[0]!;
};

describe("every email is multipart text and HTML", () => {
  it("lays out a text-only message as HTML too, with its links as links", async () => {
    await sendEmail({ to: "someone@example.org", subject: "Hello", text: "First paragraph.\n\nOpen https://scout.example.org/dashboard today." });
    const mail = only();
    expect(mail.text).toContain("Open https://scout.example.org/dashboard today.");
    expect(mail.html).toContain('<a href="https://scout.example.org/dashboard"');
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.headers.get("content-type")).toMatchObject({ value: "multipart/alternative" });
  });

  it("sends the sign-in link as a button and as a plain link", async () => {
    const resident = await createResident();
    await requestLink(resident.email, "MAGIC_LINK", BASE);
    const mail = only();
    const link = /https:\/\/scout\.example\.org\/auth\/magic\?token=[A-Za-z0-9_%-]+/.exec(mail.text ?? "")?.[0];
    expect(link).toBeDefined();
    const html = mail.html as string;
    expect(html).toContain(`>Sign in to Prelim Scout</a>`);
    expect(html.split(`href="${link}"`).length - 1).toBe(2); // the button and the plain link
    expect(html).toContain("If the button does not work, open this link:");
  });
});

describe("weekly digest", () => {
  // Saturday 21 November 2026, 15:00 UTC = 09:00 in Chicago.
  const NOW = new Date("2026-11-21T15:00:00Z");
  const chicagoSaturday9 = { weekday: "6", hour: "9", timeZone: "America/Chicago" };

  const schedule = async (resident: { id: string }, input: Record<string, string>, at: Date) => {
    actAs(resident.id);
    vi.stubEnv("ALLOW_TEST_CLOCK", "1");
    testRequest.cookies.set(TEST_CLOCK_COOKIE, at.toISOString());
    const result = await saveDigestSchedule(input);
    actAs(null);
    return result;
  };

  it("goes nowhere until the resident chooses a day and hour, and the first waits for that moment", async () => {
    const resident = await createResident();
    expect(await unsafeSendDueDigests(NOW, BASE)).toBe(0);

    // Chosen on Friday: nothing before Saturday 09:00 in Chicago, one at it, none again that week.
    expect(await schedule(resident, chicagoSaturday9, new Date("2026-11-20T18:00:00Z"))).toMatchObject({ ok: true });
    expect(await unsafeSendDueDigests(new Date("2026-11-21T14:59:00Z"), BASE)).toBe(0);
    expect(await unsafeSendDueDigests(NOW, BASE)).toBe(1);
    expect(only().to).toMatchObject({ text: resident.email });
    expect(await unsafeSendDueDigests(new Date("2026-11-27T15:00:00Z"), BASE)).toBe(0);
    expect(await unsafeSendDueDigests(new Date("2026-11-28T15:00:00Z"), BASE)).toBe(1);
  });

  it("refuses a time zone that does not exist, keeping what was typed", async () => {
    const resident = await createResident();
    const result = await schedule(resident, { ...chicagoSaturday9, timeZone: "Mars/Olympus_Mons" }, NOW);
    expect(result).toMatchObject({ ok: false, fieldErrors: { timeZone: ["Choose your time zone from the list."] }, values: { timeZone: "Mars/Olympus_Mons" } });
    expect(await db().user.findUniqueOrThrow({ where: { id: resident.id }, select: { digestWeekday: true } })).toEqual({ digestWeekday: null });
  });

  it("carries List-Unsubscribe with one-click POST, and an unsubscribe page link", async () => {
    const resident = await createResident();
    await schedule(resident, chicagoSaturday9, new Date("2026-11-20T18:00:00Z"));
    expect(await unsafeSendDueDigests(NOW, BASE)).toBe(1);
    const mail = only();
    const token = digestUnsubscribeToken(resident.id);
    expect(header(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(header(mail, "list-unsubscribe")).toBe(`List-Unsubscribe: <${BASE}/api/unsubscribe/${token}>`);
    expect(mail.text).toContain(`${BASE}/unsubscribe/${token}`);
    expect(mail.html).toContain(`href="${BASE}/dashboard"`);
    expect(mail.html).toContain(">Open your dashboard</a>");

    // Opening the link changes nothing (mail scanners open links); the mail client's one-click POST turns it off.
    const url = `${BASE}/api/unsubscribe/${token}`;
    const opened = await openUnsubscribeLink(new Request(url), { params: Promise.resolve({ token }) });
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toBe(`${BASE}/unsubscribe/${token}`);
    expect((await db().user.findUniqueOrThrow({ where: { id: resident.id } })).digestEnabled).toBe(true);
    const posted = await oneClickUnsubscribe(new Request(url, { method: "POST", body: "List-Unsubscribe=One-Click" }), { params: Promise.resolve({ token }) });
    expect(posted.status).toBe(200);
    expect((await db().user.findUniqueOrThrow({ where: { id: resident.id } })).digestEnabled).toBe(false);
    expect(await unsafeSendDueDigests(new Date("2026-11-28T15:00:00Z"), BASE)).toBe(0);
  });

  it("accepts only tokens it signed, for the person it signed them for", async () => {
    const [a, b] = [await createResident(), await createResident()];
    const forged = `${Buffer.from(b.id).toString("base64url")}.${digestUnsubscribeToken(a.id).split(".")[1]}`;
    const res = await oneClickUnsubscribe(new Request(`${BASE}/api/unsubscribe/x`, { method: "POST" }), { params: Promise.resolve({ token: forged }) });
    expect(res.status).toBe(404);
    expect(await unsubscribeDigest({ token: forged })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await unsubscribeDigest({ token: digestUnsubscribeToken(b.id) })).toMatchObject({ ok: true });
    const states = await db().user.findMany({ where: { id: { in: [a.id, b.id] } }, select: { id: true, digestEnabled: true } });
    expect(Object.fromEntries(states.map((s) => [s.id, s.digestEnabled]))).toEqual({ [a.id]: true, [b.id]: false });
  });

  it("the operator command previews one resident's digest, or sends it now", async () => {
    const resident = await createResident();
    // Asynchronously: the SMTP server answering the command lives in this process.
    const run = (...args: string[]) =>
      new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
        const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
        const options = {
          cwd: ROOT,
          timeout: 60_000,
          env: childEnv({ DATABASE_URL: env().DATABASE_URL, SMTP_URL: smtpUrl, NEXTAUTH_URL: BASE, NODE_ENV: "production" }),
        };
        execFile(tsx, ["--conditions=react-server", path.join(ROOT, "scripts", "digest.ts"), ...args], options, (error, stdout, stderr) => {
          resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
        });
      });
    const preview = await run(resident.email);
    expect(preview.status).toBe(0);
    expect(preview.stdout).toContain("Subject: Your week:");
    expect(preview.stdout).toContain("preview only");
    expect(inbox).toHaveLength(0);

    const sent = await run(resident.email, "--send");
    expect(sent.stdout).toContain(`sent to ${resident.email}`);
    expect(only().to).toMatchObject({ text: resident.email });
    expect(header(only(), "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect((await db().user.findUniqueOrThrow({ where: { id: resident.id } })).lastDigestAt).not.toBeNull();

    const unknown = await run("nobody@example.org");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("No resident with the email nobody@example.org");
    // Three cold starts of tsx: seconds each, more on a busy machine.
  }, 180_000);
});
