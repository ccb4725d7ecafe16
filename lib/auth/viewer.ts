import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getSessionClaims } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { noteSessionSeen } from "@/lib/server/auth/sessions";
import type { UserRole } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

export type Viewer = {
  userId: string;
  email: string;
  name: string;
  role: UserRole | null;
  /** Set for residents who finished onboarding: their own records are keyed by this id. */
  residentId: string | null;
};

/**
 * Reads the signed-in user from the database on every request (once per request thanks to `cache`), so a
 * deleted account, a changed role or an ended session takes effect at once whatever the session cookie says. The
 * cookie only names a session; the session row must still exist (sign-out, a password reset and "sign out
 * everywhere" delete it) and be unexpired, and the user is read through it in the same query.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const claims = await getSessionClaims();
  if (!claims) return null;
  const now = new Date();
  const session = await db().session.findFirst({
    where: { id: claims.sessionId, userId: claims.userId, expiresAt: { gt: now } },
    select: {
      lastSeenAt: true,
      user: { select: { id: true, email: true, name: true, role: true, residentProfile: { select: { userId: true } } } },
    },
  });
  if (!session) return null;
  await noteSessionSeen(claims.sessionId, session.lastSeenAt, now);
  const { user } = session;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    residentId: user.role === "RESIDENT" ? (user.residentProfile?.userId ?? null) : null,
  };
});

/** For pages: the viewer, or a redirect to sign-in. */
export async function requireUser(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}

export type ResidentViewer = Viewer & { role: "RESIDENT"; residentId: string };

/**
 * The one test of "a resident with a workspace", for pages, route handlers and actions alike: the viewer as a
 * ResidentViewer, or null for advisors, users without a role and residents who have not finished onboarding.
 */
export function asResident(viewer: Viewer | null): ResidentViewer | null {
  return viewer?.role === "RESIDENT" && viewer.residentId ? { ...viewer, role: "RESIDENT", residentId: viewer.residentId } : null;
}

/** For route handlers: the signed-in resident, or null (the route answers "not found"). */
export async function getResidentViewer(): Promise<ResidentViewer | null> {
  return asResident(await getViewer());
}

/** For resident pages: onboarding first if the user has not chosen a role yet. */
export async function requireResident(): Promise<ResidentViewer> {
  const viewer = await requireUser();
  if (viewer.role === "ADVISOR") redirect("/advisor");
  return asResident(viewer) ?? redirect("/onboarding");
}

export async function requireAdvisor(): Promise<Viewer & { role: "ADVISOR" }> {
  const viewer = await requireUser();
  if (viewer.role === "RESIDENT") redirect("/dashboard");
  if (viewer.role !== "ADVISOR") redirect("/onboarding");
  return viewer as Viewer & { role: "ADVISOR" };
}

/** For actions: throws instead of redirecting. */
export function assertResident(viewer: Viewer): asserts viewer is ResidentViewer {
  if (!asResident(viewer)) {
    throw new AppError("NOT_FOUND", "This is only available in a resident's own workspace.");
  }
}
