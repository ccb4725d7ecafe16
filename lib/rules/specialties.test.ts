import { describe, expect, it } from "vitest";
import { SPECIALTIES, SPECIALTY_IDS, specialtyById } from "@/lib/rules/specialties";

// The paths the seed article on missing a categorical spot lists for each original target (its table of more
// attainable paths and the "pivot options" under each group), as [from, path, the specialty one applies to].
const ARTICLE_PATHS: [string, RegExp, string][] = [
  ["dermatology", /^Diagnostic radiology$/, "diagnostic-radiology"],
  ["dermatology", /^Radiation oncology$/, "radiation-oncology"],
  ["dermatology", /^Internal medicine, then gastroenterology or cardiology/, "internal-medicine"],
  ["dermatology", /procedural or aesthetic/, "internal-medicine"],
  ["dermatology", /^Anesthesiology$/, "anesthesiology"],
  ["plastic-surgery", /^General surgery, then vascular, cardiothoracic or hepatobiliary/, "general-surgery"],
  ["plastic-surgery", /^Orthopaedic surgery$/, "orthopaedic-surgery"],
  ["plastic-surgery", /^Otolaryngology/, "otolaryngology"],
  ["plastic-surgery", /^Anesthesiology$/, "anesthesiology"],
  ["orthopaedic-surgery", /^Physical medicine and rehabilitation, then sports or pain/, "physical-medicine-rehabilitation"],
  ["orthopaedic-surgery", /^Anesthesiology, then pain medicine$/, "anesthesiology"],
  ["orthopaedic-surgery", /^General surgery, then trauma and acute care/, "general-surgery"],
  ["neurological-surgery", /^General surgery, then vascular or hepatobiliary/, "general-surgery"],
  ["neurological-surgery", /^Neurology, then neurointerventional/, "neurology"],
  ["neurological-surgery", /^Anesthesiology$/, "anesthesiology"],
  ["diagnostic-radiology", /^Anesthesiology$/, "anesthesiology"],
  ["diagnostic-radiology", /^Internal medicine, then cardiology/, "internal-medicine"],
  ["diagnostic-radiology", /^Emergency medicine$/, "emergency-medicine"],
  ["anesthesiology", /^Diagnostic radiology$/, "diagnostic-radiology"],
  ["anesthesiology", /^Internal medicine, then critical care/, "internal-medicine"],
  ["anesthesiology", /pain medicine$/, "physical-medicine-rehabilitation"],
  ["anesthesiology", /^Emergency medicine$/, "emergency-medicine"],
  ["radiation-oncology", /^Diagnostic radiology$/, "diagnostic-radiology"],
  ["radiation-oncology", /^Internal medicine, then hematology-oncology$/, "internal-medicine"],
  ["radiation-oncology", /^Internal medicine, then palliative care$/, "internal-medicine"],
];

describe("related paths", () => {
  it.each(ARTICLE_PATHS)("%s offers %s, entered through %s", (from, path, target) => {
    const paths = specialtyById(from)?.relatedPaths ?? [];
    const found = paths.find((p) => path.test(p.to));
    expect(found, `${from}: ${paths.map((p) => p.to).join(" | ")}`).toBeDefined();
    expect(found?.target).toBe(target);
  });

  it("names a real specialty (never 'other') as the entry point of every path, with a reason", () => {
    for (const s of SPECIALTIES) {
      for (const p of s.relatedPaths) {
        expect(SPECIALTY_IDS, `${s.id} -> ${p.to}`).toContain(p.target);
        expect(p.target, `${s.id} -> ${p.to}`).not.toBe("other");
        expect(p.why.length, `${s.id} -> ${p.to}`).toBeGreaterThan(20);
      }
      expect(new Set(s.relatedPaths.map((p) => p.to)).size, s.id).toBe(s.relatedPaths.length);
    }
  });
});
