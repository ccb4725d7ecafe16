"use client";

import { useState, type ReactNode } from "react";

/**
 * A <details> that starts open or closed and then stays as the user left it. A plain `open={...}` would snap shut
 * when the page refreshes after a save (e.g. "open while the list is empty"), hiding the form's success message.
 */
export function Disclosure({
  summary,
  defaultOpen = false,
  className = "",
  summaryClassName = "cursor-pointer font-medium",
  children,
}: {
  summary: ReactNode;
  defaultOpen?: boolean;
  className?: string;
  summaryClassName?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className={className}>
      <summary className={summaryClassName}>{summary}</summary>
      {children}
    </details>
  );
}
