// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadMessageEngine, resetMessageEngineForTests, useMessageEngine, type MessageEngine } from "@/components/programs/use-message-engine";
import { evaluateMessage, type MessageContext } from "@/lib/rules/message-rules";

afterEach(() => {
  cleanup();
  resetMessageEngineForTests();
});

function deferred() {
  let resolve!: (engine: MessageEngine) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<MessageEngine>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { load: vi.fn(() => promise), resolve, reject };
}

describe("useMessageEngine", () => {
  it("is loading until the rules' chunk arrives, then ready with the engine", async () => {
    const chunk = deferred();
    const { result } = renderHook(() => useMessageEngine(chunk.load));
    expect(result.current.status).toBe("loading");
    await act(async () => chunk.resolve({ evaluateMessage }));
    expect(result.current).toEqual({ status: "ready", engine: { evaluateMessage } });
  });

  it("loads the chunk once for every composer on the page, and a composer opened later starts ready", async () => {
    const chunk = deferred();
    const first = renderHook(() => useMessageEngine(chunk.load));
    const second = renderHook(() => useMessageEngine(chunk.load));
    await act(async () => chunk.resolve({ evaluateMessage }));
    await waitFor(() => expect(second.result.current.status).toBe("ready"));
    expect(first.result.current.status).toBe("ready");
    expect(chunk.load).toHaveBeenCalledTimes(1);
    const later = renderHook(() => useMessageEngine(chunk.load));
    expect(later.result.current.status).toBe("ready");
  });

  it("says failed when the chunk cannot be fetched, and a later load tries again", async () => {
    const broken = deferred();
    const { result } = renderHook(() => useMessageEngine(broken.load));
    await act(async () => broken.reject(new Error("ChunkLoadError")));
    expect(result.current.status).toBe("failed");
    const engine = await loadMessageEngine(async () => ({ evaluateMessage }));
    expect(engine.evaluateMessage).toBe(evaluateMessage);
  });

  it("runs the rules once in idle time after they load, so the first keystrokes do not compile their patterns", async () => {
    const chunk = deferred();
    const spy = vi.fn(evaluateMessage);
    renderHook(() => useMessageEngine(chunk.load));
    expect(spy).not.toHaveBeenCalled();
    await act(async () => chunk.resolve({ evaluateMessage: spy }));
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
    // The warm-up draft reaches the text rules: the real engine blocks it under each of them.
    const rules = spy.mock.results.flatMap((r) => (r.value as ReturnType<typeof evaluateMessage>).filter((f) => f.severity === "block").map((f) => f.rule));
    expect(new Set(rules)).toEqual(new Set(["no-rank-solicitation", "no-commitment-deal", "consistent-story"]));
  });

  it("a warm-up that throws leaves the engine ready", async () => {
    const chunk = deferred();
    const throwing = vi.fn((): ReturnType<typeof evaluateMessage> => {
      throw new Error("boom");
    });
    const { result } = renderHook(() => useMessageEngine(chunk.load));
    await act(async () => chunk.resolve({ evaluateMessage: throwing }));
    await waitFor(() => expect(throwing).toHaveBeenCalled());
    expect(result.current.status).toBe("ready");
  });

  it("loads the real rules by default", async () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const context: MessageContext = {
      profile: { targetSpecialty: "internal-medicine", visaStatus: "J1" },
      program: { id: "p1", name: "Mercy Internal Medicine", postInterviewCommunication: "YES", participatesInMatch: true, interviewDate: day("2026-11-10") },
      calendar: {
        applicationsOpen: day("2026-06-04"),
        rankListDeadline: day("2027-03-04"),
        matchWeekMonday: day("2027-03-15"),
        soapEnd: day("2027-03-18"),
        matchDay: day("2027-03-19"),
        trainingStart: day("2027-07-01"),
      },
      programContactedFirstDuringSoap: false,
      sentThisCycle: [],
    };
    const engine = await loadMessageEngine();
    const draft = { programId: "p1", kind: "INTEREST_UPDATE" as const, subject: "An update", sentAt: day("2027-01-12") };
    expect(engine.evaluateMessage({ ...draft, body: "Could you tell me where I stand on your rank list?" }, context).map((f) => f.rule)).toContain(
      "no-rank-solicitation",
    );
    expect(engine.evaluateMessage({ ...draft, body: "I passed Step 3 last week and wanted you to know." }, context)).toEqual([]);
  });
});
