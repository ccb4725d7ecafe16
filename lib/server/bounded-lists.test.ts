// The meetings, asks, "what have I told whom" and evidence lists render a page at a time (docs/performance.md,
// "Bounded lists"): a resident with more than a page of rows gets LIST_PAGE_SIZE of them, in the order the page
// always had, the rest on the next page, the last page for a page past the end, and never another resident's rows
// in the counts. Against real PostgreSQL.
import { describe, expect, it } from "vitest";
import type { ResidentViewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { LIST_PAGE_SIZE } from "@/lib/pagination";
import { listAsks } from "@/lib/server/asks/list-asks";
import { getEvidence } from "@/lib/server/evidence/get-evidence";
import { listMeetings } from "@/lib/server/meetings/list-meetings";
import { getCycleOverview } from "@/lib/server/messages/get-cycle-overview";
import { listDrafts } from "@/lib/server/messages/list-drafts";
import { withTestDatabase } from "@/lib/testing/db";
import { createMatchCycle, createMessage, createPerson, createProgram, createResident } from "@/lib/testing/factories";

withTestDatabase();

type User = { id: string; email: string; name: string };
const viewerOf = (u: User): ResidentViewer => ({ userId: u.id, email: u.email, name: u.name, role: "RESIDENT", residentId: u.id });
const day = (n: number) => new Date(Date.UTC(2026, 6, 1 + n));
const ids = <T extends { id: string }>(rows: T[]) => rows.map((r) => r.id);

/** A resident with one person, and another resident with rows of their own that must never be counted. */
async function twoResidents() {
  const [resident, other] = await Promise.all([createResident(), createResident()]);
  const [person, otherPerson] = await Promise.all([createPerson({ residentId: resident.id }), createPerson({ residentId: other.id })]);
  return { resident, other, viewer: viewerOf(resident), personId: person.id, otherPersonId: otherPerson.id };
}

describe("meetings list: a page at a time", () => {
  it("pages 60 planned, 40 done and 10 cancelled meetings in the page's order: coming up soonest first, then done and cancelled latest first", async () => {
    const { resident, other, viewer, personId, otherPersonId } = await twoResidents();
    const statuses = [...Array(60).fill("PLANNED"), ...Array(40).fill("DONE"), ...Array(10).fill("CANCELLED")] as ("PLANNED" | "DONE" | "CANCELLED")[];
    await db().meeting.createMany({
      // Two meetings a day, so rows share scheduledOn and the order between them must still be settled.
      data: statuses.map((status, i) => ({
        residentId: resident.id,
        personId,
        kind: "INTRO" as const,
        status,
        scheduledOn: day(Math.floor(i / 2) % 37),
        completedOn: status === "DONE" ? day(Math.floor(i / 2) % 37) : null,
      })),
    });
    await db().meeting.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ residentId: other.id, personId: otherPersonId, kind: "ADVICE" as const, scheduledOn: day(i) })),
    });

    const pages = await Promise.all([1, 2, 3].map((page) => listMeetings(viewer, { page })));
    const shown = pages.map((p) => p.planned.length + p.done.length + p.cancelled.length);
    expect(shown).toEqual([50, 50, 10]);
    expect(pages[0]).toMatchObject({ page: 1, pageCount: 3, total: 110, from: 1, to: 50, counts: { planned: 60, done: 40, cancelled: 10 } });
    expect(pages[1]).toMatchObject({ page: 2, from: 51, to: 100 });
    expect(pages[1]!.planned).toHaveLength(10);
    expect(pages[1]!.done).toHaveLength(40);
    expect(pages[2]).toMatchObject({ page: 3, from: 101, to: 110 });
    expect(pages[2]!.cancelled).toHaveLength(10);

    // The same order as the whole list had: planned by date ascending, done and cancelled by date descending.
    const all = pages.flatMap((p) => [...p.planned, ...p.done, ...p.cancelled]);
    expect(new Set(ids(all)).size).toBe(110);
    const planned = all.filter((m) => m.status === "PLANNED").map((m) => m.scheduledOn.getTime());
    expect(planned).toEqual([...planned].sort((a, b) => a - b));
    const done = all.filter((m) => m.status === "DONE").map((m) => m.scheduledOn.getTime());
    expect(done).toEqual([...done].sort((a, b) => b - a));
    expect(all.map((m) => m.status)).toEqual(statuses);

    // A page past the end shows the last page.
    expect(ids((await listMeetings(viewer, { page: 9 })).cancelled)).toEqual(ids(pages[2]!.cancelled));
    expect(await listMeetings(viewerOf(other), {})).toMatchObject({ total: 30, pageCount: 1, counts: { planned: 30, done: 0, cancelled: 0 } });
  });
});

describe("asks list: a page at a time", () => {
  it("pages 70 asks by status then newest first, and the letters card and warnings still count every ask", async () => {
    const { resident, other, viewer, otherPersonId } = await twoResidents();
    const kinds = ["LETTER", "INTEL", "INTRODUCTION", "ADVOCACY"] as const;
    // One open ask per person and kind (asks_open_person_kind_key): 18 people, four kinds each.
    const people = await db().person.createManyAndReturn({
      data: Array.from({ length: 18 }, (_, i) => ({ residentId: resident.id, name: `Dr. Ask ${i}`, role: "ATTENDING" as const })),
      select: { id: true },
    });
    await db().ask.createMany({
      data: Array.from({ length: 70 }, (_, i) => ({
        residentId: resident.id,
        personId: people[Math.floor(i / 4)]!.id,
        kind: kinds[i % 4]!,
        status: i < 60 ? ("PLANNED" as const) : ("AGREED" as const),
        askedOn: i < 60 ? null : day(0),
        fromPrelimYear: true,
        createdAt: new Date(Date.UTC(2026, 8, 1, 0, i)),
      })),
    });
    await db().ask.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({
        residentId: other.id,
        personId: otherPersonId,
        kind: kinds[i % 4]!,
        status: "DECLINED" as const,
        askedOn: day(i),
      })),
    });

    const [first, second, past] = await Promise.all([listAsks(viewer, { page: 1 }), listAsks(viewer, { page: 2 }), listAsks(viewer, { page: 5 })]);
    expect(first.asks).toHaveLength(LIST_PAGE_SIZE);
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: 70, from: 1, to: 50 });
    expect(second.asks).toHaveLength(20);
    expect(second).toMatchObject({ page: 2, from: 51, to: 70 });
    expect(ids(past.asks)).toEqual(ids(second.asks));
    const all = [...first.asks, ...second.asks];
    expect(new Set(ids(all)).size).toBe(70);
    // status ascending (enum order: PLANNED before AGREED), then newest first.
    const sorted = [...all].sort((a, b) => (a.status === b.status ? b.createdAt.getTime() - a.createdAt.getTime() : a.status === "PLANNED" ? -1 : 1));
    expect(ids(all)).toEqual(ids(sorted));
    expect(all.every((a) => a.residentId === resident.id)).toBe(true);
    // The 10 agreed letters-or-not are on page 2, but the letters card and the warning read every ask on every page.
    expect(first.letters.secured).toBe(3);
    expect(second.letters).toEqual(first.letters);
    // Every person but the last is asked for all four kinds of thing.
    expect(first.warnings).toHaveLength(17);
    expect(second.warnings).toEqual(first.warnings);
    expect(await listAsks(viewerOf(other), {})).toMatchObject({ total: 20, pageCount: 1 });
  });
});

describe("what have I told whom: a page of programs at a time", () => {
  it("pages 55 programs by name and still counts every contacted program", async () => {
    const { resident, other, viewer } = await twoResidents();
    const cycle = await createMatchCycle({ residentId: resident.id });
    const programs = [];
    for (let i = 0; i < 55; i++) programs.push(await createProgram({ residentId: resident.id }, { name: `Program ${String(54 - i).padStart(2, "0")}` }));
    // Programs 00-04 (first page) and 50-54 (second page) hear from the resident.
    for (const p of programs.filter((p) => /0[0-4]$|5[0-4]$/.test(p.name)))
      await createMessage({ residentId: resident.id, programId: p.id, cycleId: cycle.id });
    for (let i = 0; i < 5; i++) await createProgram({ residentId: other.id }, { name: `Program ${i}` });

    const [first, second, past] = await Promise.all([
      getCycleOverview(viewer, cycle.id, { page: 1 }),
      getCycleOverview(viewer, cycle.id, { page: 2 }),
      getCycleOverview(viewer, cycle.id, { page: 4 }),
    ]);
    expect(first.programs).toHaveLength(LIST_PAGE_SIZE);
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: 55, contacted: 10, from: 1, to: 50 });
    expect(second.programs.map((p) => p.name)).toEqual(["Program 50", "Program 51", "Program 52", "Program 53", "Program 54"]);
    expect(second).toMatchObject({ page: 2, from: 51, to: 55, contacted: 10 });
    expect(ids(past.programs)).toEqual(ids(second.programs));
    const names = [...first.programs, ...second.programs].map((p) => p.name);
    expect(names).toEqual([...names].sort());
    expect(first.programs.filter((p) => p.messageCount > 0)).toHaveLength(5);
  });
});

describe("drafts: a page at a time", () => {
  it("pages 55 open drafts newest first, apart from the blocked ones, and counts none of another resident's", async () => {
    const { resident, other, viewer } = await twoResidents();
    const [cycle, otherCycle] = await Promise.all([createMatchCycle({ residentId: resident.id }), createMatchCycle({ residentId: other.id })]);
    const programs = await db().program.createManyAndReturn({
      data: Array.from({ length: 57 }, (_, i) => ({ residentId: resident.id, name: `Drafted ${String(i).padStart(2, "0")}`, institution: "General" })),
      select: { id: true },
    });
    await db().messageDraft.createMany({
      data: programs.map((p, i) => ({
        residentId: resident.id,
        programId: p.id,
        cycleId: cycle.id,
        kind: "THANK_YOU" as const,
        subject: `Draft ${i}`,
        body: "Thank you for the interview day.",
        blocked: i >= 55,
        updatedAt: new Date(Date.UTC(2026, 10, 1, 0, i)),
      })),
    });
    const otherProgram = await createProgram({ residentId: other.id });
    await db().messageDraft.create({
      data: { residentId: other.id, programId: otherProgram.id, cycleId: otherCycle.id, kind: "THANK_YOU", subject: "Other", body: "Thanks." },
    });

    const [first, second, past, stopped] = await Promise.all([
      listDrafts(viewer, { blocked: false, page: 1 }),
      listDrafts(viewer, { blocked: false, page: 2 }),
      listDrafts(viewer, { blocked: false, page: 6 }),
      listDrafts(viewer, { blocked: true }),
    ]);
    expect(first.items).toHaveLength(LIST_PAGE_SIZE);
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: 55, from: 1, to: 50 });
    expect(first.items[0]!.subject).toBe("Draft 54");
    expect(second.items.map((d) => d.subject)).toEqual(["Draft 4", "Draft 3", "Draft 2", "Draft 1", "Draft 0"]);
    expect(ids(past.items)).toEqual(ids(second.items));
    expect(stopped.items.map((d) => d.subject)).toEqual(["Draft 56", "Draft 55"]);
    expect(await listDrafts(viewerOf(other), { blocked: false })).toMatchObject({ total: 1, pageCount: 1 });
  });
});

describe("evidence: projects and quotes a page at a time", () => {
  it("pages 52 projects (newest first) and 75 quotes (latest received first) separately, and the project check reads them all", async () => {
    const { resident, other, viewer, personId, otherPersonId } = await twoResidents();
    await db().project.createMany({
      data: Array.from({ length: 52 }, (_, i) => ({
        residentId: resident.id,
        title: `Project ${String(i).padStart(2, "0")}`,
        kind: "QI_PROJECT" as const,
        // Only the oldest project is completed: it is on the second page, and the check must still see it.
        status: i === 0 ? ("COMPLETED" as const) : ("PLANNED" as const),
        completedOn: i === 0 ? day(0) : null,
        createdAt: new Date(Date.UTC(2026, 8, 1, 0, i)),
      })),
    });
    await db().feedbackQuote.createMany({
      data: Array.from({ length: 75 }, (_, i) => ({ residentId: resident.id, personId, receivedOn: day(i % 20), quote: `Quote ${i}` })),
    });
    await db().feedbackQuote.createMany({
      data: Array.from({ length: 9 }, (_, i) => ({ residentId: other.id, personId: otherPersonId, receivedOn: day(i), quote: `Other ${i}` })),
    });

    const first = await getEvidence(viewer, {});
    expect(first.projects.items).toHaveLength(LIST_PAGE_SIZE);
    expect(first.projects).toMatchObject({ page: 1, pageCount: 2, total: 52 });
    expect(first.projects.items[0]!.title).toBe("Project 51");
    expect(first.feedback.items).toHaveLength(LIST_PAGE_SIZE);
    expect(first.feedback).toMatchObject({ page: 1, pageCount: 2, total: 75 });
    const second = await getEvidence(viewer, { projectsPage: 2, quotesPage: 2 });
    expect(second.projects.items.map((p) => p.title)).toEqual(["Project 01", "Project 00"]);
    expect(second.feedback).toMatchObject({ page: 2, from: 51, to: 75 });
    const quotes = [...first.feedback.items, ...second.feedback.items];
    expect(new Set(ids(quotes)).size).toBe(75);
    expect(quotes.map((q) => q.receivedOn)).toEqual(
      quotes
        .map((q) => q.receivedOn)
        .sort()
        .reverse(),
    );
    expect((await getEvidence(viewer, { quotesPage: 8 })).feedback.items.map((q) => q.id)).toEqual(ids(second.feedback.items));
    // The completed project is on page 2 only; the check is about every project.
    expect(first.check).toEqual(second.check);
    expect((await getEvidence(viewerOf(other), {})).feedback).toMatchObject({ total: 9, pageCount: 1 });
  });
});
