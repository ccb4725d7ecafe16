import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { askSpreadWarning, lettersProgress } from "@/lib/rules/workspace";

/** Every ask with its person, the spread warnings and the letters progress card. */
export async function listAsks(viewer: ResidentViewer) {
  const [asks, target] = await Promise.all([
    db().ask.findMany({
      where: { residentId: viewer.residentId },
      orderBy: [{ status: "asc" }, { createdAt: "desc" }],
      include: { person: { select: { id: true, name: true, role: true, specialty: true } } },
    }),
    db().target.findUnique({ where: { residentId: viewer.residentId }, select: { specialty: true } }),
  ]);
  const warnings = askSpreadWarning(asks.map((a) => ({ personId: a.personId, personName: a.person.name, kind: a.kind, status: a.status })));
  const letters = lettersProgress(
    asks
      .filter((a) => a.kind === "LETTER")
      .map((a) => ({ status: a.status, fromPrelimYear: a.fromPrelimYear, inTargetSpecialty: Boolean(target && a.person.specialty === target.specialty) })),
  );
  return { asks, warnings, letters };
}
export type AsksOverview = Awaited<ReturnType<typeof listAsks>>;
