import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

import { OpenCalls } from './open-calls';

/** The calls page: what is open now (admins: every call). */
@Component({
  selector: 'app-call-list',
  imports: [OpenCalls, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('calls.title') }}</h1>
      <p class="lead">{{ t('calls.lead') }}</p>
      <app-open-calls />
    </section>
  `,
})
export class CallList {}
