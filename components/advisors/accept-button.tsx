"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { acceptInvitation } from "@/lib/actions/advisors/accept-invitation";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function AcceptButton({ token }: { token: string }) {
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
            const result = await acceptInvitation({ token });
            if (!result.ok) return setError(result.message);
            router.push(`/advisor/residents/${result.data.residentId}`);
            router.refresh();
          })
        }
      >
        {pending ? "Accepting…" : "Accept and view their plan"}
      </button>
    </div>
  );
}
