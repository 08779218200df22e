import { Injectable } from '@nestjs/common';
import type { ListResponse, MentoringTeam } from '@keino/contracts';

import { AssignmentSubmissionsService } from '../assignments/assignment-submissions.service';
import { AuthUser } from '../common/auth/auth.decorators';
import type { PageQueryDto } from '../common/pagination/page.query';
import { MentoringRepository } from './repositories/mentoring.repository';

/** My teams: every team the caller coaches or mentors, with progress, what is late and the assignment's state. */
@Injectable()
export class MentoringService {
  constructor(
    private readonly mentoring: MentoringRepository,
    private readonly assignments: AssignmentSubmissionsService,
  ) {}

  async list(caller: AuthUser, page: PageQueryDto): Promise<ListResponse<MentoringTeam>> {
    const rows = await this.mentoring.list(caller.id, page);
    const states = await this.assignments.teamStates(
      rows.map((r) => ({ cohortId: r.cohort_id, organizationId: r.organization_id })),
    );
    return {
      items: rows.map((r) => {
        const state = states.get(`${r.cohort_id}/${r.organization_id}`) ?? null;
        return {
          cohortId: r.cohort_id,
          cohortName: r.cohort_name,
          organizationId: r.organization_id,
          organizationName: r.organization_name,
          groupId: r.group_id,
          as: r.as_coach ? 'coach' : 'mentor',
          participants: r.participants,
          averagePercent: r.average_percent === null ? 0 : Number(r.average_percent),
          assignmentStatus: state?.status ?? null,
          assignmentId: state?.id ?? null,
          late: r.late,
          nextMeeting: r.next_meeting
            ? { ...r.next_meeting, startsAt: new Date(r.next_meeting.startsAt).toISOString() }
            : null,
        };
      }),
      total: rows.length ? Number(rows[0].total) : 0,
    };
  }
}
