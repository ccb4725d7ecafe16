"use client";

import { useLayoutEffect, useState, useSyncExternalStore } from "react";

type Field = HTMLInputElement | HTMLTextAreaElement;

/** A field's id, its value in state, and how to take over a different value the resident typed. */
export type HydratedField = readonly [id: string, value: string, adopt: (typed: string) => void];

const noSubscription = () => () => {};

/**
 * Keeps what was typed into server-rendered fields before the page hydrated. A resident on a slow phone who starts
 * typing at once would otherwise lose the text: hydrating a textarea sets its value back to the text it was rendered
 * with, and for an input the next render writes the state back over the browser's value.
 *
 * The fields are read as the component first renders while hydrating, which is before React reaches the fields
 * themselves, and a different value is handed to `adopt` once mounted. A component mounted by a client-side
 * navigation is not hydrating, and reads nothing: the page it replaces may still hold a field with the same id.
 */
export function useTypedBeforeHydration(fields: readonly HydratedField[]): void {
  const hydrating = !useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [typed] = useState(() =>
    hydrating && typeof document !== "undefined" ? fields.map(([id]) => (document.getElementById(id) as Field | null)?.value) : [],
  );
  useLayoutEffect(() => {
    for (const [index, [, value, adopt]] of fields.entries()) {
      const text = typed[index];
      // A textarea's value has "\n" line ends whatever the text it was rendered from had.
      if (text !== undefined && text !== value.replace(/\r\n?/g, "\n")) adopt(text);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, as the component mounts (above)
  }, []);
}
