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
    (engine) => {
      loaded = engine;
      warmUp(engine);
      return engine;
    },
    (error: unknown) => {
      inflight = null;
      throw error;
    },
  );
  return inflight;
}

// The first evaluation compiles every pattern of the rules (a few hundred; about 0.2 s in Node on this machine,
// docs/decisions/0016), so it runs once in idle time as soon as the rules arrive, on a draft that reaches every text
// rule, rather than on the first keystrokes; its findings are thrown away.
const WARM_DAY = new Date("2026-01-20T12:00:00Z");
const WARM_TEXT =
  "Thank you for the interview day. Could you let me know where I stand on your rank list? If you rank me to match, I promise to rank you first and withdraw my other applications. You are my first choice. I have always wanted to be a surgeon and I do not need a visa.";
const WARM_CONTEXT: Parameters<MessageEngine["evaluateMessage"]>[1] = {
  profile: { targetSpecialty: "internal-medicine", visaStatus: "J1" },
  program: {
    id: "warm-up",
    name: "Warm-up Program",
    postInterviewCommunication: "YES",
    participatesInMatch: true,
    interviewDate: new Date("2026-01-10T12:00:00Z"),
  },
  calendar: {
    applicationsOpen: new Date("2025-09-24T12:00:00Z"),
    rankListDeadline: new Date("2026-03-04T12:00:00Z"),
    matchWeekMonday: new Date("2026-03-16T12:00:00Z"),
    soapEnd: new Date("2026-03-19T12:00:00Z"),
    matchDay: new Date("2026-03-20T12:00:00Z"),
    trainingStart: new Date("2026-07-01T12:00:00Z"),
  },
  programContactedFirstDuringSoap: false,
  sentThisCycle: [],
};

function warmUp(engine: MessageEngine) {
  if (typeof window === "undefined") return;
  const idle = (run: () => void) => (typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(run) : window.setTimeout(run, 0));
  idle(() => {
    try {
      engine.evaluateMessage({ programId: "warm-up", kind: "INTEREST_UPDATE", subject: "Where do I stand?", body: WARM_TEXT, sentAt: WARM_DAY }, WARM_CONTEXT);
    } catch {
      // A warm-up that fails costs nothing: the composer's own checks run the same code and report any error.
    }
  });
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
