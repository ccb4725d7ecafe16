import type { Metadata } from "next";
import Link from "next/link";
import { BoardView } from "@/components/board/board-view";
import { Notice } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { loadOr404 } from "@/lib/page-data";
import { POST_KIND_LABELS } from "@/lib/rules/board-rules";
import { SPECIALTIES } from "@/lib/rules/specialties";
import { listPosts } from "@/lib/server/board/list-posts";
import { getCohort } from "@/lib/server/cohorts/get-cohort";
import { boardFilterSchema } from "@/lib/validation/board";

export const metadata: Metadata = { title: "Board" };

const EVIDENCE_OPTIONS = { fresh: "Fresh rumours", stale: "Stale rumours", confirmed: "Confirmed", disputed: "Disputed" };

export default async function CohortBoardPage({
  params,
  searchParams,
}: {
  params: Promise<{ cohortId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireResident();
  const { cohortId } = await params;
  const search = await searchParams;
  const { cursor: _cursor, ...filter } = boardFilterSchema.parse(search);
  const now = await getNow();
  const [cohort, first] = await loadOr404(cohortId, () => Promise.all([getCohort(viewer, cohortId), listPosts(viewer, cohortId, filter, now)]));
  const filters = { kind: filter.kind, specialty: filter.specialty, evidence: filter.evidence, q: filter.q };
  return (
    <>
      <PageHeader
        title={cohort.name}
        description={`${cohort.institution} · ${cohort.memberships.length} members`}
        action={
          <div className="flex flex-wrap gap-2">
            <Link href={`/board/${cohortId}/new`} className={buttonClass("primary")}>
              Share an opening
            </Link>
            <Link href={`/board/${cohortId}/chart`} className={buttonClass("secondary")}>
              Openings by month
            </Link>
            <Link href={`/board/${cohortId}/members`} className={buttonClass("secondary")}>
              Members
            </Link>
            {cohort.viewerRole === "MODERATOR" ? (
              <Link href={`/board/${cohortId}/review`} className={buttonClass("secondary")}>
                Review queue
              </Link>
            ) : null}
          </div>
        }
      />
      {search.notice === "hidden" ? (
        <div className="mb-4">
          <Notice tone="good">Thank you. That post is now hidden until a moderator reviews it.</Notice>
        </div>
      ) : null}
      <form
        method="get"
        role="search"
        aria-label="Filter the board"
        className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-5 dark:border-slate-700 dark:bg-slate-900"
      >
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            Search
          </label>
          <input id="q" name="q" type="search" defaultValue={filter.q} placeholder="Program, city, words" className={inputClass} />
        </div>
        {(
          [
            ["kind", "Kind", POST_KIND_LABELS, filter.kind],
            ["specialty", "Specialty", Object.fromEntries(SPECIALTIES.map((s) => [s.id, s.label])), filter.specialty],
            ["evidence", "Evidence", EVIDENCE_OPTIONS, filter.evidence],
          ] as const
        ).map(([name, label, options, value]) => (
          <div key={name}>
            <label htmlFor={name} className="block text-sm font-medium">
              {label}
            </label>
            <select id={name} name={name} defaultValue={value ?? ""} className={inputClass}>
              <option value="">Any</option>
              {Object.entries(options).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass("secondary")}>
            Apply
          </button>
          {Object.values(filters).some(Boolean) ? (
            <Link href={`/board/${cohortId}`} className="text-sm underline">
              Clear
            </Link>
          ) : null}
        </div>
      </form>
      <BoardView key={JSON.stringify(filters)} cohortId={cohortId} filters={filters} initial={first} viewerName={viewer.name} />
    </>
  );
}
