import "server-only";
import type { AdvisorScope } from "@/lib/rules/advisor-scopes";

/**
 * What an advisor may read of a resident, field by field: the one source of truth for advisor reads. Advisor data
 * functions (lib/server/advisors/get-advised-*.ts) select through advisorSelect(), which keeps only the fields this
 * table allows for the grant's scopes, so a column nobody listed here never reaches an advisor. The canary test
 * (lib/server/advisors/field-access.test.ts) writes a distinctive value into every field of every model, renders
 * every advisor page for every combination of scopes, and fails when a value shows up that this table does not
 * allow, when a field the table says is shown never shows up, or when a model or field is missing here.
 *
 * Each field is one of:
 *  - show(...): the value may reach an advisor whose grant has any of these scopes (an inner list needs all of
 *    them). "grant" means any live grant.
 *  - compute(...): read only to compute something the advisor sees (a count, a due date); the value itself never
 *    reaches them. A field can be both: show(...) for some scopes and compute(...) for others.
 *  - link(): a foreign key; its value is the id of a row classified in its own model.
 *  - never("why"): advisor data functions cannot select it.
 * A model advisors never read at all is `{ never: "why" }`; its fields need no entry, and none can be selected.
 * Rows matching `rows[].where` additionally need `rows[].also` (letters of intent need loi_status wherever they show).
 */
export type Scope = AdvisorScope | "grant";
type Alternatives = readonly (Scope | readonly Scope[])[];
export type FieldAccess = { show?: Alternatives; compute?: Alternatives; link?: true; never?: undefined } | { never: string };
export type RowRule = { where: Record<string, string>; also: Scope; why: string };
export type ModelAccess = { never: string } | { fields: Record<string, FieldAccess>; rows?: RowRule[] };

const show = (...scopes: Alternatives) => ({ show: scopes });
const compute = (...scopes: Alternatives) => ({ compute: scopes });
const showCompute = (shown: Alternatives, computed: Alternatives) => ({ show: shown, compute: computed });
const link = () => ({ link: true as const });
const never = (why: string) => ({ never: why });

const RESIDENT_ONLY = "the resident's own bookkeeping; no advisor view needs it";
const PRIVATE_TEXT = "free text the resident wrote for themselves; no scope shares it";

export const ADVISOR_FIELD_ACCESS: Record<string, ModelAccess> = {
  User: {
    fields: {
      id: show("grant"),
      email: never("advisors reach the resident through the app, not by email"),
      name: show("grant"),
      passwordHash: never("a credential"),
      role: never(RESIDENT_ONLY),
      digestEnabled: never(RESIDENT_ONLY),
      lastDigestAt: never(RESIDENT_ONLY),
      digestWeekday: never(RESIDENT_ONLY),
      digestHour: never(RESIDENT_ONLY),
      timeZone: never(RESIDENT_ONLY),
      digestScheduledAt: never(RESIDENT_ONLY),
      createdAt: never(RESIDENT_ONLY),
      updatedAt: never(RESIDENT_ONLY),
    },
  },
  ResidentProfile: {
    fields: {
      userId: link(),
      track: never("not part of any scope"),
      programName: show("grant"),
      institution: show("grant"),
      programStartDate: show("grant"),
      joinedOn: compute("grant"),
      isImg: never("personal circumstances; not part of any scope"),
      visaStatus: never("personal circumstances; not part of any scope"),
      createdAt: never(RESIDENT_ONLY),
      updatedAt: never(RESIDENT_ONLY),
    },
  },
  Target: {
    fields: {
      residentId: link(),
      specialty: showCompute(["targets"], ["asks"]),
      specialtyOther: show("targets"),
      geoStance: show("targets"),
      geoDetail: show("targets"),
      planB: show("plan_b"),
      planBDetail: show("plan_b"),
      decision: show("targets"),
      decidedAt: show("targets"),
      pivotFrom: show("targets"),
      pivotPath: show("targets"),
      unsuccessfulCycles: show("targets"),
      createdAt: never(RESIDENT_ONLY),
      updatedAt: never(RESIDENT_ONLY),
    },
  },
  TargetChange: {
    fields: {
      id: never(RESIDENT_ONLY),
      residentId: link(),
      field: show("targets"),
      fromValue: show("targets"),
      toValue: show("targets"),
      changedAt: show("targets"),
    },
  },
  Person: {
    fields: {
      id: show("people"),
      residentId: link(),
      name: show("people", "asks", "rotations"),
      role: show("people"),
      specialty: showCompute(["people"], ["asks"]),
      department: show("people"),
      institution: show("people"),
      email: never("an advisor contacts people through the resident"),
      tags: show("people"),
      howWeMet: show("private_notes"),
      personalNote: show("private_notes"),
      privateNotes: show("private_notes"),
      isAList: showCompute(["people"], ["rotations"]),
      createdAt: compute("people"),
      updatedAt: never(RESIDENT_ONLY),
    },
  },
  Touch: {
    fields: {
      id: compute("people"),
      residentId: link(),
      personId: link(),
      kind: show("people", "rotations"),
      channel: show("people"),
      occurredOn: show("people", "rotations"),
      endsOn: show("people"),
      notes: show("private_notes"),
      awaitingReply: compute("people"),
      replyReceivedOn: show("people"),
      followUpDays: compute("people"),
      createdAt: compute("people"),
    },
  },
  Meeting: {
    fields: {
      id: never(RESIDENT_ONLY),
      residentId: link(),
      personId: link(),
      kind: show("people", "rotations"),
      status: show("people"),
      scheduledOn: show("people"),
      prepCv: never(RESIDENT_ONLY),
      prepGoals: never(RESIDENT_ONLY),
      prepQuestions: never(RESIDENT_ONLY),
      questions: show("private_notes"),
      advice: show("private_notes"),
      completedOn: show("people", "rotations"),
      reportBackOn: show("people", "rotations"),
      reportedBackOn: compute("people", "rotations"),
      touchId: link(),
      createdAt: never(RESIDENT_ONLY),
    },
  },
  ActionItem: {
    fields: {
      id: never(RESIDENT_ONLY),
      residentId: link(),
      meetingId: link(),
      text: show("people", "rotations"),
      status: compute("people", "rotations"),
      createdAt: compute("people", "rotations"),
    },
  },
  Ask: {
    fields: {
      id: compute("people"),
      residentId: link(),
      personId: link(),
      kind: show("asks"),
      // A made ask is the third touch of the 3-touch rule, so its state counts toward progress with people alone.
      status: showCompute(["asks"], ["people"]),
      plannedOn: show("asks"),
      askedOn: showCompute(["asks"], ["people"]),
      respondedOn: showCompute(["asks"], ["people"]),
      fromPrelimYear: compute("asks"),
      notes: never(PRIVATE_TEXT),
      createdAt: compute("asks"),
      updatedAt: never(RESIDENT_ONLY),
    },
  },
  MatchCycle: {
    fields: {
      id: compute("programs", "loi_status"),
      residentId: link(),
      name: show("programs", "loi_status"),
      applicationsOpen: never(RESIDENT_ONLY),
      rankListDeadline: compute("rotations"),
      matchWeekMonday: never(RESIDENT_ONLY),
      soapEnd: never(RESIDENT_ONLY),
      matchDay: compute("programs", "loi_status", "rotations"),
      trainingStart: never(RESIDENT_ONLY),
      createdAt: never(RESIDENT_ONLY),
    },
  },
  Program: {
    fields: {
      id: show("programs"),
      residentId: link(),
      name: show("programs", "loi_status"),
      institution: show("programs"),
      city: show("programs"),
      state: show("programs"),
      specialty: show("programs"),
      nrmpCode: never(RESIDENT_ONLY),
      programType: never(RESIDENT_ONLY),
      participatesInMatch: never(RESIDENT_ONLY),
      visaSponsorship: never("the resident's visa research; not part of any scope"),
      imgFriendly: never("the resident's visa research; not part of any scope"),
      postInterviewCommunication: never(RESIDENT_ONLY),
      status: show("programs"),
      interviewDate: show("programs"),
      soapContactOn: never(RESIDENT_ONLY),
      interviewer: never("a name the resident keeps for the thank-you note; not part of any scope"),
      notes: never(PRIVATE_TEXT),
      createdAt: never(RESIDENT_ONLY),
      updatedAt: never(RESIDENT_ONLY),
    },
  },
  // A program overstepping pre-Match rules (asking where it will be ranked, offering a commitment) is something the
  // resident records to seek advice (seed article 002): the programs scope shares what happened, never their notes.
  ProgramOverstep: {
    fields: {
      id: show("programs"),
      residentId: link(),
      programId: link(),
      occurredOn: show("programs"),
      kind: show("programs"),
      said: show("programs"),
      who: show("programs"),
      notes: never(PRIVATE_TEXT),
      createdAt: never(RESIDENT_ONLY),
    },
  },
  LateStartStep: { never: RESIDENT_ONLY },
  // Evidence, mentors and openings are the resident's own preparation; no scope shares them yet.
  Project: { never: "the resident's projects; not part of any scope" },
  FeedbackQuote: { never: "feedback the resident collected for letter writers; not part of any scope" },
  BragSheet: { never: "the resident's CV notes and statement draft" },
  MentorAssignment: { never: "the resident's mentorship board; not part of any scope" },
  OpeningPlaybook: { never: "which openings the resident is acting on" },
  // The watchlist's reminders are due items in the programs section: a mentor who sees the programs sees which
  // programs the resident keeps an eye on, never the notes.
  WatchedProgram: {
    fields: {
      id: never(RESIDENT_ONLY),
      residentId: link(),
      name: show("programs"),
      institution: show("programs"),
      specialty: never(RESIDENT_ONLY),
      url: never(RESIDENT_ONLY),
      sources: never(RESIDENT_ONLY),
      cadenceDays: compute("programs"),
      lastCheckedOn: compute("programs"),
      notes: never(PRIVATE_TEXT),
      createdAt: compute("programs"),
    },
  },
  Session: { never: "where and when the resident is signed in is theirs alone" },
  SignInThrottle: { never: "sign-in bookkeeping" },
  BoardStream: { never: "sign-in bookkeeping: open live-update connections" },
  PendingSignUp: { never: "an account that does not exist yet" },
  MessageDraft: { never: "an unsent draft is the resident's own work in progress" },
  ProgramImpression: { never: "the resident's private impressions after an interview" },
  RankEntry: { never: "the resident's private rank-order worksheet" },
  SeasonTaskDismissal: { never: RESIDENT_ONLY },
  Message: {
    fields: {
      id: show("message_contents"),
      residentId: link(),
      programId: link(),
      cycleId: link(),
      kind: show("programs", "loi_status"),
      subject: show("message_contents"),
      body: show("message_contents"),
      sentAt: show("programs", "loi_status"),
      claimsFirstChoice: show("loi_status"),
      confirmedWarnings: never(RESIDENT_ONLY),
      status: compute("programs"),
      channel: never(RESIDENT_ONLY),
      recipient: never("the program's address the resident used; not part of any scope"),
      answeredAt: never(RESIDENT_ONLY),
      draftId: never(RESIDENT_ONLY),
      createdAt: never(RESIDENT_ONLY),
    },
    rows: [{ where: { kind: "LETTER_OF_INTENT" }, also: "loi_status", why: "whether and where a letter of intent went is what the loi_status scope shares" }],
  },
  FirstChoiceClaim: {
    fields: { residentId: link(), cycleId: link(), programId: link(), createdAt: never(RESIDENT_ONLY) },
  },
  Rotation: {
    fields: {
      id: show("rotations"),
      residentId: link(),
      startsOn: show("rotations"),
      endsOn: show("rotations"),
      service: show("rotations"),
      site: show("rotations"),
      notes: never(PRIVATE_TEXT),
      createdAt: never(RESIDENT_ONLY),
    },
  },
  RotationAttending: { fields: { rotationId: link(), personId: link(), residentId: link() } },
  RotationPromptCompletion: {
    fields: { rotationId: link(), residentId: link(), promptKey: compute("rotations"), completedOn: never(RESIDENT_ONLY), touchId: link() },
  },
  PdTouchpoint: {
    fields: {
      residentId: link(),
      key: show("rotations"),
      status: show("rotations"),
      onDate: show("rotations"),
      notes: never(PRIVATE_TEXT),
      updatedAt: never(RESIDENT_ONLY),
    },
  },
  LogEntry: {
    fields: {
      id: never(RESIDENT_ONLY),
      residentId: link(),
      occurredOn: show("rotations"),
      service: show("rotations"),
      faculty: show("rotations"),
      action: show("rotations"),
      nextStep: show("rotations"),
      createdAt: never(RESIDENT_ONLY),
    },
  },
  PhaseCompletion: { never: "the resident's own checklist of the year's phases; no scope shares it" },
  CalendarFeed: { never: "holds the secret behind the resident's calendar link" },
  AdvisorGrant: { never: "an advisor's own grant is read through the live-grant predicate (live-grant.ts), never as resident data" },
  AdvisorInvitation: { never: "invitations are the resident's sharing settings" },
  AuditEvent: { never: "the resident's access log" },
  AuthToken: { never: "credentials" },
  RateLimit: { never: "abuse counters" },
  MatchCycleDefault: { never: "product data, not the resident's; residents' own cycles are MatchCycle" },
  Cohort: { never: "the cohort board is for members; no scope shares it" },
  CohortMembership: { never: "the cohort board is for members; no scope shares it" },
  CohortBan: { never: "the cohort board is for members; no scope shares it" },
  CohortInvite: { never: "the cohort board is for members; no scope shares it" },
  BoardPost: { never: "the cohort board is for members; no scope shares it" },
  PostRevision: { never: "the cohort board is for members; no scope shares it" },
  PostReaction: { never: "the cohort board is for members; no scope shares it" },
  PostComment: { never: "the cohort board is for members; no scope shares it" },
  PostFlag: { never: "the cohort board is for members; no scope shares it" },
  Notification: { never: "the resident's own notices" },
};

function satisfied(alternatives: Alternatives | undefined, scopes: ReadonlySet<Scope>): boolean {
  return (alternatives ?? []).some((a) => (typeof a === "string" ? scopes.has(a) : a.every((s) => scopes.has(s))));
}

function fieldAccess(model: string, field: string): FieldAccess {
  const m = ADVISOR_FIELD_ACCESS[model];
  if (!m) throw new Error(`${model} is not classified in ADVISOR_FIELD_ACCESS (lib/server/advisors/field-access.ts).`);
  if ("never" in m) return { never: m.never };
  const f = m.fields[field];
  if (!f) throw new Error(`${model}.${field} is not classified in ADVISOR_FIELD_ACCESS (lib/server/advisors/field-access.ts).`);
  return f;
}

/** Whether the value of a field may appear in what an advisor with these scopes receives. */
export function mayShow(model: string, field: string, scopes: ReadonlySet<Scope>, row: Record<string, unknown> = {}): boolean {
  const f = fieldAccess(model, field);
  if (f.never !== undefined || !satisfied(f.show, scopes)) return false;
  const m = ADVISOR_FIELD_ACCESS[model]!;
  const rules = "rows" in m ? (m.rows ?? []) : [];
  return rules.every((r) => !Object.entries(r.where).every(([k, v]) => row[k] === v) || scopes.has(r.also));
}

/** Whether an advisor data function may read a field at all (to show it, or to compute with it). */
export function mayRead(model: string, field: string, scopes: ReadonlySet<Scope>): boolean {
  const f = fieldAccess(model, field);
  if (f.never !== undefined) return false;
  return f.link === true || satisfied(f.show, scopes) || satisfied(f.compute, scopes);
}

/** The scopes of a live grant, with "grant" itself, as the table reads them. */
export function scopeSet(scopes: Iterable<AdvisorScope>): ReadonlySet<Scope> {
  return new Set<Scope>(["grant", ...scopes]);
}

/**
 * A Prisma `select` for `fields` of `model` that keeps only what the table lets these scopes read: an advisor data
 * function names what it would like, and fields outside the grant are simply not fetched (the value is undefined).
 */
export function advisorSelect<const F extends string>(scopes: ReadonlySet<Scope>, model: string, fields: readonly F[]): Record<F, boolean> {
  return Object.fromEntries(fields.map((f) => [f, mayRead(model, f, scopes)])) as Record<F, boolean>;
}
