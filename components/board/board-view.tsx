"use client";

import { useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { reactToPost } from "@/lib/actions/board/react-to-post";
import { OPENING_LEVEL_LABELS, POST_KIND_LABELS, SOURCE_LABELS, type SourceType } from "@/lib/labels/board";
import { specialtyLabel } from "@/lib/rules/specialties";
import type { PostDto } from "@/lib/server/board/post-dto";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { EVIDENCE_LABELS, EVIDENCE_TONES } from "@/components/board/labels";

// One formatter for every card: toLocaleDateString with options builds a new Intl.DateTimeFormat on each call, which
// was the most expensive line of the board's server render (docs/benchmarks.md).
const POSTED_ON = new Intl.DateTimeFormat("en-US", { day: "numeric", month: "short", year: "numeric" });

type Page = { posts: PostDto[]; nextCursor: string | null };
type Filters = Record<string, string | undefined>;
type Reaction = { postId: string; kind: "CONFIRM" | "DISPUTE" | "INTEREST"; on: boolean; reason?: string; sourceType?: string };

const MINE_KEY = { CONFIRM: "confirmed", DISPUTE: "disputed", INTEREST: "interested" } as const;
const COUNT_KEY = { CONFIRM: "confirmCount", DISPUTE: "disputeCount", INTEREST: "interestCount" } as const;

function query(filters: Filters, cursor?: string | null) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  if (cursor) params.set("cursor", cursor);
  return params.toString();
}

/** Applies a reaction to the cached pages at once; the server's answer (or the next live event) corrects it. */
function applyOptimistic(data: InfiniteData<Page> | undefined, r: Reaction, viewerName: string): InfiniteData<Page> | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      posts: page.posts.map((p) => {
        if (p.id !== r.postId || p.mine[MINE_KEY[r.kind]] === r.on) return p;
        const next = { ...p, mine: { ...p.mine, [MINE_KEY[r.kind]]: r.on }, [COUNT_KEY[r.kind]]: p[COUNT_KEY[r.kind]] + (r.on ? 1 : -1) };
        if (r.kind === "INTEREST") next.interested = r.on ? [...(p.interested ?? []), viewerName] : (p.interested ?? []).filter((n) => n !== viewerName);
        if (r.kind === "CONFIRM" && r.on && p.evidence !== "DISPUTED") next.evidence = "CONFIRMED";
        return next;
      }),
    })),
  };
}

export function BoardView({ cohortId, filters, initial, viewerName }: { cohortId: string; filters: Filters; initial: Page; viewerName: string }) {
  const router = useRouter();
  const client = useQueryClient();
  const key = ["board", cohortId, filters] as const;
  const [live, setLive] = useState<"connecting" | "live" | "offline">("connecting");
  const [error, setError] = useState<string | null>(null);

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

  const react = useMutation({
    mutationFn: async (r: Reaction) => {
      const result = await reactToPost(r);
      if (!result.ok) throw new Error(result.message);
      return result;
    },
    onMutate: async (r) => {
      setError(null);
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<InfiniteData<Page>>(key);
      client.setQueryData<InfiniteData<Page>>(key, (data) => applyOptimistic(data, r, viewerName));
      return { previous };
    },
    onError: (err, _r, context) => {
      if (context?.previous) client.setQueryData(key, context.previous);
      setError(err instanceof Error ? err.message : "That did not work. Try again.");
    },
    onSettled: () => void client.invalidateQueries({ queryKey: ["board", cohortId] }),
  });

  const posts = board.data?.pages.flatMap((p) => p.posts) ?? [];
  return (
    <div className="space-y-3">
      <p className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        <span aria-hidden="true" className={`inline-block h-2 w-2 rounded-full ${live === "live" ? "bg-green-600" : live === "offline" ? "bg-amber-500" : "bg-slate-400"}`} />
        {live === "live" ? "Live: new posts and confirmations appear as they happen." : live === "offline" ? "Reconnecting to live updates…" : "Connecting to live updates…"}
      </p>
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          {error}
        </p>
      ) : null}
      {posts.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600 dark:border-slate-600 dark:text-slate-300">
          {Object.values(filters).some(Boolean) ? "No posts match these filters." : "No posts yet. Share the first opening or piece of intel your cohort should know about."}
        </p>
      ) : (
        <ul className="space-y-3" aria-label="Posts">
          {posts.map((post) => (
            <PostCard key={post.id} post={post} cohortId={cohortId} onReact={(r) => react.mutate(r)} />
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

function PostCard({ post, cohortId, onReact }: { post: PostDto; cohortId: string; onReact: (r: Reaction) => void }) {
  const [panel, setPanel] = useState<"confirm" | "dispute" | null>(null);
  const [reason, setReason] = useState("");
  const [source, setSource] = useState("");
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="flex flex-wrap items-center gap-2 text-xs">
            <Badge tone={EVIDENCE_TONES[post.evidence]}>{EVIDENCE_LABELS[post.evidence]}</Badge>
            <Badge>{POST_KIND_LABELS[post.kind as keyof typeof POST_KIND_LABELS]}</Badge>
            {post.openingLevel ? <Badge tone="brand">{OPENING_LEVEL_LABELS[post.openingLevel as keyof typeof OPENING_LEVEL_LABELS]}</Badge> : null}
            {post.specialty ? <span className="text-slate-600 dark:text-slate-400">{specialtyLabel(post.specialty)}</span> : null}
          </p>
          <h2 className="mt-1 text-base font-semibold">
            <Link href={`/board/${cohortId}/posts/${post.id}`} className="underline-offset-2 hover:underline">
              {post.title}
            </Link>
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {[post.programName, post.institution, post.location].filter(Boolean).join(" · ")}
          </p>
        </div>
      </div>
      <p className="mt-2 line-clamp-4 whitespace-pre-line text-sm">{post.body}</p>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        {post.authorName} · {POSTED_ON.format(new Date(post.createdAt))}
        {post.editedAt ? " · edited" : ""}
        {post.evidence === "CONFIRMED" && post.sourceType ? ` · source: ${SOURCE_LABELS[post.sourceType as SourceType]}` : ""}
        {post.heardOn && post.evidenceKind === "RUMOUR" ? ` · heard ${post.heardOn}` : ""}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        {!post.isAuthor ? (
          <button
            type="button"
            aria-pressed={post.mine.confirmed}
            className={buttonClass(post.mine.confirmed ? "primary" : "secondary", "min-h-9 py-1")}
            onClick={() => (post.mine.confirmed ? onReact({ postId: post.id, kind: "CONFIRM", on: false }) : setPanel(panel === "confirm" ? null : "confirm"))}
          >
            Confirm ({post.confirmCount})
          </button>
        ) : (
          <span className="text-slate-600 dark:text-slate-400">{post.confirmCount} confirmations</span>
        )}
        {!post.isAuthor ? (
          <button
            type="button"
            aria-pressed={post.mine.disputed}
            className={buttonClass(post.mine.disputed ? "danger" : "secondary", "min-h-9 py-1")}
            onClick={() => (post.mine.disputed ? onReact({ postId: post.id, kind: "DISPUTE", on: false }) : setPanel(panel === "dispute" ? null : "dispute"))}
          >
            Dispute ({post.disputeCount})
          </button>
        ) : null}
        <button
          type="button"
          aria-pressed={post.mine.interested}
          className={buttonClass(post.mine.interested ? "primary" : "secondary", "min-h-9 py-1")}
          onClick={() => onReact({ postId: post.id, kind: "INTEREST", on: !post.mine.interested })}
        >
          I&apos;m interested ({post.interestCount})
        </button>
        <Link href={`/board/${cohortId}/posts/${post.id}`} className="underline">
          {post.commentCount} comment{post.commentCount === 1 ? "" : "s"}
        </Link>
      </div>
      {post.interested && post.interested.length ? <p className="mt-2 text-xs text-slate-700 dark:text-slate-300">Interested: {post.interested.join(", ")}</p> : null}
      {panel === "confirm" ? (
        <form
          className="mt-3 flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            onReact({ postId: post.id, kind: "CONFIRM", on: true, sourceType: source || undefined });
            setPanel(null);
          }}
        >
          <div>
            <label htmlFor={`source-${post.id}`} className="block text-xs font-medium">
              Source (optional; upgrades a rumour)
            </label>
            <select id={`source-${post.id}`} className={inputClass} value={source} onChange={(e) => setSource(e.target.value)}>
              <option value="">I heard it too</option>
              {Object.entries(SOURCE_LABELS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("primary", "min-h-11")}>
            Confirm
          </button>
        </form>
      ) : null}
      {panel === "dispute" ? (
        <form
          className="mt-3 flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) return;
            onReact({ postId: post.id, kind: "DISPUTE", on: true, reason });
            setPanel(null);
            setReason("");
          }}
        >
          <div className="min-w-48 flex-1">
            <label htmlFor={`reason-${post.id}`} className="block text-xs font-medium">
              Why do you dispute it?
            </label>
            <input id={`reason-${post.id}`} className={inputClass} value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} />
          </div>
          <button type="submit" className={buttonClass("danger", "min-h-11")}>
            Dispute
          </button>
        </form>
      ) : null}
    </li>
  );
}
