import "server-only";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { LIST_PAGE_SIZE } from "@/lib/pagination";
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
  const pageRows = (page: number) =>
    db().program.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (page - 1) * LIST_PAGE_SIZE, take: LIST_PAGE_SIZE, select });
  const requested = Math.max(1, filter.page ?? 1);
  const [rows, matching, total] = await Promise.all([
    pageRows(requested),
    db().program.count({ where }),
    db().program.count({ where: { residentId: viewer.residentId } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(matching / LIST_PAGE_SIZE));
  // A page past the end (a stale link after deleting programs) shows the last page rather than nothing.
  const page = Math.min(requested, pageCount);
  const programs = page === requested ? rows : await pageRows(page);
  const from = programs.length ? (page - 1) * LIST_PAGE_SIZE + 1 : 0;
  return { programs, total, matching, page, pageCount, from, to: from ? from + programs.length - 1 : 0 };
}
