export const ORGANIZATION_KINDS = [
  'municipality',
  'wellbeing_county',
  'state_agency',
  'joint_authority',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Finland's regions (maakunnat) by Statistics Finland code; 03 and 20 are no longer in use. */
export const REGIONS = {
  '01': 'Uusimaa',
  '02': 'Varsinais-Suomi',
  '04': 'Satakunta',
  '05': 'Kanta-Häme',
  '06': 'Pirkanmaa',
  '07': 'Päijät-Häme',
  '08': 'Kymenlaakso',
  '09': 'Etelä-Karjala',
  '10': 'Etelä-Savo',
  '11': 'Pohjois-Savo',
  '12': 'Pohjois-Karjala',
  '13': 'Keski-Suomi',
  '14': 'Etelä-Pohjanmaa',
  '15': 'Pohjanmaa',
  '16': 'Keski-Pohjanmaa',
  '17': 'Pohjois-Pohjanmaa',
  '18': 'Kainuu',
  '19': 'Lappi',
  '21': 'Ahvenanmaa',
} as const;
export type RegionCode = keyof typeof REGIONS;
// Sorted: object keys that look like integers ('10'…'21') would otherwise come before '01'…'09'.
export const REGION_CODES = (Object.keys(REGIONS) as RegionCode[]).sort();

export interface OrganizationResponse {
  id: string;
  name: string;
  businessId: string;
  kind: OrganizationKind;
  region: RegionCode;
  regionName: string;
}

export interface CreateOrganizationRequest {
  name: string;
  businessId: string;
  kind: OrganizationKind;
  region: RegionCode;
}
