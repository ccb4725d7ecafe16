import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/viewer";
import { navItemsFor } from "@/lib/navigation";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await requireUser();
  return (
    <AppShell items={navItemsFor(viewer.role)} userName={viewer.name}>
      {children}
    </AppShell>
  );
}
