"use client";

import { signOut } from "next-auth/react";
import { buttonClass } from "@/components/ui/button";

export function SignOutButton() {
  return (
    <button type="button" className={buttonClass("ghost", "min-h-9 px-2")} onClick={() => signOut({ callbackUrl: "/login?signedOut=1" })}>
      Sign out
    </button>
  );
}
