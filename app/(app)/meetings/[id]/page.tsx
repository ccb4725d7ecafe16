import type { Metadata } from "next";
import Link from "next/link";
import { CompleteMeetingForm, MeetingPrepForm } from "@/components/meetings/meeting-forms";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { cancelMeeting } from "@/lib/actions/meetings/cancel-meeting";
import { markReportedBack } from "@/lib/actions/meetings/mark-reported-back";
import { updateActionItem } from "@/lib/actions/meetings/update-action-item";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay, toDateOnly } from "@/lib/dates";
import { loadOr404 } from "@/lib/page-data";
import { getMeeting } from "@/lib/server/meetings/get-meeting";

export const metadata: Metadata = { title: "Meeting" };

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireResident();
  const { id } = await params;
  const meeting = await loadOr404(id, () => getMeeting(viewer, id));
  const today = toDateOnly(await getNow());
  const title = `${meeting.kind === "INTRO" ? "Intro" : "Advice"} meeting with ${meeting.person.name}`;
  return (
    <>
      <PageHeader
        title={title}
        description={
          <>
            {formatDay(meeting.scheduledOn)} · <Badge tone={meeting.status === "DONE" ? "good" : "brand"}>{meeting.status.toLowerCase()}</Badge> ·{" "}
            <Link href={`/people/${meeting.person.id}`} className="underline">
              {meeting.person.name}
            </Link>
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        {meeting.status === "PLANNED" ? (
          <>
            <Card title="Prepare">
              <MeetingPrepForm
                meetingId={meeting.id}
                initial={{
                  prepCv: meeting.prepCv ? "on" : "",
                  prepGoals: meeting.prepGoals ? "on" : "",
                  prepQuestions: meeting.prepQuestions ? "on" : "",
                  questions: meeting.questions ?? "",
                }}
              />
            </Card>
            <Card title="After the meeting">
              <CompleteMeetingForm meetingId={meeting.id} today={today} />
              <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-700">
                <ActionButton
                  action={cancelMeeting}
                  input={{ meetingId: meeting.id }}
                  variant="danger"
                  confirm={{ title: "Cancel this meeting?", body: "It stays in the history as cancelled.", confirmLabel: "Cancel meeting" }}
                >
                  Cancel meeting
                </ActionButton>
              </div>
            </Card>
          </>
        ) : null}
        {meeting.status === "DONE" ? (
          <>
            <Card title="Advice">
              <p className="whitespace-pre-line">{meeting.advice ?? "No advice written down."}</p>
              {meeting.reportBackOn ? (
                <p className="mt-3 text-sm">
                  {meeting.reportedBackOn ? (
                    <>Reported back on {formatDay(meeting.reportedBackOn)}.</>
                  ) : (
                    <>
                      Report back by {formatDay(meeting.reportBackOn)}.{" "}
                      <ActionButton action={markReportedBack} input={{ meetingId: meeting.id }} className="min-h-9 px-2 py-1">
                        I reported back
                      </ActionButton>
                    </>
                  )}
                </p>
              ) : null}
            </Card>
            <Card title="Action items">
              {meeting.actionItems.length === 0 ? (
                <p className="text-sm text-slate-600 dark:text-slate-400">No action items.</p>
              ) : (
                <ul className="space-y-2">
                  {meeting.actionItems.map((item) => (
                    <li key={item.id} className="flex flex-wrap items-center justify-between gap-2">
                      <span className={item.status === "DONE" ? "line-through" : ""}>{item.text}</span>
                      <span className="flex items-center gap-2">
                        <Badge tone={item.status === "DONE" ? "good" : "neutral"}>{item.status.toLowerCase()}</Badge>
                        <ActionButton
                          action={updateActionItem}
                          input={{ itemId: item.id, meetingId: meeting.id, status: item.status === "DONE" ? "OPEN" : "DONE" }}
                          className="min-h-9 px-2 py-1"
                        >
                          {item.status === "DONE" ? "Reopen" : "Done"}
                          <span className="sr-only">: {item.text}</span>
                        </ActionButton>
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </>
        ) : null}
        {meeting.status === "CANCELLED" ? (
          <Card>
            <p>This meeting was cancelled.</p>
          </Card>
        ) : null}
      </div>
    </>
  );
}
