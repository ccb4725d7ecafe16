import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

const read = new Map<string, string>();

/**
 * The benchmark's framework floor: the body markup of one captured page (dashboard, people, board, programs), written
 * by scripts/bench.ts into BENCH_FRAMEWORK_FLOOR_DIR. Null (the page answers 404) unless that variable is set, which
 * only the benchmark's server has, or when the section is not a plain name or has no file. Read once per process.
 */
export function frameworkFloorHtml(section: string): string | null {
  const dir = env().BENCH_FRAMEWORK_FLOOR_DIR;
  if (!dir || !/^[a-z]+$/.test(section)) return null;
  const file = path.join(dir, `${section}.html`);
  let html = read.get(file);
  if (html === undefined) {
    try {
      html = readFileSync(file, "utf8");
    } catch {
      return null;
    }
    read.set(file, html);
  }
  return html;
}
