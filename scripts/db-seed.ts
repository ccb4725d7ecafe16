// `npm run db:seed`: adds the demo accounts to DATABASE_URL when it has no users yet.
import { seedDemoIfEmpty } from "../prisma/seed";
import { env } from "../lib/env";

const url = env().DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database to seed.");
  process.exit(1);
}
seedDemoIfEmpty(url)
  .then((seeded) => console.log(seeded ? "demo data added" : "the database already has users; nothing added"))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
