// How much memory the embedded PostgreSQL keeps as its own page cache (shared_buffers).
//
// PostgreSQL's built-in 128 MB is sized for a server that may share a tiny host; on the benchmark's 10x database
// (1.3 GB) it held a third of what the dashboard and people pages read under load, and two buffer lookups in three
// then went to the operating system (docs/performance.md). PostgreSQL's manual suggests a quarter of the memory of a
// dedicated host; the embedded server shares its host with Next.js, so the quarter is capped.

const MB = 1024 * 1024;
/** PostgreSQL's own default: never less, whatever the host. */
export const MIN_SHARED_BUFFERS_MB = 128;
/** A cap for a host shared with the app server: four times this app's largest measured database (10x, 1.3 GB). */
export const MAX_SHARED_BUFFERS_MB = 4096;

/**
 * shared_buffers in MB for a host with `memoryBytes` of RAM (the container's limit when there is one): a quarter of
 * it within [128 MB, 4 GB]; `overrideMb` (EMBEDDED_PG_SHARED_BUFFERS_MB) wins when set.
 */
export function sharedBuffersMb(memoryBytes: number, overrideMb?: number): number {
  if (overrideMb !== undefined) return overrideMb;
  const quarter = Math.floor(memoryBytes / 4 / MB);
  return Math.min(MAX_SHARED_BUFFERS_MB, Math.max(MIN_SHARED_BUFFERS_MB, quarter));
}

/** The memory this process may use: the host's, or a cgroup's limit (a container) when that is lower. */
export function availableMemoryBytes(total: number, constrained: number | undefined): number {
  return constrained && constrained > 0 ? Math.min(total, constrained) : total;
}
