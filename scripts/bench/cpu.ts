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

/** CPU milliseconds so far of every process in each tree (root and descendants), keyed by label, then pid. */
export type CpuSnapshot = Record<string, Map<number, number>>;

export function cpuSnapshot(roots: Record<string, number | null | undefined>): CpuSnapshot {
  const stats = readStats();
  const children = new Map<number, number[]>();
  for (const s of stats) {
    const list = children.get(s.ppid) ?? [];
    list.push(s.pid);
    children.set(s.ppid, list);
  }
  const ticks = new Map(stats.map((s) => [s.pid, s.ticks]));
  const out: CpuSnapshot = {};
  for (const [label, root] of Object.entries(roots)) {
    const tree = new Map<number, number>();
    const stack = root ? [root] : [];
    while (stack.length) {
      const pid = stack.pop()!;
      if (tree.has(pid)) continue;
      tree.set(pid, (ticks.get(pid) ?? 0) * TICK_MS);
      stack.push(...(children.get(pid) ?? []));
    }
    out[label] = tree;
  }
  return out;
}

/**
 * CPU milliseconds each tree spent between two snapshots: per process that is alive at the end (new ones count
 * from zero). A process that exited in between is left out rather than counted negative.
 */
export function cpuDelta(before: CpuSnapshot, after: CpuSnapshot): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [label, tree] of Object.entries(after)) {
    let total = 0;
    for (const [pid, ms] of tree) total += ms - (before[label]?.get(pid) ?? 0);
    out[label] = total;
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

/** CPU milliseconds all processes of the machine have been charged with (all cores, /proc/stat), or NaN off Linux. */
export function machineBusyMs(): number {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal ...: user, nice and system, the time processes are charged
    // with (interrupt work, mostly loopback networking under load, and hypervisor steal are left out).
    const busy = (fields[0] ?? 0) + (fields[1] ?? 0) + (fields[2] ?? 0);
    return busy * TICK_MS;
  } catch {
    return Number.NaN;
  }
}
