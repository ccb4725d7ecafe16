import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// decisions/0008: outside components/ui, components and pages call actions only through useActionForm and useAction.
// This runs the repository's own ESLint configuration, so removing or narrowing the rule fails here.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId);
}

const handWritten = {
  useTransition: `"use client";\nimport { useTransition } from "react";\nexport function A() {\n  const [pending] = useTransition();\n  return <p>{String(pending)}</p>;\n}\n`,
  useActionState: `"use client";\nimport { useActionState } from "react";\nexport function A() {\n  const [state] = useActionState(async () => 1, 0);\n  return <p>{state}</p>;\n}\n`,
  useMutation: `"use client";\nimport { useMutation } from "@tanstack/react-query";\nexport function A() {\n  const m = useMutation({ mutationFn: async () => 1 });\n  return <p>{String(m.isPending)}</p>;\n}\n`,
  "React.useTransition": `"use client";\nimport React from "react";\nexport function A() {\n  const [pending] = React.useTransition();\n  return <p>{String(pending)}</p>;\n}\n`,
};

describe("the lint rule that keeps one way to call actions", () => {
  it.each(Object.entries(handWritten))("refuses %s in a feature component and in a page", async (_name, code) => {
    expect(await ruleIdsFor("components/people/probe.tsx", code)).toEqual([expect.stringMatching(/^no-restricted-(imports|syntax)$/)]);
    expect(await ruleIdsFor("app/(app)/people/probe/page.tsx", code)).toEqual([expect.stringMatching(/^no-restricted-(imports|syntax)$/)]);
  });

  it("allows them in components/ui, where the two hooks live, and allows reading with TanStack Query anywhere", async () => {
    expect(await ruleIdsFor("components/ui/probe.tsx", handWritten.useTransition)).toEqual([]);
    const reading = `"use client";\nimport { useQuery } from "@tanstack/react-query";\nexport function A() {\n  const q = useQuery({ queryKey: ["a"], queryFn: async () => 1 });\n  return <p>{q.data}</p>;\n}\n`;
    expect(await ruleIdsFor("components/board/probe.tsx", reading)).toEqual([]);
  });
});
