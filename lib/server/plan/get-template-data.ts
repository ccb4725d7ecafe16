import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { OutreachValues } from "@/lib/rules/outreach-templates";
import { specialtyLabel } from "@/lib/rules/specialties";
import { PERSON_ROLE_LABELS } from "@/lib/rules/workspace";

const ROTATION_MONTH = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

/** What templates are filled with: the profile, the viewer's people and rotations. */
export async function getTemplateData(viewer: ResidentViewer) {
  const [profile, people, rotations] = await Promise.all([
    db().residentProfile.findUniqueOrThrow({
      where: { userId: viewer.residentId },
      select: { programName: true, institution: true, user: { select: { name: true } }, target: { select: { specialty: true, specialtyOther: true } } },
    }),
    db().person.findMany({
      where: { residentId: viewer.residentId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, role: true, email: true, specialty: true },
    }),
    db().rotation.findMany({ where: { residentId: viewer.residentId }, orderBy: { startsOn: "asc" }, select: { id: true, service: true, startsOn: true } }),
  ]);
  const base: OutreachValues = {
    residentName: profile.user.name,
    currentProgram: profile.programName,
    institution: profile.institution,
    ...(profile.target ? { specialty: specialtyLabel(profile.target.specialty, profile.target.specialtyOther).toLowerCase() } : {}),
  };
  return {
    base,
    people: people.map((p) => ({ id: p.id, name: p.name, title: PERSON_ROLE_LABELS[p.role].toLowerCase(), email: p.email, specialty: p.specialty })),
    rotations: rotations.map((r) => ({ id: r.id, service: r.service, month: ROTATION_MONTH.format(r.startsOn) })),
  };
}
