import type { UserRole } from "@/lib/db/generated/client";

export type NavItem = { href: string; label: string };

/** Only pages that work are listed; each feature adds its entry when it lands. */
export function navItemsFor(role: UserRole | null): NavItem[] {
  if (role === "ADVISOR") {
    return [
      { href: "/advisor", label: "Residents" },
      { href: "/settings", label: "Settings" },
    ];
  }
  if (role === null) return [{ href: "/onboarding", label: "Set up your account" }];
  return [
    { href: "/dashboard", label: "Dashboard" },
    { href: "/targets", label: "Targets" },
    { href: "/plan", label: "Year plan" },
    { href: "/people", label: "People" },
    { href: "/meetings", label: "Meetings" },
    { href: "/asks", label: "Asks & letters" },
    { href: "/evidence", label: "Projects & feedback" },
    { href: "/programs", label: "Programs" },
    { href: "/board", label: "Board" },
    { href: "/openings", label: "Openings" },
    { href: "/advisors", label: "Advisors" },
    { href: "/settings", label: "Settings" },
  ];
}

export function homeFor(role: UserRole | null): string {
  if (role === "ADVISOR") return "/advisor";
  if (role === "RESIDENT") return "/dashboard";
  return "/onboarding";
}
