import type { GroupBoardResponse, GroupResponse } from '@keino/contracts';

type BoardOrganization = GroupBoardResponse['organizations'][number];

/** A column of the board: the organisations in no group (id null), then each group's. */
export interface BoardColumn {
  id: string | null;
  name: string;
  group: GroupResponse | null;
  organizations: { id: string; name: string }[];
}

/** Where an organisation should go: a group, or none. */
export interface Placement {
  organizationId: string;
  to: string | null;
}

/** The board's columns: organisations in no group first, then the groups in the order given. */
export function boardColumns(organizations: BoardOrganization[], groups: GroupResponse[]): BoardColumn[] {
  const placed = new Set(groups.flatMap((g) => g.organizations.map((o) => o.id)));
  return [
    {
      id: null,
      name: '',
      group: null,
      organizations: organizations.filter((o) => !placed.has(o.id)).map((o) => ({ id: o.id, name: o.name })),
    },
    ...groups.map((g) => ({
      id: g.id,
      name: g.name,
      group: g,
      organizations: g.organizations.map((o) => ({ id: o.id, name: o.name })),
    })),
  ];
}

/**
 * The group updates a move takes, in order: out of the group the organisation is in, then into the chosen one (an
 * organisation is in at most one group, so the API refuses the other order). None when it is already there.
 */
export function movesFor(
  groups: GroupResponse[],
  { organizationId, to }: Placement,
): { groupId: string; organizationIds: string[] }[] {
  const from = groups.find((g) => g.organizations.some((o) => o.id === organizationId));
  if ((from?.id ?? null) === to) return [];
  const ids = (g: GroupResponse) => g.organizations.map((o) => o.id);
  const target = groups.find((g) => g.id === to);
  return [
    ...(from ? [{ groupId: from.id, organizationIds: ids(from).filter((id) => id !== organizationId) }] : []),
    ...(target ? [{ groupId: target.id, organizationIds: [...ids(target), organizationId] }] : []),
  ];
}
