import type { IdentityProviderResponse } from '@keino/contracts';

import type { IdentityProviderRow } from './identity-providers.repository';

/** A provider as admins see it: never the client secret, sealed or not. */
export function toIdentityProviderResponse(r: IdentityProviderRow): IdentityProviderResponse {
  return {
    id: r.id,
    organizationId: r.organization_id,
    issuer: r.issuer,
    clientId: r.client_id,
    emailDomains: r.email_domains,
    enabled: r.enabled,
    createdAt: r.created_at.toISOString(),
  };
}
