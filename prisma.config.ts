// Only the Prisma CLI reads this (generate, and `migrate deploy` for those who can download its engine).
// The app connects through the driver adapter in lib/db/client.ts.
import { defineConfig } from "prisma/config";
import { env } from "./lib/env";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: env().DATABASE_URL ?? "postgresql://localhost:5432/prelim_scout" },
});
