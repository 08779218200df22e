import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

import { Session } from '../../core/auth/session';

/** Any address the app does not know: says so, and offers the way back. */
@Component({
  selector: 'app-not-found',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('notFound.title') }}</h1>
      <p class="lead">{{ t('notFound.lead') }}</p>
      @if (session.signedIn()) {
        <a class="button primary" routerLink="/learning">{{ t('notFound.learning') }}</a>
      } @else {
        <a class="button primary" routerLink="/">{{ t('notFound.home') }}</a>
      }
    </section>
  `,
})
export class NotFound {
  protected readonly session = inject(Session);
}
