// First-load JS per route, from the build output: the root main files every page loads (build-manifest.json's
// rootMainFiles, Turbopack's runtime included; the nomodule polyfills are left out as modern browsers skip them)
// plus the entry chunks of every segment of the route (layouts, error boundaries, the page) listed
// in its page_client-reference-manifest.js, less the not-found boundaries' own chunks (loaded only when a page
// calls notFound()). Sizes are gzip (zlib.gzipSync, default level) of each file.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

export type FirstLoad = { route: string; files: number; rawBytes: number; gzipBytes: number; htmlFiles?: number; htmlGzipBytes?: number };

const gzCache = new Map<string, { raw: number; gz: number }>();
function sizeOf(nextDir: string, rel: string): { raw: number; gz: number } {
  const file = path.join(nextDir, rel.replace(/^\/?_next\//, ""));
  let cached = gzCache.get(file);
  if (!cached) {
    const buf = readFileSync(file);
    cached = { raw: buf.length, gz: gzipSync(buf).length };
    gzCache.set(file, cached);
  }
  return cached;
}

function manifestFor(nextDir: string, appRoute: string): { entryJSFiles: Record<string, string[]> } {
  const file = path.join(nextDir, "server", "app", ...appRoute.split("/").filter(Boolean), "page_client-reference-manifest.js");
  if (!existsSync(file)) throw new Error(`no client reference manifest for ${appRoute} (${file})`);
  const sandbox = { globalThis: {} as Record<string, unknown> };
  vm.runInNewContext(readFileSync(file, "utf8"), sandbox);
  const all = sandbox.globalThis.__RSC_MANIFEST as Record<string, { entryJSFiles: Record<string, string[]> }>;
  const key = Object.keys(all)[0];
  if (!key) throw new Error(`empty client reference manifest for ${appRoute}`);
  return all[key]!;
}

function entryFiles(rootMainFiles: string[], manifest: { entryJSFiles: Record<string, string[]> }): Set<string> {
  const files = new Set<string>(rootMainFiles);
  for (const [segment, list] of Object.entries(manifest.entryJSFiles)) {
    if (segment.endsWith("/not-found")) continue;
    for (const f of list) if (f.endsWith(".js")) files.add(f);
  }
  return files;
}

/** appRoute is the route's folder under app/, e.g. "(app)/board/[cohortId]". */
export function firstLoadJs(root: string, appRoute: string, label: string): FirstLoad {
  const nextDir = path.join(root, ".next");
  const build = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const manifest = manifestFor(nextDir, appRoute);
  const files = entryFiles(build.rootMainFiles, manifest);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const s = sizeOf(nextDir, f);
    rawBytes += s.raw;
    gzipBytes += s.gz;
  }
  return { route: label, files: files.size, rawBytes, gzipBytes };
}

/**
 * Cross-check: every /_next/static/chunks/*.js a server-rendered HTML page names (script tags and flight data),
 * less the nomodule polyfills, and how that set differs from the manifest-based one.
 */
export function jsNamedInHtml(
  root: string,
  appRoute: string,
  html: string,
): { files: number; gzipBytes: number; onlyInManifest: string[]; onlyInHtml: string[] } {
  const nextDir = path.join(root, ".next");
  const build = JSON.parse(readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[]; polyfillFiles?: string[] };
  const polyfills = new Set(build.polyfillFiles ?? []);
  const names = new Set([...html.matchAll(/\/_next\/(static\/chunks\/[A-Za-z0-9_.~-]+\.js)/g)].map((m) => m[1]!).filter((f) => !polyfills.has(f)));
  let gzipBytes = 0;
  for (const f of names) if (existsSync(path.join(nextDir, f))) gzipBytes += sizeOf(nextDir, f).gz;
  const fromManifest = entryFiles(build.rootMainFiles, manifestFor(nextDir, appRoute));
  return {
    files: names.size,
    gzipBytes,
    onlyInManifest: [...fromManifest].filter((f) => !names.has(f)),
    onlyInHtml: [...names].filter((f) => !fromManifest.has(f)),
  };
}
