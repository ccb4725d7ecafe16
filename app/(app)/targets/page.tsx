import type { Metadata } from "next";
import { PivotForm } from "@/components/targets/pivot-form";
import { TargetForm } from "@/components/targets/target-form";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { setDecision } from "@/lib/actions/targets/set-decision";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay, parseDateOnly, startOfDayUtc } from "@/lib/dates";
import { NAMED_SPECIALTY_OPTIONS, specialtyLabel } from "@/lib/rules/specialties";
import { consistencyWarning, decisionStatus, pivotPrompt } from "@/lib/rules/workspace";
import { getTargets } from "@/lib/server/targets/get-targets";
import { GEO_STANCE_LABELS } from "@/lib/validation/workspace";

export const metadata: Metadata = { title: "Targets" };

function describeChange(field: "SPECIALTY" | "STANCE", value: string | null): string {
  if (!value) return "nothing";
  if (field === "SPECIALTY") return value.startsWith("other:") ? value.slice(6) : specialtyLabel(value);
  const [stance, detail] = value.split(/:(.*)/s);
  return `${GEO_STANCE_LABELS[stance as keyof typeof GEO_STANCE_LABELS] ?? stance}${detail ? ` (${detail})` : ""}`;
}

export default async function TargetsPage() {
  const viewer = await requireResident();
  const now = await getNow();
  const today = startOfDayUtc(now);
  const { target, history, programStartDate } = await getTargets(viewer);
  const warning = consistencyWarning(history, now);
  const decision = target ? decisionStatus({ programStartDate: parseDateOnly(programStartDate), decision: target.decision, now: today }) : null;
  // After a pivot, the paths worth showing are still the ones from the specialty left behind.
  const pivotSource = target?.decision === "PIVOT" && target.pivotFrom && !target.pivotFrom.startsWith("other:") ? target.pivotFrom : target?.specialty;
  const pivot = target ? pivotPrompt({ specialty: pivotSource ?? null, unsuccessfulCycles: target.unsuccessfulCycles }) : null;

  return (
    <>
      <PageHeader title="Targets and decisions" description="One target, one story, and a decision on reapplying or pivoting early in the year." />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {warning ? <Notice title="A gentle word on consistency">{warning}</Notice> : null}
          <Card title="Your target">
            <TargetForm
              initial={
                target
                  ? {
                      specialty: target.specialty,
                      specialtyOther: target.specialtyOther ?? "",
                      geoStance: target.geoStance,
                      geoDetail: target.geoDetail ?? "",
                      planB: target.planB ?? "",
                      planBDetail: target.planBDetail ?? "",
                      unsuccessfulCycles: String(target.unsuccessfulCycles),
                    }
                  : {}
              }
            />
          </Card>
        </div>
        <div className="space-y-4">
          <Card title="Reapply or pivot?">
            {decision ? (
              <>
                <p className="text-sm">{decision.message}</p>
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Decide by {formatDay(decision.deadline)}.</p>
                {target?.decision === "PIVOT" ? (
                  <p className="mt-2 text-sm">
                    {target.pivotPath ? (
                      <>
                        Pivoting to <span className="font-medium">{target.pivotPath}</span>
                        {target.pivotFrom ? <> from {describeChange("SPECIALTY", target.pivotFrom)}</> : null}. Your target is now{" "}
                        {specialtyLabel(target.specialty, target.specialtyOther)}.
                      </>
                    ) : (
                      "You decided to pivot. Say to what below, so your target and your story match."
                    )}
                  </p>
                ) : null}
                <div className="mt-3 flex flex-wrap gap-2">
                  {target?.decision !== "REAPPLY" ? (
                    <ActionButton action={setDecision} input={{ decision: "REAPPLY" }} variant="primary">
                      I will reapply
                    </ActionButton>
                  ) : null}
                  {target?.decision !== "UNDECIDED" ? (
                    <ActionButton action={setDecision} input={{ decision: "UNDECIDED" }} variant="ghost">
                      Reopen the decision
                    </ActionButton>
                  ) : null}
                </div>
                <details className="mt-3" open={target?.decision === "PIVOT" && !target.pivotPath}>
                  <summary className={buttonClass("secondary", "cursor-pointer list-none [&::-webkit-details-marker]:hidden")}>
                    {target?.decision === "PIVOT" ? "Change where you are pivoting to" : "I will pivot…"}
                  </summary>
                  <div className="mt-3">
                    <PivotForm
                      paths={(pivot?.relatedPaths ?? []).filter((p) => p.target !== pivotSource)}
                      current={target?.decision === "PIVOT" && target.pivotPath ? { pivotSpecialty: target.specialty, pivotPath: target.pivotPath } : undefined}
                      specialties={NAMED_SPECIALTY_OPTIONS.filter((s) => s.value !== pivotSource)}
                      submitLabel={target?.decision === "PIVOT" ? "Save the new path" : "Record the pivot"}
                    />
                  </div>
                </details>
              </>
            ) : (
              <p className="text-sm">Set your target first. The decision is due two months after your program starts.</p>
            )}
          </Card>
          {pivot ? (
            <Card title={`Related paths from ${specialtyLabel(pivotSource, target?.specialtyOther)}`}>
              {pivot.show && pivot.message ? <Notice>{pivot.message}</Notice> : null}
              {pivot.relatedPaths.length ? (
                <table className="mt-2 w-full text-left text-sm">
                  <caption className="sr-only">Related, more attainable paths</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="py-1 pr-2">
                        Path
                      </th>
                      <th scope="col" className="py-1">
                        Why
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {pivot.relatedPaths.map((p) => (
                      <tr key={p.to} className="border-t border-slate-200 align-top dark:border-slate-700">
                        <td className="py-1 pr-2 font-medium">{p.to}</td>
                        <td className="py-1">{p.why}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="text-sm text-slate-600 dark:text-slate-400">No related paths listed for this specialty.</p>
              )}
            </Card>
          ) : null}
          <Card title="History">
            {history.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">No changes since you first set your target.</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {history.map((h) => (
                  <li key={`${h.field}-${h.changedAt.toISOString()}`}>
                    {formatDay(h.changedAt)}: {h.field === "SPECIALTY" ? "specialty" : "location"} {describeChange(h.field, h.fromValue)} →{" "}
                    {describeChange(h.field, h.toValue)}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
