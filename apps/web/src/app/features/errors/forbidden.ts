import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

/** Where a guard sends someone whose roles do not reach a page: an explanation, never a blank screen. */
@Component({
  selector: 'app-forbidden',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('forbidden.title') }}</h1>
      <p class="lead">{{ t('forbidden.lead') }}</p>
      <a class="button primary" routerLink="/learning">{{ t('forbidden.back') }}</a>
    </section>
  `,
})
export class Forbidden {}
