import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APPLICATION_DECISIONS,
  ORGANIZATION_KINDS,
  REGION_CODES,
  type ApplicationDecision,
  type ApplicationSummary,
  type CallResponse,
  type UserResponse,
} from '@keino/contracts';

import { Session } from '../../core/auth/session';
import { saveFile } from '../../core/files/save-file';
import { apiErrorCode } from '../../core/http/api-error';
import { LanguageService } from '../../core/i18n/language';
import { ChartFigure } from '../../shared/chart/chart-figure';
import { injectTranslate } from '../../shared/chart/chart-translate';
import { ApplicationFilter, CallsApi } from './calls-api';
import { formatScore, spreadTable } from './call-format';

/**
 * A call's applications as the caller may see them: admins ranked by score with filters by region and kind, the
 * spread of the accepted ones (a chart and its table), decisions, reviewers and the export; reviewers the submitted
 * ones with their scores; change agents their regions' without scores.
 */
@Component({
  selector: 'app-call-applications',
  imports: [ChartFigure, FormsModule, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section *transloco="let t" aria-labelledby="call-applications">
      <h2 id="call-applications">{{ t(admin() ? 'calls.admin.ranked' : 'calls.applications') }}</h2>
      @if (admin()) {
        <div class="filters">
          <label for="call-region">{{ t('calls.admin.region') }}</label>
          <select id="call-region" [(ngModel)]="filter.region" (ngModelChange)="load()">
            <option value="">{{ t('calls.admin.any') }}</option>
            @for (r of regions; track r) {
              <option [value]="r">{{ t('regions.' + r) }}</option>
            }
          </select>
          <label for="call-kind">{{ t('calls.admin.kind') }}</label>
          <select id="call-kind" [(ngModel)]="filter.kind" (ngModelChange)="load()">
            <option value="">{{ t('calls.admin.any') }}</option>
            @for (k of kinds; track k) {
              <option [value]="k">{{ t('kinds.' + k) }}</option>
            }
          </select>
          <button type="button" class="button" (click)="download('csv')">{{ t('calls.admin.csv') }}</button>
          <button type="button" class="button" (click)="download('xlsx')">{{ t('calls.admin.xlsx') }}</button>
        </div>
      }
      @if (items() === null) {
        <p class="note">{{ t('calls.loading') }}</p>
      } @else if (items()?.length === 0) {
        <p class="note">{{ t('calls.noApplications') }}</p>
      } @else {
        <table class="bars">
          <caption class="visually-hidden">
            {{
              t('calls.applications')
            }}
          </caption>
          <thead>
            <tr>
              @if (admin()) {
                <th scope="col">{{ t('calls.admin.rank') }}</th>
              }
              <th scope="col">{{ t('calls.organization') }}</th>
              <th scope="col">{{ t('calls.admin.region') }}</th>
              <th scope="col">{{ t('calls.status') }}</th>
              <th scope="col">{{ t('calls.reviews') }}</th>
              @if (showsScore()) {
                <th scope="col">{{ t('calls.score') }}</th>
              }
              @if (admin()) {
                <th scope="col">{{ t('calls.admin.decision') }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (a of items(); track a.id; let i = $index) {
              <tr>
                @if (admin()) {
                  <td>{{ a.score === null ? '–' : i + 1 }}</td>
                }
                <th scope="row">
                  @if (a.status === 'draft' && !agentOnly()) {
                    {{ a.organizationName }}
                  } @else {
                    <a [routerLink]="['/calls/applications', a.id]">{{ a.organizationName }}</a>
                  }
                </th>
                <td>{{ t('regions.' + a.region) }}</td>
                <td>{{ t('calls.applicationStatuses.' + a.status) }}</td>
                <td>{{ a.reviewCount }}</td>
                @if (showsScore()) {
                  <td>{{ score(a.score) }}</td>
                }
                @if (admin()) {
                  <td>
                    @if (a.status === 'submitted' || a.status === 'reserve') {
                      <label class="visually-hidden" [for]="'decision-' + a.id">{{
                        t('calls.admin.decisionFor', { name: a.organizationName })
                      }}</label>
                      <select [id]="'decision-' + a.id" #choice>
                        @for (d of decisions; track d) {
                          <option [value]="d">{{ t('calls.decisions.' + d) }}</option>
                        }
                      </select>
                      <button
                        type="button"
                        class="button"
                        [disabled]="busy()"
                        (click)="decide(a, $any(choice.value))"
                      >
                        {{ t('calls.admin.decide') }}
                      </button>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      }
      <p class="message" role="alert">
        @if (error(); as e) {
          {{ t('errorCodes.' + e) }}
        }
      </p>
      <p class="announcement" role="status" aria-live="polite">
        @if (decided(); as d) {
          {{ t('calls.admin.decided', { name: d }) }}
        }
      </p>
      @if (admin() && items()?.length) {
        <h2>{{ t('calls.admin.spread') }}</h2>
        <app-chart [label]="t('calls.admin.spreadRegion')" [table]="spreadByRegion()" />
        <app-chart [label]="t('calls.admin.spreadKind')" [table]="spreadByKind()" />
        <h2>{{ t('calls.admin.reviewers') }}</h2>
        <ul>
          @for (r of call().reviewers; track r.userId) {
            <li>{{ r.fullName }}</li>
          }
        </ul>
        <form class="inline-form" (ngSubmit)="addReviewer()">
          <label for="call-reviewer">{{ t('calls.admin.addReviewer') }}</label>
          <select id="call-reviewer" name="reviewer" [(ngModel)]="reviewerId">
            @for (u of trainers(); track u.id) {
              <option [value]="u.id">{{ u.fullName }}</option>
            }
          </select>
          <button type="submit" class="button" [disabled]="!reviewerId">{{ t('calls.admin.add') }}</button>
        </form>
      }
    </section>
  `,
})
export class CallApplications implements OnInit {
  readonly call = input.required<CallResponse>();
  /** A decision or a reviewer changed the call (its count of accepted, its reviewers). */
  readonly changed = output<void>();
  private readonly api = inject(CallsApi);
  private readonly session = inject(Session);
  private readonly language = inject(LanguageService);
  private readonly t = injectTranslate();
  protected readonly regions = REGION_CODES;
  protected readonly kinds = ORGANIZATION_KINDS;
  protected readonly decisions = APPLICATION_DECISIONS;
  protected readonly filter: ApplicationFilter = { region: '', kind: '' };
  protected readonly items = signal<ApplicationSummary[] | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly decided = signal<string | null>(null);
  protected readonly trainers = signal<UserResponse[]>([]);
  protected reviewerId = '';
  protected readonly admin = computed(() => this.session.hasRole('admin'));
  protected readonly showsScore = computed(() => this.admin() || this.call().isReviewer);
  protected readonly agentOnly = computed(() => !this.showsScore());
  protected readonly spreadByRegion = computed(() => spreadTable(this.items() ?? [], 'region', this.t()));
  protected readonly spreadByKind = computed(() => spreadTable(this.items() ?? [], 'kind', this.t()));

  ngOnInit(): void {
    this.load();
    if (this.admin()) this.api.trainers().subscribe((page) => this.trainers.set(page.items));
  }

  protected load(): void {
    this.api.applications(this.call().id, this.filter).subscribe({
      next: (page) => this.items.set(page.items),
      error: (err: HttpErrorResponse) => this.error.set(apiErrorCode(err) ?? 'INTERNAL'),
    });
  }

  protected score(value: number | null): string {
    return formatScore(value, this.language.current());
  }

  protected decide(a: ApplicationSummary, decision: ApplicationDecision): void {
    this.busy.set(true);
    this.error.set(null);
    this.decided.set(null);
    this.api.decide(a.id, { decision }).subscribe({
      next: () => {
        this.busy.set(false);
        this.decided.set(a.organizationName);
        this.load();
        this.changed.emit();
      },
      error: (err: HttpErrorResponse) => {
        this.busy.set(false);
        this.error.set(apiErrorCode(err) ?? 'INTERNAL');
      },
    });
  }

  protected addReviewer(): void {
    this.error.set(null);
    this.api.addReviewer(this.call().id, this.reviewerId).subscribe({
      next: () => this.changed.emit(),
      error: (err: HttpErrorResponse) => this.error.set(apiErrorCode(err) ?? 'INTERNAL'),
    });
  }

  protected download(format: 'csv' | 'xlsx'): void {
    this.api
      .export(this.call().id, format)
      .subscribe((blob) => saveFile(blob, `call-applications.${format}`));
  }
}
