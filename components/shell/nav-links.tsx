"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useRef, useState } from "react";

import type { NavItem } from "@/lib/navigation";

/** Short menus stay open on a phone; longer ones fold behind a Menu button there, so the page starts on screen one. */
const FOLD_AFTER = 4;

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // A navigation closes the menu (state adjusted during render, not in an effect).
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  const isActive = (item: NavItem) => pathname === item.href || pathname.startsWith(`${item.href}/`);
  const current = items.find(isActive);
  const folds = items.length > FOLD_AFTER;

  return (
    <>
      {folds ? (
        <div className="flex items-center justify-between gap-2 px-2 pb-1 md:hidden">
          <span className="truncate text-sm font-medium text-slate-700 dark:text-slate-300">{current?.label ?? ""}</span>
          <button
            ref={button}
            type="button"
            aria-expanded={open}
            aria-controls="main-nav-list"
            onClick={() => setOpen((o) => !o)}
            className="inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-100 dark:hover:bg-slate-800"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="currentColor">
              {open ? (
                <path d="M4.3 4.3a1 1 0 0 1 1.4 0L10 8.6l4.3-4.3a1 1 0 1 1 1.4 1.4L11.4 10l4.3 4.3a1 1 0 0 1-1.4 1.4L10 11.4l-4.3 4.3a1 1 0 0 1-1.4-1.4L8.6 10 4.3 5.7a1 1 0 0 1 0-1.4Z" />
              ) : (
                <path d="M3 5a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Zm0 5a1 1 0 0 1 1-1h12a1 1 0 1 1 0 2H4a1 1 0 0 1-1-1Zm1 4a1 1 0 1 0 0 2h12a1 1 0 1 0 0-2H4Z" />
              )}
            </svg>
            Menu
          </button>
        </div>
      ) : null}
      <ul
        id="main-nav-list"
        onKeyDown={(e) => {
          if (e.key !== "Escape" || !open) return;
          setOpen(false);
          button.current?.focus();
        }}
        className={`${folds && !open ? "hidden" : "grid"} grid-cols-2 gap-1 pb-1 text-sm sm:grid-cols-3 md:flex md:flex-wrap`}
      >
        {items.map((item) => {
          const active = isActive(item);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`flex min-h-11 items-center whitespace-nowrap rounded-md px-3 font-medium ${
                  active
                    ? "bg-brand-50 text-brand-800 dark:bg-slate-800 dark:text-white"
                    : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
