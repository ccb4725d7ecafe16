"use client";

import { useEffect, useState } from "react";

/** The honesty rules, as the composer runs them on every keystroke. */
export type MessageEngine = Pick<typeof import("@/lib/rules/message-rules"), "evaluateMessage">;

export type EngineState = { status: "loading" } | { status: "ready"; engine: MessageEngine } | { status: "failed" };

type Loader = () => Promise<MessageEngine>;

// The rules are the largest part of the composer's JavaScript (the sentence reader, its lexicons and the learned
// scorer's weights), so they arrive in their own chunk after the page first paints rather than in its first load
// (docs/decisions/0013). One load per page, shared by every composer on it; a failed load may be tried again.
const defaultLoader: Loader = () => import("@/lib/rules/message-rules");
let loaded: MessageEngine | null = null;
let inflight: Promise<MessageEngine> | null = null;

export function loadMessageEngine(load: Loader = defaultLoader): Promise<MessageEngine> {
  if (loaded) return Promise.resolve(loaded);
  inflight ??= load().then(
    (engine) => (loaded = engine),
    (error: unknown) => {
      inflight = null;
      throw error;
    },
  );
  return inflight;
}

/** Test seam: forget the loaded engine so a test can load it again through its own loader. */
export function resetMessageEngineForTests() {
  loaded = null;
  inflight = null;
}

/**
 * The engine for the composer: "loading" on the server and until the chunk arrives, then "ready". When the chunk
 * cannot be fetched (the connection dropped), "failed": the composer says so, and the send still runs the same rules
 * on the server, which blocks anything they block.
 */
export function useMessageEngine(load?: Loader): EngineState {
  const [state, setState] = useState<EngineState>(() => (loaded ? { status: "ready", engine: loaded } : { status: "loading" }));
  useEffect(() => {
    if (state.status !== "loading") return;
    let live = true;
    loadMessageEngine(load).then(
      (engine) => live && setState({ status: "ready", engine }),
      () => live && setState({ status: "failed" }),
    );
    return () => {
      live = false;
    };
  }, [state.status, load]);
  return state;
}
