// `npm run db:migrate`: applies pending migrations to DATABASE_URL (what `prisma migrate deploy` would do).
import { MigrationError, migrate } from "../lib/db/migrate";
import { env } from "../lib/env";

const url = env().DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database to migrate, e.g. DATABASE_URL=postgresql://user:pass@host:5432/prelim_scout npm run db:migrate");
  process.exit(1);
}
migrate({ databaseUrl: url, log: (line) => console.log(line) })
  .then((applied) => console.log(applied.length ? `${applied.length} migration(s) applied` : "database schema is up to date"))
  .catch((error: unknown) => {
    console.error(error instanceof MigrationError ? error.message : error);
    process.exit(1);
  });
