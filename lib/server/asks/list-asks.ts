import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { readPage } from "@/lib/pagination";
import { askSpreadWarning, lettersProgress } from "@/lib/rules/workspace";

/**
 * A page of the viewer's asks (LIST_PAGE_SIZE, open ones first by status, newest first) with their people, and the
 * spread warnings and letters progress, which are about every ask and read the few columns they need of all of them.
 */
export async function listAsks(viewer: ResidentViewer, { page }: { page?: number } = {}) {
  const where = { residentId: viewer.residentId };
  const [{ items: asks, ...paging }, all, target] = await Promise.all([
    readPage(
      page,
      () => db().ask.count({ where }),
      (skip, take) =>
        db().ask.findMany({
          where,
          orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "asc" }],
          skip,
          take,
          include: { person: { select: { id: true, name: true, role: true, specialty: true } } },
        }),
    ),
    db().ask.findMany({
      where,
      select: { personId: true, kind: true, status: true, fromPrelimYear: true, person: { select: { name: true, specialty: true } } },
    }),
    db().target.findUnique({ where: { residentId: viewer.residentId }, select: { specialty: true } }),
  ]);
  const warnings = askSpreadWarning(all.map((a) => ({ personId: a.personId, personName: a.person.name, kind: a.kind, status: a.status })));
  const letters = lettersProgress(
    all
      .filter((a) => a.kind === "LETTER")
      .map((a) => ({ status: a.status, fromPrelimYear: a.fromPrelimYear, inTargetSpecialty: Boolean(target && a.person.specialty === target.specialty) })),
  );
  return { asks, warnings, letters, ...paging };
}
export type AsksOverview = Awaited<ReturnType<typeof listAsks>>;
