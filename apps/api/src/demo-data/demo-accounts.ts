import type { Role } from '@keino/contracts';

/** Every demo account signs in with this password (listed in the README). */
export const DEMO_PASSWORD = 'KeinoDemo2026!';

export interface DemoAccount {
  email: string;
  fullName: string;
  roles: Role[];
  organization?: string;
  regions?: string[];
}

/** The named demo accounts, one per role; about 30 more participants are generated. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@keino.example', fullName: 'Anna Ylläpitäjä', roles: ['admin'] },
  { email: 'trainer@keino.example', fullName: 'Timo Kouluttaja', roles: ['trainer'] },
  { email: 'trainer2@keino.example', fullName: 'Kaisa Valmentaja', roles: ['trainer'] },
  {
    email: 'coordinator@keino.example',
    fullName: 'Sanna Koordinaattori',
    roles: ['participant', 'coordinator'],
    organization: 'tampere',
  },
  {
    email: 'manager@keino.example',
    fullName: 'Maija Hankintapäällikkö',
    roles: ['participant'],
    organization: 'tampere',
  },
  {
    email: 'agent@keino.example',
    fullName: 'Heikki Muutosagentti',
    roles: ['change_agent'],
    regions: ['06', '13'],
  },
  // Of no organisation yet: a request to join Tampere waits for its coordinator (demo-memberships.ts).
  { email: 'applicant@keino.example', fullName: 'Pekka Hakija', roles: ['participant'] },
  // Staff who train no cohort: a small groups' coach and a mentor (KEINO-kummi) of the running cohort's teams.
  { email: 'coach@keino.example', fullName: 'Outi Pienryhmävalmentaja', roles: ['trainer'] },
  { email: 'mentor@keino.example', fullName: 'Kirsi Kummi', roles: ['trainer'] },
];
