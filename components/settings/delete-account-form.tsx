"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { deleteAccount } from "@/lib/actions/account/delete-account";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useAction } from "@/components/ui/use-action";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";

export function DeleteAccountForm({ email }: { email: string }) {
  const [confirmation, setConfirmation] = useState("");
  // Signing out leaves the page: nothing to refresh.
  const { run, pending, error, fieldErrors } = useAction(deleteAccount, { onSuccess: () => signOut({ callbackUrl: "/?deleted=1" }), refresh: false });
  useTypedBeforeHydration([["confirmation", confirmation, setConfirmation]]);
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void run({ confirmation });
      }}
    >
      <p className="text-sm">
        This deletes your profile, people, touches, programs, messages, plan and advisor sharing. Posts and comments on cohort boards stay, shown as
        &quot;Former member&quot;. It cannot be undone; download your data first.
      </p>
      <TextField
        label={`Type ${email} to confirm`}
        name="confirmation"
        value={confirmation}
        onChange={(e) => setConfirmation(e.target.value)}
        autoComplete="off"
      />
      <FormMessage state={error ? { ok: false, message: fieldErrors.confirmation?.join(" ") ?? error } : null} />
      <button type="submit" disabled={pending || confirmation.trim().toLowerCase() !== email} className={buttonClass("danger")}>
        {pending ? "Deleting…" : "Delete my account"}
      </button>
    </form>
  );
}
