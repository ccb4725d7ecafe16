import { describe, expect, it } from "vitest";
import { claimsFirstChoice, evaluateMessage, wordCount, type MessageContext } from "@/lib/rules/message-rules";
import {
  OUTREACH_KEYS,
  OUTREACH_TEMPLATES,
  OUTREACH_VALUE_LABELS,
  outreachPlaceholders,
  renderOutreach,
  type OutreachKey,
  type OutreachValues,
} from "@/lib/rules/outreach-templates";

const FULL: Required<OutreachValues> = {
  residentName: "Amina Okafor",
  personName: "Dr. Chen",
  personTitle: "Division Chief of Neurology",
  specialty: "Neurology",
  currentProgram: "St. Mary's Preliminary Medicine",
  institution: "St. Mary's Hospital",
  rotationService: "the stroke service",
  rotationMonth: "October",
  programName: "Lakeside University",
  opening: "PGY-2 categorical position",
  conferenceName: "the state neurology meeting",
  topic: "research on stroke outcomes",
  update: "I presented our case series at grand rounds in December.",
};

const both = (key: OutreachKey) => `${OUTREACH_TEMPLATES[key].subject}\n${OUTREACH_TEMPLATES[key].body}`;

describe("OUTREACH_TEMPLATES", () => {
  it("has exactly the eleven outreach kinds", () => {
    expect([...OUTREACH_KEYS].sort()).toEqual(
      [
        "conference-follow-up",
        "feedback-request",
        "intel-request",
        "intro-meeting-request",
        "introduction-request",
        "letter-request",
        "opening-outreach",
        "pd-early-meeting",
        "pd-mid-year-update",
        "pgy2-inquiry",
        "thank-you-update",
      ].sort(),
    );
  });

  it.each(OUTREACH_KEYS)("%s has a label, a description, a subject and a short body", (key) => {
    const template = OUTREACH_TEMPLATES[key];
    expect(template.label.trim()).not.toBe("");
    expect(template.description.trim()).not.toBe("");
    expect(template.subject.trim()).not.toBe("");
    expect(wordCount(template.body)).toBeLessThan(170);
    expect(wordCount(renderOutreach(key, FULL).body)).toBeLessThan(170);
  });

  it.each(OUTREACH_KEYS)("%s uses only known placeholders and addresses the recipient", (key) => {
    const all = [...both(key).matchAll(/\{\{\s*([A-Za-z]+)\s*\}\}/g)].map((m) => m[1]);
    expect(new Set(all)).toEqual(new Set(outreachPlaceholders(both(key))));
    expect(OUTREACH_TEMPLATES[key].body.startsWith("Dear {{personName}},")).toBe(true);
  });

  it.each(OUTREACH_KEYS)("%s makes no first-choice claim, no rank-list talk and no guarantee", (key) => {
    const text = renderOutreach(key, FULL);
    const all = `${text.subject}\n${text.body}`;
    expect(all).not.toMatch(/first choice/i);
    expect(all).not.toMatch(/guarantee/i);
    expect(/\brank/i.test(all) && /\blist/i.test(all)).toBe(false);
    expect(claimsFirstChoice(all)).toBe(false);
  });

  it.each(OUTREACH_KEYS)("%s, filled in, breaks no rule the message checker enforces", (key) => {
    const { subject, body } = renderOutreach(key, FULL);
    const context: MessageContext = {
      profile: { targetSpecialty: "neurology", visaStatus: "J1" },
      program: {
        id: "p",
        name: FULL.programName,
        postInterviewCommunication: "YES",
        participatesInMatch: true,
        interviewDate: null,
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
    expect(
      evaluateMessage(
        {
          programId: "p",
          kind: "OTHER",
          subject,
          body,
          sentAt: new Date("2026-10-20T10:00:00Z"),
        },
        context,
      ),
    ).toEqual([]);
  });

  it.each<[OutreachKey, RegExp[]]>([
    ["letter-request", [/letter/i, /not a good time/i, /understand completely/i]],
    ["intro-meeting-request", [/your advice on what someone in my position/i, /minutes/]],
    ["intel-request", [/have you heard of any/i, /opening/i]],
    ["introduction-request", [/putting us in touch/i, /\{\{programName\}\}/, /program director/]],
    ["pgy2-inquiry", [/PGY-2 vacancy/, /whether \{\{programName\}\} is expecting/]],
    ["opening-outreach", [/\{\{opening\}\}/, /put myself forward/]],
    ["pd-mid-year-update", [/\{\{update\}\}/, /vouch for me/]],
    ["thank-you-update", [/thank you/i, /\{\{update\}\}/]],
    ["feedback-request", [/feedback/i, /\{\{rotationService\}\}/]],
    ["conference-follow-up", [/\{\{conferenceName\}\}/]],
    ["pd-early-meeting", [/short slot/, /this year/]],
  ])("%s says what it is for", (key, patterns) => {
    for (const pattern of patterns) expect(both(key)).toMatch(pattern);
  });

  it("asks for advice, not a job, in the intro meeting request", () => {
    expect(OUTREACH_TEMPLATES["intro-meeting-request"].body).not.toMatch(/\b(job|hire|position for me|offer)\b/i);
  });

  it.each<[OutreachKey, string]>([
    ["intro-meeting-request", "INTRO_MEETING"],
    ["pd-early-meeting", "INTRO_MEETING"],
    ["thank-you-update", "THANK_YOU"],
    ["letter-request", "CONCRETE_ASK"],
    ["intel-request", "CONCRETE_ASK"],
    ["introduction-request", "CONCRETE_ASK"],
    ["pd-mid-year-update", "UPDATE"],
    ["conference-follow-up", "FOLLOW_UP"],
  ])("%s is logged as %s", (key, kind) => {
    expect(OUTREACH_TEMPLATES[key].touchKind).toBe(kind);
  });
});

describe("renderOutreach", () => {
  it.each(OUTREACH_KEYS)("%s renders every value when all are given", (key) => {
    const rendered = renderOutreach(key, FULL);
    expect(rendered.missing).toEqual([]);
    expect(rendered.parts.every((part) => part.missing === undefined)).toBe(true);
    expect(rendered.parts).toHaveLength(1);
    const all = `${rendered.subject}\n${rendered.body}`;
    expect(all).not.toMatch(/\{\{|\}\}|\[[a-zA-Z]+\]/);
    for (const name of outreachPlaceholders(both(key))) expect(all).toContain(FULL[name]);
  });

  it.each(OUTREACH_KEYS)("%s, with nothing filled in, lists and marks every missing value", (key) => {
    const expected = outreachPlaceholders(both(key));
    const rendered = renderOutreach(key, {});
    expect(expected.length).toBeGreaterThan(0);
    expect(rendered.missing).toEqual(expected);
    const bodyMissing = rendered.parts.filter((part) => part.missing !== undefined);
    expect(bodyMissing.length).toBeGreaterThan(0);
    for (const part of bodyMissing) expect(part.text).toBe(`[${OUTREACH_VALUE_LABELS[part.missing!]}]`);
    expect(new Set(bodyMissing.map((part) => part.missing))).toEqual(new Set(outreachPlaceholders(OUTREACH_TEMPLATES[key].body)));
    expect(`${rendered.subject}\n${rendered.body}`).not.toContain("{{");
  });

  it.each<[string, OutreachValues]>([
    ["everything", FULL],
    ["nothing", {}],
    ["only the names", { residentName: "Amina Okafor", personName: "Dr. Chen" }],
    ["blank strings", { residentName: "  ", personName: "", specialty: "Neurology" }],
  ])("parts re-join to exactly the body (%s)", (_name, values) => {
    for (const key of OUTREACH_KEYS) {
      const rendered = renderOutreach(key, values);
      expect(rendered.parts.map((part) => part.text).join("")).toBe(rendered.body);
      // Present values are merged into the literal text: two literal parts never sit side by side.
      rendered.parts.forEach((part, index) => {
        const next = rendered.parts[index + 1];
        if (next) expect(part.missing === undefined && next.missing === undefined).toBe(false);
      });
    }
  });

  it("splits a partly filled letter request into literal and missing parts", () => {
    const rendered = renderOutreach("letter-request", {
      personName: "Dr. Chen",
      residentName: "Amina Okafor",
      rotationService: " the stroke service ",
    });
    expect(rendered.missing).toEqual(["specialty", "rotationMonth"]);
    expect(rendered.subject).toBe("Would you consider writing a letter for my [target specialty] applications?");
    expect(rendered.parts.slice(0, 4)).toEqual([
      { text: "Dear Dr. Chen,\n\nWorking with you on the stroke service in " },
      { text: "[rotation month]", missing: "rotationMonth" },
      {
        text: " taught me a great deal, and I am grateful for it.\n\nI am applying for categorical positions in ",
      },
      { text: "[target specialty]", missing: "specialty" },
    ]);
    expect(rendered.body.endsWith("Best regards,\nAmina Okafor")).toBe(true);
  });

  it("lists a value missing twice only once", () => {
    const rendered = renderOutreach("pd-mid-year-update", {
      ...FULL,
      residentName: undefined,
    });
    expect(rendered.missing).toEqual(["residentName"]);
    expect(rendered.subject).toBe("Mid-year update from [your name]");
    expect(rendered.parts.filter((part) => part.missing === "residentName")).toHaveLength(1);
  });

  it("does not expand placeholders that appear inside a value", () => {
    const rendered = renderOutreach("thank-you-update", {
      ...FULL,
      update: "I wrote {{personName}} a note.",
    });
    expect(rendered.body).toContain("I wrote {{personName}} a note.");
    expect(rendered.missing).toEqual([]);
  });
});

describe("outreachPlaceholders", () => {
  it.each<[string, string[]]>([
    ["", []],
    ["No placeholders.", []],
    ["{{personName}} and {{ residentName }} and {{personName}}", ["personName", "residentName"]],
    ["{{notAField}} {{specialty}}", ["specialty"]],
    ["[personName] {personName}", []],
  ])("%j -> %j", (text, expected) => {
    expect(outreachPlaceholders(text)).toEqual(expected);
  });
});

describe("where the resident is from", () => {
  // The program's name ("Preliminary Internal Medicine") is not a place; "a preliminary resident at ..." needs the hospital.
  it.each(OUTREACH_KEYS.filter((key) => /resident[s]? at|my year at/.test(OUTREACH_TEMPLATES[key].body)))("%s names the hospital, not the program", (key) => {
    const rendered = renderOutreach(key, { ...FULL, currentProgram: "Preliminary Internal Medicine", institution: "Mercy General Hospital" });
    expect(rendered.body).not.toContain("at Preliminary Internal Medicine");
    expect(rendered.body).toMatch(/(resident|residents|year) at Mercy General Hospital/);
  });
});

describe("OUTREACH_VALUE_LABELS", () => {
  it("names every fill-in value in plain words", () => {
    for (const key of Object.keys(FULL) as (keyof OutreachValues)[]) {
      const label = OUTREACH_VALUE_LABELS[key];
      expect(label, key).toMatch(/^[a-z][a-z ]+$/);
      expect(label).not.toBe(key);
    }
    expect(OUTREACH_VALUE_LABELS.conferenceName).toBe("conference name");
  });

  it("marks a missing value with its plain name", () => {
    const rendered = renderOutreach("conference-follow-up", { ...FULL, conferenceName: "" });
    expect(rendered.body).toContain("[conference name]");
    expect(rendered.parts.find((p) => p.missing === "conferenceName")?.text).toBe("[conference name]");
    expect(rendered.body).not.toContain("conferenceName");
  });
});
