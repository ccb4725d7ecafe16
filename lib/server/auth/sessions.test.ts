import { describe, expect, it } from "vitest";
import { GET as meExportRoute } from "@/app/api/me/export/route";
import { changePassword } from "@/lib/actions/account/change-password";
import { signOutEverywhere } from "@/lib/actions/account/sign-out-everywhere";
import { signOutSession } from "@/lib/actions/account/sign-out-session";
import { resetPassword } from "@/lib/actions/auth/reset-password";
import { authOptions } from "@/lib/auth/options";
import { getViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { LAST_SEEN_EVERY_MS, describeDevice, listSessions, noteSessionSeen, openSession } from "@/lib/server/auth/sessions";
import { consumeToken, issueToken } from "@/lib/server/auth/tokens";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { withTestDatabase } from "@/lib/testing/db";
import { FACTORY_PASSWORD, createResident, createUser } from "@/lib/testing/factories";
import { actAs, actWithSession, openTestSession } from "@/lib/testing/test-session";

withTestDatabase();

const FIREFOX_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:128.0) Gecko/20100101 Firefox/128.0";
const SAFARI_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

/** What a copy of a cookie naming this session opens now. */
async function viewerThrough(userId: string, sessionId: string) {
  actWithSession(userId, sessionId);
  return getViewer();
}

/** next-auth's POST /api/auth/signout hands the decoded cookie to events.signOut. */
async function signOutThroughNextAuth(userId: string, sessionId: string) {
  await authOptions.events!.signOut!({ token: { sub: userId, sid: sessionId }, session: undefined as never });
}

describe("server-side sessions", () => {
  it("a cookie saved before sign-out opens neither pages nor /api/me/export afterwards", async () => {
    const user = await createResident();
    const sessionId = await openSession(user.id, FIREFOX_MAC);
    expect(await viewerThrough(user.id, sessionId)).toMatchObject({ userId: user.id });
    expect((await meExportRoute()).status).toBe(200);

    await signOutThroughNextAuth(user.id, sessionId);

    expect(await viewerThrough(user.id, sessionId)).toBeNull();
    expect((await meExportRoute()).status).toBe(401);
  });

  it("a cookie naming someone else's session, or a made-up one, opens nothing", async () => {
    const [a, b] = [await createUser(), await createUser()];
    const sessionOfB = await openSession(b.id, FIREFOX_MAC);
    expect(await viewerThrough(a.id, sessionOfB)).toBeNull();
    expect(await viewerThrough(a.id, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("an expired session opens nothing", async () => {
    const user = await createUser();
    const sessionId = await openSession(user.id, FIREFOX_MAC, new Date(Date.now() - 31 * 86_400_000));
    expect(await viewerThrough(user.id, sessionId)).toBeNull();
  });

  it("a password reset ends every session and voids email links issued before it", async () => {
    const user = await createUser();
    const [laptop, phone] = [await openSession(user.id, FIREFOX_MAC), await openSession(user.id, SAFARI_IPHONE)];
    const link = await issueToken(user.id, "MAGIC_LINK");
    const otherReset = await issueToken(user.id, "PASSWORD_RESET");
    const reset = await issueToken(user.id, "PASSWORD_RESET");

    actAs(null);
    expect(await resetPassword({ token: reset, password: "a new password after the reset", confirmPassword: "a new password after the reset" })).toMatchObject({
      ok: true,
    });

    expect(await viewerThrough(user.id, laptop)).toBeNull();
    expect(await viewerThrough(user.id, phone)).toBeNull();
    expect(await consumeToken(link, "MAGIC_LINK")).toBeNull();
    expect(await consumeToken(otherReset, "PASSWORD_RESET")).toBeNull();
    // A link asked for after the reset works as usual.
    expect(await consumeToken(await issueToken(user.id, "MAGIC_LINK"), "MAGIC_LINK")).toBe(user.id);
  });

  it("sign-in opens a new session that the other sessions do not share", async () => {
    const user = await createUser();
    const before = await openSession(user.id, FIREFOX_MAC);
    await verifyCredentials(user.email, FACTORY_PASSWORD, "198.51.100.40");
    await signOutThroughNextAuth(user.id, before);
    const after = await openSession(user.id, SAFARI_IPHONE);
    expect(await viewerThrough(user.id, before)).toBeNull();
    expect(await viewerThrough(user.id, after)).toMatchObject({ userId: user.id });
  });

  it("reading /api/auth/session with an ended session's cookie signs nobody in", async () => {
    const user = await createUser();
    const sessionId = await openSession(user.id, FIREFOX_MAC);
    const jwt = authOptions.callbacks!.jwt!;
    const token = { sub: user.id, sid: sessionId };
    await expect(jwt({ token, user: undefined as never, account: null })).resolves.toMatchObject({ sub: user.id, sid: sessionId });
    await signOutThroughNextAuth(user.id, sessionId);
    await expect(jwt({ token, user: undefined as never, account: null })).rejects.toThrow(/has ended/);
    // A cookie from before server-side sessions (no session id) is no session either.
    await expect(jwt({ token: { sub: user.id }, user: undefined as never, account: null })).rejects.toThrow(/has ended/);
  });

  it("records last seen at most once a minute", async () => {
    const user = await createUser();
    const opened = new Date(Date.now() - 10 * 60_000);
    const sessionId = await openSession(user.id, FIREFOX_MAC, opened);
    const seen = async () => (await db().session.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt.getTime();

    await noteSessionSeen(sessionId, opened, new Date(opened.getTime() + LAST_SEEN_EVERY_MS - 1));
    expect(await seen()).toBe(opened.getTime());
    const later = new Date(opened.getTime() + LAST_SEEN_EVERY_MS + 5);
    await noteSessionSeen(sessionId, opened, later);
    expect(await seen()).toBe(later.getTime());
    // A request that read the row before that write does not write again.
    await noteSessionSeen(sessionId, opened, new Date(later.getTime() + 10));
    expect(await seen()).toBe(later.getTime());
  });
});

describe("the settings page's session list and its actions", () => {
  it("lists the viewer's live sessions with their devices, marks this one, and shows nobody else's", async () => {
    const [user, stranger] = [await createUser(), await createUser()];
    const current = await openSession(user.id, FIREFOX_MAC);
    const phone = await openSession(user.id, SAFARI_IPHONE);
    await openSession(user.id, FIREFOX_MAC, new Date(Date.now() - 40 * 86_400_000));
    await openSession(stranger.id, FIREFOX_MAC);
    actWithSession(user.id, current);
    const viewer = (await getViewer())!;
    const rows = await listSessions(viewer, current);
    expect(rows.map((r) => [r.id, r.device, r.current]).sort()).toEqual(
      [
        [current, "Firefox on macOS", true],
        [phone, "Safari on iOS (phone)", false],
      ].sort(),
    );
  });

  it("names devices from what the browser said, and says so when it said nothing", () => {
    expect(describeDevice(FIREFOX_MAC)).toBe("Firefox on macOS");
    expect(describeDevice(SAFARI_IPHONE)).toBe("Safari on iOS (phone)");
    expect(describeDevice("")).toBe("Unknown device");
    expect(describeDevice("curl/8.5.0")).toMatch(/^\S/);
  });

  it("signs out one session of the viewer's own; someone else's is not found and stays", async () => {
    const [user, stranger] = [await createUser(), await createUser()];
    const phone = await openSession(user.id, SAFARI_IPHONE);
    const strangers = await openSession(stranger.id, SAFARI_IPHONE);
    await openTestSession(user.id);

    expect(await signOutSession({ sessionId: strangers })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await viewerThrough(stranger.id, strangers)).toMatchObject({ userId: stranger.id });

    actAs(user.id);
    expect(await signOutSession({ sessionId: phone })).toMatchObject({ ok: true });
    expect(await viewerThrough(user.id, phone)).toBeNull();
    actAs(user.id);
    expect(await signOutSession({ sessionId: phone })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("signs out everywhere, this browser included, and voids outstanding links", async () => {
    const user = await createUser();
    const phone = await openSession(user.id, SAFARI_IPHONE);
    const here = await openTestSession(user.id);
    const link = await issueToken(user.id, "MAGIC_LINK");
    expect(await signOutEverywhere({})).toMatchObject({ ok: true });
    expect(await viewerThrough(user.id, phone)).toBeNull();
    expect(await viewerThrough(user.id, here)).toBeNull();
    expect(await consumeToken(link, "MAGIC_LINK")).toBeNull();
    expect(await db().auditEvent.count({ where: { subjectUserId: user.id, action: "auth.signed_out_everywhere" } })).toBe(1);
  });

  it("a password change needs the current password, keeps this browser and ends the others", async () => {
    const user = await createUser();
    const phone = await openSession(user.id, SAFARI_IPHONE);
    const here = await openTestSession(user.id);
    const link = await issueToken(user.id, "PASSWORD_RESET");
    const input = { currentPassword: "not my password", newPassword: "a changed password here", confirmPassword: "a changed password here" };

    const wrong = await changePassword(input);
    expect(wrong).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { currentPassword: ["That is not your current password."] } });
    expect(await viewerThrough(user.id, phone)).not.toBeNull();

    actWithSession(user.id, here);
    expect(await changePassword({ ...input, currentPassword: FACTORY_PASSWORD })).toMatchObject({ ok: true });
    expect(await viewerThrough(user.id, here)).toMatchObject({ userId: user.id });
    expect(await viewerThrough(user.id, phone)).toBeNull();
    expect(await consumeToken(link, "PASSWORD_RESET")).toBeNull();
    await expect(verifyCredentials(user.email, "a changed password here", "198.51.100.41")).resolves.toMatchObject({ id: user.id });
  });
});
