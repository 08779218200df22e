import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

import { Session } from '../../core/auth/session';
import { OpenCalls } from '../calls/open-calls';
import { MembershipStatus } from '../membership/membership-status';

@Component({
  selector: 'app-home',
  imports: [MembershipStatus, OpenCalls, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('home.title') }}</h1>
      <p class="lead">{{ t('home.lead') }}</p>
      <app-membership-status />
      <p>{{ t('home.teams') }}</p>
      <a class="button primary" routerLink="/sign-in">{{ t('home.cta') }}</a>
      @if (session.signedIn()) {
        <app-open-calls [limit]="3" />
      }
    </section>
  `,
})
export class Home {
  protected readonly session = inject(Session);
}
