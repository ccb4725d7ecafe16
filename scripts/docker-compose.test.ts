// The README's Docker instructions, run for real where a Docker engine answers: `docker compose up --build` gives
// an app that starts (with SMTP_URL unset, which compose passes as an empty string), answers on port 3000, and takes
// the operator commands through `docker compose run`. Where no engine answers (this project's CI machines have the
// client only), it is skipped and says why; the same image layout is checked without Docker by
// scripts/smoke-standalone.ts, which CI runs.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { childEnv } from "@/lib/env";

const ROOT = path.resolve(import.meta.dirname, "..");
const engine = spawnSync("docker", ["info", "--format", "{{.ServerVersion}}"], { encoding: "utf8", timeout: 20_000 });
const why = engine.status === 0 ? null : `no Docker engine answers here (docker info: ${(engine.stderr || engine.error?.message || "").trim().split("\n")[0]})`;
const project = `prelim-scout-smoke-${process.pid}`;
const compose = (...args: string[]) =>
  spawnSync("docker", ["compose", "-p", project, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 20 * 60_000,
    env: childEnv({ NEXTAUTH_SECRET: "compose-smoke-secret-compose-smoke-000", SMTP_URL: undefined }),
  });

describe.skipIf(why !== null)(`docker compose stack${why ? ` (skipped: ${why})` : ""}`, () => {
  afterAll(() => {
    compose("down", "-v", "--remove-orphans");
  });

  it(
    "builds, starts with SMTP unset, serves the sign-in page and runs the operator commands",
    async () => {
      const up = compose("up", "--build", "-d", "--wait");
      expect(up.status, up.stderr).toBe(0);
      const login = await fetch("http://127.0.0.1:3000/login");
      expect(login.status).toBe(200);
      const seed = compose("run", "--rm", "app", "node", "ops/db-seed.mjs");
      expect(seed.stdout).toContain("demo data added");
      const backup = compose("run", "--rm", "app", "node", "ops/db-backup.mjs");
      expect(backup.stdout).toMatch(/written to \/app\/backups\//);
    },
    25 * 60_000,
  );
});
