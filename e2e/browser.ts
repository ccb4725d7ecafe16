import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { toolEnv } from "../lib/env";

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

export type BrowserLookup = {
  explicit?: string;
  /** Playwright's own download, if any. */
  playwrightOwn: () => string | null;
  system: readonly string[];
  exists: (file: string) => boolean;
  /** `npx playwright install chromium`; true when it succeeded. */
  install: () => boolean;
};

/**
 * Finds a Chromium: an explicit CHROMIUM_PATH, Playwright's own download, or the system's. With none, it first tries
 * Playwright's own `playwright install chromium` (which works wherever the internet is reachable), and only then says
 * how to get one. Returns undefined when Playwright should use its own browser.
 */
export function findChromium(lookup: BrowserLookup = defaultLookup()): string | undefined {
  if (lookup.explicit) {
    if (!lookup.exists(lookup.explicit)) throw new Error(`CHROMIUM_PATH points at ${lookup.explicit}, which does not exist.`);
    return lookup.explicit;
  }
  const own = lookup.playwrightOwn();
  if (own && lookup.exists(own)) return undefined;
  const system = lookup.system.find((candidate) => lookup.exists(candidate));
  if (system) return system;
  if (lookup.install()) {
    const installed = lookup.playwrightOwn();
    if (installed && lookup.exists(installed)) return undefined;
  }
  throw new Error(
    "No Chromium found for the end-to-end tests, and `npx playwright install chromium` could not download one. Install one: " +
      "on Debian/Ubuntu `sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chrome/Chromium binary.",
  );
}

function defaultLookup(): BrowserLookup {
  return {
    explicit: toolEnv().CHROMIUM_PATH ?? toolEnv().PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
    playwrightOwn: () => {
      try {
        return chromium.executablePath() || null;
      } catch {
        return null;
      }
    },
    system: SYSTEM_CHROMIUMS,
    exists: existsSync,
    install: () => {
      console.warn("[e2e] no Chromium found: trying `npx playwright install chromium`…");
      const bin = path.join(import.meta.dirname, "..", "node_modules", ".bin", "playwright");
      const result = spawnSync(bin, ["install", "chromium"], { stdio: "inherit", timeout: 10 * 60_000 });
      return result.status === 0;
    },
  };
}
