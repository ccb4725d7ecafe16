import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OnboardingForm } from "@/components/profile/onboarding-form";
import { requireUser } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { homeFor } from "@/lib/navigation";
import { defaultProgramStart } from "@/lib/rules/program-year";

export const metadata: Metadata = { title: "Set up your account" };

export default async function OnboardingPage() {
  const viewer = await requireUser();
  if (viewer.role) redirect(homeFor(viewer.role));
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-2xl font-bold">Welcome, {viewer.name}</h1>
      <p className="mt-1 mb-6 text-slate-600 dark:text-slate-300">
        A few facts about your year and the position you are aiming for. Your plan and its dates start from them, and you can change any of it later.
      </p>
      <OnboardingForm defaultStartDate={defaultProgramStart(await getNow())} />
    </main>
  );
}
