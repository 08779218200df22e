export const ROLES = ['participant', 'coordinator', 'trainer', 'change_agent', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
