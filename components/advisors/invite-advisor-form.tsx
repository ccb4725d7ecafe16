"use client";

import { useState } from "react";
import { inviteAdvisor } from "@/lib/actions/advisors/invite-advisor";
import { ScopeFields } from "@/components/advisors/scope-fields";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function InviteAdvisorForm() {
  const { state, formAction, values, errors, formKey } = useActionForm(inviteAdvisor, { scopes: "targets,people,asks" });
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-4">
      <form key={state?.ok ? `ok-${state.data.url}` : formKey} action={formAction} noValidate className="space-y-3">
        <TextField label="Advisor's email" name="email" type="email" defaultValue={values.email} errors={errors.email} />
        <ScopeFields idPrefix="invite" checked={(values.scopes ?? "").split(",")} errors={errors.scopes} />
        <TextField label="Sharing ends on (optional)" name="grantEndsOn" type="date" defaultValue={values.grantEndsOn} errors={errors.grantEndsOn} />
        <FormMessage state={state && !state.ok ? state : null} />
        <SubmitButton>Create invitation</SubmitButton>
      </form>
      {state?.ok ? (
        <div role="status" className="space-y-2 rounded-md border border-green-300 bg-green-50 p-3 text-sm dark:border-green-800 dark:bg-green-950">
          <p className="font-medium">
            {state.data.emailed ? "Invitation emailed. You can also share this link:" : "Email is not set up here, so copy this link to your advisor:"}
          </p>
          <label htmlFor="advisor-link" className="sr-only">
            Invitation link
          </label>
          <input
            id="advisor-link"
            readOnly
            value={state.data.url}
            onFocus={(e) => e.currentTarget.select()}
            className="block w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:bg-slate-900"
          />
          <button
            type="button"
            className={buttonClass("secondary", "min-h-9 py-1")}
            onClick={() => void navigator.clipboard?.writeText(state.data.url).then(() => setCopied(true))}
          >
            {copied ? "Copied" : "Copy link"}
          </button>
          <p>It works once, for 14 days.</p>
        </div>
      ) : null}
    </div>
  );
}
