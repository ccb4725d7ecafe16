# Multi-stage build of the Next.js standalone server. Migrations are applied by the app at start (lib/boot.ts).
# The operator commands (migrate, seed, backup, restore, digest) are bundled to plain JavaScript in ops/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 NEXT_OUTPUT=standalone
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/prisma-generate.mjs
COPY prisma prisma
COPY prisma.config.ts ./
COPY lib/env.ts lib/env.ts
RUN npm install --no-audit --no-fund
COPY . .
RUN npx next build && node scripts/build-ops.mjs

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 BACKUP_DIR=/app/backups
# No PostgreSQL client tools here: backups made in the image are logical archives (docs/decisions/0004-backups.md).
COPY --from=build /app/.next-standalone/standalone ./
COPY --from=build /app/.next-standalone/static ./.next-standalone/static
COPY --from=build /app/prisma/migrations ./prisma/migrations
COPY --from=build /app/dist/ops ./ops
RUN mkdir -p /app/backups && chown node:node /app/backups
USER node
EXPOSE 3000
CMD ["node", "server.js"]
