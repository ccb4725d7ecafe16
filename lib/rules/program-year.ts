/**
 * The program year runs July to June. The default start for a new profile is the July 1 of the year in progress
 * (a resident signing up in November started last July).
 */
export function defaultProgramStart(now: Date): string {
  const year = now.getUTCMonth() >= 6 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  return `${year}-07-01`;
}
