// How people name specialties in free text: the field, its practitioners, abbreviations and slang, and the
// fellowships and subspecialties that grow out of it (an internal medicine applicant who plans on cardiology is
// telling a consistent story). Names are written as normalisation leaves them: lower case, American spelling,
// hyphens and slashes as spaces.

import { SPECIALTIES, type SpecialtyId } from "@/lib/rules/specialties";
import { normalizeText } from "@/lib/rules/messages/normalize";

const SURGICAL: SpecialtyId[] = [
  "general-surgery",
  "orthopaedic-surgery",
  "neurological-surgery",
  "plastic-surgery",
  "thoracic-surgery",
  "vascular-surgery",
  "urology",
  "otolaryngology",
  "obstetrics-gynecology",
  "ophthalmology",
];

/** Names of each specialty beyond its label and aliases in specialties.ts. */
const MORE_NAMES: Partial<Record<SpecialtyId, string[]>> = {
  anesthesiology: ["anesthesiologist", "anesthesiologists", "anesthetics", "anes", "anesth", "gas"],
  "child-neurology": ["child neurologist", "pediatric neurologist", "peds neuro", "peds neurology"],
  dermatology: ["dermatologist", "dermatologists"],
  "diagnostic-radiology": ["radiologist", "radiologists", "rads", "neuroradiology", "neuroradiologist"],
  "emergency-medicine": [
    "emergency physician",
    "emergency physicians",
    "er doctor",
    "er physician",
    "er",
    "a and e",
    "emergency room",
    "emergency department",
    "em physician",
    "em doctor",
    "em doc",
    "emergency doctor",
  ],
  "family-medicine": [
    "family med",
    "family physician",
    "family physicians",
    "family doctor",
    "family doc",
    "family docs",
    "fm",
    "general practice",
    "general practitioner",
    "gp",
  ],
  "general-surgery": ["general surgeon", "gen surg", "gen surgery", "gs"],
  "internal-medicine": ["internist", "internists", "internal med"],
  "interventional-radiology": ["interventional radiologist"],
  "medical-genetics": ["geneticist", "clinical genetics"],
  "neurological-surgery": ["neurosurgeon", "neurosurgeons", "nsgy", "neurosurg", "nsurg"],
  neurology: ["neurologist", "neurologists", "adult neurology"],
  "obstetrics-gynecology": [
    "obstetrician",
    "gynecologist",
    "obstetrician gynecologist",
    "ob",
    "ob gyn",
    "obs and gynae",
    "obs gynae",
    "o and g",
    "obs and gyn",
    "women's health",
    "women's doctor",
    "lady doctor",
  ],
  ophthalmology: ["ophthalmologist", "optho", "optha", "ophthalmic surgery", "ophthalmic surgeon", "eye surgery", "eye surgeon"],
  "orthopaedic-surgery": [
    "orthopedic surgery",
    "orthopedics",
    "orthopedic surgeon",
    "orthopedic surgeons",
    "orthopod",
    "orthopaedic surgeon",
    "orthopedist",
    "orthopedists",
    "orthopedician",
    "orthopedicians",
  ],
  otolaryngology: ["otolaryngologist", "ent surgeon", "head and neck surgery", "ent surgery"],
  pathology: [
    "pathologist",
    "pathologists",
    "hematopathology",
    "forensic pathology",
    "cytopathology",
    "histopathology",
    "histopathologist",
    "histopathologists",
  ],
  pediatrics: [
    // The residency by its adjective: "I am applying for the pediatric residency this year".
    "pediatric residency",
    "pediatric residencies",
    "pediatric residency program",
    "pediatric training",
    "pediatrician",
    "pediatricians",
    "pediatric medicine",
    "pediatric practice",
    "peds",
    "general pediatrics",
    "neonatology",
    "neonatologist",
    "nicu",
    "picu",
    "child specialist",
    "children's specialist",
    "children's doctor",
    "child doctor",
    "kids doctor",
    "kids' doctor",
    "baby doctor",
    "doctor for children",
    "doctor for kids",
    "child health",
  ],
  "physical-medicine-rehabilitation": ["physiatrist", "pm and r", "rehab medicine", "rehabilitation medicine", "physical medicine and rehab"],
  "plastic-surgery": ["plastic surgeon", "plastic surgeons", "reconstructive surgery"],
  psychiatry: [
    "psychiatric residency",
    "psychiatric training",
    "psychiatrist",
    "psychiatrists",
    "child psychiatry",
    "child and adolescent psychiatry",
    "addiction psychiatry",
    "consult liaison psychiatry",
  ],
  "radiation-oncology": ["radiation oncologist", "radonc", "rad onc"],
  "thoracic-surgery": ["cardiothoracic surgeon", "cardiac surgery", "cardiac surgeon", "heart surgeon", "thoracic surgeon", "cardiothoracic", "ct surgeon"],
  urology: ["urologist", "urologists", "uro"],
  "vascular-surgery": ["vascular surgeon"],
};

/** The same specialties as applicants write them in French, Spanish, Portuguese and Italian. */
const OTHER_LANGUAGES: Partial<Record<SpecialtyId, string[]>> = {
  pediatrics: ["pédiatre", "pediatra", "pédiatrie", "pediatría", "pediatria"],
  "general-surgery": ["chirurgien", "cirujano", "cirurgião", "chirurgo", "chirurgie", "cirugía", "cirurgia", "chirurgia"],
  psychiatry: ["psychiatre", "psiquiatra", "psichiatra", "psychiatrie", "psiquiatría", "psiquiatria"],
  dermatology: ["dermatologue", "dermatólogo", "dermatologista", "dermatologo", "dermatologie", "dermatología", "skin specialist", "skin doctor"],
  anesthesiology: ["anesthésiste", "anestesiólogo", "anestesista", "anestesiologista", "anesthésie", "anestesia"],
  neurology: ["neurologue", "neurólogo", "neurologista", "neurologo", "neurologie", "neurología"],
  "obstetrics-gynecology": ["gynécologue", "ginecólogo", "ginecologista", "ginecologo", "obstétricien", "gynécologie", "ginecología"],
  "diagnostic-radiology": ["radiologue", "radiólogo", "radiologista", "radiologo", "radiologie", "radiología"],
  urology: ["urologue", "urólogo", "urologista", "urologo"],
  "orthopaedic-surgery": ["orthopédiste", "ortopedista", "traumatólogo", "orthopédie", "ortopedia", "bone doctor"],
  "emergency-medicine": ["urgentiste", "urgenciólogo", "emergencista", "médecine d'urgence", "medicina de urgencias"],
  "family-medicine": ["médecin de famille", "médico de familia", "médico de família", "medico di famiglia"],
  "internal-medicine": ["interniste", "internista", "médecine interne", "medicina interna"],
  ophthalmology: ["ophtalmologue", "oftalmólogo", "oftalmologista", "oculista", "eye doctor", "eye specialist"],
  pathology: ["pathologiste", "patólogo", "patologista"],
};

/** Subspecialties and fellowships, with the specialties they grow out of. */
const SUBSPECIALTIES: readonly { names: string[]; parents: SpecialtyId[] }[] = [
  {
    names: [
      "cardiology",
      "cardiologist",
      "cards",
      "interventional cardiology",
      "electrophysiology",
      "heart failure",
      "cardiac electrophysiology",
      "heart doctor",
      "heart specialist",
    ],
    parents: ["internal-medicine", "pediatrics"],
  },
  {
    names: ["gastroenterology", "gastroenterologist", "gi", "hepatology", "hepatologist", "transplant hepatology"],
    parents: ["internal-medicine", "pediatrics"],
  },
  {
    names: [
      "hematology",
      "hematologist",
      "hematology oncology",
      "heme onc",
      "hem onc",
      "medical oncology",
      "oncology",
      "oncologist",
      "medical oncologist",
      "cancer doctor",
      "cancer specialist",
    ],
    parents: ["internal-medicine", "pediatrics", "radiation-oncology", "obstetrics-gynecology", "general-surgery"],
  },
  {
    names: [
      "pulmonology",
      "pulmonologist",
      "pulmonary",
      "pulm",
      "pulmonary and critical care",
      "pulm crit",
      "pccm",
      "critical care",
      "critical care medicine",
      "intensivist",
      "icu medicine",
      "intensive care",
    ],
    parents: ["internal-medicine", "emergency-medicine", "anesthesiology", "general-surgery", "pediatrics", "neurology"],
  },
  { names: ["nephrology", "nephrologist", "kidney doctor", "kidney specialist"], parents: ["internal-medicine", "pediatrics"] },
  { names: ["infectious disease", "infectious diseases", "id"], parents: ["internal-medicine", "pediatrics"] },
  { names: ["endocrinology", "endocrinologist", "endo"], parents: ["internal-medicine", "pediatrics"] },
  { names: ["rheumatology", "rheumatologist", "rheum"], parents: ["internal-medicine", "pediatrics"] },
  { names: ["geriatrics", "geriatrician", "geriatric medicine"], parents: ["internal-medicine", "family-medicine", "psychiatry"] },
  { names: ["allergy", "allergy and immunology", "immunology", "allergist"], parents: ["internal-medicine", "pediatrics"] },
  { names: ["hospital medicine", "inpatient medicine", "hospitalist", "hospitalists"], parents: ["internal-medicine", "family-medicine", "pediatrics"] },
  { names: ["primary care"], parents: ["internal-medicine", "family-medicine", "pediatrics", "obstetrics-gynecology"] },
  {
    names: ["stroke", "vascular neurology", "epilepsy", "neurocritical care", "movement disorders", "neuromuscular medicine", "headache medicine"],
    parents: ["neurology", "child-neurology"],
  },
  {
    names: ["maternal fetal medicine", "mfm", "reproductive endocrinology", "rei", "gynecologic oncology", "gyn onc", "urogynecology"],
    parents: ["obstetrics-gynecology"],
  },
  {
    names: [
      "trauma surgery",
      "surgical oncology",
      "colorectal surgery",
      "breast surgery",
      "bariatric surgery",
      "acute care surgery",
      "surgical critical care",
      "transplant surgery",
      "pediatric surgery",
    ],
    parents: ["general-surgery"],
  },
  // Ways of operating that several surgical fields share: "my interests in stone disease and minimally invasive surgery"
  // fit a urology target as well as a general surgery one.
  {
    names: ["minimally invasive surgery", "robotic surgery", "laparoscopic surgery", "endoscopic surgery", "endourology"],
    parents: ["general-surgery", "urology", "obstetrics-gynecology", "thoracic-surgery", "otolaryngology", "neurological-surgery"],
  },
  { names: ["interventional oncology", "image guided therapy", "image guided interventions"], parents: ["interventional-radiology", "diagnostic-radiology"] },
  { names: ["dermatopathology"], parents: ["dermatology", "pathology"] },
  { names: ["head and neck oncology", "head and neck cancer", "head and neck surgical oncology"], parents: ["otolaryngology", "radiation-oncology"] },
  { names: ["urologic oncology", "urological oncology", "uro oncology", "urologic onc"], parents: ["urology"] },
  { names: ["orthopaedic oncology", "orthopedic oncology", "musculoskeletal oncology"], parents: ["orthopaedic-surgery"] },
  { names: ["hand surgery"], parents: ["orthopaedic-surgery", "plastic-surgery", "general-surgery"] },
  { names: ["spine surgery"], parents: ["orthopaedic-surgery", "neurological-surgery"] },
  { names: ["cardiac anesthesia", "pediatric anesthesia", "obstetric anesthesia"], parents: ["anesthesiology"] },
  { names: ["toxicology", "emergency ultrasound", "ems"], parents: ["emergency-medicine"] },
  { names: ["neuro ophthalmology"], parents: ["ophthalmology", "neurology"] },
  // The eye's operations: "my interests in anterior segment surgery" fit an ophthalmology target.
  {
    names: [
      "anterior segment surgery",
      "cataract surgery",
      "refractive surgery",
      "cornea surgery",
      "corneal surgery",
      "glaucoma surgery",
      "retina surgery",
      "retinal surgery",
      "vitreoretinal surgery",
    ],
    parents: ["ophthalmology"],
  },
  { names: ["oculoplastic surgery", "oculoplastics"], parents: ["ophthalmology", "plastic-surgery"] },
  // The face's plastic surgery is a fellowship after otolaryngology as well as part of plastic surgery.
  {
    names: ["facial plastics", "facial plastic surgery", "facial plastic and reconstructive surgery", "fprs"],
    parents: ["otolaryngology", "plastic-surgery"],
  },
  // Areas of imaging a radiology fellowship covers ("body imaging", "a neuro fellowship" after a radiology residency).
  {
    names: [
      "body imaging",
      "neuroimaging",
      "neuro imaging",
      "musculoskeletal radiology",
      "msk radiology",
      "breast imaging",
      "abdominal imaging",
      "cardiothoracic imaging",
      "pediatric radiology",
    ],
    parents: ["diagnostic-radiology", "interventional-radiology", "nuclear-medicine"],
  },
  // "Neuro" before "fellowship" is the nervous-system fellowship of the writer's own field (neuroradiology,
  // neuroanesthesia, neuropathology, neuro-ophthalmology), not a change to neurology.
  {
    names: ["neuro fellowship", "neuro fellowships"],
    parents: [
      "diagnostic-radiology",
      "interventional-radiology",
      "neurology",
      "child-neurology",
      "neurological-surgery",
      "ophthalmology",
      "pathology",
      "anesthesiology",
      "psychiatry",
      "physical-medicine-rehabilitation",
      "otolaryngology",
    ],
  },
];

/**
 * Fields that fit any target: they are reached from several specialties, or are about how one practises rather
 * than what ("palliative care", "sports medicine", "research", "global health").
 */
const NEUTRAL = [
  "palliative care",
  "palliative medicine",
  "hospice",
  "sleep medicine",
  "sports medicine",
  "pain medicine",
  "pain management",
  "addiction medicine",
  "research",
  "global health",
  "public health",
  "academic medicine",
  "medical education",
  "clinical informatics",
  "quality improvement",
  "medicine",
];

export type SpecialtyMention = { phrase: string; fits: (target: SpecialtyId) => boolean; id: SpecialtyId | null; neutral?: boolean };

const MENTIONS = new Map<string, SpecialtyMention>();

/**
 * Aliases that normalise into ordinary words: "IM" reads as "I am" in a chat message (normalisation turns it into
 * "internal medicine" where the context says so), and "path" is mostly a career path.
 */
const NOT_A_MENTION = new Set(["path"]);

/** Short aliases stay as written: the normaliser reads "id" or "im" at the start of a chat line as "I would", "I am". */
function phraseOf(name: string): string {
  const plain = name.toLowerCase();
  return plain.length <= 3 && /^[a-z]+$/.test(plain) ? plain : normalizeText(name);
}

function add(name: string, mention: Omit<SpecialtyMention, "phrase">) {
  const phrase = phraseOf(name);
  if (phrase === "" || NOT_A_MENTION.has(phrase) || MENTIONS.has(phrase)) return;
  MENTIONS.set(phrase, { phrase, ...mention });
}

for (const name of NEUTRAL) add(name, { id: null, fits: () => true, neutral: true });
for (const s of SPECIALTIES) {
  if (s.id === "other") continue;
  const names = [s.label, ...s.aliases, ...(MORE_NAMES[s.id] ?? []), ...(OTHER_LANGUAGES[s.id] ?? [])];
  for (const name of names) add(name, { id: s.id, fits: (target) => target === s.id || fitsByName(name, target) });
}
/** Trained through these when the patients are children. */
const CHILD_PARENTS: readonly SpecialtyId[] = ["pediatrics", "child-neurology"];

for (const sub of SUBSPECIALTIES) {
  for (const name of sub.names) add(name, { id: null, fits: (target) => sub.parents.includes(target) });
}
// The age of the patients narrows a subspecialty to the specialties it grows out of for that age: "adult cardiology"
// is reached through internal medicine, "pediatric nephrology" through pediatrics.
for (const sub of SUBSPECIALTIES) {
  const adult = sub.parents.filter((p) => !CHILD_PARENTS.includes(p));
  const child = sub.parents.filter((p) => CHILD_PARENTS.includes(p));
  for (const name of sub.names) {
    if (name.includes("doctor") || name.includes("specialist")) continue;
    if (adult.length > 0) add(`adult ${name}`, { id: null, fits: (target) => adult.includes(target) });
    if (child.length > 0) {
      for (const prefix of ["pediatric", "peds", "child", "children's"]) add(`${prefix} ${name}`, { id: null, fits: (target) => child.includes(target) });
    }
  }
}
// Generic words that fit every specialty whose name contains them: "surgery" for orthopaedic surgery,
// "radiology" for interventional radiology, "neurology" for child neurology, "pediatrics" for child neurology.
for (const [name, ids] of [
  ["surgery", SURGICAL],
  ["surgeon", SURGICAL],
  ["surgeons", SURGICAL],
  ["surgical", SURGICAL],
  ["a surgical specialty", SURGICAL],
] as const) {
  MENTIONS.delete(phraseOf(name));
  add(name, { id: "general-surgery", fits: (target) => (ids as readonly SpecialtyId[]).includes(target) });
}

function fitsByName(name: string, target: SpecialtyId): boolean {
  const extra: Partial<Record<string, SpecialtyId[]>> = {
    radiology: ["interventional-radiology"],
    "diagnostic radiology": ["interventional-radiology"],
    radiologist: ["interventional-radiology"],
    "interventional radiology": ["diagnostic-radiology"],
    "interventional radiologist": ["diagnostic-radiology"],
    ir: ["diagnostic-radiology"],
    neurology: ["child-neurology"],
    neurologist: ["child-neurology"],
    neuro: ["child-neurology"],
    pediatrics: ["child-neurology"],
    peds: ["child-neurology"],
    pediatrician: ["child-neurology"],
    "child neurology": ["neurology", "pediatrics"],
    "pediatric neurology": ["neurology", "pediatrics"],
    // General surgery is the entry to the independent vascular, thoracic and plastic surgery pathways.
    "general surgery": ["vascular-surgery", "thoracic-surgery", "plastic-surgery"],
    "general surgeon": ["vascular-surgery", "thoracic-surgery", "plastic-surgery"],
    "gen surg": ["vascular-surgery", "thoracic-surgery", "plastic-surgery"],
    "vascular surgery": ["general-surgery"],
    "thoracic surgery": ["general-surgery"],
    "cardiothoracic surgery": ["general-surgery"],
  };
  return extra[phraseOf(name)]?.includes(target) ?? false;
}

/** Every specialty phrase, longest first, as one regular-expression alternation. */
export const SPECIALTY_PATTERN = `(?:${[...MENTIONS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
  .join("|")})`;

/**
 * The lexicon's own words the fuzzy step corrects, besides `exclude` (its hand-written targets): written into the generated
 * typo-guard.ts by scripts/generate-typo-guard.ts, since this lexicon is itself built with the normaliser.
 */
export function specialtyFuzzyTargets(exclude: readonly string[]): string[] {
  return [...new Set(specialtyPhrases().flatMap((phrase) => phrase.split(" ").filter((word) => /^[a-z]{6,}$/.test(word) && !exclude.includes(word))))].sort();
}

/** Every specialty phrase the lexicon knows (used to keep the typo step away from real medical words). */
export function specialtyPhrases(): string[] {
  return [...MENTIONS.keys()];
}

export function mentionOf(phrase: string): SpecialtyMention | undefined {
  return MENTIONS.get(phrase);
}

/** The label a specialty goes by in a sentence ("internal medicine"), and what its practitioner is called. */
export const PRACTITIONER: Record<SpecialtyId, string> = {
  anesthesiology: "anesthesiologist",
  "child-neurology": "child neurologist",
  dermatology: "dermatologist",
  "diagnostic-radiology": "radiologist",
  "emergency-medicine": "emergency physician",
  "family-medicine": "family physician",
  "general-surgery": "general surgeon",
  "internal-medicine": "internist",
  "interventional-radiology": "interventional radiologist",
  "medical-genetics": "geneticist",
  "neurological-surgery": "neurosurgeon",
  neurology: "neurologist",
  "nuclear-medicine": "nuclear medicine physician",
  "obstetrics-gynecology": "obstetrician-gynecologist",
  ophthalmology: "ophthalmologist",
  "orthopaedic-surgery": "orthopaedic surgeon",
  otolaryngology: "otolaryngologist",
  pathology: "pathologist",
  pediatrics: "pediatrician",
  "physical-medicine-rehabilitation": "physiatrist",
  "plastic-surgery": "plastic surgeon",
  psychiatry: "psychiatrist",
  "radiation-oncology": "radiation oncologist",
  "thoracic-surgery": "cardiothoracic surgeon",
  urology: "urologist",
  "vascular-surgery": "vascular surgeon",
  other: "physician",
};
