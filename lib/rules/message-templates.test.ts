import { describe, expect, it } from "vitest";
import { claimsFirstChoice, evaluateMessage, wordCount, type MessageContext, type MessageKind } from "@/lib/rules/message-rules";
import { MESSAGE_TEMPLATES, placeholdersOf, renderTemplate, type TemplateValues } from "@/lib/rules/message-templates";

const KINDS = Object.keys(MESSAGE_TEMPLATES) as MessageKind[];

const FULL: Required<TemplateValues> = {
  residentName: "Amina Okafor",
  programName: "Lakeside University Neurology",
  programDirectorName: "Dr. Chen",
  specialty: "Neurology",
  interviewDate: "November 12",
  graduationYear: "2021",
  visaStatus: "J-1 visa holder",
  currentProgram: "St. Mary's Preliminary Medicine",
  institution: "University of Lagos",
  update: "I passed Step 3 in December.",
  question: "whether residents can take a research block in the second year",
};

describe("MESSAGE_TEMPLATES", () => {
  it("has one template for every message kind", () => {
    expect([...KINDS].sort()).toEqual(["FINAL_NOTE", "INTEREST_UPDATE", "LETTER_OF_INTENT", "OTHER", "PRE_APPLICATION", "REPLY", "THANK_YOU"]);
  });

  it.each(KINDS)("%s has a label, a description and a body well under a one-minute read", (kind) => {
    const template = MESSAGE_TEMPLATES[kind];
    expect(template.label.trim()).not.toBe("");
    expect(template.description.trim()).not.toBe("");
    expect(template.subject.trim()).not.toBe("");
    expect(wordCount(template.body)).toBeLessThan(200);
    expect(wordCount(renderTemplate(kind, FULL).body)).toBeLessThan(200);
  });

  it("keeps the thank-you short", () => {
    expect(wordCount(MESSAGE_TEMPLATES.THANK_YOU.body)).toBeLessThanOrEqual(80);
  });

  it("asks the eligibility questions before applying", () => {
    expect(placeholdersOf(MESSAGE_TEMPLATES.PRE_APPLICATION.body)).toEqual(expect.arrayContaining(["graduationYear", "visaStatus"]));
    expect(MESSAGE_TEMPLATES.PRE_APPLICATION.body).toMatch(/sponsor/i);
  });

  it.each(KINDS)("%s claims first choice only if it is the letter of intent", (kind) => {
    const { subject, body } = renderTemplate(kind, FULL);
    expect(claimsFirstChoice(`${subject}\n${body}`)).toBe(kind === "LETTER_OF_INTENT");
  });

  it("says first choice once in the letter of intent", () => {
    expect(MESSAGE_TEMPLATES.LETTER_OF_INTENT.body.match(/first choice/gi)).toHaveLength(1);
  });

  it.each(KINDS)("%s, filled in, breaks no language rule", (kind) => {
    const { subject, body } = renderTemplate(kind, FULL);
    const context: MessageContext = {
      profile: { targetSpecialty: "neurology", visaStatus: "J1" },
      program: {
        id: "p",
        name: FULL.programName,
        postInterviewCommunication: "YES",
        participatesInMatch: true,
        interviewDate: new Date("2026-11-12T09:00:00Z"),
      },
      calendar: {
        applicationsOpen: new Date("2026-06-04T00:00:00Z"),
        rankListDeadline: new Date("2027-03-04T00:00:00Z"),
        matchWeekMonday: new Date("2027-03-16T00:00:00Z"),
        soapEnd: new Date("2027-03-19T00:00:00Z"),
        matchDay: new Date("2027-03-20T00:00:00Z"),
        trainingStart: new Date("2027-07-01T00:00:00Z"),
      },
      programContactedFirstDuringSoap: false,
      sentThisCycle: [],
    };
    // Sent at a time no timing rule cares about, so only the words are judged.
    const sentAt = kind === "LETTER_OF_INTENT" ? new Date("2027-01-20T12:00:00Z") : new Date("2026-11-13T08:00:00Z");
    expect(evaluateMessage({ programId: "p", kind, subject, body, sentAt }, context)).toEqual([]);
  });
});

describe("renderTemplate", () => {
  it.each(KINDS)("%s renders every placeholder when all values are given", (kind) => {
    const rendered = renderTemplate(kind, FULL);
    expect(rendered.missing).toEqual([]);
    expect(`${rendered.subject}\n${rendered.body}`).not.toMatch(/\{\{|\}\}|\[[a-zA-Z]+\]/);
    for (const key of placeholdersOf(`${MESSAGE_TEMPLATES[kind].subject}\n${MESSAGE_TEMPLATES[kind].body}`)) {
      expect(`${rendered.subject}\n${rendered.body}`).toContain(FULL[key]);
    }
  });

  it.each(KINDS)("%s lists missing values in template order and shows them as [name]", (kind) => {
    const template = MESSAGE_TEMPLATES[kind];
    const expected = placeholdersOf(`${template.subject}\n${template.body}`);
    const rendered = renderTemplate(kind, {});
    expect(rendered.missing).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    for (const key of expected) expect(`${rendered.subject}\n${rendered.body}`).toContain(`[${key}]`);
    expect(`${rendered.subject}\n${rendered.body}`).not.toContain("{{");
  });

  it("treats a blank value as missing and keeps the rest", () => {
    const rendered = renderTemplate("THANK_YOU", { ...FULL, programName: "   ", interviewDate: "" });
    expect(rendered.missing).toEqual(["interviewDate", "programName"]);
    expect(rendered.subject).toBe("Thank you for my interview on [interviewDate]");
    expect(rendered.body).toContain("how [programName] teaches");
    expect(rendered.body).toContain("Dear Dr. Chen,");
  });

  it("does not expand placeholders that appear inside a value", () => {
    const rendered = renderTemplate("OTHER", { ...FULL, question: "what {{residentName}} means" });
    expect(rendered.body).toContain("what {{residentName}} means");
    expect(rendered.missing).toEqual([]);
  });
});

describe("placeholdersOf", () => {
  it.each<[string, string[]]>([
    ["", []],
    ["No placeholders here.", []],
    ["Dear {{programDirectorName}},", ["programDirectorName"]],
    ["{{programName}} and {{ residentName }} and {{programName}} again", ["programName", "residentName"]],
    ["{{unknownThing}} {{specialty}}", ["specialty"]],
    ["{programName} and [programName] are not placeholders", []],
  ])("%j -> %j", (text, expected) => {
    expect(placeholdersOf(text)).toEqual(expected);
  });
});
