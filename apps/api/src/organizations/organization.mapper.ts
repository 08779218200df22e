import { REGIONS, type OrganizationResponse } from '@keino/contracts';

import { Organization } from './organization.entity';

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
