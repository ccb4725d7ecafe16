import Link from "next/link";
import { redirect } from "next/navigation";
import { Notice } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { getViewer } from "@/lib/auth/viewer";
import { homeFor } from "@/lib/navigation";

export default async function LandingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getViewer();
  if (viewer) redirect(homeFor(viewer.role));
  // Set by the account deletion form when it signs the (now deleted) user out.
  const deleted = (await searchParams).deleted !== undefined;
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-3xl flex-col justify-center gap-6 px-4 py-12">
      {deleted ? (
        <div role="status">
          <Notice tone="good" title="Your account has been deleted">
            Your profile, people, plan, programs and messages are gone, and advisors no longer see anything. Posts you made on cohort boards stay, shown as from
            a former member. Thank you for using Prelim Scout.
          </Notice>
        </div>
      ) : null}
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-100">Prelim Scout</p>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Your prelim year is an audition. Work it like a plan.</h1>
      <p className="text-lg text-slate-700 dark:text-slate-300">
        For residents in a preliminary or transitional year, and applicants aiming for a categorical position: pick one target, map the people who can open a
        door, keep every touch and ask on schedule, write to programs honestly, and share openings with your cohort.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href="/signup" className={buttonClass("primary")}>
          Create an account
        </Link>
        <Link href="/login" className={buttonClass("secondary")}>
          Sign in
        </Link>
      </div>
    </main>
  );
}
