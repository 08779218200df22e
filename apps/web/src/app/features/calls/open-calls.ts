import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CallResponse } from '@keino/contracts';

import { LanguageService } from '../../core/i18n/language';
import { finnishDateTime } from './call-format';
import { CallsApi } from './calls-api';

let nextId = 0;

/** The calls open now (and, for admins, every call) as cards: the home page, the catalogue and the calls page. */
@Component({
  selector: 'app-open-calls',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section *transloco="let t" [attr.aria-labelledby]="headingId">
      <h2 [id]="headingId">{{ t('calls.open.title') }}</h2>
      @if (failed()) {
        <p class="message">{{ t('calls.errors.loadFailed') }}</p>
      } @else if (calls() === null) {
        <p class="note">{{ t('calls.loading') }}</p>
      } @else if (calls()?.length === 0) {
        <p class="note">{{ t('calls.open.empty') }}</p>
      } @else {
        <ul class="cards">
          @for (c of calls(); track c.id) {
            <li class="card">
              <h3>
                <a [routerLink]="['/calls', c.id]">{{ c.title }}</a>
              </h3>
              <dl class="facts">
                @if (showCohort()) {
                  <dt>{{ t('calls.cohort') }}</dt>
                  <dd>{{ c.cohortName }}</dd>
                }
                <dt>{{ t('calls.closesAt') }}</dt>
                <dd>{{ time(c.closesAt) }}</dd>
                <dt>{{ t('calls.status') }}</dt>
                <dd>{{ t('calls.statuses.' + c.status) }}</dd>
              </dl>
              @if (c.myApplicationId) {
                <a class="button" [routerLink]="['/calls/applications', c.myApplicationId]">{{
                  t('calls.open.continue')
                }}</a>
              }
            </li>
          }
        </ul>
      }
    </section>
  `,
})
export class OpenCalls implements OnInit {
  /** Only the first few (the home page); all when unset. */
  readonly limit = input<number>(50);
  /** The catalogue lists the cohorts themselves beside the calls: there the card leaves the cohort out. */
  readonly showCohort = input(true);
  readonly headingId = `open-calls-${nextId++}`;
  private readonly api = inject(CallsApi);
  private readonly language = inject(LanguageService);
  protected readonly calls = signal<CallResponse[] | null>(null);
  protected readonly failed = signal(false);

  ngOnInit(): void {
    this.api.list(this.limit()).subscribe({
      next: (page) => this.calls.set(page.items),
      error: () => this.failed.set(true),
    });
  }

  protected time(iso: string): string {
    return finnishDateTime(iso, this.language.current());
  }
}
