"use client";

import { useInfiniteQuery, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { OPENING_LEVEL_LABELS, POST_KIND_LABELS, SOURCE_LABELS, type SourceType } from "@/lib/labels/board";
import { count } from "@/lib/labels/count";
import type { PostCardDto } from "@/lib/server/board/post-dto";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { EVIDENCE_LABELS, EVIDENCE_TONES } from "@/components/board/labels";
import { applyReaction, ReactionControls, type Reaction, type OptimisticReaction } from "@/components/board/reaction-controls";

// One formatter for every card: toLocaleDateString with options builds a new Intl.DateTimeFormat on each call, which
// was the most expensive line of the board's server render (docs/benchmarks.md).
const POSTED_ON = new Intl.DateTimeFormat("en-US", { day: "numeric", month: "short", year: "numeric" });

type Page = { posts: PostCardDto[]; nextCursor: string | null };
type Filters = Record<string, string | undefined>;

function query(filters: Filters, cursor?: string | null) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  if (cursor) params.set("cursor", cursor);
  return params.toString();
}

/** Applies a reaction to the cached pages at once; the live event the change raises refetches the truth. */
function applyOptimistic(data: InfiniteData<Page> | undefined, r: Reaction, viewerName: string): InfiniteData<Page> | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, posts: page.posts.map((p) => (p.id === r.postId ? applyReaction(p, r, viewerName) : p)) })) };
}

export function BoardView({ cohortId, filters, initial, viewerName }: { cohortId: string; filters: Filters; initial: Page; viewerName: string }) {
  const router = useRouter();
  const client = useQueryClient();
  const key = ["board", cohortId, filters] as const;
  const [live, setLive] = useState<"connecting" | "live" | "offline">("connecting");

  const board = useInfiniteQuery({
    queryKey: key,
    queryFn: async ({ pageParam }): Promise<Page> => {
      const res = await fetch(`/api/cohorts/${cohortId}/posts?${query(filters, pageParam)}`);
      if (res.status === 404 || res.status === 401) {
        router.refresh();
        throw new Error("You no longer have access to this cohort.");
      }
      if (!res.ok) throw new Error("The board could not load. Try again in a few seconds.");
      return res.json() as Promise<Page>;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [initial], pageParams: [null] },
    staleTime: 10_000,
  });

  useEffect(() => {
    const source = new EventSource(`/api/cohorts/${cohortId}/events`);
    source.onopen = () => setLive("live");
    source.onerror = () => setLive("offline");
    source.addEventListener("board", () => void client.invalidateQueries({ queryKey: ["board", cohortId] }));
    source.addEventListener("revoked", () => {
      source.close();
      router.refresh();
    });
    return () => source.close();
  }, [cohortId, client, router]);

  // The list is not refetched after a reaction: the server raises a live event for every change, this member's own
  // included, and that refetches it (above). A refused reaction raises none, so its undo puts the list back and
  // refetches it once, in case another member's change landed meanwhile.
  const optimistic: OptimisticReaction = async (r) => {
    await client.cancelQueries({ queryKey: key });
    const previous = client.getQueryData<InfiniteData<Page>>(key);
    client.setQueryData<InfiniteData<Page>>(key, (data) => applyOptimistic(data, r, viewerName));
    return () => {
      if (previous) client.setQueryData(key, previous);
      void client.invalidateQueries({ queryKey: ["board", cohortId] });
    };
  };

  const posts = board.data?.pages.flatMap((p) => p.posts) ?? [];
  return (
    <div className="space-y-3">
      <p className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        <span
          aria-hidden="true"
          className={`inline-block h-2 w-2 rounded-full ${live === "live" ? "bg-green-600" : live === "offline" ? "bg-amber-500" : "bg-slate-400"}`}
        />
        {live === "live"
          ? "Live: new posts and confirmations appear as they happen."
          : live === "offline"
            ? "Reconnecting to live updates…"
            : "Connecting to live updates…"}
      </p>
      {posts.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-600 dark:text-slate-300">
          {Object.values(filters).some(Boolean)
            ? "No posts match these filters."
            : "No posts yet. Share the first opening or piece of intel your cohort should know about."}
        </p>
      ) : (
        <ul className="space-y-3" aria-label="Posts">
          {posts.map((post) => (
            <PostCard key={post.id} post={post} cohortId={cohortId} optimistic={optimistic} />
          ))}
        </ul>
      )}
      {board.hasNextPage ? (
        <button type="button" className={buttonClass("secondary")} disabled={board.isFetchingNextPage} onClick={() => void board.fetchNextPage()}>
          {board.isFetchingNextPage ? "Loading…" : "Show older posts"}
        </button>
      ) : null}
    </div>
  );
}

function PostCard({ post, cohortId, optimistic }: { post: PostCardDto; cohortId: string; optimistic: OptimisticReaction }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="flex flex-wrap items-center gap-2 text-xs">
            <Badge tone={EVIDENCE_TONES[post.evidence]}>{EVIDENCE_LABELS[post.evidence]}</Badge>
            <Badge>{POST_KIND_LABELS[post.kind as keyof typeof POST_KIND_LABELS]}</Badge>
            {post.openingLevel ? <Badge tone="brand">{OPENING_LEVEL_LABELS[post.openingLevel as keyof typeof OPENING_LEVEL_LABELS]}</Badge> : null}
            {post.specialtyLabel ? <span className="text-slate-600 dark:text-slate-400">{post.specialtyLabel}</span> : null}
          </p>
          <h2 className="mt-1 text-base font-semibold">
            <Link href={`/board/${cohortId}/posts/${post.id}`} className="underline-offset-2 hover:underline">
              {post.title}
            </Link>
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">{[post.programName, post.institution, post.location].filter(Boolean).join(" · ")}</p>
        </div>
      </div>
      <p className="mt-2 line-clamp-4 whitespace-pre-line text-sm">{post.body}</p>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        {post.authorName} · {POSTED_ON.format(new Date(post.createdAt))}
        {post.editedAt ? " · edited" : ""}
        {post.evidence === "CONFIRMED" && post.sourceType ? ` · source: ${SOURCE_LABELS[post.sourceType as SourceType]}` : ""}
        {post.heardOn && post.evidenceKind === "RUMOUR" ? ` · heard ${post.heardOn}` : ""}
      </p>
      <div className="mt-3">
        <ReactionControls post={post} optimistic={optimistic} compact>
          <Link href={`/board/${cohortId}/posts/${post.id}`} className="underline">
            {count(post.commentCount, "comment")}
          </Link>
        </ReactionControls>
      </div>
      {post.interested && post.interested.length ? (
        <p className="mt-2 text-xs text-slate-700 dark:text-slate-300">Interested: {post.interested.join(", ")}</p>
      ) : null}
    </li>
  );
}
