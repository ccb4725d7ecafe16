import type { Metadata } from "next";
import Link from "next/link";
import { BragBasicsForm } from "@/components/evidence/brag-basics-form";
import { FeedbackForm } from "@/components/evidence/feedback-form";
import { ProjectForm } from "@/components/evidence/project-form";
import { ActionButton } from "@/components/ui/action-button";
import { ExternalLink } from "@/components/ui/external-link";
import { Disclosure } from "@/components/ui/disclosure";
import { Badge, Notice } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { PageRange, Pagination, pageHref } from "@/components/ui/pagination";
import { deleteFeedback } from "@/lib/actions/evidence/delete-feedback";
import { deleteProject } from "@/lib/actions/evidence/delete-project";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay, toDateOnly } from "@/lib/dates";
import { pageParamSchema } from "@/lib/pagination";
import { FEEDBACK_SOURCE_LABELS, PROJECT_KIND_LABELS, PROJECT_STATUS_LABELS } from "@/lib/labels/evidence";
import { NAMED_SPECIALTY_OPTIONS, specialtyLabel } from "@/lib/rules/specialties";
import { getEvidence } from "@/lib/server/evidence/get-evidence";

export const metadata: Metadata = { title: "Projects and feedback" };

// Projects and quotes are paged separately: ?projects=2 and ?quotes=2, each link keeping the other list's page.
export default async function EvidencePage({ searchParams }: { searchParams: Promise<{ projects?: string | string[]; quotes?: string | string[] }> }) {
  const viewer = await requireResident();
  const query = await searchParams;
  const pages = { projects: pageParamSchema.parse(query.projects), quotes: pageParamSchema.parse(query.quotes) };
  const [e, now] = await Promise.all([getEvidence(viewer, { projectsPage: pages.projects, quotesPage: pages.quotes }), getNow()]);
  const today = toDateOnly(now);
  const people = e.people.map((p) => ({ value: p.id, label: p.name }));
  const rotations = e.rotations.map((r) => ({ value: r.id, label: r.label }));
  return (
    <>
      <PageHeader
        title="Projects and feedback"
        description="One tangible project and the words people used about your work: the evidence behind every letter you ask for."
        action={
          <Link href="/asks" className={buttonClass("secondary")}>
            Ask for a letter
          </Link>
        }
      />
      <div className="mb-4">
        <Notice tone={e.check.met ? "good" : "warn"} title="One tangible project">
          {e.check.message}
        </Notice>
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card title={`Projects (${e.projects.total})`}>
            <PageRange of={e.projects} noun="projects" />
            {e.projects.total === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                No projects yet. A QI project, a case report, a poster or a teaching session all count; ask a faculty member who runs resident projects for
                something small you can finish.
              </p>
            ) : (
              <ul className="divide-y divide-slate-200 dark:divide-slate-700">
                {e.projects.items.map((p) => (
                  <li key={p.id} className="py-3">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <div className="min-w-0">
                        <p className="font-medium">{p.title}</p>
                        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                          <Badge>{PROJECT_KIND_LABELS[p.kind]}</Badge>
                          <Badge tone={p.status === "COMPLETED" ? "good" : p.status === "DROPPED" ? "neutral" : "brand"}>
                            {PROJECT_STATUS_LABELS[p.status]}
                          </Badge>
                          {p.specialty ? <span>{specialtyLabel(p.specialty)}</span> : null}
                        </p>
                      </div>
                      <ActionButton
                        action={deleteProject}
                        input={{ projectId: p.id }}
                        variant="ghost"
                        className="min-h-9 px-2 py-1"
                        confirm={{
                          title: "Delete this project?",
                          body: "It leaves your running log and every brag sheet. This cannot be undone.",
                          confirmLabel: "Delete project",
                        }}
                      >
                        Delete<span className="sr-only"> {p.title}</span>
                      </ActionButton>
                    </div>
                    <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                      {p.mentor ? (
                        <>
                          Mentor:{" "}
                          <Link href={`/people/${p.mentor.id}`} className="underline">
                            {p.mentor.name}
                          </Link>
                        </>
                      ) : (
                        "No mentor named"
                      )}
                      {p.rotation ? ` · ${p.rotation.service}` : ""}
                      {p.startedOn ? ` · started ${formatDay(p.startedOn)}` : ""}
                      {p.targetOn && p.status !== "COMPLETED" ? ` · aim ${formatDay(p.targetOn)}` : ""}
                      {p.completedOn ? ` · completed ${formatDay(p.completedOn)}` : ""}
                    </p>
                    {p.goal ? <p className="mt-1 text-sm">Goal: {p.goal}</p> : null}
                    {p.output || p.outputUrl ? (
                      <p className="mt-1 text-sm">
                        Output: {p.output ?? ""} {p.outputUrl ? <ExternalLink href={p.outputUrl}>{p.output ? "(link)" : p.outputUrl}</ExternalLink> : null}
                      </p>
                    ) : null}
                    <Disclosure className="mt-2" summaryClassName="cursor-pointer text-sm" summary="Edit">
                      <div className="mt-2">
                        <ProjectForm
                          projectId={p.id}
                          idPrefix={`project-${p.id}`}
                          submitLabel="Save project"
                          people={people}
                          rotations={rotations}
                          specialties={NAMED_SPECIALTY_OPTIONS}
                          initial={{
                            title: p.title,
                            kind: p.kind,
                            status: p.status,
                            goal: p.goal ?? "",
                            specialty: p.specialty ?? "",
                            mentorId: p.mentor?.id ?? "",
                            rotationId: p.rotation?.id ?? "",
                            output: p.output ?? "",
                            outputUrl: p.outputUrl ?? "",
                            startedOn: p.startedOn ?? "",
                            targetOn: p.targetOn ?? "",
                            completedOn: p.completedOn ?? "",
                          }}
                        />
                      </div>
                    </Disclosure>
                  </li>
                ))}
              </ul>
            )}
            <Pagination
              page={e.projects.page}
              pageCount={e.projects.pageCount}
              label="Pages of projects"
              href={(p) => pageHref("/evidence", { quotes: pages.quotes }, p, "projects")}
            />
            <Disclosure className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-700" defaultOpen={e.projects.total === 0} summary="Add a project">
              <div className="mt-3">
                <ProjectForm
                  idPrefix="new-project"
                  submitLabel="Save project"
                  people={people}
                  rotations={rotations}
                  specialties={NAMED_SPECIALTY_OPTIONS}
                  initial={{ startedOn: today }}
                />
              </div>
            </Disclosure>
          </Card>
          <Card title={`Feedback worth quoting (${e.feedback.total})`}>
            <PageRange of={e.feedback} noun="quotes" />
            {e.feedback.total === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">
                Nothing saved yet. When someone praises your work (on rounds, in an email, in an evaluation), write down their words the same day.
              </p>
            ) : (
              <ul className="divide-y divide-slate-200 dark:divide-slate-700">
                {e.feedback.items.map((q) => (
                  <li key={q.id} className="py-3">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <blockquote className="min-w-0 border-l-4 border-brand-600 pl-3 italic">“{q.quote}”</blockquote>
                      <ActionButton
                        action={deleteFeedback}
                        input={{ feedbackId: q.id }}
                        variant="ghost"
                        className="min-h-9 px-2 py-1"
                        confirm={{ title: "Delete this quote?", body: "It leaves your running log and every brag sheet.", confirmLabel: "Delete quote" }}
                      >
                        Delete<span className="sr-only"> quote from {q.person.name}</span>
                      </ActionButton>
                    </div>
                    <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                      <Link href={`/people/${q.person.id}`} className="underline">
                        {q.person.name}
                      </Link>
                      , {formatDay(q.receivedOn)} · {FEEDBACK_SOURCE_LABELS[q.source]}
                      {q.rotation ? ` · ${q.rotation.service}` : ""}
                      {q.context ? ` · ${q.context}` : ""}
                    </p>
                    <Disclosure className="mt-2" summaryClassName="cursor-pointer text-sm" summary="Edit">
                      <div className="mt-2">
                        <FeedbackForm
                          feedbackId={q.id}
                          idPrefix={`feedback-${q.id}`}
                          submitLabel="Save quote"
                          people={people}
                          rotations={rotations}
                          initial={{
                            personId: q.person.id,
                            receivedOn: q.receivedOn,
                            quote: q.quote,
                            context: q.context ?? "",
                            source: q.source,
                            rotationId: q.rotation?.id ?? "",
                          }}
                        />
                      </div>
                    </Disclosure>
                  </li>
                ))}
              </ul>
            )}
            <Pagination
              page={e.feedback.page}
              pageCount={e.feedback.pageCount}
              label="Pages of quotes"
              href={(p) => pageHref("/evidence", { projects: pages.projects }, p, "quotes")}
            />
            <Disclosure className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-700" defaultOpen={e.feedback.total === 0} summary="Add feedback">
              <div className="mt-3">
                {people.length ? (
                  <FeedbackForm idPrefix="new-feedback" submitLabel="Save quote" people={people} rotations={rotations} initial={{ receivedOn: today }} />
                ) : (
                  <p className="text-sm">
                    Feedback is attached to a person in your map.{" "}
                    <Link href="/people/new" className="underline">
                      Add a person
                    </Link>{" "}
                    first.
                  </p>
                )}
              </div>
            </Disclosure>
          </Card>
        </div>
        <div className="space-y-4">
          <Card title="For your letter writers">
            <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
              Every letter ask gets a brag sheet built from this page: your projects, these quotes, your CV and statement draft. Open it from{" "}
              <Link href="/asks" className="underline">
                Asks and letters
              </Link>
              .
            </p>
            <BragBasicsForm
              initial={{ cvUrl: e.bragSheet?.cvUrl ?? "", cvNotes: e.bragSheet?.cvNotes ?? "", statementDraft: e.bragSheet?.statementDraft ?? "" }}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
