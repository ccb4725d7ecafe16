// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/safe-action";
import { FormMessage } from "@/components/ui/form-message";
import { formState, useActionForm, type FormAction } from "@/components/ui/use-action-form";

afterEach(cleanup);

type Saved = { id: string };

/** A form action whose answer the test gives when it chooses; it records the fields each submission posted. */
function deferredFormAction() {
  const posted: Record<string, FormDataEntryValue>[] = [];
  const answers: ((result: ActionResult<Saved>) => Promise<void>)[] = [];
  const action: FormAction<Saved> = (_previous, formData) =>
    new Promise((resolve) => {
      posted.push(Object.fromEntries(formData));
      answers.push((result) => act(async () => resolve(result)));
    });
  return { action, posted, answers };
}

function NoteForm({ action, onSuccess }: { action: FormAction<Saved>; onSuccess?: (data: Saved) => void }) {
  const { state, formAction, values, errors, formKey, pending } = useActionForm(action, { note: "What was saved" }, { onSuccess });
  return (
    <form key={formKey} action={formAction} aria-label="Edit the note">
      <label htmlFor="note">Note</label>
      <input id="note" name="note" defaultValue={values.note} />
      {errors.note ? <p>{errors.note.join(" ")}</p> : null}
      <FormMessage state={state} />
      <button type="submit">{pending ? "Saving…" : "Save"}</button>
    </form>
  );
}

function submit(text: string) {
  fireEvent.change(screen.getByLabelText("Note"), { target: { value: text } });
  act(() => void fireEvent.submit(screen.getByRole("form", { name: "Edit the note" })));
}
const field = () => screen.getByLabelText<HTMLInputElement>("Note");

describe("useActionForm", () => {
  it("starts from the values it was given, with no message", () => {
    render(<NoteForm action={deferredFormAction().action} />);
    expect(field().value).toBe("What was saved");
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("posts the form's fields and is pending until the action answers", async () => {
    const { action, posted, answers } = deferredFormAction();
    render(<NoteForm action={action} />);

    submit("Ask Dr. Reyes about the July spot");

    expect(posted).toEqual([{ note: "Ask Dr. Reyes about the July spot" }]);
    expect(screen.getByRole("button").textContent).toBe("Saving…");
    await answers[0]!({ ok: true, data: { id: "n1" } });
    expect(screen.getByRole("button").textContent).toBe("Save");
  });

  it("keeps what the user typed after a refusal, with the field's error and the sentence in the alert region", async () => {
    const { action, answers } = deferredFormAction();
    render(<NoteForm action={action} />);

    submit("x".repeat(12));
    await answers[0]!({
      ok: false,
      code: "VALIDATION",
      message: "Some fields need attention.",
      fieldErrors: { note: ["Keep it under 10 characters."] },
      values: { note: "x".repeat(12) },
    });

    expect(field().value).toBe("x".repeat(12));
    expect(screen.getByText("Keep it under 10 characters.")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toBe("Some fields need attention.");
  });

  it("shows the draft again when the same refusal comes back for a second draft", async () => {
    const { action, answers } = deferredFormAction();
    render(<NoteForm action={action} />);
    const refuse = (note: string) => answers.at(-1)!({ ok: false, code: "RULE_VIOLATION", message: "That breaks one of the rules.", values: { note } });

    submit("first draft");
    await refuse("first draft");
    submit("second draft");
    await refuse("second draft");

    expect(field().value).toBe("second draft");
  });

  it("calls onSuccess once per successful submission, with the action's data, and not on a refusal", async () => {
    const onSuccess = vi.fn();
    const { action, answers } = deferredFormAction();
    const { rerender } = render(<NoteForm action={action} onSuccess={onSuccess} />);

    submit("one");
    await answers[0]!({ ok: false, code: "VALIDATION", message: "Some fields need attention.", values: { note: "one" } });
    expect(onSuccess).not.toHaveBeenCalled();

    submit("two");
    await answers[1]!({ ok: true, data: { id: "n2" }, message: "Saved." });
    rerender(<NoteForm action={action} onSuccess={onSuccess} />);

    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledWith({ id: "n2" });
    expect(screen.getByRole("status").textContent).toBe("Saved.");
  });
});

describe("formState", () => {
  const initial = { note: "saved", kind: "INTRO" };
  it.each([
    ["before any submission", null, { values: initial, errors: {} }],
    ["after a success", { ok: true, data: { id: "n1" } }, { values: initial, errors: {} }],
    [
      "after a refusal: what was typed over the initial values",
      { ok: false, code: "VALIDATION", message: "Some fields need attention.", values: { note: "typed" }, fieldErrors: { note: ["Too long."] } },
      { values: { note: "typed", kind: "INTRO" }, errors: { note: ["Too long."] } },
    ],
  ] as const)("%s", (_case, state, expected) => {
    expect(formState(state as ActionResult<Saved> | null, initial)).toMatchObject(expected);
  });

  it("gives the form a new key for each refusal and for new saved values, so React's reset cannot show stale defaults", () => {
    const refusal = (note: string, message = "Some fields need attention.") => ({ ok: false, code: "VALIDATION", message, values: { note } }) as const;
    const keys = [
      formState(null, initial).formKey,
      formState(refusal("a"), initial).formKey,
      formState(refusal("b"), initial).formKey,
      formState(refusal("b", "That breaks one of the rules."), initial).formKey,
      formState({ ok: true, data: { id: "n1" } }, { ...initial, note: "new" }).formKey,
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(formState({ ok: true, data: { id: "n1" } }, initial).formKey).toBe(formState(null, initial).formKey);
  });
});
