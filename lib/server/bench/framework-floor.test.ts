import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { frameworkFloorHtml } from "@/lib/server/bench/framework-floor";

const dir = mkdtempSync(path.join(os.tmpdir(), "framework-floor-"));
writeFileSync(path.join(dir, "dashboard.html"), "<main>captured</main>");
writeFileSync(path.join(os.tmpdir(), "outside.html"), "not a floor");

afterEach(() => vi.unstubAllEnvs());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the benchmark's framework floor", () => {
  it("is nothing (the page is a 404) when the server was not started by the benchmark", () => {
    vi.stubEnv("BENCH_FRAMEWORK_FLOOR_DIR", "");
    expect(frameworkFloorHtml("dashboard")).toBeNull();
  });

  it("serves the captured markup of a section from the benchmark's directory, and only plain section names", () => {
    vi.stubEnv("BENCH_FRAMEWORK_FLOOR_DIR", dir);
    expect(frameworkFloorHtml("dashboard")).toBe("<main>captured</main>");
    expect(frameworkFloorHtml("people")).toBeNull();
    expect(frameworkFloorHtml("../outside")).toBeNull();
    expect(frameworkFloorHtml("Dashboard")).toBeNull();
  });
});
