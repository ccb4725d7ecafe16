// People CSV import (through the importPeople action) and export, against real PostgreSQL. Import is all or
// nothing, and every problem names its physical line in the file (the header is line 1).
import { describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/safe-action";
import { createPerson } from "@/lib/actions/people/create-person";
import { importPeople } from "@/lib/actions/people/import-people";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { exportPeopleCsv } from "@/lib/server/people/people-csv";
import { withTestDatabase } from "@/lib/testing/db";
import { createResident, csvUpload } from "@/lib/testing/factories";
import { actAs } from "@/lib/testing/test-session";

withTestDatabase();

type User = { id: string; email: string; name: string };
const viewerOf = (u: User): ResidentViewer => ({ userId: u.id, email: u.email, name: u.name, role: "RESIDENT", residentId: u.id });

function okData<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

async function signedInResident() {
  const resident = await createResident();
  actAs(resident.id);
  return resident;
}

const peopleOf = (residentId: string) => db().person.findMany({ where: { residentId }, orderBy: { name: "asc" } });
const HEADER = "name,role,specialty,department,institution,email,tags,a_list,how_we_met,personal_note";

describe("people CSV import", () => {
  it("reports the line of an invalid role and imports nothing", async () => {
    const resident = await signedInResident();
    const csv = [
      HEADER,
      "Dr. Maria Gonzalez,Program director,Internal medicine,Medicine,Lakeside Medical Center,maria.gonzalez@example.org,Strong letter writer,yes,Intern orientation,Runs marathons",
      "Dr. Kwame Mensah,Attending,Neurology,Neurology,Lakeside Medical Center,,,no,Stroke service in August,",
      "Dr. Hannah Fischer,Wizard,Dermatology,,Lakeside Medical Center,,,no,,",
      "Dr. Arjun Rao,Chief resident,,,Lakeside Medical Center,,,no,,",
    ].join("\n");
    const before = await db().person.count({ where: { residentId: resident.id } });
    const report = okData(await importPeople(csvUpload(csv)));
    expect(report.imported).toBe(0);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ line: 4, message: expect.stringMatching(/^Line 4: role: /) });
    expect(await db().person.count({ where: { residentId: resident.id } })).toBe(before);
  });

  it("imports every row of a valid file, mapping tag and a_list labels", async () => {
    const resident = await signedInResident();
    const csv = [
      HEADER,
      'Dr. Maria Gonzalez,Program director,Internal medicine,Medicine,Lakeside Medical Center,Maria.Gonzalez@Example.org,"Strong letter writer; Runs research",yes,Intern orientation,Runs marathons',
      "Dr. Kwame Mensah,attending,neuro,Neurology,Lakeside Medical Center,,Knows PDs elsewhere,no,Stroke service in August,",
      "Dr. Arjun Rao,CHIEF_RESIDENT,,,Lakeside Medical Center,,,,,",
      "",
    ].join("\r\n");
    expect(okData(await importPeople(csvUpload(csv)))).toMatchObject({ committed: true, imported: 3, added: 3, errors: [] });
    const people = await peopleOf(resident.id);
    expect(people.map((p) => ({ name: p.name, role: p.role, specialty: p.specialty, tags: p.tags, isAList: p.isAList, email: p.email }))).toEqual([
      { name: "Dr. Arjun Rao", role: "CHIEF_RESIDENT", specialty: null, tags: [], isAList: false, email: null },
      { name: "Dr. Kwame Mensah", role: "ATTENDING", specialty: "neurology", tags: ["KNOWS_PDS"], isAList: false, email: null },
      {
        name: "Dr. Maria Gonzalez",
        role: "PROGRAM_DIRECTOR",
        specialty: "internal-medicine",
        tags: ["LETTER_WRITER", "RESEARCH_LEAD"],
        isAList: true,
        email: "maria.gonzalez@example.org",
      },
    ]);
    expect(people.find((p) => p.name === "Dr. Maria Gonzalez")).toMatchObject({
      howWeMet: "Intern orientation",
      personalNote: "Runs marathons",
      department: "Medicine",
    });
  });

  it("refuses a file that would take the A-list past 7, naming the lines, and imports nothing", async () => {
    const resident = await signedInResident();
    for (let i = 0; i < 5; i++) okData(await createPerson({ name: `Dr. Existing Listed ${i + 1}`, role: "ATTENDING", isAList: true }));
    const csv = [
      "name,role,a_list",
      "Dr. Lena Novak,Attending,yes",
      "Dr. Tomas Silva,Division chief,yes",
      "Dr. Grace Kim,Mentor,no",
      "Dr. Omar Haddad,Program director,yes",
    ].join("\n");
    const result = await importPeople(csvUpload(csv));
    expect(result).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
    if (!result.ok) expect(result.message).toMatch(/You have 5, and lines 2, 3, 5 would add 3/);
    expect(await db().person.count({ where: { residentId: resident.id } })).toBe(5);
  });

  it("counts physical lines, so a bad row after a quoted multi-line field is reported where it really is", async () => {
    const resident = await signedInResident();
    const csv = [
      "name,role,how_we_met",
      'Dr. Maria Gonzalez,Attending,"Night float in July.',
      'She taught me the ""two-minute"" sign-out."',
      "Dr. Kwame Mensah,Attending,Stroke service",
      "Dr. Hannah Fischer,Sorcerer,Clinic",
    ].join("\n");
    const report = okData(await importPeople(csvUpload(csv)));
    expect(report.imported).toBe(0);
    expect(report.errors.map((e) => e.line)).toEqual([5]);
    expect(report.errors[0]!.message).toMatch(/^Line 5: /);
    expect(await db().person.count({ where: { residentId: resident.id } })).toBe(0);

    // The same file without the bad row imports, embedded newline and escaped quotes intact.
    okData(await importPeople(csvUpload(csv.split("\n").slice(0, 4).join("\n"))));
    const maria = await db().person.findFirstOrThrow({ where: { residentId: resident.id, name: "Dr. Maria Gonzalez" } });
    expect(maria.howWeMet).toBe('Night float in July.\nShe taught me the "two-minute" sign-out.');
  });

  it("reports a row with the wrong number of columns by its line", async () => {
    const resident = await signedInResident();
    const report = okData(await importPeople(csvUpload("name,role\nDr. Lena Novak,Attending\nDr. Tomas Silva,Attending,extra\n")));
    expect(report).toMatchObject({
      committed: false,
      imported: 0,
      errors: [{ line: 3, message: "Line 3: this row has a different number of columns than the header." }],
    });
    expect(await db().person.count({ where: { residentId: resident.id } })).toBe(0);
  });
});

describe("people CSV export", () => {
  it("round-trips into another resident's account, leaving private notes behind", async () => {
    const owner = await signedInResident();
    const people = [
      {
        name: 'Gonzalez, Maria "Mari"',
        role: "PROGRAM_DIRECTOR",
        specialty: "internal-medicine",
        institution: "Lakeside Medical Center",
        tags: ["LETTER_WRITER", "RANK_INFLUENCE"],
        isAList: true,
        howWeMet: "Orientation, day one",
        privateNotes: "Mentioned her divorce; do not bring up.",
      },
      {
        name: "Dr. Kwame Mensah",
        role: "ATTENDING",
        specialty: "neurology",
        department: "Neurology",
        email: "kwame.mensah@example.org",
        tags: ["RESEARCH_LEAD"],
        isAList: false,
        personalNote: "Coaches his daughter's football team",
      },
      { name: "Dr. Arjun Rao", role: "CHIEF_RESIDENT", tags: [], isAList: true },
    ];
    for (const p of people) okData(await createPerson(p));

    const csv = await exportPeopleCsv(viewerOf(owner));
    expect(csv).not.toContain("divorce");

    const receiver = await signedInResident();
    expect(okData(await importPeople(csvUpload(csv)))).toMatchObject({ imported: 3, added: 3, errors: [] });
    const shape = (rows: Awaited<ReturnType<typeof peopleOf>>) =>
      rows.map((p) => ({
        name: p.name,
        role: p.role,
        specialty: p.specialty,
        department: p.department,
        institution: p.institution,
        email: p.email,
        tags: p.tags,
        isAList: p.isAList,
        howWeMet: p.howWeMet,
        personalNote: p.personalNote,
      }));
    const copied = await peopleOf(receiver.id);
    expect(shape(copied)).toEqual(shape(await peopleOf(owner.id)));
    expect(copied.map((p) => p.privateNotes)).toEqual([null, null, null]);
    expect(await db().person.count({ where: { residentId: owner.id } })).toBe(3);
  });
});
