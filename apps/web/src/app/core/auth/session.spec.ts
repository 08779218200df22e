import { TestBed } from '@angular/core/testing';
import type { LoginResponse } from '@keino/contracts';

import { Session } from './session';

const response: LoginResponse = {
  accessToken: 'access',
  refreshToken: 'refresh',
  user: {
    id: 'u1',
    email: 'maija@tampere.fi',
    fullName: 'Maija',
    locale: 'fi',
    organizationId: null,
    roles: ['participant', 'coordinator'],
    regions: [],
    emailVerified: true,
    pendingOrganizationId: null,
  },
};

describe('Session', () => {
  beforeEach(() => sessionStorage.clear());

  it('starts signed out, then holds the user, tokens and roles', () => {
    const session = TestBed.inject(Session);
    expect(session.signedIn()).toBe(false);
    session.start(response);
    expect(session.signedIn()).toBe(true);
    expect(session.user()?.fullName).toBe('Maija');
    expect(session.accessToken()).toBe('access');
    expect(session.hasRole('coordinator')).toBe(true);
    expect(session.hasRole('admin', 'trainer')).toBe(false);
  });

  it('survives a reload of the tab and ends on sign-out', () => {
    TestBed.inject(Session).start(response);
    TestBed.resetTestingModule();
    const reloaded = TestBed.inject(Session);
    expect(reloaded.refreshToken()).toBe('refresh');
    reloaded.end();
    expect(reloaded.signedIn()).toBe(false);
    expect(sessionStorage.getItem('keino.session')).toBeNull();
  });
});
