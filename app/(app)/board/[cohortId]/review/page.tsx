import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { Card, PageHeader } from "@/components/ui/card";
import { moderatePost } from "@/lib/actions/board/moderate-post";
import { requireResident } from "@/lib/auth/viewer";
import { loadOr404 } from "@/lib/page-data";
import { FLAG_REASON_LABELS, type FlagReason } from "@/lib/rules/board-rules";
import { listReviewQueue } from "@/lib/server/board/list-review-queue";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const viewer = await requireResident();
  const { cohortId } = await params;
  const queue = await loadOr404(cohortId, () => listReviewQueue(viewer, cohortId));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/board/${cohortId}`} className="underline">
          Back to the board
        </Link>
      </p>
      <PageHeader
        title="Review queue"
        description="Posts hidden after members flagged them. Restore what describes a position; remove what is about a person or false."
      />
      {queue.length === 0 ? (
        <Card>
          <p>Nothing to review.</p>
        </Card>
      ) : (
        <ul className="space-y-3">
          {queue.map((p) => (
            <li key={p.id}>
              <Card title={p.title}>
                <p className="whitespace-pre-line text-sm">{p.body}</p>
                <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">By {p.authorName}</p>
                <ul className="mt-2 list-disc pl-5 text-sm">
                  {p.flags.map((f, i) => (
                    <li key={i}>
                      {FLAG_REASON_LABELS[f.reason as FlagReason]}
                      {f.note ? `: ${f.note}` : ""}
                    </li>
                  ))}
                </ul>
                <div className="mt-3 flex flex-wrap gap-2">
                  <ActionButton action={moderatePost} input={{ postId: p.id, decision: "RESTORE" }} variant="primary">
                    Restore<span className="sr-only"> {p.title}</span>
                  </ActionButton>
                  <ActionButton
                    action={moderatePost}
                    input={{ postId: p.id, decision: "REMOVE" }}
                    variant="danger"
                    confirm={{ title: "Remove this post?", body: "The author is told.", confirmLabel: "Remove post" }}
                  >
                    Remove<span className="sr-only"> {p.title}</span>
                  </ActionButton>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
