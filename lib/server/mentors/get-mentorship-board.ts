import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { mentorshipBoard } from "@/lib/rules/mentorship";

/** The mentorship board: each role with who fills it and the gaps, plus the people a role can be given to. */
export async function getMentorshipBoard(viewer: ResidentViewer) {
  const profile = await db().residentProfile.findUniqueOrThrow({
    where: { userId: viewer.residentId },
    select: {
      isImg: true,
      mentorRoles: { select: { role: true, strongYes: true, note: true, person: { select: { id: true, name: true, role: true } } } },
      people: { orderBy: { name: "asc" }, select: { id: true, name: true, role: true } },
    },
  });
  const board = mentorshipBoard(
    profile.mentorRoles.map((m) => ({
      role: m.role,
      personId: m.person.id,
      personName: m.person.name,
      personRole: m.person.role,
      strongYes: m.strongYes,
      note: m.note,
    })),
  );
  return { ...board, isImg: profile.isImg, people: profile.people };
}
