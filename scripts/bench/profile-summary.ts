// Summarises V8 .cpuprofile files (from scripts/bench/page.ts --profile or BENCH_CPU_PROFILE): self time by function
// and by where the code comes from (a package under node_modules, a Next.js server chunk named after the packages it
// bundles, Node's own internals), and inclusive time of the functions whose names match --match. Build with
// `next build --no-mangling` first, or the bundled functions are single letters.
//
//   npx tsx scripts/bench/profile-summary.ts <file.cpuprofile>... [--top 40] [--match <regexp>]
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "40" }, match: { type: "string" } } });
const TOP = Number(values.top);

/** Where a function's code comes from: a package, a server chunk (its name lists what it bundles), or Node itself. */
function origin(url: string): string {
  if (!url) return "(native / V8)";
  if (url.startsWith("node:")) return "node internals";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  const chunk = /\.next\/server\/(.+)$/.exec(url);
  if (chunk) return `chunk ${chunk[1]!.replace(/_[0-9a-z-]{10,}\._?\.js$|\.js$/, "")}`;
  if (pkg) return pkg[1]!;
  return url.replace(/^.*\//, "");
}

const selfByFn = new Map<string, number>();
const selfByOrigin = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
for (const file of positionals) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const match = values.match ? new RegExp(values.match) : null;
  for (const [id, us] of selfUs) {
    const n = byId.get(id)!;
    const name = n.callFrame.functionName || "(anonymous)";
    if (name === "(idle)" || name === "(program)") continue;
    total += us;
    const key = `${name}  [${origin(n.callFrame.url)}:${n.callFrame.lineNumber}]`;
    selfByFn.set(key, (selfByFn.get(key) ?? 0) + us);
    const o = origin(n.callFrame.url);
    selfByOrigin.set(o, (selfByOrigin.get(o) ?? 0) + us);
    if (match) {
      // Inclusive time: charge each matching ancestor once per sample.
      const seen = new Set<string>();
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const f = byId.get(cur)!.callFrame.functionName;
        if (match.test(f) && !seen.has(f)) {
          seen.add(f);
          inclusive.set(f, (inclusive.get(f) ?? 0) + us);
        }
      }
    }
  }
}

const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms`;
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${pct(us)}  ${k}`);
};
console.log(`busy time in the profiles (idle and "program" left out): ${(total / 1000).toFixed(0)} ms`);
print("self time by origin", selfByOrigin);
print("self time by function", selfByFn);
if (values.match) print(`inclusive time of functions matching /${values.match}/`, inclusive);
