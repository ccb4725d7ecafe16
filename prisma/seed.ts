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

  await prisma.$transaction(
    async (tx) => {
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
              joinedOn: start,
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
              joinedOn: start,
              isImg: false,
              visaStatus: "US_CITIZEN_OR_PR",
            },
          },
        },
      });
      const ruth = await tx.user.create({ data: { email: ruthInfo.email, name: ruthInfo.name, passwordHash, role: "ADVISOR" } });

      const year = start.getUTCFullYear();
      const cohort = await tx.cohort.create({
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
      await seedBoard(tx, cohort.id, amira.id, daniel.id, now);
      await tx.advisorGrant.create({ data: { residentId: amira.id, advisorId: ruth.id, scopes: ["targets", "people", "asks"] } });
      await seedWorkspace(tx, amira.id, start, now);
      await seedPrograms(tx, amira.id, now);
      await tx.target.create({ data: { residentId: daniel.id, specialty: "neurology", geoStance: "PREFER_REGION", geoDetail: "Midwest" } });
      // A few hundred statements: Prisma's default 5 s limit is too tight on a busy two-core machine or a slow network.
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

const day = (base: Date, offset: number) => new Date(base.getTime() + offset * 86_400_000);

/** Amira's networking map a few months into the year: an A-list of five, touches at every stage, a meeting, asks. */
async function seedWorkspace(tx: Parameters<Parameters<Db["$transaction"]>[0]>[0], residentId: string, start: Date, now: Date) {
  await tx.target.create({
    data: {
      residentId,
      specialty: "internal-medicine",
      geoStance: "ANYWHERE",
      planB: "RESEARCH_YEAR",
      planBDetail: "Cardiology research year with Dr. Lindqvist's group",
    },
  });
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const people = [
    {
      name: "Dr. Helen Okonkwo",
      role: "PROGRAM_DIRECTOR",
      specialty: "internal-medicine",
      tags: ["RANK_INFLUENCE", "KNOWS_PDS"],
      isAList: true,
      personalNote: "Runs marathons; training for Chicago",
      howWeMet: "Orientation week",
    },
    {
      name: "Dr. Marcus Lindqvist",
      role: "DIVISION_CHIEF",
      specialty: "internal-medicine",
      department: "Cardiology",
      tags: ["RESEARCH_LEAD", "LETTER_WRITER"],
      isAList: true,
      personalNote: "Two daughters in college",
      howWeMet: "CCU rotation",
    },
    {
      name: "Dr. Priya Natarajan",
      role: "ATTENDING",
      specialty: "internal-medicine",
      department: "Hospital medicine",
      tags: ["LETTER_WRITER"],
      isAList: true,
      personalNote: "Loves hiking in the Smokies",
      howWeMet: "Wards, first month",
    },
    {
      name: "Dr. Tomas Reyes",
      role: "ASSOCIATE_PD",
      specialty: "internal-medicine",
      tags: ["RANK_INFLUENCE"],
      isAList: true,
      personalNote: "New baby in the spring",
      howWeMet: "Noon conference",
    },
    {
      name: "Dr. Grace Whitfield",
      role: "CHIEF_RESIDENT",
      specialty: "internal-medicine",
      tags: ["KNOWS_PDS"],
      isAList: true,
      personalNote: "Matched into GI fellowship",
      howWeMet: "Night float",
    },
    {
      name: "Samir Haddad",
      role: "COORDINATOR",
      specialty: null,
      tags: [],
      isAList: false,
      personalNote: "Coffee, black, no sugar",
      howWeMet: "First day paperwork",
    },
  ] as const;
  const ids: string[] = [];
  for (const p of people) {
    const created = await tx.person.create({
      // On the map since the first days of the year, as the A-list exercise asks.
      data: {
        residentId,
        name: p.name,
        role: p.role,
        specialty: p.specialty,
        department: "department" in p ? p.department : null,
        institution: "Mercy General Hospital",
        tags: [...p.tags],
        isAList: p.isAList,
        personalNote: p.personalNote,
        howWeMet: p.howWeMet,
        createdAt: day(start, 2),
      },
    });
    ids.push(created.id);
  }
  const [okonkwo, lindqvist, natarajan, reyes, whitfield] = ids as [string, string, string, string, string];
  await tx.touch.createMany({
    data: [
      { residentId, personId: natarajan, kind: "CLINICAL_WORK", occurredOn: day(start, 0), endsOn: day(start, 27), notes: "Wards together for four weeks" },
      {
        residentId,
        personId: natarajan,
        kind: "FOLLOW_UP",
        channel: "EMAIL",
        occurredOn: day(start, 33),
        notes: "Thanked her and shared the QI project draft",
      },
      {
        residentId,
        personId: natarajan,
        kind: "CONCRETE_ASK",
        channel: "MEETING",
        occurredOn: day(start, 90),
        notes: "Asked whether she could support a letter; she agreed",
      },
      { residentId, personId: lindqvist, kind: "CLINICAL_WORK", occurredOn: day(start, 62), endsOn: day(start, 89), notes: "CCU month" },
      {
        residentId,
        personId: lindqvist,
        kind: "FOLLOW_UP",
        channel: "EMAIL",
        occurredOn: day(today, -9),
        awaitingReply: true,
        followUpDays: 7,
        notes: "Asked about joining the heart-failure registry project",
      },
      {
        residentId,
        personId: okonkwo,
        kind: "INTRO_MEETING",
        channel: "MEETING",
        occurredOn: day(start, 20),
        notes: "Early PD meeting: shared my goal and asked for advice",
      },
    ],
  });
  const wards = await tx.rotation.create({
    data: {
      residentId,
      startsOn: day(start, 0),
      endsOn: day(start, 27),
      service: "Wards (hospital medicine)",
      site: "Mercy General",
      attendings: { create: [{ personId: natarajan }] },
    },
  });
  const ccu = await tx.rotation.create({
    data: {
      residentId,
      startsOn: day(start, 62),
      endsOn: day(start, 89),
      service: "Cardiac care unit",
      site: "Mercy General",
      attendings: { create: [{ personId: lindqvist }] },
    },
  });
  const nextMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
  await tx.rotation.create({
    data: {
      residentId,
      startsOn: nextMonth,
      endsOn: day(nextMonth, 27),
      service: "Ambulatory medicine clinic",
      site: "Mercy Outpatient Center",
      attendings: { create: [{ personId: reyes }] },
    },
  });
  await tx.pdTouchpoint.create({
    data: { residentId, key: "early", status: "DONE", onDate: day(start, 20), notes: "Shared my goal of categorical IM; she suggested the QI project." },
  });
  await tx.logEntry.create({
    data: {
      residentId,
      occurredOn: day(start, 45),
      service: "Night float",
      faculty: "Dr. Grace Whitfield",
      action: "Presented a case at morning report",
      nextStep: "Ask Dr. Whitfield for feedback on the presentation",
    },
  });
  await tx.meeting.create({
    data: {
      residentId,
      personId: reyes,
      kind: "INTRO",
      scheduledOn: day(today, 4),
      prepCv: true,
      questions: "What do strong prelim residents do that others don't?\nWho else should I meet in the department?",
    },
  });
  await tx.ask.createMany({
    data: [
      { residentId, personId: natarajan, kind: "LETTER", status: "AGREED", askedOn: day(start, 90), respondedOn: day(start, 92) },
      { residentId, personId: okonkwo, kind: "ADVOCACY", status: "PLANNED", plannedOn: day(today, 30) },
    ],
  });
  // Evidence for letters, the mentorship board and one program on the off-cycle watchlist.
  await tx.project.create({
    data: {
      residentId,
      title: "Discharge-summary handoff checklist",
      kind: "QI_PROJECT",
      status: "IN_PROGRESS",
      goal: "Fewer missed follow-ups after discharge from the wards.",
      specialty: "internal-medicine",
      mentorId: natarajan,
      rotationId: wards.id,
      startedOn: day(start, 14),
      targetOn: day(today, 60),
    },
  });
  await tx.feedbackQuote.createMany({
    data: [
      {
        residentId,
        personId: natarajan,
        rotationId: wards.id,
        receivedOn: day(start, 6),
        quote: "Your presentations are organised and to the point; keep doing exactly that.",
        context: "end of the first week on wards",
        source: "IN_PERSON",
      },
      {
        residentId,
        personId: lindqvist,
        rotationId: ccu.id,
        receivedOn: day(start, 88),
        quote: "Calm and thorough with the sickest patients in the unit.",
        context: "written CCU evaluation",
        source: "WRITTEN_EVALUATION",
      },
    ],
  });
  await tx.bragSheet.create({
    data: {
      residentId,
      cvNotes: "USMLE Step 2 CK 248. Two case reports from medical school.",
      statementDraft: "Internal medicine is where I want to stay: the wards taught me to own a patient's whole story.",
    },
  });
  await tx.mentorAssignment.createMany({
    data: [
      { residentId, personId: natarajan, role: "CLINICAL" },
      { residentId, personId: okonkwo, role: "CAREER" },
      { residentId, personId: lindqvist, role: "RESEARCH" },
      { residentId, personId: whitfield, role: "UPPER_LEVEL", strongYes: true },
    ],
  });
  await tx.watchedProgram.create({
    data: {
      residentId,
      name: "Internal Medicine Residency",
      institution: "St. Anne's Hospital",
      specialty: "internal-medicine",
      sources: ["PROGRAM_WEBSITE", "FREIDA", "COHORT_BOARD"],
      cadenceDays: 14,
      lastCheckedOn: day(today, -10),
    },
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

/** Three programs Amira talks to, the cycle calendars, and one thank-you already recorded. */
async function seedPrograms(tx: Parameters<Parameters<Db["$transaction"]>[0]>[0], residentId: string, now: Date) {
  const defaults = await tx.matchCycleDefault.findMany();
  await tx.matchCycle.createMany({ data: defaults.map((d) => ({ residentId, ...d })) });
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const riverside = await tx.program.create({
    data: {
      residentId,
      name: "Internal Medicine Residency",
      institution: "Riverside University Hospital",
      city: "Columbus",
      state: "OH",
      specialty: "internal-medicine",
      nrmpCode: "1841140C0",
      programType: "CATEGORICAL",
      visaSponsorship: "J1_AND_H1B",
      imgFriendly: "YES",
      postInterviewCommunication: "YES",
      status: "INTERVIEWED",
      interviewDate: day(today, -3),
    },
  });
  await tx.program.create({
    data: {
      residentId,
      name: "Categorical Internal Medicine",
      institution: "Lakeshore Medical Center",
      city: "Milwaukee",
      state: "WI",
      specialty: "internal-medicine",
      nrmpCode: "2271140C0",
      programType: "CATEGORICAL",
      visaSponsorship: "J1",
      imgFriendly: "YES",
      postInterviewCommunication: "NO",
      status: "INTERVIEWED",
      interviewDate: day(today, -10),
      notes: "The coordinator said at the interview day that they prefer no post-interview communication.",
    },
  });
  await tx.program.create({
    data: {
      residentId,
      name: "Internal Medicine Residency",
      institution: "St. Agnes Health",
      city: "Baltimore",
      state: "MD",
      specialty: "internal-medicine",
      programType: "CATEGORICAL",
      visaSponsorship: "UNKNOWN",
      status: "APPLIED",
    },
  });
  const cycle = await tx.matchCycle.findFirst({ where: { residentId, matchDay: { gte: today } }, orderBy: { matchDay: "asc" } });
  if (cycle) {
    await tx.message.create({
      data: {
        residentId,
        programId: riverside.id,
        cycleId: cycle.id,
        kind: "THANK_YOU",
        subject: "Thank you for the interview day",
        body: "Dear Dr. Alvarez,\n\nThank you for the time you and the team spent with me on Monday. The morning report discussion and the ambulatory curriculum stood out to me.\n\nKind regards,\nAmira Haddad",
        sentAt: new Date(day(today, -2).getTime() + 15 * 3600_000),
      },
    });
  }
}

/** A few posts on the cohort board: a confirmed opening, a fresh rumour with a confirmation, and SOAP intel. */
async function seedBoard(tx: Parameters<Parameters<Db["$transaction"]>[0]>[0], cohortId: string, amiraId: string, danielId: string, now: Date) {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  await tx.cohort.update({ where: { id: cohortId }, data: { createdBy: amiraId } });
  const opening = await tx.boardPost.create({
    data: {
      cohortId,
      authorId: danielId,
      kind: "OPENING",
      openingLevel: "CATEGORICAL_PGY1",
      specialty: "internal-medicine",
      programName: "Internal Medicine Residency",
      institution: "Harborview Regional Medical Center",
      location: "Portland, ME",
      pgyLevel: "PGY-1",
      expectedStart: "January",
      title: "Categorical IM PGY-1 spot opening mid-year",
      body: "The program coordinator confirmed a categorical PGY-1 position opens in January. They want a CV and two letters by the end of the month.",
      evidenceKind: "CONFIRMED",
      sourceType: "COORDINATOR_OR_PD_EMAIL",
      confirmedOn: day(today, -4),
      createdAt: day(today, -4),
    },
  });
  await tx.postReaction.create({ data: { postId: opening.id, userId: amiraId, kind: "INTEREST" } });
  await tx.boardPost.update({ where: { id: opening.id }, data: { interestCount: 1 } });
  const rumour = await tx.boardPost.create({
    data: {
      cohortId,
      authorId: amiraId,
      kind: "LEADERSHIP_CHANGE",
      specialty: "neurology",
      programName: "Neurology Residency",
      institution: "St. Brigid University Hospital",
      location: "Albany, NY",
      title: "New neurology PD starting in spring, may expand PGY-2 class",
      body: "Heard that the incoming program director wants to add a PGY-2 position for next July. Worth an early intro email.",
      evidenceKind: "RUMOUR",
      heardOn: day(today, -6),
      heardHow: "A neurology senior at noon conference",
      createdAt: day(today, -6),
    },
  });
  // Daniel heard it too (no source): a corroboration, so the post stays a rumour.
  await tx.postReaction.create({ data: { postId: rumour.id, userId: danielId, kind: "CONFIRM" } });
  await tx.boardPost.update({ where: { id: rumour.id }, data: { corroborationCount: 1, lastConfirmedAt: day(today, -2) } });
  await tx.postComment.create({ data: { postId: rumour.id, authorId: danielId, body: "The chief resident said the same on Friday." } });
  await tx.boardPost.update({ where: { id: rumour.id }, data: { commentCount: 1 } });
  await tx.boardPost.create({
    data: {
      cohortId,
      authorId: danielId,
      kind: "VACANCY_SOAP_INTEL",
      programName: "Transitional Year",
      institution: "Lakeside Community Hospital",
      location: "Erie, PA",
      title: "Transitional year program expects unfilled spots again",
      body: "Last year they filled two positions in SOAP. Their coordinator says they plan to take part again.",
      evidenceKind: "RUMOUR",
      heardOn: day(today, -40),
      heardHow: "Former resident of the program",
      createdAt: day(today, -40),
    },
  });
}
