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

export type RelatedPath = { to: string; target: SpecialtyId; why: string };

export type Specialty = {
  id: SpecialtyId;
  label: string;
  /** Other ways people write it, lower case, for recognising it in free text. */
  aliases: string[];
  hyperCompetitive: boolean;
  /**
   * Related paths that are usually more attainable, with why, and the specialty a resident applies to in order to
   * start it (the new target if they pivot). Source: the seed article on missing a categorical spot in a lucrative
   * field ("alternative paths by original target"), plus a few long-standing routes (dermatopathology, allergy).
   */
  relatedPaths: RelatedPath[];
};

export const SPECIALTIES: Specialty[] = [
  {
    id: "anesthesiology",
    label: "Anesthesiology",
    aliases: ["anesthesia", "anaesthesiology", "anaesthesia"],
    hyperCompetitive: false,
    relatedPaths: [
      {
        to: "Internal medicine, then critical care fellowship",
        target: "internal-medicine",
        why: "Keeps perioperative and ICU work in reach through a less crowded door.",
      },
      { to: "Diagnostic radiology", target: "diagnostic-radiology", why: "Another hospital-based specialty that weighs a strong prelim year the same way." },
      {
        to: "Physical medicine and rehabilitation, then pain medicine",
        target: "physical-medicine-rehabilitation",
        why: "Interventional pain work without the anesthesiology bottleneck.",
      },
      { to: "Emergency medicine", target: "emergency-medicine", why: "Acute care and procedures; in some regions it has room for late applicants." },
    ],
  },
  {
    id: "child-neurology",
    label: "Child neurology",
    aliases: ["pediatric neurology"],
    hyperCompetitive: false,
    relatedPaths: [{ to: "Pediatrics", target: "pediatrics", why: "Shares the patient population; neurodevelopmental fellowships follow." }],
  },
  {
    id: "dermatology",
    label: "Dermatology",
    aliases: ["derm"],
    hyperCompetitive: true,
    relatedPaths: [
      { to: "Diagnostic radiology", target: "diagnostic-radiology", why: "Visual pattern recognition, outpatient-friendly schedule, more positions." },
      { to: "Radiation oncology", target: "radiation-oncology", why: "A small academic field where research like yours still counts." },
      {
        to: "Internal medicine, then gastroenterology or cardiology fellowship",
        target: "internal-medicine",
        why: "Procedure-heavy, well-paid subspecialties; the road starts at a categorical IM spot.",
      },
      {
        to: "Internal medicine, then a procedural or aesthetic practice",
        target: "internal-medicine",
        why: "Keeps skin procedures in your working life after a broad training.",
      },
      { to: "Anesthesiology", target: "anesthesiology", why: "Often open to strong prelims with good exam scores." },
      { to: "Internal medicine, then allergy and immunology", target: "internal-medicine", why: "Skin-adjacent immunology with a broader entry point." },
      { to: "Pathology, then dermatopathology", target: "pathology", why: "Dermatopathology fellowships accept pathology graduates." },
    ],
  },
  {
    id: "diagnostic-radiology",
    label: "Diagnostic radiology",
    aliases: ["radiology", "diagnostic radiology"],
    hyperCompetitive: false,
    relatedPaths: [
      { to: "Anesthesiology", target: "anesthesiology", why: "Hospital-based and well paid, and it takes strong prelims." },
      {
        to: "Internal medicine, then cardiology fellowship",
        target: "internal-medicine",
        why: "Cardiac imaging and procedures keep images at the centre of your work.",
      },
      { to: "Emergency medicine", target: "emergency-medicine", why: "Shift work with plenty of imaging decisions; open in many markets." },
      { to: "Nuclear medicine", target: "nuclear-medicine", why: "Imaging-based, with fewer applicants per position." },
    ],
  },
  {
    id: "emergency-medicine",
    label: "Emergency medicine",
    aliases: ["em", "emergency"],
    hyperCompetitive: false,
    relatedPaths: [{ to: "Family medicine", target: "family-medicine", why: "Urgent-care and rural emergency work remain open to family physicians." }],
  },
  { id: "family-medicine", label: "Family medicine", aliases: ["family practice"], hyperCompetitive: false, relatedPaths: [] },
  {
    id: "general-surgery",
    label: "General surgery",
    aliases: ["surgery", "general surgery"],
    hyperCompetitive: false,
    relatedPaths: [{ to: "Obstetrics and gynecology", target: "obstetrics-gynecology", why: "An operative specialty with its own categorical positions." }],
  },
  {
    id: "internal-medicine",
    label: "Internal medicine",
    aliases: ["medicine", "im", "internal medicine"],
    hyperCompetitive: false,
    relatedPaths: [
      {
        to: "Internal medicine, then gastroenterology or cardiology fellowship",
        target: "internal-medicine",
        why: "The usual road to those subspecialties starts in a categorical IM spot.",
      },
    ],
  },
  {
    id: "interventional-radiology",
    label: "Interventional radiology",
    aliases: ["ir"],
    hyperCompetitive: true,
    relatedPaths: [
      { to: "Diagnostic radiology, then an independent IR residency", target: "diagnostic-radiology", why: "The DR entry point has many more positions." },
    ],
  },
  { id: "medical-genetics", label: "Medical genetics", aliases: ["genetics"], hyperCompetitive: false, relatedPaths: [] },
  {
    id: "neurological-surgery",
    label: "Neurological surgery",
    aliases: ["neurosurgery"],
    hyperCompetitive: true,
    relatedPaths: [
      { to: "Neurology", target: "neurology", why: "Same organ system, far more positions; neurocritical care follows." },
      { to: "Neurology, then neurointerventional training", target: "neurology", why: "Brings back procedures on the brain's vessels, after a long road." },
      {
        to: "General surgery, then vascular or hepatobiliary surgery",
        target: "general-surgery",
        why: "Demanding operative work reached through a much larger door.",
      },
      { to: "Orthopaedic or general surgery, then spine fellowship", target: "general-surgery", why: "Spine surgery is open to orthopaedic surgeons." },
      { to: "Anesthesiology", target: "anesthesiology", why: "Often open to strong prelims with good exam scores." },
    ],
  },
  { id: "neurology", label: "Neurology", aliases: ["neuro"], hyperCompetitive: false, relatedPaths: [] },
  { id: "nuclear-medicine", label: "Nuclear medicine", aliases: [], hyperCompetitive: false, relatedPaths: [] },
  {
    id: "obstetrics-gynecology",
    label: "Obstetrics and gynecology",
    aliases: ["ob/gyn", "obgyn", "ob-gyn", "obstetrics", "gynecology"],
    hyperCompetitive: false,
    relatedPaths: [{ to: "Family medicine with obstetrics", target: "family-medicine", why: "Keeps deliveries and women's health in practice." }],
  },
  {
    id: "ophthalmology",
    label: "Ophthalmology",
    aliases: ["ophtho"],
    hyperCompetitive: true,
    relatedPaths: [{ to: "Neurology, then neuro-ophthalmology", target: "neurology", why: "Neuro-ophthalmology fellowships accept neurologists." }],
  },
  {
    id: "orthopaedic-surgery",
    label: "Orthopaedic surgery",
    aliases: ["orthopedics", "orthopaedics", "ortho", "orthopedic surgery"],
    hyperCompetitive: true,
    relatedPaths: [
      {
        to: "Physical medicine and rehabilitation, then sports or pain medicine",
        target: "physical-medicine-rehabilitation",
        why: "Musculoskeletal care and procedures without the operating-room bottleneck.",
      },
      { to: "Anesthesiology, then pain medicine", target: "anesthesiology", why: "Spine and joint procedures through a larger entry point." },
      { to: "General surgery, then trauma and acute care surgery", target: "general-surgery", why: "Operative trauma work with many more categorical spots." },
      { to: "Family medicine, then sports medicine", target: "family-medicine", why: "Sports medicine fellowships are open to family physicians." },
    ],
  },
  {
    id: "otolaryngology",
    label: "Otolaryngology",
    aliases: ["ent", "otolaryngology head and neck surgery"],
    hyperCompetitive: true,
    relatedPaths: [{ to: "General surgery", target: "general-surgery", why: "Head-and-neck and endocrine surgery interests carry over." }],
  },
  { id: "pathology", label: "Pathology", aliases: [], hyperCompetitive: false, relatedPaths: [] },
  { id: "pediatrics", label: "Pediatrics", aliases: ["peds", "paediatrics"], hyperCompetitive: false, relatedPaths: [] },
  {
    id: "physical-medicine-rehabilitation",
    label: "Physical medicine and rehabilitation",
    aliases: ["pm&r", "pmr", "physiatry"],
    hyperCompetitive: false,
    relatedPaths: [],
  },
  {
    id: "plastic-surgery",
    label: "Plastic surgery",
    aliases: ["plastics", "plastic and reconstructive surgery"],
    hyperCompetitive: true,
    relatedPaths: [
      {
        to: "General surgery, then independent plastic surgery",
        target: "general-surgery",
        why: "The independent pathway starts after general surgery training; long, and not certain.",
      },
      {
        to: "General surgery, then vascular, cardiothoracic or hepatobiliary surgery",
        target: "general-surgery",
        why: "Complex reconstruction-minded operating through a much larger door.",
      },
      { to: "Orthopaedic surgery", target: "orthopaedic-surgery", why: "Only if your record already leans that way, and early: it is competitive too." },
      {
        to: "Otolaryngology, then facial plastics",
        target: "otolaryngology",
        why: "Facial plastic fellowships follow ENT; a realistic door only in rare cases.",
      },
      { to: "Anesthesiology", target: "anesthesiology", why: "Often open to strong prelims with good exam scores." },
    ],
  },
  { id: "psychiatry", label: "Psychiatry", aliases: ["psych"], hyperCompetitive: false, relatedPaths: [] },
  {
    id: "radiation-oncology",
    label: "Radiation oncology",
    aliases: ["rad onc"],
    hyperCompetitive: false,
    relatedPaths: [
      { to: "Diagnostic radiology", target: "diagnostic-radiology", why: "Imaging-driven work with many more positions." },
      { to: "Internal medicine, then hematology-oncology", target: "internal-medicine", why: "Oncology care through a larger entry point." },
      { to: "Internal medicine, then palliative care", target: "internal-medicine", why: "Stays with people living with cancer, with room to enter." },
    ],
  },
  {
    id: "thoracic-surgery",
    label: "Thoracic surgery",
    aliases: ["cardiothoracic surgery", "ct surgery"],
    hyperCompetitive: true,
    relatedPaths: [{ to: "General surgery", target: "general-surgery", why: "The traditional road to cardiothoracic fellowships." }],
  },
  {
    id: "urology",
    label: "Urology",
    aliases: [],
    hyperCompetitive: true,
    relatedPaths: [{ to: "General surgery", target: "general-surgery", why: "An operative career with many more categorical positions." }],
  },
  {
    id: "vascular-surgery",
    label: "Vascular surgery",
    aliases: [],
    hyperCompetitive: true,
    relatedPaths: [
      { to: "General surgery, then vascular fellowship", target: "general-surgery", why: "The independent vascular pathway follows general surgery." },
    ],
  },
  { id: "other", label: "Other", aliases: [], hyperCompetitive: false, relatedPaths: [] },
];

export const SPECIALTY_IDS = SPECIALTIES.map((s) => s.id) as [SpecialtyId, ...SpecialtyId[]];

/** The named specialties as select options ("other" needs a free-text name, so pickers without one leave it out). */
export const NAMED_SPECIALTY_OPTIONS = SPECIALTIES.filter((s) => s.id !== "other").map((s) => ({ value: s.id, label: s.label }));

const BY_ID = new Map(SPECIALTIES.map((s) => [s.id, s]));

export function specialtyById(id: string | null | undefined): Specialty | undefined {
  return id ? BY_ID.get(id as SpecialtyId) : undefined;
}

export function specialtyLabel(id: string | null | undefined, other?: string | null): string {
  if (id === "other" && other) return other;
  return specialtyById(id)?.label ?? "Not set";
}
