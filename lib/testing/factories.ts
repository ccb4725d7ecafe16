import { faker } from "@faker-js/faker";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { CohortRole, Track, VisaStatus } from "@/lib/db/generated/client";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${faker.string.alphanumeric(4).toLowerCase()}`;

let cachedHash: Promise<string> | undefined;
export const FACTORY_PASSWORD = "correct horse battery staple";
const passwordHash = () => (cachedHash ??= hashPassword(FACTORY_PASSWORD));

export async function createUser(overrides: { email?: string; name?: string; role?: "RESIDENT" | "ADVISOR" | null } = {}) {
  const first = faker.person.firstName();
  const last = faker.person.lastName();
  return db().user.create({
    data: {
      email: overrides.email ?? `${first}.${last}.${unique()}@example.org`.toLowerCase().replace(/[^a-z0-9.@-]/g, ""),
      name: overrides.name ?? `${first} ${last}`,
      passwordHash: await passwordHash(),
      role: overrides.role === undefined ? null : overrides.role,
    },
  });
}

export async function createResident(overrides: { track?: Track; visaStatus?: VisaStatus; isImg?: boolean; programStartDate?: Date; email?: string } = {}) {
  const user = await createUser({ role: "RESIDENT", email: overrides.email });
  await db().residentProfile.create({
    data: {
      userId: user.id,
      track: overrides.track ?? "PRELIM_MEDICINE",
      programName: "Preliminary Internal Medicine",
      institution: `${faker.location.city()} General Hospital`,
      programStartDate: overrides.programStartDate ?? new Date(Date.UTC(2026, 6, 1)),
      isImg: overrides.isImg ?? true,
      visaStatus: overrides.visaStatus ?? "J1",
    },
  });
  return user;
}

export async function createAdvisor() {
  return createUser({ role: "ADVISOR" });
}

export async function createCohort(members: { userId: string; role?: CohortRole }[] = []) {
  return db().cohort.create({
    data: {
      name: `Prelim IM 2026-27, ${faker.location.city()} Medical Center`,
      programName: "Preliminary Internal Medicine",
      institution: `${faker.location.city()} Medical Center`,
      year: 2026,
      track: "PRELIM_MEDICINE",
      memberships: { create: members.map((m) => ({ userId: m.userId, role: m.role ?? "MEMBER" })) },
    },
  });
}

/** An import action's input for a CSV file with this text, saved (commit) unless a preview is asked for. */
export function csvUpload(text: string | Uint8Array, commit = true): { file: string; commit: boolean } {
  return { file: Buffer.from(text).toString("base64"), commit };
}
