// The specialties a resident can target (ACGME core specialties that take applicants into PGY-1 or PGY-2, plus
// "other"), and the related, more attainable paths we suggest for each. This file is the one place to edit
// that table. Competitiveness reflects recent NRMP match data in broad strokes; it drives one prompt only
// (consider a pivot after two unsuccessful cycles in a hyper-competitive specialty).

export type SpecialtyId =
  | "anesthesiology"
  | "child-neurology"
  | "dermatology"
  | "diagnostic-radiology"
  | "emergency-medicine"
  | "family-medicine"
  | "general-surgery"
  | "internal-medicine"
  | "interventional-radiology"
  | "medical-genetics"
  | "neurological-surgery"
  | "neurology"
  | "nuclear-medicine"
  | "obstetrics-gynecology"
  | "ophthalmology"
  | "orthopaedic-surgery"
  | "otolaryngology"
  | "pathology"
  | "pediatrics"
  | "physical-medicine-rehabilitation"
  | "plastic-surgery"
  | "psychiatry"
  | "radiation-oncology"
  | "thoracic-surgery"
  | "urology"
  | "vascular-surgery"
  | "other";

export type Specialty = {
  id: SpecialtyId;
  label: string;
  /** Other ways people write it, lower case, for recognising it in free text. */
  aliases: string[];
  hyperCompetitive: boolean;
  /** Related paths that are usually more attainable, with why. */
  relatedPaths: { to: string; why: string }[];
};

export const SPECIALTIES: Specialty[] = [
  { id: "anesthesiology", label: "Anesthesiology", aliases: ["anesthesia", "anaesthesiology", "anaesthesia"], hyperCompetitive: false, relatedPaths: [{ to: "Internal medicine, then critical care fellowship", why: "Keeps perioperative and ICU work in reach through a less crowded door." }] },
  { id: "child-neurology", label: "Child neurology", aliases: ["pediatric neurology"], hyperCompetitive: false, relatedPaths: [{ to: "Pediatrics", why: "Shares the patient population; neurodevelopmental fellowships follow." }] },
  {
    id: "dermatology",
    label: "Dermatology",
    aliases: ["derm"],
    hyperCompetitive: true,
    relatedPaths: [
      { to: "Diagnostic radiology", why: "Visual pattern recognition, outpatient-friendly schedule, more positions." },
      { to: "Internal medicine, then allergy and immunology", why: "Skin-adjacent immunology with a broader entry point." },
      { to: "Pathology, then dermatopathology", why: "Dermatopathology fellowships accept pathology graduates." },
    ],
  },
  { id: "diagnostic-radiology", label: "Diagnostic radiology", aliases: ["radiology", "diagnostic radiology"], hyperCompetitive: false, relatedPaths: [{ to: "Nuclear medicine", why: "Imaging-based, with fewer applicants per position." }] },
  { id: "emergency-medicine", label: "Emergency medicine", aliases: ["em", "emergency"], hyperCompetitive: false, relatedPaths: [{ to: "Family medicine", why: "Urgent-care and rural emergency work remain open to family physicians." }] },
  { id: "family-medicine", label: "Family medicine", aliases: ["family practice"], hyperCompetitive: false, relatedPaths: [] },
  {
    id: "general-surgery",
    label: "General surgery",
    aliases: ["surgery", "general surgery"],
    hyperCompetitive: false,
    relatedPaths: [{ to: "Obstetrics and gynecology", why: "An operative specialty with its own categorical positions." }],
  },
  {
    id: "internal-medicine",
    label: "Internal medicine",
    aliases: ["medicine", "im", "internal medicine"],
    hyperCompetitive: false,
    relatedPaths: [
      { to: "Internal medicine, then gastroenterology or cardiology fellowship", why: "The usual road to those subspecialties starts in a categorical IM spot." },
    ],
  },
  { id: "interventional-radiology", label: "Interventional radiology", aliases: ["ir"], hyperCompetitive: true, relatedPaths: [{ to: "Diagnostic radiology, then an independent IR residency", why: "The DR entry point has many more positions." }] },
  { id: "medical-genetics", label: "Medical genetics", aliases: ["genetics"], hyperCompetitive: false, relatedPaths: [] },
  {
    id: "neurological-surgery",
    label: "Neurological surgery",
    aliases: ["neurosurgery"],
    hyperCompetitive: true,
    relatedPaths: [
      { to: "Neurology", why: "Same organ system, far more positions; neurocritical care follows." },
      { to: "Orthopaedic or general surgery, then spine fellowship", why: "Spine surgery is open to orthopaedic surgeons." },
    ],
  },
  { id: "neurology", label: "Neurology", aliases: ["neuro"], hyperCompetitive: false, relatedPaths: [] },
  { id: "nuclear-medicine", label: "Nuclear medicine", aliases: [], hyperCompetitive: false, relatedPaths: [] },
  { id: "obstetrics-gynecology", label: "Obstetrics and gynecology", aliases: ["ob/gyn", "obgyn", "ob-gyn", "obstetrics", "gynecology"], hyperCompetitive: false, relatedPaths: [{ to: "Family medicine with obstetrics", why: "Keeps deliveries and women's health in practice." }] },
  {
    id: "ophthalmology",
    label: "Ophthalmology",
    aliases: ["ophtho"],
    hyperCompetitive: true,
    relatedPaths: [{ to: "Neurology, then neuro-ophthalmology", why: "Neuro-ophthalmology fellowships accept neurologists." }],
  },
  {
    id: "orthopaedic-surgery",
    label: "Orthopaedic surgery",
    aliases: ["orthopedics", "orthopaedics", "ortho", "orthopedic surgery"],
    hyperCompetitive: true,
    relatedPaths: [
      { to: "Physical medicine and rehabilitation, then sports medicine", why: "Musculoskeletal care and procedures without the operating-room bottleneck." },
      { to: "Family medicine, then sports medicine", why: "Sports medicine fellowships are open to family physicians." },
    ],
  },
  {
    id: "otolaryngology",
    label: "Otolaryngology",
    aliases: ["ent", "otolaryngology head and neck surgery"],
    hyperCompetitive: true,
    relatedPaths: [{ to: "General surgery", why: "Head-and-neck and endocrine surgery interests carry over." }],
  },
  { id: "pathology", label: "Pathology", aliases: [], hyperCompetitive: false, relatedPaths: [] },
  { id: "pediatrics", label: "Pediatrics", aliases: ["peds", "paediatrics"], hyperCompetitive: false, relatedPaths: [] },
  { id: "physical-medicine-rehabilitation", label: "Physical medicine and rehabilitation", aliases: ["pm&r", "pmr", "physiatry"], hyperCompetitive: false, relatedPaths: [] },
  {
    id: "plastic-surgery",
    label: "Plastic surgery",
    aliases: ["plastics", "plastic and reconstructive surgery"],
    hyperCompetitive: true,
    relatedPaths: [
      { to: "General surgery, then independent plastic surgery", why: "The independent pathway starts after general surgery training." },
      { to: "Otolaryngology, then facial plastics", why: "Facial plastic fellowships follow ENT." },
    ],
  },
  { id: "psychiatry", label: "Psychiatry", aliases: ["psych"], hyperCompetitive: false, relatedPaths: [] },
  { id: "radiation-oncology", label: "Radiation oncology", aliases: ["rad onc"], hyperCompetitive: false, relatedPaths: [{ to: "Internal medicine, then hematology-oncology", why: "Oncology care through a larger entry point." }] },
  { id: "thoracic-surgery", label: "Thoracic surgery", aliases: ["cardiothoracic surgery", "ct surgery"], hyperCompetitive: true, relatedPaths: [{ to: "General surgery", why: "The traditional road to cardiothoracic fellowships." }] },
  {
    id: "urology",
    label: "Urology",
    aliases: [],
    hyperCompetitive: true,
    relatedPaths: [{ to: "General surgery", why: "An operative career with many more categorical positions." }],
  },
  { id: "vascular-surgery", label: "Vascular surgery", aliases: [], hyperCompetitive: true, relatedPaths: [{ to: "General surgery, then vascular fellowship", why: "The independent vascular pathway follows general surgery." }] },
  { id: "other", label: "Other", aliases: [], hyperCompetitive: false, relatedPaths: [] },
];

export const SPECIALTY_IDS = SPECIALTIES.map((s) => s.id) as [SpecialtyId, ...SpecialtyId[]];

const BY_ID = new Map(SPECIALTIES.map((s) => [s.id, s]));

export function specialtyById(id: string | null | undefined): Specialty | undefined {
  return id ? BY_ID.get(id as SpecialtyId) : undefined;
}

export function specialtyLabel(id: string | null | undefined, other?: string | null): string {
  if (id === "other" && other) return other;
  return specialtyById(id)?.label ?? "Not set";
}
