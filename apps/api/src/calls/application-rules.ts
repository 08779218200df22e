import type { ApplicationInput } from '@keino/contracts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// The rich text says something once its tags are gone.
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .trim();

/** What an application still lacks before it can be submitted, by field (the form shows them, submitting refuses). */
export function missingFields(a: ApplicationInput): string[] {
  const missing: string[] = [];
  if (!textOf(a.developmentTask)) missing.push('developmentTask');
  if (!a.motivation.trim()) missing.push('motivation');
  if (!a.sponsor.fullName?.trim()) missing.push('sponsor.fullName');
  if (!a.sponsor.title?.trim()) missing.push('sponsor.title');
  if (!EMAIL.test(a.sponsor.email ?? '')) missing.push('sponsor.email');
  if (a.team.length === 0) missing.push('team');
  a.team.forEach((m, i) => {
    if (!m.fullName.trim()) missing.push(`team.${i}.fullName`);
    if (!EMAIL.test(m.email)) missing.push(`team.${i}.email`);
  });
  return missing;
}
