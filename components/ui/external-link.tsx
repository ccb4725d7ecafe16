import type { ReactNode } from "react";

/** A link someone typed (a CV, a poster, a vacancies page): new tab, no referrer, no endorsement for crawlers. */
export function ExternalLink({ href, children, className = "" }: { href: string; children?: ReactNode; className?: string }) {
  return (
    <a href={href} rel="noopener noreferrer nofollow" target="_blank" className={`break-all underline ${className}`}>
      {children ?? href}
    </a>
  );
}
