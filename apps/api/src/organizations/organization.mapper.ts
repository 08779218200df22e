import { REGIONS, type OrganizationResponse, type UserResponse } from '@keino/contracts';

import { Organization } from './organization.entity';
import type { MemberRow } from './organizations.repository';

export function toOrganizationResponse(o: Organization): OrganizationResponse {
  return {
    id: o.id,
    name: o.name,
    businessId: o.businessId,
    kind: o.kind,
    region: o.region,
    regionName: REGIONS[o.region],
  };
}

/** A member row in the shape of a user answer (the same fields accounts answers with); a member waits on no request. */
export function toMemberResponse(r: MemberRow): UserResponse {
  return {
    id: r.id,
    email: r.email,
    fullName: r.full_name,
    locale: r.locale,
    organizationId: r.organization_id,
    roles: r.roles,
    regions: r.regions,
    emailVerified: r.email_verified,
    pendingOrganizationId: null,
  };
}
