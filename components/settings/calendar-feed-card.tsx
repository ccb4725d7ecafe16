"use client";

import { useState } from "react";
import { regenerateCalendarFeed } from "@/lib/actions/plan/regenerate-calendar-feed";
import { buttonClass } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";

export function CalendarFeedCard({ active }: { active: boolean }) {
  const [url, setUrl] = useState<string | null>(null);
  const { run: regenerate, pending, error } = useAction(regenerateCalendarFeed, { onSuccess: (feed) => setUrl(feed.url) });
  const run = (disable: boolean) => void regenerate({ disable });
  return (
    <div className="space-y-3 text-sm">
      <p>
        Subscribe in Google Calendar (Other calendars, From URL) or Apple Calendar (File, New Calendar Subscription) to see follow-ups, meetings, PD
        touchpoints, your decision deadline and rotation prompts. The link is private: anyone who has it can read these titles.
      </p>
      {url ? (
        <div className="space-y-1 rounded-md border border-green-300 bg-green-50 p-3 dark:border-green-800 dark:bg-green-950">
          <label htmlFor="feed-url" className="block font-medium">
            Your calendar link (shown once; make a new one any time)
          </label>
          <input
            id="feed-url"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            className="block w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:bg-slate-900"
          />
        </div>
      ) : (
        <p className="text-slate-600 dark:text-slate-400">
          {active ? "A calendar link is active. Making a new one turns the old one off." : "No calendar link yet."}
        </p>
      )}
      {error ? (
        <p role="alert" className="font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={pending} className={buttonClass("primary")} onClick={() => run(false)}>
          {active ? "Make a new link" : "Create calendar link"}
        </button>
        {active ? (
          <button type="button" disabled={pending} className={buttonClass("secondary")} onClick={() => run(true)}>
            Turn the link off
          </button>
        ) : null}
      </div>
    </div>
  );
}
