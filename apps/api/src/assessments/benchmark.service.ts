import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BENCHMARK_MIN_PEERS,
  type AssessmentBenchmarkResponse,
  type OrganizationKind,
} from '@keino/contracts';
import { DataSource } from 'typeorm';

import { AuthUser, isAdmin } from '../common/auth/auth.decorators';
import { assessmentErrors } from './assessments.errors';
import { AssessmentsRepository } from './repositories/assessments.repository';
import { benchmarkRows, benchmarkSubject } from './repositories/benchmark.query';

/**
 * The peer benchmark on a self-assessment result: the enrolment's organisation's maturity per dimension beside the
 * averages of other organisations of its kind and of all, shown only when at least five other organisations answered
 * (each counted once), so that no single organisation's figures can be read from it.
 */
@Injectable()
export class BenchmarkService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly assessments: AssessmentsRepository,
  ) {}

  async forEnrollment(caller: AuthUser, enrollmentId: string): Promise<AssessmentBenchmarkResponse> {
    // Who may see the enrolment's answers may see the benchmark: the same check, the same 404.
    const context = await this.assessments.enrollmentContext(enrollmentId, caller.id, isAdmin(caller));
    if (!context?.visible) throw assessmentErrors.enrollmentNotFound();
    const subject = await benchmarkSubject(this.db, enrollmentId);
    const empty = {
      enrollmentId,
      organizationId: subject.organization_id,
      organizationKind: subject.kind as OrganizationKind | null,
      minimumPeers: BENCHMARK_MIN_PEERS,
    };
    if (!subject.organization_id) {
      return { ...empty, sameKindOrganizations: 0, allOrganizations: 0, dimensions: [] };
    }
    const rows = await benchmarkRows(this.db, subject.organization_id, BENCHMARK_MIN_PEERS);
    return {
      ...empty,
      sameKindOrganizations: rows[0]?.same_kind_orgs ?? 0,
      allOrganizations: rows[0]?.all_count ?? 0,
      dimensions: rows.map((r) => ({
        dimensionId: r.dimension_id,
        name: r.name,
        own: r.own,
        sameKind: r.same_kind,
        all: r.all_orgs,
      })),
    };
  }
}
