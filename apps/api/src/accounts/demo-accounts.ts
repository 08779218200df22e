import type { Role } from '@keino/contracts';

/** Demo accounts created when DEMO_DATA=true (listed in the README). */
export const DEMO_PASSWORD = 'KeinoDemo2026!';

export const DEMO_ACCOUNTS: { email: string; password: string; fullName: string; roles: Role[] }[] = [
  { email: 'admin@keino.example', password: DEMO_PASSWORD, fullName: 'Anna Ylläpitäjä', roles: ['admin'] },
  {
    email: 'trainer@keino.example',
    password: DEMO_PASSWORD,
    fullName: 'Timo Kouluttaja',
    roles: ['trainer'],
  },
  {
    email: 'manager@keino.example',
    password: DEMO_PASSWORD,
    fullName: 'Maija Hankintapäällikkö',
    roles: ['participant'],
  },
];
