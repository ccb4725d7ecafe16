// What the benchmark loads and as whom: the measured pages, the signed-in sample residents, and a private copy of the
// build. Shared by scripts/bench.ts and the narrower scripts/bench/page.ts.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../lib/db/client";
import { createTestSession } from "../../lib/testing/test-session";
import { ROOT } from "../lib/launch";
import type { CycleContext, LoadRequest } from "./load";
import {
  MEMBERS_PER_COHORT,
  PEOPLE_PER_RESIDENT,
  POSTS_PER_COHORT,
  PROGRAMS_PER_RESIDENT,
  cohortId,
  personId,
  postAuthorOffset,
  postId,
  programId,
  residentId,
} from "./seed";

export type Resident = { n: number; id: string; cookie: string };

export async function mintSessions(prisma: Db, ns: number[], secret: string): Promise<Resident[]> {
  return Promise.all(
    ns.map(async (n) => {
      const session = await createTestSession({ db: prisma, userId: residentId(n), secret });
      return { n, id: residentId(n), cookie: `${session.name}=${session.value}` };
    }),
  );
}

/** `count` different residents spread evenly over the cohorts of [0, total), at varying places in each cohort. */
export function spread(total: number, count: number): number[] {
  const cohorts = total / MEMBERS_PER_COHORT;
  return Array.from({ length: count }, (_, i) => Math.floor((i * cohorts) / count) * MEMBERS_PER_COHORT + (i % MEMBERS_PER_COHORT));
}

/** `section` names the page's captured HTML in the framework floor (/internal/bench-floor/<section>). */
export type PageTarget = { name: string; route: string; section: string; path: (r: Resident, n: number) => string; expect: string };

export const PAGES: PageTarget[] = [
  { name: "GET /dashboard", route: "/dashboard", section: "dashboard", path: () => "/dashboard", expect: "Hello," },
  { name: "GET /people", route: "/people", section: "people", path: () => "/people", expect: "A-list" },
  {
    name: "GET /board/[cohortId]",
    route: "/board/[cohortId]",
    section: "board",
    path: (r) => `/board/${cohortId(Math.floor(r.n / MEMBERS_PER_COHORT))}`,
    expect: "Share an opening",
  },
  {
    name: "GET /programs/[id]",
    route: "/programs/[id]",
    section: "programs",
    path: (r, n) => `/programs/${programId(r.n, n % PROGRAMS_PER_RESIDENT)}`,
    expect: "Messages (",
  },
];

// ------------------------------------------------------------------------------------------------------------
// Actions

export function tree(segments: (string | [string, string, string])[]): string {
  // The router state a browser on that page sends with a server action: ["", {children: [segment, {children: ...}]}].
  let node: unknown = ["__PAGE__", {}];
  for (const segment of [...segments].reverse()) node = [segment, { children: node }];
  return encodeURIComponent(JSON.stringify(["", { children: node }, null, null, true]));
}

export function actionHeaders(r: Resident, actionId: string, routerTree: string, base: string): Record<string, string> {
  return {
    cookie: r.cookie,
    accept: "text/x-component",
    "content-type": "text/plain;charset=UTF-8",
    "next-action": actionId,
    "next-router-state-tree": routerTree,
    origin: base,
  };
}

export function findActionId(appDir: string, filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(appDir, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (!found) throw new Error(`server action ${exportedName} (${filename}) is not in .next/server/server-reference-manifest.json`);
  return found[0];
}

/** The two measured actions as requests: log a touch (the dashboard's quick touch) and confirm a post (the board). */
export function actionRequests(appDir: string, base: string) {
  const logTouchId = findActionId(appDir, "lib/actions/touches/log-touch.ts", "logTouch");
  const reactId = findActionId(appDir, "lib/actions/board/react-to-post.ts", "reactToPost");
  const today = new Date().toISOString().slice(0, 10);
  const dashboardTree = tree(["(app)", "dashboard"]);
  const touchRequest = (r: Resident, j: number): LoadRequest => ({
    method: "POST",
    path: "/dashboard",
    headers: actionHeaders(r, logTouchId, dashboardTree, base),
    body: JSON.stringify([
      {
        personId: personId(r.n, j % PEOPLE_PER_RESIDENT),
        kind: "FOLLOW_UP",
        channel: "IN_PERSON",
        occurredOn: today,
        notes: "Benchmark touch",
        followUpDays: 7,
      },
    ]),
  });
  // Posts a resident may confirm: in their cohort, written by someone else, not confirmed by anyone yet.
  const confirmable = (r: Resident) =>
    Array.from({ length: POSTS_PER_COHORT }, (_, i) => i).filter((i) => postAuthorOffset(i) !== r.n % MEMBERS_PER_COHORT && i % 10 !== 0);
  const confirmRequest = (r: Resident, postIndex: number, on: boolean): LoadRequest => {
    const k = Math.floor(r.n / MEMBERS_PER_COHORT);
    const board = cohortId(k);
    return {
      method: "POST",
      path: `/board/${board}`,
      headers: actionHeaders(r, reactId, tree(["(app)", "board", ["cohortId", board, "d"]]), base),
      body: JSON.stringify([{ postId: postId(k, postIndex), kind: "CONFIRM", on }]),
    };
  };
  // What the form asks for once the touch is saved (router.refresh() in components/people/log-touch-form.tsx): the
  // page's server components again, from the root layout down, as a React Server Components payload. (A refresh
  // sends its router state too; without it the server renders the same whole tree.)
  const touchRefreshRequest = (r: Resident): LoadRequest => ({
    path: "/dashboard",
    headers: { cookie: r.cookie, accept: "*/*", rsc: "1", "accept-encoding": "gzip" },
  });
  return { touchRequest, touchRefreshRequest, confirmable, confirmRequest };
}
export type ActionRequests = ReturnType<typeof actionRequests>;

/**
 * The confirm-a-post load: each connection confirms a post by another member of its cohort, then withdraws that
 * confirmation, so every request changes a row. The pairs in flight at once belong to consecutive residents of the
 * sample, so no two connections share one.
 */
export function confirmCycle(
  pick: (i: number) => Resident,
  listFor: (r: Resident) => number[],
  confirmRequest: ActionRequests["confirmRequest"],
  sample: number,
): ((context: CycleContext) => LoadRequest)[] {
  let q = 0;
  type Pair = { r?: Resident; postIndex?: number };
  return [
    (context) => {
      const ctx = context as Pair;
      const i = q++;
      ctx.r = pick(i);
      const list = listFor(ctx.r);
      ctx.postIndex = list[(Math.floor(i / sample) * 13 + (i % 7)) % list.length]!;
      return confirmRequest(ctx.r, ctx.postIndex, true);
    },
    (context) => {
      const ctx = context as Pair;
      return confirmRequest(ctx.r!, ctx.postIndex!, false);
    },
  ];
}

export const pageHeaders = (r: Resident): Record<string, string> => ({
  cookie: r.cookie,
  accept: "text/html,application/xhtml+xml",
  "accept-encoding": "gzip",
});

// The build under test is a private copy: other processes sharing the work tree (tests, other builds) may rebuild
// .next while the benchmark runs, which would change the code and chunks being measured mid-run.

function readBuildId(dir: string): string | null {
  try {
    return readFileSync(path.join(dir, ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return null;
  }
}

const sleep = (msec: number) => new Promise((r) => setTimeout(r, msec));

/**
 * Copies `from`/.next (the work tree's build unless told otherwise) to appDir/.next, with links to what `next start`
 * needs besides it; waits while another process is rebuilding. Returns the build id.
 */
export async function snapshotBuild(appDir: string, log: (line: string) => void, from = ROOT): Promise<string> {
  const source = path.join(from, ".next");
  const target = path.join(appDir, ".next");
  mkdirSync(appDir, { recursive: true });
  for (let attempt = 1; attempt <= 20; attempt++) {
    const before = readBuildId(from);
    if (before) {
      rmSync(target, { recursive: true, force: true });
      cpSync(source, target, {
        recursive: true,
        verbatimSymlinks: true,
        filter: (src) => !["cache", "trace", "trace-build", "diagnostics", "lock"].some((skip) => src === path.join(source, skip)),
      });
      if (readBuildId(from) === before && readBuildId(appDir) === before) {
        // What `next start` needs besides .next: the config, the packages, and prisma/migrations (migrated at boot).
        for (const entry of ["node_modules", "package.json", "next.config.js", "prisma", "public"]) {
          if (existsSync(path.join(ROOT, entry))) symlinkSync(path.join(ROOT, entry), path.join(appDir, entry));
        }
        return before;
      }
    }
    log(`.next is being rebuilt by another process; waiting to copy a complete build (attempt ${attempt})`);
    await sleep(10_000);
  }
  throw new Error("could not copy a stable .next build (another process kept rebuilding it)");
}
