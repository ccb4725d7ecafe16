import type { Metadata } from "next";
import Link from "next/link";
import { AssignMentorForm } from "@/components/mentors/assign-mentor-form";
import { ActionButton } from "@/components/ui/action-button";
import { Disclosure } from "@/components/ui/disclosure";
import { Badge, Notice } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { assignMentor } from "@/lib/actions/mentors/assign-mentor";
import { removeMentor } from "@/lib/actions/mentors/remove-mentor";
import { requireResident } from "@/lib/auth/viewer";
import { PERSON_ROLE_LABELS } from "@/lib/labels/workspace";
import { EVERYWHERE_TIPS } from "@/lib/rules/mentorship";
import { getMentorshipBoard } from "@/lib/server/mentors/get-mentorship-board";

export const metadata: Metadata = { title: "Mentorship board" };

export default async function MentorsPage() {
  const viewer = await requireResident();
  const board = await getMentorshipBoard(viewer);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/people" className="underline">
          Back to people
        </Link>
      </p>
      <PageHeader
        title="Mentorship board"
        description="No single mentor covers everything. Give each role to someone from your map; an empty role is the next relationship to build."
      />
      <div className="mb-4">
        {board.gaps.length ? (
          <Notice title={`${board.filled} of ${board.roles.length} roles filled`}>
            <ul className="list-disc pl-5">
              {board.gaps.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          </Notice>
        ) : (
          <Notice tone="good" title="Every role is filled">
            Keep them updated: a short note when something they suggested works out.
          </Notice>
        )}
      </div>
      {board.people.length === 0 ? (
        <Card className="mb-4">
          <p className="text-sm">
            Mentors come from your networking map.{" "}
            <Link href="/people/new" className={buttonClass("secondary", "ml-2")}>
              Add a person
            </Link>
          </p>
        </Card>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {board.roles.map((r) => (
          <Card key={r.role} title={r.role === "UPPER_LEVEL" ? `${r.label}s (${r.people.length} of ${r.goal})` : r.label}>
            <p className="text-sm text-slate-600 dark:text-slate-400">{r.purpose}</p>
            {r.people.length ? (
              <ul className="mt-3 space-y-3">
                {r.people.map((p) => (
                  <li key={p.personId} className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <p>
                        <Link href={`/people/${p.personId}`} className="font-medium underline">
                          {p.personName}
                        </Link>{" "}
                        <span className="text-sm text-slate-600 dark:text-slate-400">· {PERSON_ROLE_LABELS[p.personRole]}</span>{" "}
                        {r.role === "UPPER_LEVEL" ? (
                          <Badge tone={p.strongYes ? "good" : "warn"}>{p.strongYes ? "Strong yes" : "Not yet a strong yes"}</Badge>
                        ) : null}
                      </p>
                      <span className="flex flex-wrap gap-1">
                        {r.role === "UPPER_LEVEL" ? (
                          <ActionButton
                            action={assignMentor}
                            input={{ personId: p.personId, role: r.role, strongYes: !p.strongYes, note: p.note ?? "" }}
                            variant="ghost"
                            className="min-h-9 px-2 py-1"
                          >
                            {p.strongYes ? "Not a strong yes yet" : "Mark strong yes"}
                            <span className="sr-only"> for {p.personName}</span>
                          </ActionButton>
                        ) : null}
                        <ActionButton
                          action={removeMentor}
                          input={{ personId: p.personId, role: r.role }}
                          variant="ghost"
                          className="min-h-9 px-2 py-1"
                          confirm={{
                            title: `Take ${p.personName} off the board?`,
                            body: `They stay in your map; only the ${r.label.toLowerCase()} role is removed.`,
                            confirmLabel: "Remove",
                          }}
                        >
                          Remove
                          <span className="sr-only">
                            {" "}
                            {p.personName} as {r.label.toLowerCase()}
                          </span>
                        </ActionButton>
                      </span>
                    </div>
                    {p.note ? <p className="mt-1 text-sm">{p.note}</p> : null}
                    {p.fitNote ? <p className="mt-1 text-sm text-amber-800 dark:text-amber-200">{p.fitNote}</p> : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {r.gap ? <p className="mt-3 text-sm font-medium">{r.gap}</p> : null}
            <div className="mt-3 text-sm">
              <p className="font-medium">Where to find one</p>
              <ul className="list-disc pl-5">
                {r.whereToFind.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
              {r.whereToFindImg.length ? (
                <details className="mt-1" open={board.isImg}>
                  <summary className="cursor-pointer">For international medical graduates</summary>
                  <ul className="list-disc pl-5">
                    {r.whereToFindImg.map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </div>
            {board.people.length ? (
              <Disclosure
                className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-700"
                defaultOpen={r.people.length === 0}
                summaryClassName="cursor-pointer text-sm font-medium"
                summary={r.people.length ? "Add someone else" : "Name someone"}
              >
                <div className="mt-3">
                  <AssignMentorForm
                    role={r.role}
                    roleLabel={r.label}
                    people={board.people
                      .filter((p) => !r.people.some((x) => x.personId === p.id))
                      .map((p) => ({ value: p.id, label: `${p.name} (${PERSON_ROLE_LABELS[p.role]})` }))}
                  />
                </div>
              </Disclosure>
            ) : null}
          </Card>
        ))}
        <Card title="For every role">
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {EVERYWHERE_TIPS.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
