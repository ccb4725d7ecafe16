import Link from "next/link";
import type { ReactNode } from "react";
import { NavLinks } from "@/components/shell/nav-links";
import type { NavItem } from "@/lib/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";

export function AppShell({ items, userName, children }: { items: NavItem[]; userName: string; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        Skip to content
      </a>
      <header className="no-print border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <Link href="/" className="text-lg font-bold text-brand-700 dark:text-brand-100">
            Prelim Scout
          </Link>
          <div className="flex items-center gap-3 text-sm">
            <span className="hidden text-slate-600 sm:inline dark:text-slate-300">{userName}</span>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label="Main" className="mx-auto max-w-6xl px-2">
          <NavLinks items={items} />
        </nav>
      </header>
      <main id="main" className="mx-auto w-full min-w-0 max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
