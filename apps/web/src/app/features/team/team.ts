import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CohortResponse, MyEnrollmentResponse, UserResponse } from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { LocalPercentPipe } from '../../core/i18n/locale-pipes';
import { Session } from '../../core/auth/session';
import { LearningApi } from '../learning/learning-api';
import { EmailDomains } from '../membership/email-domains';
import { OrganizationInvitations } from '../membership/invitations';
import { MembershipRequests } from '../membership/membership-requests';
import { TeamApi } from './team-api';

/** A coordinator's team: colleagues' enrolments and progress, and enrolling colleagues in an open cohort. */
@Component({
  selector: 'app-team',
  imports: [
    EmailDomains,
    FormsModule,
    LocalPercentPipe,
    MembershipRequests,
    OrganizationInvitations,
    RouterLink,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('team.title') }}</h1>
      <p>
        <a routerLink="/impact">{{ t('assessment.links.team') }}</a>
      </p>
      <p class="announcement" role="status" aria-live="polite">
        @if (announcement(); as a) {
          {{ t(a.key, { name: a.name }) }}
        }
      </p>
      <h2>{{ t('team.progress') }}</h2>
      @if (team().length === 0) {
        <p>{{ t('team.empty') }}</p>
      } @else {
        <table class="bars">
          <caption class="visually-hidden">
            {{
              t('team.progress')
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ t('teaching.participant') }}</th>
              <th scope="col">{{ t('team.cohort') }}</th>
              <th scope="col">{{ t('team.status') }}</th>
              <th scope="col">{{ t('admin.average') }}</th>
            </tr>
          </thead>
          <tbody>
            @for (e of team(); track e.id) {
              <tr>
                <th scope="row">{{ e.fullName }}</th>
                <td>{{ e.cohort.name }}</td>
                <td>{{ t('status.' + e.status) }}</td>
                <td>
                  <span class="meter" aria-hidden="true"><span [style.width.%]="e.percent"></span></span>
                  {{ e.percent / 100 | localPercent: 1 }}
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
      <h2>{{ t('team.enrol') }}</h2>
      <form class="narrow" (ngSubmit)="search()">
        <label for="cohort">{{ t('team.cohort') }}</label>
        <select id="cohort" name="cohort" [(ngModel)]="cohortId">
          @for (c of cohorts(); track c.id) {
            <option [value]="c.id">{{ c.name }}</option>
          }
        </select>
        <label for="colleague">{{ t('team.search') }}</label>
        <input id="colleague" name="q" [(ngModel)]="query" autocomplete="off" />
        <button type="submit" class="button">{{ t('team.find') }}</button>
      </form>
      @if (colleagues().length) {
        <ul class="queue" [attr.aria-label]="t('team.results')">
          @for (u of colleagues(); track u.id) {
            <li>
              <span>{{ u.fullName }}</span>
              <button
                type="button"
                class="button primary"
                [attr.aria-label]="t('catalogue.enrol') + ': ' + u.fullName"
                (click)="enrol(u)"
              >
                {{ t('catalogue.enrol') }}
              </button>
            </li>
          }
        </ul>
      }
      @if (organizationId) {
        <app-membership-requests [organizationId]="organizationId" />
        <app-organization-invitations [organizationId]="organizationId" />
        <app-email-domains [organizationId]="organizationId" />
      }
    </section>
  `,
})
export class Team {
  private readonly api = inject(TeamApi);
  private readonly learning = inject(LearningApi);
  protected readonly organizationId = inject(Session).user()?.organizationId ?? '';
  protected readonly team = signal<MyEnrollmentResponse[]>([]);
  protected readonly cohorts = signal<CohortResponse[]>([]);
  protected readonly colleagues = signal<UserResponse[]>([]);
  protected readonly announcement = signal<{ key: string; name: string } | null>(null);
  protected cohortId = '';
  protected query = '';

  constructor() {
    this.loadTeam();
    this.learning.openCohorts(0, 50).subscribe((list) => {
      this.cohorts.set(list.items);
      this.cohortId = list.items[0]?.id ?? '';
    });
  }

  private loadTeam(): void {
    this.api.enrollments(this.organizationId).subscribe((list) => this.team.set(list.items));
  }

  protected search(): void {
    this.api.members(this.organizationId, this.query).subscribe((list) => this.colleagues.set(list.items));
  }

  protected enrol(colleague: UserResponse): void {
    this.api.enrol(this.cohortId, colleague.id).subscribe({
      next: () => {
        this.announcement.set({ key: 'team.enrolled', name: colleague.fullName });
        this.loadTeam();
      },
      error: (error: HttpErrorResponse) => {
        const code = apiErrorCode(error);
        this.announcement.set({
          key: code === 'ALREADY_ENROLLED' ? 'team.already' : 'team.failed',
          name: colleague.fullName,
        });
      },
    });
  }
}
