import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

import { Session } from '../../core/auth/session';
import { CallNew } from './call-new';
import { OpenCalls } from './open-calls';

/** The calls page: what is open now (admins: every call). */
@Component({
  selector: 'app-call-list',
  imports: [CallNew, OpenCalls, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('calls.title') }}</h1>
      <p class="lead">{{ t('calls.lead') }}</p>
      @if (session.hasRole('admin')) {
        <app-call-new />
      }
      <app-open-calls />
    </section>
  `,
})
export class CallList {
  protected readonly session = inject(Session);
}
