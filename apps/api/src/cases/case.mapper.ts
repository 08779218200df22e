import type { CaseCommentResponse, CaseResponse, CaseSummary } from '@keino/contracts';

import type { CaseCommentRow, CaseDetailRow, CaseSummaryRow } from './cases.repository';

export const toCaseSummary = (r: CaseSummaryRow): CaseSummary => ({
  id: r.id,
  title: r.title,
  summary: r.summary,
  language: r.language,
  status: r.status,
  themes: r.themes,
  procedure: r.procedure,
  organizationId: r.organization_id,
  organizationName: r.organization_name,
  organizationKind: r.organization_kind,
  region: r.region,
  publishedAt: r.published_at?.toISOString() ?? null,
  updatedAt: r.updated_at.toISOString(),
  snippet: r.snippet ?? null,
  comments: r.comments,
});

export const toCaseResponse = (r: CaseDetailRow, canEdit: boolean): CaseResponse => ({
  ...toCaseSummary(r),
  purchased: r.purchased,
  sustainabilityCriteria: r.sustainability_criteria,
  innovationCriteria: r.innovation_criteria,
  results: r.results,
  cpvCode: r.cpv_code,
  contactName: r.contact_name,
  contactEmail: r.contact_email,
  authorName: r.author_name || null,
  canEdit,
});

export const toCaseComment = (r: CaseCommentRow): CaseCommentResponse => ({
  id: r.id,
  caseId: r.case_id,
  authorName: r.author_name,
  body: r.body,
  createdAt: r.created_at.toISOString(),
});
