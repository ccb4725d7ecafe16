import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { EVIDENCE_LABELS, EVIDENCE_TONES } from "@/components/board/labels";
import { CommentForm, FlagForm, LivePost } from "@/components/board/post-actions";
import { ReactionControls } from "@/components/board/reaction-controls";
import { OpeningActionCard } from "@/components/openings/opening-action-card";
import { ActionButton } from "@/components/ui/action-button";
import { Badge, Notice } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { moderatePost } from "@/lib/actions/board/moderate-post";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { formatDay } from "@/lib/dates";
import { count } from "@/lib/labels/count";
import { loadOr404 } from "@/lib/page-data";
import { POST_KIND_LABELS, SOURCE_LABELS, type PostKind, type SourceType } from "@/lib/rules/board-rules";
import { isActionablePost } from "@/lib/rules/opening-playbook";
import { specialtyLabel } from "@/lib/rules/specialties";
import { getPost } from "@/lib/server/board/get-post";
import { getOpeningAction } from "@/lib/server/openings/get-opening-action";
import { OPENING_LEVEL_LABELS } from "@/lib/validation/board";

export const metadata: Metadata = { title: "Post" };

export default async function PostPage({ params }: { params: Promise<{ cohortId: string; postId: string }> }) {
  const viewer = await requireResident();
  const { cohortId, postId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(postId)) notFound();
  const now = await getNow();
  const d = await loadOr404(cohortId, () => getPost(viewer, cohortId, postId, now));
  const p = d.post;
  // After getPost: it has already established that the viewer may see this post.
  const acting = await getOpeningAction(viewer, cohortId, postId);
  return (
    <>
      <LivePost cohortId={cohortId} postId={postId} />
      <p className="mb-2 text-sm">
        <Link href={`/board/${cohortId}`} className="underline">
          Back to the board
        </Link>
      </p>
      <PageHeader
        title={p.title}
        description={[p.programName, p.institution, p.location].filter(Boolean).join(" · ")}
        action={
          p.isAuthor && p.status !== "REMOVED" ? (
            <Link href={`/board/${cohortId}/posts/${postId}/edit`} className={buttonClass("secondary")}>
              Edit
            </Link>
          ) : null
        }
      />
      {p.status !== "VISIBLE" ? (
        <div className="mb-4">
          <Notice title={p.status === "HIDDEN" ? "Hidden pending review" : "Removed"}>
            {p.status === "HIDDEN"
              ? "Members flagged this post, so only its author and the moderators can see it until a moderator reviews it."
              : "A moderator removed this post from the board."}
          </Notice>
        </div>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <Badge tone={EVIDENCE_TONES[p.evidence]}>{EVIDENCE_LABELS[p.evidence]}</Badge>
              <Badge>{POST_KIND_LABELS[p.kind as PostKind]}</Badge>
              {p.openingLevel ? <Badge tone="brand">{OPENING_LEVEL_LABELS[p.openingLevel as keyof typeof OPENING_LEVEL_LABELS]}</Badge> : null}
              {p.specialty ? <span>{specialtyLabel(p.specialty)}</span> : null}
              {p.pgyLevel ? <span>{p.pgyLevel}</span> : null}
              {p.expectedStart ? <span>starts {p.expectedStart}</span> : null}
            </p>
            <p className="mt-3 whitespace-pre-line">{p.body}</p>
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
              Posted by {p.authorName} on {formatDay(new Date(p.createdAt))}
              {p.editedAt ? `, edited ${formatDay(new Date(p.editedAt))}` : ""}.{" "}
              {p.evidenceKind === "RUMOUR" && p.heardOn ? `Heard on ${formatDay(p.heardOn)}${p.heardHow ? ` (${p.heardHow})` : ""}.` : null}
              {p.evidenceKind === "CONFIRMED" && p.sourceType
                ? `Source: ${SOURCE_LABELS[p.sourceType as SourceType]}${p.confirmedOn ? `, ${formatDay(p.confirmedOn)}` : ""}.`
                : null}
              {p.sourceLink ? (
                <>
                  {" "}
                  <a href={p.sourceLink} rel="noopener noreferrer nofollow" target="_blank" className="underline">
                    Source link
                  </a>
                </>
              ) : null}
            </p>
            {p.status === "VISIBLE" ? (
              <div className="mt-4">
                <ReactionControls post={p} />
              </div>
            ) : null}
            {p.interested && p.interested.length ? (
              <p className="mt-3 text-sm">
                <span className="font-medium">Interested:</span> {p.interested.join(", ")}. More than one of you can ask to be considered.
              </p>
            ) : null}
          </Card>
          <Card title={`Comments (${d.comments.reduce((n, c) => n + 1 + c.replies.length, 0)})`}>
            {d.comments.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No comments yet.</p> : null}
            <ul className="space-y-4">
              {d.comments.map((c) => (
                <li key={c.id}>
                  <p className="text-sm">
                    <span className="font-semibold">{c.author}</span> <span className="text-slate-600 dark:text-slate-400">· {formatDay(new Date(c.at))}</span>
                  </p>
                  <p className="whitespace-pre-line">{c.body}</p>
                  {c.replies.length ? (
                    <ul className="mt-2 space-y-2 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
                      {c.replies.map((r) => (
                        <li key={r.id}>
                          <p className="text-sm">
                            <span className="font-semibold">{r.author}</span>{" "}
                            <span className="text-slate-600 dark:text-slate-400">· {formatDay(new Date(r.at))}</span>
                          </p>
                          <p className="whitespace-pre-line">{r.body}</p>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {p.status === "VISIBLE" ? (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-sm">Reply</summary>
                      <CommentForm postId={p.id} parentId={c.id} label={`Reply to ${c.author}`} />
                    </details>
                  ) : null}
                </li>
              ))}
            </ul>
            {p.status === "VISIBLE" ? (
              <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-700">
                <CommentForm postId={p.id} />
              </div>
            ) : null}
          </Card>
        </div>
        <div className="space-y-4">
          {isActionablePost(p.kind) ? (
            <OpeningActionCard cohortId={cohortId} postId={postId} actingCount={acting.actingCount} mine={acting.mine} open={p.status === "VISIBLE"} />
          ) : null}
          {d.confirmations.length || d.corroborations.length || d.disputes.length ? (
            <Card title="Evidence from members">
              <ul className="space-y-1 text-sm">
                {d.confirmations.map((c) => (
                  <li key={`c-${c.name}-${c.at}`}>
                    Confirmed by {c.name}
                    {c.sourceType ? ` (${SOURCE_LABELS[c.sourceType as SourceType]})` : ""}
                  </li>
                ))}
                {d.corroborations.map((c) => (
                  <li key={`h-${c.name}-${c.at}`}>Heard it too: {c.name} (no source yet, so the post stays a rumour)</li>
                ))}
                {d.disputes.map((c) => (
                  <li key={`d-${c.name}-${c.at}`}>
                    Disputed by {c.name}: {c.reason}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          {d.viewerRole === "MODERATOR" && p.status !== "VISIBLE" ? (
            <Card title="Moderation">
              <p className="mb-2 text-sm">{count(d.flagCount ?? 0, "flag")}.</p>
              <div className="flex flex-wrap gap-2">
                <ActionButton action={moderatePost} input={{ postId: p.id, decision: "RESTORE" }} variant="primary">
                  Restore
                </ActionButton>
                {p.status !== "REMOVED" ? (
                  <ActionButton
                    action={moderatePost}
                    input={{ postId: p.id, decision: "REMOVE" }}
                    variant="danger"
                    confirm={{
                      title: "Remove this post?",
                      body: "It disappears from the board for everyone but moderators. The author is told.",
                      confirmLabel: "Remove post",
                    }}
                  >
                    Remove
                  </ActionButton>
                ) : null}
              </div>
            </Card>
          ) : null}
          {!p.isAuthor && p.status === "VISIBLE" ? (
            <Card title="Something wrong with this post?">
              {d.flagged ? <p className="text-sm">You flagged this post. Moderators will review it.</p> : <FlagForm postId={p.id} cohortId={cohortId} />}
            </Card>
          ) : null}
          {d.revisions.length ? (
            <Card title="Edit history">
              <ol className="space-y-2 text-sm">
                {d.revisions.map((r) => (
                  <li key={r.id}>
                    <details>
                      <summary className="cursor-pointer">Before the edit of {formatDay(new Date(r.editedAt))}</summary>
                      <p className="mt-1 font-medium">{r.title}</p>
                      <p className="whitespace-pre-line">{r.body}</p>
                    </details>
                  </li>
                ))}
              </ol>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
