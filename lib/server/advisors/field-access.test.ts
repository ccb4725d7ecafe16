// The advisor allow-list, tested with canaries. A resident gets one row in every table, each column holding a
// distinctive value (lib/testing/canary-world.ts). Then, for every combination of scopes a grant can have, an advisor
// opens every advisor page (rendered to HTML) and every advisor data function is called; a canary that shows up
// anywhere must be one that ADVISOR_FIELD_ACCESS (lib/server/advisors/field-access.ts) lets those scopes see, and with
// every scope shared each field the table says is shown must show somewhere. Models and fields are enumerated from
// Prisma's runtime data model, so a model or column added later fails here until someone classifies it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import AdvisorHomePage from "@/app/(app)/advisor/page";
import AdvisedSectionPage from "@/app/(app)/advisor/residents/[residentId]/[section]/page";
import AdvisedResidentPage from "@/app/(app)/advisor/residents/[residentId]/page";
import PacketPage from "@/app/(app)/advisor/residents/[residentId]/packet/page";
import AdvisedPersonPage from "@/app/(app)/advisor/residents/[residentId]/people/[personId]/page";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { TEST_CLOCK_COOKIE } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { ADVISOR_SECTIONS, normalizeScopes, type AdvisorScope, type AdvisorSection } from "@/lib/rules/advisor-scopes";
import { ADVISOR_FIELD_ACCESS, mayShow, scopeSet } from "@/lib/server/advisors/field-access";
import { getAdvisedAsks } from "@/lib/server/advisors/get-advised-asks";
import { getAdvisedLoi } from "@/lib/server/advisors/get-advised-loi";
import { getAdvisedOverview } from "@/lib/server/advisors/get-advised-overview";
import { getAdvisedPacket } from "@/lib/server/advisors/get-advised-packet";
import { getAdvisedPeople } from "@/lib/server/advisors/get-advised-people";
import { getAdvisedPerson } from "@/lib/server/advisors/get-advised-person";
import { getAdvisedPlan } from "@/lib/server/advisors/get-advised-plan";
import { getAdvisedPrograms } from "@/lib/server/advisors/get-advised-programs";
import { getAdvisedTargets } from "@/lib/server/advisors/get-advised-targets";
import { getAdvisorHome } from "@/lib/server/advisors/get-advisor-home";
import { buildCanaryWorld, foreignKeyFields, runtimeDataModel, storedFields, type Canary, type CanaryWorld } from "@/lib/testing/canary-world";
import { withTestDatabase } from "@/lib/testing/db";
import { createAdvisor } from "@/lib/testing/factories";
import { actAs, testRequest } from "@/lib/testing/test-session";

withTestDatabase();

const NOW = new Date("2026-01-20T15:00:00.000Z");
const TABLE_FILE = "lib/server/advisors/field-access.ts";
const HOW_TO_CLASSIFY = `Add it to ADVISOR_FIELD_ACCESS in ${TABLE_FILE}: show(...scopes) if an advisor with those scopes may see it, compute(...scopes) if advisor views only compute with it, link() for a foreign key, or never("why") otherwise.`;

beforeEach(() => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  testRequest.cookies.set(TEST_CLOCK_COOKIE, NOW.toISOString());
});

/** Every grant a resident can give: each scope on or off, a refinement only with its parent. */
const COMBINATIONS: AdvisorScope[][] = (() => {
  const choices: AdvisorScope[][][] = [
    [[], ["targets"], ["targets", "plan_b"]],
    [[], ["people"], ["people", "private_notes"]],
    [[], ["asks"]],
    [[], ["rotations"]],
    [[], ["programs"], ["programs", "message_contents"]],
    [[], ["loi_status"]],
  ];
  let all: AdvisorScope[][] = [[]];
  for (const options of choices) all = all.flatMap((prefix) => options.map((o) => [...prefix, ...o]));
  return all.filter((c) => c.length > 0).map((c) => normalizeScopes(c));
})();
const EVERY_SCOPE = COMBINATIONS.reduce((a, b) => (b.length > a.length ? b : a));

let world: CanaryWorld;
let advisorId: string;
let grantId: string;

beforeAll(async () => {
  vi.stubEnv("ALLOW_TEST_CLOCK", "1");
  const other = await createAdvisor();
  world = await buildCanaryWorld({ otherUserId: other.id });
  const advisor = await createAdvisor();
  advisorId = advisor.id;
  grantId = (await db().advisorGrant.create({ data: { residentId: world.residentId, advisorId, scopes: EVERY_SCOPE } })).id;
}, 120_000);

const isNotFound = (e: unknown) =>
  (e instanceof AppError && e.code === "NOT_FOUND") || String((e as { digest?: unknown })?.digest ?? "").startsWith("NEXT_HTTP_ERROR_FALLBACK;404");

type Observation = { texts: { where: string; text: string }[]; problems: string[] };

/**
 * Everything an advisor holding exactly `scopes` can get: every advisor page rendered to HTML, and the result of every
 * advisor data function. A section outside the scopes must be "not found" in both.
 */
async function observe(scopes: AdvisorScope[]): Promise<Observation> {
  await db().advisorGrant.update({ where: { id: grantId }, data: { scopes } });
  actAs(advisorId);
  const viewer = (await getViewer()) as Viewer;
  const r = world.residentId;
  const texts: Observation["texts"] = [];
  const problems: string[] = [];
  const shared = new Set(scopes);

  const take = async (where: string, allowed: boolean, produce: () => Promise<string>) => {
    try {
      const text = await produce();
      if (!allowed) problems.push(`${where} answered although its scope is not shared`);
      texts.push({ where, text });
    } catch (error) {
      if (!isNotFound(error)) throw error;
      if (allowed) problems.push(`${where} was not found although its scope is shared`);
    }
  };
  const page = (element: Promise<React.ReactElement>) => element.then((e) => renderToStaticMarkup(e));
  const data = (value: Promise<unknown>) => value.then((v) => JSON.stringify(v));
  const params = <T extends object>(p: T) => ({ params: Promise.resolve(p) });

  await take("page /advisor", true, () => page(AdvisorHomePage()));
  await take("getAdvisorHome", true, () => data(getAdvisorHome(viewer, NOW)));
  await take("page /advisor/residents/[id]", true, () => page(AdvisedResidentPage(params({ residentId: r }))));
  await take("getAdvisedOverview", true, () => data(getAdvisedOverview(viewer, r, NOW)));
  await take("page /advisor/residents/[id]/packet", true, () => page(PacketPage(params({ residentId: r }))));
  await take("getAdvisedPacket", true, () => data(getAdvisedPacket(viewer, r, NOW)));
  const sectionData: Record<AdvisorSection, () => Promise<unknown>> = {
    targets: () => getAdvisedTargets(viewer, r, NOW),
    people: () => getAdvisedPeople(viewer, r, NOW),
    asks: () => getAdvisedAsks(viewer, r, NOW),
    plan: () => getAdvisedPlan(viewer, r, NOW),
    programs: () => getAdvisedPrograms(viewer, r, NOW),
    loi: () => getAdvisedLoi(viewer, r, NOW),
  };
  for (const section of Object.keys(ADVISOR_SECTIONS) as AdvisorSection[]) {
    const allowed = shared.has(ADVISOR_SECTIONS[section]);
    await take(`page /advisor/residents/[id]/${section}`, allowed, () => page(AdvisedSectionPage(params({ residentId: r, section }))));
    await take(`data of the ${section} section`, allowed, () => data(sectionData[section]()));
  }
  const people = shared.has("people");
  await take("page /advisor/residents/[id]/people/[personId]", people, () => page(AdvisedPersonPage(params({ residentId: r, personId: world.personId }))));
  await take("getAdvisedPerson", people, () => data(getAdvisedPerson(viewer, r, world.personId, NOW)));
  return { texts, problems };
}

function found(canary: Canary, o: Observation): string[] {
  return o.texts.filter((t) => canary.needles.some((n) => n.test(t.text))).map((t) => t.where);
}

const label = (c: Canary) =>
  `${c.model}.${c.field}${
    c.variant
      ? ` (row ${Object.entries(rowRule(c))
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(", ")})`
      : ""
  }`;
function rowRule(c: Canary): Record<string, string> {
  const m = ADVISOR_FIELD_ACCESS[c.model];
  return (m && "rows" in m ? m.rows?.[c.variant - 1]?.where : undefined) ?? {};
}

describe("the classification table", () => {
  it("classifies every model of the schema, and no model that is gone", () => {
    const models = Object.keys(runtimeDataModel().models).sort();
    expect(models).toEqual(Object.values(Prisma.ModelName).sort());
    const missing = models
      .filter((m) => !ADVISOR_FIELD_ACCESS[m])
      .map(
        (m) =>
          `Model ${m} is not classified for advisors. ${HOW_TO_CLASSIFY.replace("it", 'the model, field by field, or as { never: "why" } if no advisor ever reads it')}`,
      );
    const stale = Object.keys(ADVISOR_FIELD_ACCESS)
      .filter((m) => !models.includes(m))
      .map((m) => `${m} is in ADVISOR_FIELD_ACCESS but not in the schema: remove it.`);
    expect([...missing, ...stale]).toEqual([]);
  });

  it("classifies every field of every model advisors may read, and no field that is gone", () => {
    const problems: string[] = [];
    for (const [model, m] of Object.entries(runtimeDataModel().models)) {
      const access = ADVISOR_FIELD_ACCESS[model];
      if (!access || "never" in access) continue;
      const fields = storedFields(m).map((f) => f.name);
      for (const f of fields) if (!access.fields[f]) problems.push(`${model}.${f} is not classified for advisors. ${HOW_TO_CLASSIFY}`);
      for (const f of Object.keys(access.fields))
        if (!fields.includes(f)) problems.push(`${model}.${f} is in ADVISOR_FIELD_ACCESS but not in the schema: remove it.`);
      for (const rule of access.rows ?? [])
        for (const f of Object.keys(rule.where)) if (!fields.includes(f)) problems.push(`A row rule of ${model} names ${f}, which ${model} does not have.`);
    }
    expect(problems).toEqual([]);
  });

  it("marks exactly the foreign keys as link()", () => {
    const problems: string[] = [];
    for (const [model, access] of Object.entries(ADVISOR_FIELD_ACCESS)) {
      if ("never" in access) continue;
      const fks = foreignKeyFields(world, model);
      for (const [field, f] of Object.entries(access.fields)) {
        const isLink = "link" in f && f.link === true;
        if (isLink && !fks.has(field)) problems.push(`${model}.${field} is link() but is not a foreign key: classify it show/compute/never.`);
        if (!isLink && f.never === undefined && fks.has(field))
          problems.push(`${model}.${field} is a foreign key: classify it link() (its value is another row's id) or never("why").`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("canaries", () => {
  it("every stored field of every model holds one, and most can be traced", () => {
    const problems: string[] = [];
    for (const [model, m] of Object.entries(runtimeDataModel().models)) {
      const fks = foreignKeyFields(world, model);
      for (const f of storedFields(m)) {
        if (fks.has(f.name)) continue;
        if (!world.canaries.some((c) => c.model === model && c.field === f.name)) problems.push(`${model}.${f.name} has no canary row`);
      }
    }
    expect(problems).toEqual([]);
    // Enums, flags and numbers a CHECK bounds cannot carry a canary; everything else does.
    const traceable = world.canaries.filter((c) => c.traceable).length;
    expect(traceable / world.canaries.length).toBeGreaterThan(0.6);
  });

  it.each(COMBINATIONS.map((c) => [c.join("+"), c] as const))(
    "with %s, an advisor sees a canary only if the table shows that field to those scopes",
    async (_name, scopes) => {
      const o = await observe(scopes);
      const allowed = scopeSet(scopes);
      const leaks = world.canaries
        .filter((c) => c.traceable && !mayShow(c.model, c.field, allowed, c.row))
        .flatMap((c) => {
          const where = found(c, o);
          return where.length ? [`${label(c)} reached the advisor (in ${where.join(", ")}) but ${TABLE_FILE} does not show it to ${scopes.join("+")}`] : [];
        });
      expect([...o.problems, ...leaks]).toEqual([]);
    },
    60_000,
  );

  it("with every scope shared, every field the table shows does show somewhere", async () => {
    const o = await observe(EVERY_SCOPE);
    const all = scopeSet(EVERY_SCOPE);
    const unseen = world.canaries
      .filter((c) => c.traceable && mayShow(c.model, c.field, all, c.row) && found(c, o).length === 0)
      .map(
        (c) => `${label(c)} is shown by the table but no advisor page or data shows it: show it, or classify it compute(...) or never("why") in ${TABLE_FILE}.`,
      );
    expect(unseen).toEqual([]);
  }, 60_000);
});

// Issue 13, "Advisor view": an advisor with only the programs scope saw "last letter of intent on ..." on the programs
// page while the letter-of-intent section itself was not found.
describe("letter-of-intent facts", () => {
  it("appear on no page without loi_status, and on the programs and letter-of-intent pages with it", async () => {
    const without = await observe(["programs", "message_contents"]);
    for (const t of without.texts) expect(t.text, t.where).not.toMatch(/letter of intent|first.choice|LETTER_OF_INTENT|claimsFirstChoice":true/i);
    const withLoi = await observe(["programs", "message_contents", "loi_status"]);
    const programs = withLoi.texts.find((t) => t.where === "page /advisor/residents/[id]/programs")!;
    expect(programs.text).toMatch(/letter of intent/i);
    expect(withLoi.texts.find((t) => t.where === "page /advisor/residents/[id]/loi")!.text).toMatch(/Sent to cnry\.program\.name\.0\./);
  }, 60_000);
});

describe("advisor pages", () => {
  // The allow-list holds only if advisor pages cannot reach the resident's own data functions.
  it("import data only from the advisor data functions", () => {
    const root = path.resolve(import.meta.dirname, "../../../app/(app)/advisor");
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const files = walk(root).filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(5);
    const problems = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/from "(@\/lib\/(?:server|db)\/[^"]+)"/g)]
        .map((m) => m[1]!)
        .filter((mod) => !/^@\/lib\/server\/advisors\/get-advis(ed|or)-[a-z-]+$/.test(mod) && mod !== "@/lib/server/advisors/invitations")
        .map(
          (mod) =>
            `${path.relative(root, file)} imports ${mod}: advisor pages read through lib/server/advisors/get-advised-*.ts, which select through the allow-list.`,
        ),
    );
    expect(problems).toEqual([]);
  });
});
