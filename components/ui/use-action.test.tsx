// @vitest-environment happy-dom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ActionFailure, ActionResult } from "@/lib/actions/safe-action";
import { useAction, type UseActionOptions } from "@/components/ui/use-action";

const router = vi.hoisted(() => ({ refresh: vi.fn(), push: vi.fn(), replace: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

/** An action whose answer the test gives when it chooses, so the state in between can be looked at. */
function deferredAction<T>() {
  const calls: { input: unknown; answer: (result: ActionResult<T>) => Promise<void>; fail: (error: Error) => Promise<void> }[] = [];
  const action = vi.fn(
    (input: unknown) =>
      new Promise<ActionResult<T>>((resolve, reject) => {
        calls.push({
          input,
          answer: (result) => act(async () => resolve(result)),
          fail: (error) => act(async () => reject(error)),
        });
      }),
  );
  return { action, calls };
}

function setup<T>(options?: UseActionOptions<unknown, T>) {
  const { action, calls } = deferredAction<T>();
  const hook = renderHook(() => useAction(action, options));
  return { action, calls, hook, state: () => hook.result.current };
}

describe("useAction", () => {
  it("is idle until run", () => {
    const { state, action } = setup();
    expect(state()).toMatchObject({ pending: false, result: null, error: null, fieldErrors: {} });
    expect(action).not.toHaveBeenCalled();
  });

  it("runs the action with the input, is pending until it answers, then holds the answer and refreshes the page", async () => {
    const onSuccess = vi.fn(() => expect(router.refresh).not.toHaveBeenCalled());
    const { state, calls } = setup<{ id: string }>({ onSuccess });

    act(() => void state().run({ personId: "p1" }));
    expect(calls.map((c) => c.input)).toEqual([{ personId: "p1" }]);
    expect(state().pending).toBe(true);

    await calls[0]!.answer({ ok: true, data: { id: "t1" }, message: "Touch logged." });

    expect(state()).toMatchObject({ pending: false, error: null, result: { ok: true, data: { id: "t1" }, message: "Touch logged." } });
    expect(onSuccess).toHaveBeenCalledWith({ id: "t1" }, { ok: true, data: { id: "t1" }, message: "Touch logged." }, { personId: "p1" });
    expect(router.refresh).toHaveBeenCalledTimes(1);
  });

  it("stays pending while onSuccess works (a sign-in, a copy to the clipboard)", async () => {
    let finish = () => {};
    const onSuccess = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { state, calls } = setup({ onSuccess });

    act(() => void state().run({}));
    await calls[0]!.answer({ ok: true, data: undefined });
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(state().pending).toBe(true);
    expect(router.refresh).not.toHaveBeenCalled();

    await act(async () => finish());
    expect(state().pending).toBe(false);
    expect(router.refresh).toHaveBeenCalledTimes(1);
  });

  it("does not refresh when told not to (the page refreshes itself, or is being left)", async () => {
    const { state, calls } = setup({ refresh: false });
    act(() => void state().run({}));
    await calls[0]!.answer({ ok: true, data: undefined });
    expect(state().result).toMatchObject({ ok: true });
    expect(router.refresh).not.toHaveBeenCalled();
  });

  it("holds a refusal's sentence and field errors, calls onError, and neither refreshes nor calls onSuccess", async () => {
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const { state, calls } = setup({ onSuccess, onError });
    const refusal: ActionFailure = {
      ok: false,
      code: "VALIDATION",
      message: "Some fields need attention.",
      fieldErrors: { reason: ["Say why you dispute it."] },
    };

    act(() => void state().run({ reason: "" }));
    await calls[0]!.answer(refusal);

    expect(state()).toMatchObject({ pending: false, error: "Some fields need attention.", fieldErrors: { reason: ["Say why you dispute it."] } });
    expect(onError).toHaveBeenCalledWith(refusal, { reason: "" });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(router.refresh).not.toHaveBeenCalled();
  });

  it("turns a request that failed on the way (offline, server restarting) into a sentence instead of an error page", async () => {
    const onError = vi.fn();
    const { state, calls } = setup({ onError });
    act(() => void state().run({}));
    await calls[0]!.fail(new TypeError("Failed to fetch"));

    expect(state()).toMatchObject({
      pending: false,
      error: "That did not work. Check your connection and try again.",
      result: { ok: false, code: "UNAVAILABLE" },
    });
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it("clears the last error as soon as it runs again, so the same refusal twice is announced twice", async () => {
    const { state, calls } = setup();
    act(() => void state().run({}));
    await calls[0]!.answer({ ok: false, code: "CONFLICT", message: "That changed while you were working." });
    expect(state().error).toBe("That changed while you were working.");

    act(() => void state().run({}));
    expect(state()).toMatchObject({ pending: true, error: null, result: null });

    await calls[1]!.answer({ ok: false, code: "CONFLICT", message: "That changed while you were working." });
    expect(state().error).toBe("That changed while you were working.");
  });

  it("resolves run() with the answer, for callers that go on only after a success", async () => {
    const { state, calls } = setup<{ hidden: boolean }>();
    let answered: ActionResult<{ hidden: boolean }> | undefined;
    act(
      () =>
        void state()
          .run({})
          .then((result) => (answered = result)),
    );
    await calls[0]!.answer({ ok: true, data: { hidden: true } });
    expect(answered).toEqual({ ok: true, data: { hidden: true } });
  });

  it("shows a check made before calling the server the way a refusal shows, and reset() clears it", () => {
    const { state, action } = setup();
    act(() => state().fail("Choose where you confirmed it.", { sourceType: ["Choose where you confirmed it."] }));
    expect(state()).toMatchObject({ error: "Choose where you confirmed it.", fieldErrors: { sourceType: ["Choose where you confirmed it."] }, pending: false });
    expect(action).not.toHaveBeenCalled();

    act(() => state().reset());
    expect(state()).toMatchObject({ error: null, result: null, fieldErrors: {} });
  });
});
