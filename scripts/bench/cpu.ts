// CPU time of process trees from /proc (Linux): how much of each request Next.js, PostgreSQL and the load
// generator itself spent on the CPU. Processes that exit during a run lose their share; the app's and the
// database's processes live through a load run (pooled connections), so the deltas hold.
import { readdirSync, readFileSync } from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

type Stat = { pid: number; ppid: number; ticks: number };

function readStats(): Stat[] {
  const out: Stat[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc");
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command may contain spaces and parentheses: the fields start after the last ")".
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      out.push({ pid: Number(entry), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

/** Total CPU milliseconds of each tree, keyed by a label; a root of null or 0 counts nothing. */
export function cpuSnapshot(roots: Record<string, number | null | undefined>): Record<string, number> {
  const stats = readStats();
  const children = new Map<number, number[]>();
  for (const s of stats) {
    const list = children.get(s.ppid) ?? [];
    list.push(s.pid);
    children.set(s.ppid, list);
  }
  const ticks = new Map(stats.map((s) => [s.pid, s.ticks]));
  const out: Record<string, number> = {};
  for (const [label, root] of Object.entries(roots)) {
    let total = 0;
    const stack = root ? [root] : [];
    const seen = new Set<number>();
    while (stack.length) {
      const pid = stack.pop()!;
      if (seen.has(pid)) continue;
      seen.add(pid);
      total += ticks.get(pid) ?? 0;
      stack.push(...(children.get(pid) ?? []));
    }
    out[label] = total * TICK_MS;
  }
  return out;
}

/** The postmaster's pid from its data directory (first line of postmaster.pid). */
export function postmasterPid(dataDir: string): number | null {
  try {
    return Number(readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]) || null;
  } catch {
    return null;
  }
}
