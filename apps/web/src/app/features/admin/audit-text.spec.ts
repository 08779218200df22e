import type { AuditEventResponse } from '@keino/contracts';

import { describeAuditEvent, formatTimestamp, Translate } from './audit-text';

// A fake translate that shows the key and its parameters, so the test sees which sentence was chosen with what.
const t: Translate = (key, params) =>
  params
    ? `${key}(${Object.entries(params)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(';')})`
    : key;

const event = (change: Partial<AuditEventResponse>): AuditEventResponse => ({
  id: '1',
  actorId: 'a1',
  action: 'user.roles_changed',
  subjectType: 'user',
  subjectId: 'u1',
  details: {},
  createdAt: '2026-11-29T10:15:00.000Z',
  actorName: 'Anna Admin',
  subjectName: 'Ville Vallaton',
  cohortName: null,
  ...change,
});

describe('describeAuditEvent', () => {
  it('describes a role change with translated roles', () => {
    const text = describeAuditEvent(
      event({ details: { from: ['participant'], to: ['participant', 'trainer'] } }),
      t,
    );
    expect(text).toBe(
      'adminArea.audit.rolesChanged(subject=Ville Vallaton;from=roles.participant;to=roles.participant, roles.trainer)',
    );
  });

  it('says "no roles" for an empty list', () => {
    expect(describeAuditEvent(event({ details: { from: ['admin'], to: [] } }), t)).toContain(
      'to=adminArea.audit.noRoles',
    );
  });

  it('tells a new enrolment, a status change and a promotion from the waitlist apart', () => {
    const enrolment = (details: Record<string, unknown>) =>
      event({ action: 'enrollment.status_changed', subjectType: 'enrollment', cohortName: 'Syksy', details });
    expect(describeAuditEvent(enrolment({ from: null, to: 'pending' }), t)).toBe(
      'adminArea.audit.enrolled(subject=Ville Vallaton;cohort=Syksy;to=status.pending)',
    );
    expect(describeAuditEvent(enrolment({ from: 'pending', to: 'active' }), t)).toBe(
      'adminArea.audit.statusChanged(subject=Ville Vallaton;cohort=Syksy;from=status.pending;to=status.active)',
    );
    expect(
      describeAuditEvent(enrolment({ from: 'waitlisted', to: 'active', reason: 'seat freed' }), t),
    ).toMatch(/^adminArea\.audit\.promoted\(/);
  });

  it('describes an admin’s ending of a person’s sessions, with how many ended', () => {
    expect(describeAuditEvent(event({ action: 'user.sessions_ended', details: { ended: 2 } }), t)).toBe(
      'sessions.auditEnded(subject=Ville Vallaton;count=2)',
    );
  });

  it('describes a publication, and an erased subject', () => {
    expect(
      describeAuditEvent(
        event({
          action: 'course.published',
          subjectType: 'course',
          subjectName: null,
          details: { version: 3 },
        }),
        t,
      ),
    ).toBe('adminArea.audit.published(subject=adminArea.audit.unknown;version=3)');
  });

  it('describes a team assignment’s submit and review', () => {
    const assignment = (
      action: 'assignment.submitted' | 'assignment.reviewed',
      details: Record<string, unknown>,
    ) => describeAuditEvent(event({ action, subjectType: 'assignment', subjectName: null, details }), t);
    expect(assignment('assignment.submitted', { version: 2 })).toBe(
      'adminArea.audit.assignmentSubmitted(version=2)',
    );
    expect(assignment('assignment.reviewed', { version: 2, decision: 'approved' })).toBe(
      'adminArea.audit.assignmentReviewed(version=2;decision=assignment.decisions.approved)',
    );
  });
});

describe('formatTimestamp', () => {
  it('writes the moment in Finnish time as the rest of the app does', () => {
    const iso = '2026-11-29T10:15:00.000Z';
    expect(formatTimestamp(iso, 'fi')).toBe('29.11.2026 klo 12.15');
    expect(formatTimestamp(iso, 'sv')).toBe('29.11.2026 kl. 12.15');
    expect(formatTimestamp(iso, 'en')).toBe('29.11.2026 at 12.15');
  });
});
