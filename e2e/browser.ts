import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { toolEnv } from "../lib/env";

/**
 * Finds a Chromium: an explicit CHROMIUM_PATH, Playwright's own download, or the system's. Says how to get one
 * when none is found.
 */
export function findChromium(): string | undefined {
  const explicit = toolEnv().CHROMIUM_PATH ?? toolEnv().PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH points at ${explicit}, which does not exist.`);
    return explicit;
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined; // Playwright finds its own browser by itself.
  } catch {
    // not downloaded
  }
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one: `npx playwright install chromium` (with internet), " +
      "or on Debian/Ubuntu `sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chrome/Chromium binary.",
  );
}
