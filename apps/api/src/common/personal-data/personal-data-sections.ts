import type { PersonalDataSections } from './personal-data-part';

/** What one part filled, named by the module that registers it. */
export interface FilledSections {
  owner: string;
  sections: Partial<PersonalDataSections>;
}

// A record, not a list, so that the compiler insists on every section of the contract and no other. The order is
// the export's key order, as it was when one query built it.
const SECTION_ORDER: Record<keyof PersonalDataSections, true> = {
  account: true,
  organization: true,
  enrollments: true,
  progress: true,
  certificates: true,
  casesWritten: true,
  caseComments: true,
  callApplications: true,
  applicationReviews: true,
  notifications: true,
  emails: true,
  assessmentAnswers: true,
  assignmentComments: true,
  assignmentUploads: true,
  smallGroups: true,
  managementReviews: true,
  sessions: true,
  signInIdentities: true,
  developerGroupPosts: true,
  developerGroupDocuments: true,
  membershipRequests: true,
  auditEvents: true,
};

export const PERSONAL_DATA_SECTION_KEYS = Object.keys(SECTION_ORDER) as (keyof PersonalDataSections)[];

/** Which owners filled each section (a section is complete when exactly one did). */
export function ownersBySection(
  filled: readonly FilledSections[],
): Map<keyof PersonalDataSections, string[]> {
  const owners = new Map(PERSONAL_DATA_SECTION_KEYS.map((key) => [key, [] as string[]]));
  for (const { owner, sections } of filled) {
    for (const key of Object.keys(sections) as (keyof PersonalDataSections)[]) owners.get(key)?.push(owner);
  }
  return owners;
}

/**
 * Joins the parts' sections into the export, in the contract's key order. A section that no part or two parts fill
 * is a mistake in the code, not in the data: it fails loudly instead of exporting too little or the wrong rows.
 */
export function assembleSections(filled: readonly FilledSections[]): PersonalDataSections {
  const problems = [...ownersBySection(filled)]
    .filter(([, owners]) => owners.length !== 1)
    .map(([key, owners]) => `${key}: ${owners.length ? owners.join(', ') : 'no part'}`);
  const unknown = filled
    .flatMap(({ sections }) => Object.keys(sections))
    .filter((key) => !(key in SECTION_ORDER));
  if (problems.length || unknown.length) {
    throw new Error(
      `Personal data sections not filled exactly once: ${[...problems, ...unknown].join('; ')}`,
    );
  }
  const merged = filled.reduce<Partial<PersonalDataSections>>((all, f) => ({ ...all, ...f.sections }), {});
  // Complete: every key was filled exactly once (checked above).
  return Object.fromEntries(
    PERSONAL_DATA_SECTION_KEYS.map((key) => [key, merged[key]]),
  ) as PersonalDataSections;
}
