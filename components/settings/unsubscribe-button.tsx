"use client";

import { ActionButton } from "@/components/ui/action-button";
import { unsubscribeDigest } from "@/lib/actions/account/unsubscribe-digest";

export function UnsubscribeButton({ token }: { token: string }) {
  return (
    <ActionButton action={unsubscribeDigest} input={{ token }} variant="primary" pendingText="Turning it off…">
      Turn off the weekly digest
    </ActionButton>
  );
}
