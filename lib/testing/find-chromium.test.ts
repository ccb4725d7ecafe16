import { describe, expect, it, vi } from "vitest";
import { findChromium, type BrowserLookup } from "@/e2e/browser";

const lookup = (overrides: Partial<BrowserLookup>): BrowserLookup => ({
  playwrightOwn: () => null,
  system: [],
  exists: () => false,
  install: () => false,
  ...overrides,
});

describe("finding a Chromium for the end-to-end tests", () => {
  it("on a machine with none, tries `playwright install chromium` first and then uses Playwright's own", () => {
    const files = new Set<string>();
    const install = vi.fn(() => {
      files.add("/cache/ms-playwright/chromium/chrome");
      return true;
    });
    const found = findChromium(lookup({ playwrightOwn: () => "/cache/ms-playwright/chromium/chrome", exists: (f) => files.has(f), install }));
    expect(install).toHaveBeenCalledTimes(1);
    expect(found).toBeUndefined();
  });

  it("says how to get one when the download fails too", () => {
    const install = vi.fn(() => false);
    expect(() => findChromium(lookup({ install }))).toThrow(/could not download one.*apt-get install chromium.*CHROMIUM_PATH/);
    expect(install).toHaveBeenCalledTimes(1);
  });

  it("uses the system's Chromium without downloading anything", () => {
    const install = vi.fn(() => true);
    expect(findChromium(lookup({ system: ["/usr/bin/chromium"], exists: (f) => f === "/usr/bin/chromium", install }))).toBe("/usr/bin/chromium");
    expect(install).not.toHaveBeenCalled();
  });
});
