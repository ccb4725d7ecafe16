"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { joinCohort } from "@/lib/actions/cohorts/join-cohort";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function JoinButton({ token, name }: { token: string; name: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <FormMessage state={error ? { ok: false, message: error } : null} />
      <button
        type="button"
        disabled={pending}
        className={buttonClass("primary")}
        onClick={() =>
          start(async () => {
            const result = await joinCohort({ token });
            if (!result.ok) return setError(result.message);
            router.push(`/board/${result.data.cohortId}`);
            router.refresh();
          })
        }
      >
        {pending ? "Joining…" : `Join ${name}`}
      </button>
    </div>
  );
}
