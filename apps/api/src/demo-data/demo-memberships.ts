import { DEMO_PASSWORD } from './demo-accounts';
import type { AccountsService, SeededAccount } from '../accounts/accounts.service';
import type { InvitationsService } from '../accounts/memberships/invitations.service';
import type { MembershipRequestsService } from '../accounts/memberships/membership-requests.service';
import type { EmailDomainsService } from '../organizations/email-domains.service';

/**
 * Each way of proving membership, to try in the demo: Espoo's verified email domain and two people who joined through
 * it (anyone who registers at that domain joins once the emailed link is opened); an invitation of Tampere's
 * coordinator still waiting in the outbox; and a demo person's request to join Tampere, for its coordinator to decide.
 */
export const DEMO_MEMBERSHIP = {
  domain: { organization: 'espoo', name: 'espoo.keino.example' },
  domainMembers: [
    {
      email: 'eeva.virtanen@espoo.keino.example',
      fullName: 'Eeva Virtanen',
      roles: ['participant', 'coordinator'],
    },
    { email: 'erkki.salo@espoo.keino.example', fullName: 'Erkki Salo', roles: ['participant'] },
  ],
  invitation: { organization: 'tampere', email: 'uusi.kollega@keino.example' },
  request: { organization: 'tampere', email: 'applicant@keino.example' },
} as const;

export interface MembershipSeeding {
  accounts: AccountsService;
  domains: EmailDomainsService;
  invitations: InvitationsService;
  requests: MembershipRequestsService;
}

/** Through the owning modules' use cases, as a coordinator or the applicant would. */
export async function seedMemberships(
  services: MembershipSeeding,
  orgs: Record<string, string>,
  people: { byEmail: Record<string, string>; coordinator: string },
): Promise<void> {
  const { domain, domainMembers, invitation, request } = DEMO_MEMBERSHIP;
  const espoo = orgs[domain.organization];
  await services.domains.set(espoo, [domain.name]);
  const members: SeededAccount[] = domainMembers.map((m) => ({
    email: m.email,
    fullName: m.fullName,
    roles: [...m.roles],
    organizationId: espoo,
  }));
  await services.accounts.seedAccounts(DEMO_PASSWORD, members);
  await services.invitations.create(
    { id: people.coordinator, roles: ['participant', 'coordinator'] },
    orgs[invitation.organization],
    invitation.email,
  );
  await services.requests.create(people.byEmail[request.email], orgs[request.organization]);
}
