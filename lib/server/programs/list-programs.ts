import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { readPage } from "@/lib/pagination";
import type { PROGRAM_STATUSES, PROGRAM_TYPES, VISA_SPONSORSHIPS } from "@/lib/validation/programs";

export type ProgramFilter = {
  q?: string;
  status?: (typeof PROGRAM_STATUSES)[number];
  programType?: (typeof PROGRAM_TYPES)[number];
  visa?: (typeof VISA_SPONSORSHIPS)[number];
  specialty?: string;
  /** 1-based; LIST_PAGE_SIZE programs a page, by name. */
  page?: number;
};

export async function listPrograms(viewer: ResidentViewer, filter: ProgramFilter) {
  const q = filter.q?.trim();
  const where: Prisma.ProgramWhereInput = {
    residentId: viewer.residentId,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.programType ? { programType: filter.programType } : {}),
    ...(filter.visa ? { visaSponsorship: filter.visa } : {}),
    ...(filter.specialty ? { specialty: filter.specialty } : {}),
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: "insensitive" } },
            { institution: { contains: q, mode: "insensitive" } },
            { city: { contains: q, mode: "insensitive" } },
            { state: { contains: q, mode: "insensitive" } },
            { nrmpCode: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const select = {
    id: true,
    name: true,
    institution: true,
    city: true,
    state: true,
    specialty: true,
    nrmpCode: true,
    programType: true,
    visaSponsorship: true,
    postInterviewCommunication: true,
    status: true,
    interviewDate: true,
    _count: { select: { messages: { where: { status: { not: "NOT_SENT" as const } } } } },
  } satisfies Prisma.ProgramSelect;
  // A page by name (id breaks ties between programs of the same name, so no program is on two pages).
  const [{ items: programs, page, pageCount, total: matching, from, to }, total] = await Promise.all([
    readPage(
      filter.page,
      () => db().program.count({ where }),
      (skip, take) => db().program.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], skip, take, select }),
    ),
    db().program.count({ where: { residentId: viewer.residentId } }),
  ]);
  return { programs, total, matching, page, pageCount, from, to };
}
