"use client";

import { useSyncExternalStore } from "react";

const FORMAT: Intl.DateTimeFormatOptions = { month: "short", day: "numeric", year: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" };
const noSubscription = () => () => {};

/**
 * A moment in the reader's own time zone, which only the browser knows. The server renders it in UTC (labelled), and
 * the browser replaces that with local time as soon as it hydrates.
 */
export function LocalTime({ at }: { at: Date | string }) {
  const iso = typeof at === "string" ? at : at.toISOString();
  const text = useSyncExternalStore(
    noSubscription,
    () => new Date(iso).toLocaleString("en-US", FORMAT),
    () => new Date(iso).toLocaleString("en-US", { ...FORMAT, timeZone: "UTC" }),
  );
  return <time dateTime={iso}>{text}</time>;
}
