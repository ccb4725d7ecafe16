"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { completeOnboarding } from "@/lib/actions/profile/complete-onboarding";
import { ResidentProfileFields } from "@/components/profile/resident-profile-fields";
import { TargetStatementFields } from "@/components/targets/target-statement-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function OnboardingForm({ defaultStartDate }: { defaultStartDate: string }) {
  const router = useRouter();
  const { state, formAction, values, errors, formKey } = useActionForm(
    completeOnboarding,
    { programStartDate: defaultStartDate, role: "RESIDENT" },
    {
      onSuccess: (profile) => {
        router.replace(profile.role === "ADVISOR" ? "/advisor" : "/dashboard");
        router.refresh();
      },
    },
  );
  const [role, setRole] = useState(values.role ?? "RESIDENT");

  return (
    <form key={formKey} action={formAction} noValidate className="space-y-6">
      <fieldset className="space-y-2">
        <legend className="text-base font-semibold">How will you use Prelim Scout?</legend>
        <label className="flex min-h-11 items-start gap-3 rounded-md border border-slate-300 p-3 dark:border-slate-600">
          <input type="radio" name="role" value="RESIDENT" checked={role === "RESIDENT"} onChange={() => setRole("RESIDENT")} className="mt-1" />
          <span>
            <span className="font-medium">I&apos;m a resident or applicant</span>
            <span className="block text-sm text-slate-600 dark:text-slate-300">
              In a prelim or transitional year, or applying, and aiming for a categorical spot.
            </span>
          </span>
        </label>
        <label className="flex min-h-11 items-start gap-3 rounded-md border border-slate-300 p-3 dark:border-slate-600">
          <input type="radio" name="role" value="ADVISOR" checked={role === "ADVISOR"} onChange={() => setRole("ADVISOR")} className="mt-1" />
          <span>
            <span className="font-medium">I&apos;m an advisor</span>
            <span className="block text-sm text-slate-600 dark:text-slate-300">
              A mentor, faculty member or program director a resident invited to follow their progress.
            </span>
          </span>
        </label>
      </fieldset>
      {role === "RESIDENT" ? (
        <>
          <fieldset className="space-y-4">
            <legend className="text-base font-semibold">Your year</legend>
            <ResidentProfileFields values={values} errors={errors} />
          </fieldset>
          <fieldset className="space-y-4">
            <legend className="text-base font-semibold">Your target</legend>
            <p className="text-sm text-slate-600 dark:text-slate-300">
              The categorical position you are aiming for. Not sure yet? Leave it, and decide on the targets page in your first weeks.
            </p>
            <TargetStatementFields values={values} errors={errors} specialtyPlaceholder="Not decided yet" />
          </fieldset>
        </>
      ) : null}
      <FormMessage state={state && !state.ok ? state : null} />
      <SubmitButton pendingText="Saving…" className="w-full sm:w-auto">
        Continue
      </SubmitButton>
    </form>
  );
}
