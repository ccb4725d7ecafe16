// Demo data for a new local install: two residents in one prelim cohort and one advisor.
// Each feature adds its own demo records here, so a first look at the app is never empty.
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient, type Db } from "../lib/db/client";

export const DEMO_PASSWORD = "prelim-scout-demo";

export const DEMO_ACCOUNTS = [
  { email: "amira.haddad@demo.prelimscout.org", name: "Amira Haddad", description: "resident, prelim medicine, cohort moderator" },
  { email: "daniel.okafor@demo.prelimscout.org", name: "Daniel Okafor", description: "resident, prelim medicine, same cohort" },
  { email: "ruth.calloway@demo.prelimscout.org", name: "Dr. Ruth Calloway", description: "advisor to Amira" },
] as const;

function academicYearStart(now: Date): Date {
  const year = now.getUTCMonth() >= 6 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  return new Date(Date.UTC(year, 6, 1));
}

export async function seedDemo(prisma: Db, now = new Date()): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const start = academicYearStart(now);
  const [amiraInfo, danielInfo, ruthInfo] = DEMO_ACCOUNTS;

  await prisma.$transaction(async (tx) => {
    const amira = await tx.user.create({
      data: {
        email: amiraInfo.email,
        name: amiraInfo.name,
        passwordHash,
        role: "RESIDENT",
        residentProfile: {
          create: {
            track: "PRELIM_MEDICINE",
            programName: "Preliminary Internal Medicine",
            institution: "Mercy General Hospital",
            programStartDate: start,
            isImg: true,
            visaStatus: "J1",
          },
        },
      },
    });
    const daniel = await tx.user.create({
      data: {
        email: danielInfo.email,
        name: danielInfo.name,
        passwordHash,
        role: "RESIDENT",
        residentProfile: {
          create: {
            track: "PRELIM_MEDICINE",
            programName: "Preliminary Internal Medicine",
            institution: "Mercy General Hospital",
            programStartDate: start,
            isImg: false,
            visaStatus: "US_CITIZEN_OR_PR",
          },
        },
      },
    });
    const ruth = await tx.user.create({ data: { email: ruthInfo.email, name: ruthInfo.name, passwordHash, role: "ADVISOR" } });

    const year = start.getUTCFullYear();
    await tx.cohort.create({
      data: {
        name: `Prelim IM ${year}-${String((year + 1) % 100).padStart(2, "0")}, Mercy General`,
        programName: "Preliminary Internal Medicine",
        institution: "Mercy General Hospital",
        year,
        track: "PRELIM_MEDICINE",
        memberships: {
          create: [
            { userId: amira.id, role: "MODERATOR" },
            { userId: daniel.id, role: "MEMBER" },
          ],
        },
      },
    });
    await tx.advisorGrant.create({ data: { residentId: amira.id, advisorId: ruth.id, scopes: ["targets", "people", "asks"] } });
  });
}

/** Seeds only a database without users, so restarting never duplicates or overwrites anything. */
export async function seedDemoIfEmpty(connectionString: string): Promise<boolean> {
  const prisma = createPrismaClient(connectionString);
  try {
    if ((await prisma.user.count()) > 0) return false;
    await seedDemo(prisma);
    return true;
  } finally {
    await prisma.$disconnect();
  }
}
