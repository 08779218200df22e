import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { OrganizationResponse } from '@keino/contracts';

import { EmailDomains } from '../membership/email-domains';
import { OrganizationInvitations } from '../membership/invitations';
import { MembershipApi } from '../membership/membership-api';
import { MembershipRequests } from '../membership/membership-requests';
import { ListState, type ListStatus } from '../../shared/ui/list-state';
import { IdentityProviders } from './identity-providers';

/**
 * One organisation for admins: its register data, who may join it (verified email domains), the membership
 * requests waiting on it, its open invitations and the identity providers its people sign in through.
 */
@Component({
  selector: 'app-organization-page',
  imports: [
    EmailDomains,
    IdentityProviders,
    ListState,
    MembershipRequests,
    OrganizationInvitations,
    RouterLink,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <p>
        <a routerLink="/admin/organizations">← {{ t('adminArea.organizations.title') }}</a>
      </p>
      <app-list-state
        [status]="status()"
        [failedText]="missing() ? t('membership.organizationPage.missing') : undefined"
      >
        <ng-template>
          @if (organization(); as o) {
            <h1>{{ o.name }}</h1>
            <dl class="facts">
              <dt>{{ t('adminArea.organizations.businessId') }}</dt>
              <dd>{{ o.businessId }}</dd>
              <dt>{{ t('adminArea.kind') }}</dt>
              <dd>{{ t('kinds.' + o.kind) }}</dd>
              <dt>{{ t('adminArea.region') }}</dt>
              <dd>{{ t('regions.' + o.region) }}</dd>
            </dl>
            <app-email-domains [organizationId]="o.id" [editable]="true" />
            <app-membership-requests [organizationId]="o.id" />
            <app-organization-invitations [organizationId]="o.id" />
            <app-identity-providers [organizationId]="o.id" />
          }
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class OrganizationPage {
  private readonly api = inject(MembershipApi);
  readonly organizationId = input.required<string>();
  protected readonly status = signal<ListStatus>('loading');
  protected readonly organization = signal<OrganizationResponse | null>(null);
  /** A 404: no such organisation (an old link), said instead of the general failure. */
  protected readonly missing = signal(false);

  constructor() {
    effect(() => {
      this.status.set('loading');
      this.api.organization(this.organizationId()).subscribe({
        next: (organization) => {
          this.organization.set(organization);
          this.status.set('ready');
        },
        error: (error: HttpErrorResponse) => {
          this.missing.set(error.status === 404);
          this.status.set('failed');
        },
      });
    });
  }
}
