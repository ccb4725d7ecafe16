import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Badge, Notice } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { ThreeTouch } from "@/components/people/three-touch";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay, startOfDayUtc } from "@/lib/dates";
import { pageParamSchema } from "@/lib/pagination";
import { specialtyLabel } from "@/lib/rules/specialties";
import { INFLUENCE_TAG_LABELS, PERSON_ROLE_LABELS, aListStatus } from "@/lib/rules/workspace";
import { listPeople } from "@/lib/server/people/list-people";
import { INFLUENCE_TAGS, PERSON_ROLES } from "@/lib/validation/workspace";

export const metadata: Metadata = { title: "People" };

const filterSchema = z.object({
  q: z.string().max(100).optional().catch(undefined),
  role: z.enum(PERSON_ROLES).optional().catch(undefined),
  tag: z.enum(INFLUENCE_TAGS).optional().catch(undefined),
  aList: z.literal("1").optional().catch(undefined),
  sort: z.enum(["attention", "name"]).optional().catch(undefined),
  page: pageParamSchema,
});

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireResident();
  const filter = filterSchema.parse(await searchParams);
  const now = await getNow();
  const today = startOfDayUtc(now);
  const { people, page, pageCount, matching, from, to, aListCount, total } = await listPeople(viewer, { ...filter, aList: filter.aList === "1" }, now);
  const aList = aListStatus(aListCount);
  const filtered = Boolean(filter.q || filter.role || filter.tag || filter.aList);

  return (
    <>
      <PageHeader
        title="People"
        description="Your networking map: who can open a door, how you met, and what to do next with each of them."
        action={
          <div className="flex flex-wrap gap-2">
            <Link href="/people/new" className={buttonClass("primary")}>
              Add a person
            </Link>
            <Link href="/people/mentors" className={buttonClass("secondary")}>
              Mentorship board
            </Link>
            <Link href="/people/import" className={buttonClass("secondary")}>
              Import CSV
            </Link>
            {total > 0 ? (
              <a href="/api/people/export" className={buttonClass("secondary")} download>
                Export CSV
              </a>
            ) : null}
          </div>
        }
      />
      <div className="mb-4 space-y-3">
        <p className="text-sm">
          <Badge tone={aList.level === "ok" || aList.level === "full" ? "good" : "warn"}>A-list {aListCount} of 7</Badge>
        </p>
        {aList.message ? <Notice tone={aList.level === "full" ? "info" : "warn"}>{aList.message}</Notice> : null}
      </div>
      {total === 0 ? (
        <Card title="Start your map">
          <p className="text-slate-700 dark:text-slate-300">
            Write down the people who shape your year: the program director and associate PDs, chief residents, division chiefs, clerkship and fellowship
            directors, and the attendings who write strong letters or run research. Then mark the 5 to 7 who matter most as your A-list.
          </p>
          <div className="mt-4 flex flex-wrap gap-2">
            <Link href="/people/new" className={buttonClass("primary")}>
              Add your first person
            </Link>
            <Link href="/people/import" className={buttonClass("secondary")}>
              Import a CSV
            </Link>
          </div>
        </Card>
      ) : (
        <>
          <form
            method="get"
            role="search"
            aria-label="Filter people"
            className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-6 dark:border-slate-700 dark:bg-slate-900"
          >
            <div className="lg:col-span-2">
              <label htmlFor="q" className="block text-sm font-medium">
                Search
              </label>
              <input id="q" name="q" type="search" defaultValue={filter.q} placeholder="Name, institution, department" className={inputClass} />
            </div>
            <div>
              <label htmlFor="role" className="block text-sm font-medium">
                Role
              </label>
              <select id="role" name="role" defaultValue={filter.role ?? ""} className={inputClass}>
                <option value="">Any role</option>
                {PERSON_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {PERSON_ROLE_LABELS[r]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="tag" className="block text-sm font-medium">
                Influence
              </label>
              <select id="tag" name="tag" defaultValue={filter.tag ?? ""} className={inputClass}>
                <option value="">Any</option>
                {INFLUENCE_TAGS.map((t) => (
                  <option key={t} value={t}>
                    {INFLUENCE_TAG_LABELS[t]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="sort" className="block text-sm font-medium">
                Sort
              </label>
              <select id="sort" name="sort" defaultValue={filter.sort ?? "attention"} className={inputClass}>
                <option value="attention">Needs attention</option>
                <option value="name">Name</option>
              </select>
            </div>
            <div className="flex flex-wrap items-end gap-3">
              <label className="inline-flex min-h-11 items-center gap-2 text-sm font-medium">
                <input type="checkbox" name="aList" value="1" defaultChecked={filter.aList === "1"} className="h-5 w-5" />
                A-list only
              </label>
              <button type="submit" className={buttonClass("secondary")}>
                Apply
              </button>
            </div>
          </form>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
            {pageCount === 1
              ? `${matching} of ${total} ${total === 1 ? "person" : "people"}`
              : matching === total
                ? `${from}–${to} of ${total} people`
                : `${from}–${to} of ${matching} matching (${total} people)`}
            {filtered ? (
              <>
                {" "}
                ·{" "}
                <Link href="/people" className="underline">
                  clear filters
                </Link>
              </>
            ) : null}
          </p>
          {people.length === 0 ? (
            <Card>
              <p>Nobody matches these filters.</p>
            </Card>
          ) : (
            <ul className="space-y-2">
              {people.map((p) => {
                const overdue = p.overdueCount > 0;
                return (
                  <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <div>
                        <Link
                          href={`/people/${p.id}`}
                          className="text-base font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-100"
                        >
                          {p.name}
                        </Link>
                        {p.isAList ? (
                          <span className="ml-2">
                            <Badge tone="brand">A-list</Badge>
                          </span>
                        ) : null}
                        <p className="text-sm text-slate-600 dark:text-slate-400">
                          {PERSON_ROLE_LABELS[p.role]}
                          {p.specialty ? ` · ${specialtyLabel(p.specialty)}` : ""}
                          {p.institution ? ` · ${p.institution}` : ""}
                        </p>
                      </div>
                      <ThreeTouch progress={p.progress} compact />
                    </div>
                    <p className="mt-1 text-sm">
                      <span className="font-medium">Next:</span> {p.next.label}
                      {p.next.dueOn ? (
                        <span className={overdue && p.next.dueOn < today ? "font-semibold text-red-700 dark:text-red-400" : ""}>
                          {" "}
                          · due {formatDay(p.next.dueOn)}
                        </span>
                      ) : null}
                      {p.overdueCount ? (
                        <span className="ml-2">
                          <Badge tone="bad">{p.overdueCount} overdue</Badge>
                        </span>
                      ) : null}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
          <Pagination
            page={page}
            pageCount={pageCount}
            label="Pages of people"
            href={(p) => pageHref("/people", { q: filter.q, role: filter.role, tag: filter.tag, aList: filter.aList, sort: filter.sort }, p)}
          />
        </>
      )}
    </>
  );
}
