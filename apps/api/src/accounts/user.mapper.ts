import type { UserResponse } from '@keino/contracts';

import { User } from './user.entity';

export function toUserResponse(user: User): UserResponse {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    locale: user.locale,
    organizationId: user.organizationId,
    roles: user.roles,
    regions: user.regions,
    emailVerified: user.emailVerifiedAt !== null,
    pendingOrganizationId: user.pendingOrganizationId ?? null,
  };
}
