import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireResident } from "@/lib/auth/viewer";
import { formatDay } from "@/lib/dates";
import { pageParamSchema } from "@/lib/pagination";
import { specialtyLabel } from "@/lib/rules/specialties";
import { listPrograms } from "@/lib/server/programs/list-programs";
import {
  PROGRAM_STATUSES,
  PROGRAM_STATUS_LABELS,
  PROGRAM_TYPES,
  PROGRAM_TYPE_LABELS,
  VISA_SPONSORSHIPS,
  VISA_SPONSORSHIP_LABELS,
} from "@/lib/validation/programs";

export const metadata: Metadata = { title: "Programs" };

const filterSchema = z.object({
  q: z.string().max(100).optional().catch(undefined),
  status: z.enum(PROGRAM_STATUSES).optional().catch(undefined),
  programType: z.enum(PROGRAM_TYPES).optional().catch(undefined),
  visa: z.enum(VISA_SPONSORSHIPS).optional().catch(undefined),
  page: pageParamSchema,
});

function FilterSelect({
  id,
  label,
  value,
  options,
  anyLabel,
}: {
  id: string;
  label: string;
  value?: string;
  options: Record<string, string>;
  anyLabel: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{anyLabel}</option>
        {Object.entries(options).map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function ProgramsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireResident();
  const filter = filterSchema.parse(await searchParams);
  const { programs, total, matching, page, pageCount, from, to } = await listPrograms(viewer, filter);
  return (
    <>
      <PageHeader
        title="Programs"
        description="The programs you talk to, what they accept, and everything you have told them."
        action={
          <div className="flex flex-wrap gap-2">
            <Link href="/programs/new" className={buttonClass("primary")}>
              Add a program
            </Link>
            <Link href="/programs/import" className={buttonClass("secondary")}>
              Import CSV
            </Link>
            {total > 0 ? (
              <a href="/api/programs/export" className={buttonClass("secondary")} download>
                Export CSV
              </a>
            ) : null}
            <Link href="/messages" className={buttonClass("secondary")}>
              What have I told whom?
            </Link>
          </div>
        }
      />
      {total === 0 ? (
        <Card title="No programs yet">
          <p>Add the programs you are applying to or talking with. Note whether each accepts messages after interviews: the honesty checks use it.</p>
          <Link href="/programs/new" className={buttonClass("primary", "mt-3")}>
            Add your first program
          </Link>
        </Card>
      ) : (
        <>
          <form
            method="get"
            role="search"
            aria-label="Filter programs"
            className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5 dark:border-slate-700 dark:bg-slate-900"
          >
            <div>
              <label htmlFor="q" className="block text-sm font-medium">
                Search
              </label>
              <input id="q" name="q" type="search" defaultValue={filter.q} placeholder="Name, city, NRMP code" className={inputClass} />
            </div>
            <FilterSelect id="status" label="Status" value={filter.status} options={PROGRAM_STATUS_LABELS} anyLabel="Any status" />
            <FilterSelect id="programType" label="Type" value={filter.programType} options={PROGRAM_TYPE_LABELS} anyLabel="Any type" />
            <FilterSelect id="visa" label="Visa sponsorship" value={filter.visa} options={VISA_SPONSORSHIP_LABELS} anyLabel="Any" />
            <div className="flex items-end">
              <button type="submit" className={buttonClass("secondary")}>
                Apply
              </button>
            </div>
          </form>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
            {pageCount === 1
              ? `${matching} of ${total} programs`
              : matching === total
                ? `${from}–${to} of ${total} programs`
                : `${from}–${to} of ${matching} matching (${total} programs)`}
          </p>
          <ul className="space-y-2">
            {programs.map((p) => (
              <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <Link href={`/programs/${p.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
                      {p.name}
                    </Link>
                    <p className="text-sm text-slate-600 dark:text-slate-400">
                      {p.institution}
                      {p.city ? ` · ${p.city}${p.state ? `, ${p.state}` : ""}` : ""}
                      {p.specialty ? ` · ${specialtyLabel(p.specialty)}` : ""}
                      {p.nrmpCode ? ` · ${p.nrmpCode}` : ""}
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-1">
                    <Badge tone="brand">{PROGRAM_STATUS_LABELS[p.status]}</Badge>
                    {p.postInterviewCommunication === "NO" ? <Badge tone="warn">No post-interview contact</Badge> : null}
                    <Badge>{VISA_SPONSORSHIP_LABELS[p.visaSponsorship]}</Badge>
                  </div>
                </div>
                <p className="mt-1 text-sm">
                  {p.interviewDate ? `Interview ${formatDay(p.interviewDate)} · ` : ""}
                  {p._count.messages} message{p._count.messages === 1 ? "" : "s"}
                </p>
              </li>
            ))}
          </ul>
          <Pagination
            page={page}
            pageCount={pageCount}
            label="Pages of programs"
            href={(p) => pageHref("/programs", { q: filter.q, status: filter.status, programType: filter.programType, visa: filter.visa }, p)}
          />
        </>
      )}
    </>
  );
}
