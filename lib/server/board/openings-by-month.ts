import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { requireMembership } from "@/lib/server/cohorts/membership";

/** Openings and vacancy intel posted per month over the last twelve months (the chart people ask for). */
export async function openingsByMonth(viewer: Viewer, cohortId: string, now: Date): Promise<{ month: string; openings: number; vacancyIntel: number }[]> {
  await requireMembership(viewer, cohortId);
  const rows = await db().$queryRaw<{ month: string; openings: number; intel: number }[]>`
    SELECT to_char(m.month, 'YYYY-MM') AS month,
           count(p.id) FILTER (WHERE p.kind IN ('OPENING', 'AFFILIATE_POSITIONS'))::int AS openings,
           count(p.id) FILTER (WHERE p.kind = 'VACANCY_SOAP_INTEL')::int AS intel
    FROM generate_series(date_trunc('month', ${now}::timestamptz) - interval '11 months', date_trunc('month', ${now}::timestamptz), interval '1 month') AS m(month)
    LEFT JOIN board_posts p
      ON p.cohort_id = ${cohortId}::uuid AND p.status = 'VISIBLE' AND date_trunc('month', p.created_at) = m.month
    GROUP BY m.month ORDER BY m.month`;
  return rows.map((r) => ({ month: r.month, openings: r.openings, vacancyIntel: r.intel }));
}
