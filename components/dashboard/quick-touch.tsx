"use client";

import { useState } from "react";
import { LogTouchForm } from "@/components/people/log-touch-form";
import { SelectField } from "@/components/ui/field";

/** Log a touch for anyone on the map without leaving the dashboard. */
export function QuickTouch({ people, today }: { people: { id: string; name: string }[]; today: string }) {
  const [personId, setPersonId] = useState("");
  return (
    <div className="space-y-3">
      <SelectField
        label="Who"
        name="quickPerson"
        placeholder="Choose a person…"
        value={personId}
        onChange={(e) => setPersonId(e.target.value)}
        options={people.map((p) => ({ value: p.id, label: p.name }))}
      />
      {personId ? <LogTouchForm key={personId} personId={personId} today={today} idPrefix="quick" /> : null}
    </div>
  );
}
