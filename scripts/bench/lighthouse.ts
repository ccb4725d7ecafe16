// Lighthouse (default mobile config: Moto G Power emulation, simulated slow 4G and 4x CPU slowdown) for signed-in
// pages, in the system Chromium, headless. Only 127.0.0.1 is visited.
import * as chromeLauncher from "chrome-launcher";
import { toolEnv } from "../../lib/env";

export type LighthouseScores = {
  url: string;
  performance: number | null;
  accessibility: number | null;
  metrics: Record<string, number | null>;
  failingA11y: string[];
};

export const CHROMIUM_PATH = toolEnv().CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-dev-shm-usage"];

type Lhr = {
  categories: Record<string, { score: number | null; auditRefs?: { id: string }[] } | undefined>;
  audits: Record<string, { numericValue?: number; score: number | null; scoreDisplayMode?: string; title?: string } | undefined>;
};

export async function runLighthouse(urls: string[], cookie: string, log: (line: string) => void): Promise<LighthouseScores[]> {
  const { default: lighthouse } = (await import("lighthouse")) as unknown as {
    default: (url: string, flags: Record<string, unknown>) => Promise<{ lhr: Lhr } | undefined>;
  };
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  const out: LighthouseScores[] = [];
  try {
    for (const url of urls) {
      const t0 = Date.now();
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        formFactor: "mobile",
        onlyCategories: ["performance", "accessibility"],
        extraHeaders: { Cookie: cookie },
        disableStorageReset: false,
      });
      if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? null;
      const score = (id: string) => {
        const s = lhr.categories[id]?.score;
        return typeof s === "number" ? Math.round(s * 100) : null;
      };
      const failingA11y = (lhr.categories.accessibility?.auditRefs ?? []).map((ref) => ref.id).filter((id) => lhr.audits[id]?.score === 0);
      out.push({
        url,
        performance: score("performance"),
        accessibility: score("accessibility"),
        metrics: {
          fcpMs: metric("first-contentful-paint"),
          lcpMs: metric("largest-contentful-paint"),
          tbtMs: metric("total-blocking-time"),
          cls: metric("cumulative-layout-shift"),
          speedIndexMs: metric("speed-index"),
        },
        failingA11y,
      });
      log(`lighthouse ${url}: performance ${score("performance")}, accessibility ${score("accessibility")} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    }
  } finally {
    chrome.kill();
  }
  return out;
}
