// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PostCardDto } from "@/lib/server/board/post-dto";
import { BoardView } from "@/components/board/board-view";

// The server action and the router are the edges of this component; the board's list and live stream are browser
// APIs (fetch, EventSource), stood in for below so the test can count what the board asks the server for.
const reactToPost = vi.hoisted(() => vi.fn());
vi.mock("@/lib/actions/board/react-to-post", () => ({ reactToPost }));
const router = vi.hoisted(() => ({ refresh: vi.fn(), push: vi.fn(), replace: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

/** The board's live stream: the test raises the event the server would send for a change. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  private listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, data: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
  close() {}
}

const post: PostCardDto = {
  id: "post-1",
  kind: "OPENING",
  openingLevel: "PGY2",
  specialtyLabel: null,
  programName: "Internal Medicine Residency",
  institution: "Mercy General",
  location: "Sacramento, CA",
  title: "PGY-2 spot opening in July",
  body: "A categorical resident is leaving; the PD is asking around.",
  evidenceKind: "RUMOUR",
  heardOn: "2026-11-20",
  sourceType: null,
  confirmCount: 0,
  corroborationCount: 0,
  disputeCount: 0,
  interestCount: 0,
  commentCount: 0,
  authorName: "Daniel Okafor",
  isAuthor: false,
  evidence: "FRESH_RUMOUR",
  editedAt: null,
  createdAt: "2026-11-20T10:00:00.000Z",
  mine: { confirmed: false, corroborated: false, disputed: false, interested: false },
  interested: null,
};

let listRequests: string[] = [];
let serverPost: PostCardDto = post;

beforeEach(() => {
  listRequests = [];
  serverPost = post;
  vi.stubGlobal("EventSource", FakeEventSource);
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      listRequests.push(url);
      return new Response(JSON.stringify({ posts: [serverPost], nextCursor: null }), { headers: { "content-type": "application/json" } });
    }),
  );
  // As the server does: the change is saved, the live stream announces it to every member (this one too), and the
  // action answers.
  reactToPost.mockImplementation(async () => {
    serverPost = { ...post, corroborationCount: 1, mine: { ...post.mine, corroborated: true } };
    FakeEventSource.last?.emit("board", { postId: post.id });
    return { ok: true, data: undefined };
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

function renderBoard() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <BoardView cohortId="cohort-1" filters={{}} initial={{ posts: [post], nextCursor: null }} viewerName="Amira Haddad" />
    </QueryClientProvider>,
  );
  return client;
}

/** Waits until the reaction has finished and the list shows what the server holds, with no fetch in flight. */
async function settled(client: QueryClient, button: HTMLElement, text: string) {
  await waitFor(() => {
    expect(button.hasAttribute("disabled")).toBe(false);
    expect(client.isFetching()).toBe(0);
    expect(screen.getByText(text)).toBeTruthy();
  });
  // Nothing else is queued: a refetch started after the last check would show in the counts below.
  await act(async () => {});
}

describe("the board's reactions", () => {
  it("refetch the list once per change when the live event arrives before the action's answer", async () => {
    const client = renderBoard();
    const heard = screen.getByRole("button", { name: "I heard it too" });

    fireEvent.click(heard);

    await waitFor(() => expect(heard.getAttribute("aria-pressed")).toBe("true"));
    await settled(client, heard, "1 member heard it too");
    expect(reactToPost).toHaveBeenCalledTimes(1);
    expect(listRequests).toEqual(["/api/cohorts/cohort-1/posts?"]);
    expect(router.refresh).not.toHaveBeenCalled();
  });

  it("refetch the list once per change when the live event arrives after the action's answer", async () => {
    reactToPost.mockImplementation(async () => {
      serverPost = { ...post, corroborationCount: 1, mine: { ...post.mine, corroborated: true } };
      return { ok: true, data: undefined };
    });
    const client = renderBoard();
    const heard = screen.getByRole("button", { name: "I heard it too" });

    fireEvent.click(heard);
    await waitFor(() => expect(heard.getAttribute("aria-pressed")).toBe("true"));
    await settled(client, heard, "1 member heard it too");
    expect(listRequests).toEqual([]);

    act(() => FakeEventSource.last?.emit("board", { postId: post.id }));
    await settled(client, heard, "1 member heard it too");
    expect(listRequests).toEqual(["/api/cohorts/cohort-1/posts?"]);
    expect(router.refresh).not.toHaveBeenCalled();
  });

  it("put a refused reaction back, say why, and refetch the list once (no live event comes for it)", async () => {
    reactToPost.mockResolvedValueOnce({ ok: false, code: "NOT_FOUND", message: "That post is no longer on the board." });
    const client = renderBoard();
    const heard = screen.getByRole("button", { name: "I heard it too" });

    fireEvent.click(heard);

    expect(await screen.findByText("That post is no longer on the board.")).toBeTruthy();
    await settled(client, heard, "No confirmations yet");
    expect(heard.getAttribute("aria-pressed")).toBe("false");
    expect(listRequests).toHaveLength(1);
  });
});
