import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdvisorResidentNav } from "@/components/advisors/advisor-resident-nav";
import { LettersCard } from "@/components/asks/letters-card";
import { ThreeTouch } from "@/components/people/three-touch";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requireAdvisor, type Viewer } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay, formatShortDay } from "@/lib/dates";
import { count } from "@/lib/labels/count";
import { TOUCHPOINT_STATE_LABELS } from "@/lib/rules/year-plan";
import { loadOr404 } from "@/lib/page-data";
import { OVERSTEP_KIND_LABELS } from "@/lib/labels/messages";
import { ADVISOR_SECTIONS, SECTION_LABELS, type AdvisorSection } from "@/lib/rules/advisor-scopes";
import { MESSAGE_TEMPLATES } from "@/lib/rules/message-templates";
import { specialtyById, specialtyLabel } from "@/lib/rules/specialties";
import { ASK_KIND_LABELS, PERSON_ROLE_LABELS } from "@/lib/rules/workspace";
import { getAdvisedAsks } from "@/lib/server/advisors/get-advised-asks";
import { getAdvisedLoi } from "@/lib/server/advisors/get-advised-loi";
import { getAdvisedOverview } from "@/lib/server/advisors/get-advised-overview";
import { getAdvisedPeople } from "@/lib/server/advisors/get-advised-people";
import { getAdvisedPlan } from "@/lib/server/advisors/get-advised-plan";
import { getAdvisedPrograms } from "@/lib/server/advisors/get-advised-programs";
import { getAdvisedTargets } from "@/lib/server/advisors/get-advised-targets";
import { ASK_STATUS_LABELS, GEO_STANCE_LABELS, PLAN_B_LABELS } from "@/lib/validation/workspace";
import { PROGRAM_STATUS_LABELS } from "@/lib/validation/programs";

export const metadata: Metadata = { title: "Resident" };

const TARGET_FIELD_LABELS = { SPECIALTY: "Specialty", STANCE: "Location" } as const;
const changeValue = (field: "SPECIALTY" | "STANCE", value: string | null) =>
  value === null
    ? "none"
    : field === "SPECIALTY"
      ? (specialtyById(value)?.label ?? value)
      : (GEO_STANCE_LABELS[value as keyof typeof GEO_STANCE_LABELS] ?? value);

async function Section({ viewer, residentId, section, now }: { viewer: Viewer; residentId: string; section: AdvisorSection; now: Date }) {
  switch (section) {
    case "targets": {
      const d = await getAdvisedTargets(viewer, residentId, now);
      const t = d.target;
      return (
        <div className="space-y-4">
          <Card title="Targets and decisions">
            {t ? (
              <dl className="grid gap-2 text-sm sm:grid-cols-2">
                <div>
                  <dt className="text-slate-600 dark:text-slate-400">Target specialty</dt>
                  <dd className="font-medium">{specialtyLabel(t.specialty, t.specialtyOther)}</dd>
                </div>
                <div>
                  <dt className="text-slate-600 dark:text-slate-400">Where</dt>
                  <dd className="font-medium">
                    {GEO_STANCE_LABELS[t.geoStance]}
                    {t.geoDetail ? `: ${t.geoDetail}` : ""}
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-600 dark:text-slate-400">Reapply or pivot</dt>
                  <dd className="font-medium">
                    {t.decision === "UNDECIDED"
                      ? `Not decided yet (due ${formatDay(t.status.deadline)})`
                      : `${t.decision === "REAPPLY" ? "Reapply" : "Pivot"}${t.decidedAt ? `, decided ${formatDay(t.decidedAt)}` : ""}`}
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-600 dark:text-slate-400">Unsuccessful cycles</dt>
                  <dd className="font-medium">{t.unsuccessfulCycles}</dd>
                </div>
                {t.planBShared ? (
                  <div>
                    <dt className="text-slate-600 dark:text-slate-400">Plan B</dt>
                    <dd className="font-medium">
                      {t.planB ? PLAN_B_LABELS[t.planB] : "Not set"}
                      {t.planBDetail ? `: ${t.planBDetail}` : ""}
                    </dd>
                  </div>
                ) : null}
              </dl>
            ) : (
              <p className="text-sm">No target set yet.</p>
            )}
          </Card>
          <Card title={`Changes since first set (${d.history.length})`}>
            {d.history.length === 0 ? <p className="text-sm">The specialty and location have not changed.</p> : null}
            <ul className="space-y-1 text-sm">
              {d.history.map((h, i) => (
                <li key={i}>
                  {formatDay(h.changedAt)}: {TARGET_FIELD_LABELS[h.field]} from {changeValue(h.field, h.fromValue)} to {changeValue(h.field, h.toValue)}
                </li>
              ))}
            </ul>
          </Card>
        </div>
      );
    }
    case "people": {
      const d = await getAdvisedPeople(viewer, residentId, now);
      return (
        <Card title={`People (${d.people.length}, A-list ${d.aListCount})`}>
          {d.people.length === 0 ? <p className="text-sm">No people mapped yet.</p> : null}
          <ul className="divide-y divide-slate-200 dark:divide-slate-700">
            {d.people.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <div>
                  <Link href={`/advisor/residents/${residentId}/people/${p.id}`} className="font-medium underline-offset-2 hover:underline">
                    {p.name}
                  </Link>{" "}
                  {p.isAList ? <Badge tone="brand">A-list</Badge> : null}
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {PERSON_ROLE_LABELS[p.role]} · next: {p.next.label}
                    {p.next.dueOn ? ` by ${formatShortDay(p.next.dueOn)}` : ""}
                  </p>
                </div>
                <ThreeTouch progress={p.progress} compact />
              </li>
            ))}
          </ul>
        </Card>
      );
    }
    case "asks": {
      const d = await getAdvisedAsks(viewer, residentId, now);
      return (
        <div className="grid gap-4 lg:grid-cols-3">
          <Card title="Asks" className="lg:col-span-2">
            {d.asks.length === 0 ? <p className="text-sm">No asks yet.</p> : null}
            <ul className="space-y-1 text-sm">
              {d.asks.map((a, i) => (
                <li key={i}>
                  {ASK_KIND_LABELS[a.kind]} from {a.person.name} <Badge>{ASK_STATUS_LABELS[a.status]}</Badge>
                  {a.askedOn ? ` asked ${formatDay(a.askedOn)}` : a.plannedOn ? ` planned for ${formatDay(a.plannedOn)}` : ""}
                  {a.respondedOn ? `, answered ${formatDay(a.respondedOn)}` : ""}
                </li>
              ))}
            </ul>
          </Card>
          <LettersCard letters={d.letters} />
        </div>
      );
    }
    case "plan": {
      const d = await getAdvisedPlan(viewer, residentId, now);
      return (
        <div className="space-y-4">
          <Card title="PD touchpoints">
            <ul className="space-y-1 text-sm">
              {d.touchpoints.map((t) => (
                <li key={t.key}>
                  {t.label}: <Badge>{TOUCHPOINT_STATE_LABELS[t.state]}</Badge> {t.onDate ? `met ${formatDay(t.onDate)}` : ""}
                </li>
              ))}
            </ul>
          </Card>
          <Card title="Rotations">
            {d.rotations.length === 0 ? <p className="text-sm">No rotations entered.</p> : null}
            <ul className="space-y-1 text-sm">
              {d.rotations.map((r) => (
                <li key={r.id}>
                  {formatDay(r.startsOn)} to {formatDay(r.endsOn)}: {r.service}
                  {r.site ? ` (${r.site})` : ""} {r.peak ? <Badge tone="brand">peak</Badge> : null}
                </li>
              ))}
            </ul>
          </Card>
          <Card title="Running log">
            {d.log.length === 0 ? <p className="text-sm">Nothing logged yet.</p> : null}
            <ul className="space-y-1 text-sm">
              {d.log.slice(0, 40).map((row, i) => (
                <li key={i}>
                  {formatDay(row.date)} · {row.service ?? ""} · {row.faculty ?? ""} · {row.action}
                  {row.nextStep ? ` → ${row.nextStep}` : ""}
                </li>
              ))}
            </ul>
          </Card>
        </div>
      );
    }
    case "programs": {
      const d = await getAdvisedPrograms(viewer, residentId, now);
      return (
        <Card title={`Programs${d.cycleName ? ` (${d.cycleName})` : ""}`}>
          {d.programs.length === 0 ? <p className="text-sm">No programs yet.</p> : null}
          <ul className="space-y-3 text-sm">
            {d.programs.map((p) => (
              <li key={p.id}>
                <p className="font-medium">
                  {p.name}, {p.institution} <Badge>{PROGRAM_STATUS_LABELS[p.status]}</Badge>
                </p>
                <p className="text-slate-600 dark:text-slate-400">
                  {[
                    p.specialty ? specialtyLabel(p.specialty) : null,
                    [p.city, p.state].filter(Boolean).join(", ") || null,
                    p.interviewDate ? `interview ${formatDay(p.interviewDate)}` : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <p className="text-slate-600 dark:text-slate-400">
                  {count(p.messageCount, "message")}
                  {p.lastContact ? `, last ${MESSAGE_TEMPLATES[p.lastContact.kind].label.toLowerCase()} on ${formatDay(p.lastContact.sentAt)}` : ""}
                  {p.claimedFirstChoice ? ". Told it is the first choice." : ""}
                </p>
                {p.oversteps.length ? (
                  <div className="mt-1 rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50">
                    <p className="font-semibold">
                      The resident recorded {p.oversteps.length === 1 ? "a contact" : `${p.oversteps.length} contacts`} in which this program overstepped:
                    </p>
                    <ul className="mt-1 space-y-1">
                      {p.oversteps.map((o) => (
                        <li key={o.id}>
                          {formatDay(o.occurredOn)}, {OVERSTEP_KIND_LABELS[o.kind].toLowerCase()}
                          {o.who ? ` (${o.who})` : ""}: <q>{o.said}</q>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {p.messages.length ? (
                  <ul className="mt-1 space-y-1 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
                    {p.messages.map((m) => (
                      <li key={m.id}>
                        <details>
                          <summary className="cursor-pointer">
                            {m.subject} ({formatDay(m.sentAt)})
                          </summary>
                          <p className="whitespace-pre-line">{m.body}</p>
                        </details>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
          {!d.contentsShared ? (
            <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">Message contents are not shared; you see counts and dates.</p>
          ) : null}
        </Card>
      );
    }
    case "loi": {
      const d = await getAdvisedLoi(viewer, residentId, now);
      return (
        <Card title={`Letter of intent${d.cycleName ? ` (${d.cycleName})` : ""}`}>
          <p className="text-sm">
            {d.letterOfIntent ? `Sent to ${d.letterOfIntent.programName} on ${formatDay(d.letterOfIntent.sentAt)}.` : "Not sent yet this cycle."}
          </p>
          <p className="mt-1 text-sm">
            {d.firstChoice ? `First-choice statement made to ${d.firstChoice.programName}.` : "No program has been told it is the first choice."}
          </p>
        </Card>
      );
    }
  }
}

export default async function AdvisedSectionPage({ params }: { params: Promise<{ residentId: string; section: string }> }) {
  const viewer = await requireAdvisor();
  const { residentId, section } = await params;
  if (!(section in ADVISOR_SECTIONS)) notFound();
  const now = await getNow();
  const overview = await loadOr404(residentId, async () => {
    // Only the section itself is logged as a view; this read just finds which sections to list.
    const o = await getAdvisedOverview(viewer, residentId, now, { record: false });
    if (!o.scopes.includes(ADVISOR_SECTIONS[section as AdvisorSection])) notFound();
    return o;
  });
  const content = await loadOr404(residentId, () => Section({ viewer, residentId, section: section as AdvisorSection, now }));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/advisor" className="underline">
          All residents
        </Link>
      </p>
      <PageHeader title={`${overview.name}: ${SECTION_LABELS[section as AdvisorSection]}`} description="Read-only." />
      <AdvisorResidentNav residentId={residentId} scopes={overview.scopes} current={section} />
      {content}
    </>
  );
}
