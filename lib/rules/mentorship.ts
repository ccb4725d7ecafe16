// The mentorship board: no single mentor covers everything, so a resident fills a few distinct roles from the people
// in their map, sees which roles are still empty, and where people for each role are usually found.
// Sources: the seed article on networking in PM&R ("mentorship board": clinical, career, research and near-peer
// mentors), the prelim networking article (three upper-level residents whose opinion of you must be a strong yes),
// and the article on how contacts help international graduates (home-country alumni, physician organisations,
// conferences, observerships).

import { MENTOR_ROLES, MENTOR_ROLE_LABELS, type MentorRole } from "@/lib/labels/evidence";
import type { PersonRole } from "@/lib/labels/workspace";

export type MentorRoleInfo = {
  role: MentorRole;
  label: string;
  /** What this mentor is for, in one sentence. */
  purpose: string;
  /** How many people the role wants: one mentor each, three upper-levels. */
  goal: number;
  /** Where people for this role are usually found. */
  whereToFind: string[];
  /** Extra places for international medical graduates. */
  whereToFindImg: string[];
  /** Person roles that usually fit; another role gets a gentle note, never a refusal. */
  usualRoles: PersonRole[];
};

export const MENTOR_ROLE_INFO: Record<MentorRole, MentorRoleInfo> = {
  CLINICAL: {
    role: "CLINICAL",
    label: MENTOR_ROLE_LABELS.CLINICAL,
    purpose: "Watches your clinical work closely and tells you how to get better at it.",
    goal: 1,
    whereToFind: ["An A-list attending from a rotation that went well", "The attending on your peak-performance month in your target specialty"],
    whereToFindImg: ["The attending who supervised your observership or externship"],
    usualRoles: ["ATTENDING", "DIVISION_CHIEF", "CLERKSHIP_DIRECTOR", "FELLOWSHIP_DIRECTOR", "ASSOCIATE_PD", "PROGRAM_DIRECTOR", "MENTOR"],
  },
  CAREER: {
    role: "CAREER",
    label: MENTOR_ROLE_LABELS.CAREER,
    purpose: "Helps with the big decisions: reapply or pivot, where to apply, which doors are realistic.",
    goal: 1,
    whereToFind: ["A program director or associate PD, here or elsewhere", "A senior faculty member in your target specialty who has placed people like you"],
    whereToFindImg: [
      "Graduates of your medical school now practising in the US (home-country alumni networks)",
      "National-origin physician associations (for example AAPI or NAAMA): go to their events, or better, volunteer at them",
    ],
    usualRoles: ["PROGRAM_DIRECTOR", "ASSOCIATE_PD", "DIVISION_CHIEF", "FELLOWSHIP_DIRECTOR", "EXTERNAL_PD", "ATTENDING", "MENTOR"],
  },
  RESEARCH: {
    role: "RESEARCH",
    label: MENTOR_ROLE_LABELS.RESEARCH,
    purpose: "Gives you one realistic project and sees it through to a poster, abstract or paper.",
    goal: 1,
    whereToFind: [
      "Faculty who run resident research or QI projects",
      "Authors of recent papers in your target specialty at your hospital",
      "Presenters at a conference poster session on your topic",
    ],
    whereToFindImg: ["Your specialty society's trainee or international-graduate section", "A former research mentor from medical school, working remotely"],
    usualRoles: ["ATTENDING", "DIVISION_CHIEF", "FELLOWSHIP_DIRECTOR", "MENTOR", "SENIOR_RESIDENT"],
  },
  NEAR_PEER: {
    role: "NEAR_PEER",
    label: MENTOR_ROLE_LABELS.NEAR_PEER,
    purpose: "A senior resident or young attending who made the same move recently and knows the unwritten rules.",
    goal: 1,
    whereToFind: [
      "A resident who went from prelim to categorical in the last few years",
      "A fellow or junior attending in your target specialty",
      "Last year's members of your cohort",
    ],
    whereToFindImg: [
      "Alumni of your medical school one or two years ahead of you in US training",
      "Residents you meet at physician-association or specialty-society events",
    ],
    usualRoles: ["SENIOR_RESIDENT", "CHIEF_RESIDENT", "CO_RESIDENT", "ATTENDING", "MENTOR"],
  },
  UPPER_LEVEL: {
    role: "UPPER_LEVEL",
    label: MENTOR_ROLE_LABELS.UPPER_LEVEL,
    purpose: "Seniors you work under on the wards; PDs ask them about you, so their answer has to be a strong yes.",
    goal: 3,
    whereToFind: ["The senior residents on your ward and ICU teams", "Chief residents"],
    whereToFindImg: [],
    usualRoles: ["SENIOR_RESIDENT", "CHIEF_RESIDENT"],
  },
};

/** Conferences and observerships work for every role: put yourself where these people already are. */
export const EVERYWHERE_TIPS = [
  "Specialty-society meetings: present a poster if you can, talk to people at the posters, and follow up within 7-10 days.",
  "Observerships and electives: the supervising attending can become a mentor and may know program directors nearby.",
];

export type Assignment = { role: MentorRole; personId: string; personName: string; personRole: PersonRole; strongYes: boolean; note: string | null };

export type BoardRole = MentorRoleInfo & {
  people: (Assignment & { fitNote: string | null })[];
  gap: string | null;
  strongYesCount: number;
};

/** A gentle note when the person's role is unusual for the mentor role (never a block: people wear several hats). */
export function mentorFitNote(role: MentorRole, personRole: PersonRole): string | null {
  if (MENTOR_ROLE_INFO[role].usualRoles.includes(personRole)) return null;
  if (role === "UPPER_LEVEL") return "Usually a senior or chief resident you work under.";
  if (role === "NEAR_PEER") return "Usually someone only a few years ahead of you.";
  return "An unusual fit for this role; fine if they really play it.";
}

/** The roles in a fixed order with who fills each, what is missing, and how many upper-levels are a strong yes. */
export function mentorshipBoard(assignments: Assignment[]): { roles: BoardRole[]; gaps: string[]; filled: number } {
  const roles = MENTOR_ROLES.map((role) => {
    const info = MENTOR_ROLE_INFO[role];
    const people = assignments
      .filter((a) => a.role === role)
      .sort((a, b) => a.personName.localeCompare(b.personName))
      .map((a) => ({ ...a, fitNote: mentorFitNote(role, a.personRole) }));
    const strongYesCount = people.filter((p) => p.strongYes).length;
    let gap: string | null = null;
    if (people.length === 0) gap = role === "UPPER_LEVEL" ? "No upper-level residents named yet" : `No ${info.label.toLowerCase()} yet`;
    else if (people.length < info.goal) gap = `${people.length} of ${info.goal} upper-level residents named`;
    else if (role === "UPPER_LEVEL" && strongYesCount < info.goal) gap = `${strongYesCount} of ${info.goal} upper-levels are a strong yes so far`;
    return { ...info, people, gap, strongYesCount };
  });
  return { roles, gaps: roles.flatMap((r) => (r.gap ? [r.gap] : [])), filled: roles.filter((r) => r.people.length > 0).length };
}
