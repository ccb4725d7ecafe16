"use client";

import { useState } from "react";
import { createInvite } from "@/lib/actions/cohorts/create-invite";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useAction } from "@/components/ui/use-action";

export function InviteForm({ cohortId }: { cohortId: string }) {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const { run, pending, error, fieldErrors } = useAction(createInvite, {
    onSuccess: (invite) => {
      setCopied(false);
      setLink(invite.url);
    },
  });
  return (
    <div className="space-y-3">
      <form
        className="space-y-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          void run({ cohortId, expiresInDays: form.get("expiresInDays"), maxUses: form.get("maxUses") });
        }}
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label="Valid for (days)" name="expiresInDays" type="number" min={1} max={90} defaultValue="14" errors={fieldErrors.expiresInDays} />
          <TextField label="Maximum uses" name="maxUses" type="number" min={1} max={500} defaultValue="25" errors={fieldErrors.maxUses} />
        </div>
        <FormMessage state={error ? { ok: false, message: error } : null} />
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          {pending ? "Creating…" : "Create invitation link"}
        </button>
      </form>
      {link ? (
        <div className="space-y-2 rounded-md border border-green-300 bg-green-50 p-3 text-sm dark:border-green-800 dark:bg-green-950">
          <label htmlFor="invite-link" className="block font-medium">
            Share this link with your classmates. It is shown once.
          </label>
          <input
            id="invite-link"
            readOnly
            value={link}
            className="block w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:bg-slate-900"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button
            type="button"
            className={buttonClass("secondary", "min-h-9 py-1")}
            onClick={() => {
              void navigator.clipboard?.writeText(link).then(() => setCopied(true));
            }}
          >
            {copied ? "Copied" : "Copy link"}
          </button>
        </div>
      ) : null}
    </div>
  );
}
