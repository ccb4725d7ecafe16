"use client";

import { signOut } from "next-auth/react";
import { useState, useTransition } from "react";
import { deleteAccount } from "@/lib/actions/account/delete-account";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function DeleteAccountForm({ email }: { email: string }) {
  const [pending, start] = useTransition();
  const [confirmation, setConfirmation] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const result = await deleteAccount({ confirmation });
          if (!result.ok) return setError(result.fieldErrors?.confirmation?.join(" ") ?? result.message);
          await signOut({ callbackUrl: "/?deleted=1" });
        });
      }}
    >
      <p className="text-sm">
        This deletes your profile, people, touches, programs, messages, plan and advisor sharing. Posts and comments on cohort boards stay, shown as
        &quot;Former member&quot;. It cannot be undone; download your data first.
      </p>
      <TextField label={`Type ${email} to confirm`} name="confirmation" value={confirmation} onChange={(e) => setConfirmation(e.target.value)} autoComplete="off" />
      <FormMessage state={error ? { ok: false, message: error } : null} />
      <button type="submit" disabled={pending || confirmation.trim().toLowerCase() !== email} className={buttonClass("danger")}>
        {pending ? "Deleting…" : "Delete my account"}
      </button>
    </form>
  );
}
