import type { AuditEventResponse } from '@keino/contracts';

import { type FormatLanguage, formatMoment } from '../../core/i18n/local-format';

/** Transloco's `translate`, or a fake in tests. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** One sentence per event, in the active language; the actor is shown beside it. */
export function describeAuditEvent(event: AuditEventResponse, t: Translate): string {
  const subject = event.subjectName ?? t('adminArea.audit.unknown');
  const d = event.details;
  switch (event.action) {
    case 'user.roles_changed': {
      const roles = (value: unknown) =>
        list(value)
          .map((r) => t(`roles.${r}`))
          .join(', ') || t('adminArea.audit.noRoles');
      return t('adminArea.audit.rolesChanged', { subject, from: roles(d['from']), to: roles(d['to']) });
    }
    case 'enrollment.status_changed': {
      const cohort = event.cohortName ?? t('adminArea.audit.unknown');
      const to = t(`status.${String(d['to'])}`);
      if (!d['from']) return t('adminArea.audit.enrolled', { subject, cohort, to });
      const from = t(`status.${String(d['from'])}`);
      const key = d['reason'] === 'seat freed' ? 'adminArea.audit.promoted' : 'adminArea.audit.statusChanged';
      return t(key, { subject, cohort, from, to });
    }
    case 'user.sessions_ended':
      return t('sessions.auditEnded', { subject, count: d['ended'] });
    case 'user.erased':
      // The erased person's name is gone: that is the point.
      return t('adminArea.audit.erased');
    case 'course.published':
      return t('adminArea.audit.published', { subject, version: d['version'] });
    case 'assignment.submitted':
      return t('adminArea.audit.assignmentSubmitted', { version: d['version'] });
    case 'assignment.reviewed':
      return t('adminArea.audit.assignmentReviewed', {
        version: d['version'],
        decision: t(`assignment.decisions.${String(d['decision'])}`),
      });
    case 'application.submitted':
      return t('calls.audit.submitted');
    case 'application.decided':
      return t('calls.audit.decided', { decision: t(`calls.decisions.${String(d['decision'])}`) });
    default:
      return event.action;
  }
}

/** A moment as the rest of the app writes it: "9.3.2026 klo 9.00" in Finnish time. */
export function formatTimestamp(iso: string, language: FormatLanguage): string {
  return formatMoment(iso, language, 'dateTime') ?? '';
}
