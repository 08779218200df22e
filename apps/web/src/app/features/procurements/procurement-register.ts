import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { NOVELTIES, type ProcurementSummary } from '@keino/contracts';

import { Session } from '../../core/auth/session';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { ListState, type ListStatus } from '../../shared/ui/list-state';
import { ProcurementsApi } from './procurements-api';

/** The register: the organisation's procurements (a change agent's: the regions', an admin's: all) by year and novelty. */
@Component({
  selector: 'app-procurement-register',
  imports: [FormsModule, RouterLink, TranslocoDirective, ListState, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './procurements.css',
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('procurements.title') }}</h1>
      <p class="lead">{{ t('procurements.intro') }}</p>
      <p class="actions">
        @if (canRecord) {
          <a class="button primary" routerLink="/procurements/new">{{ t('procurements.new') }}</a>
        }
        <a class="button" routerLink="/procurements/report">{{ t('procurements.report.title') }}</a>
      </p>
      <form class="filters" [attr.aria-label]="t('procurements.filters')" (ngSubmit)="refresh()">
        <app-form-field fieldId="filter-year" [label]="t('procurements.fields.year')">
          <select appFieldControl name="year" [(ngModel)]="year" (ngModelChange)="refresh()">
            <option value="">{{ t('procurements.any') }}</option>
            @for (y of years; track y) {
              <option [value]="y">{{ y }}</option>
            }
          </select>
        </app-form-field>
        <app-form-field fieldId="filter-novelty" [label]="t('procurements.fields.novelty')">
          <select appFieldControl name="novelty" [(ngModel)]="novelty" (ngModelChange)="refresh()">
            <option value="">{{ t('procurements.any') }}</option>
            @for (n of novelties; track n) {
              <option [value]="n">{{ t('procurements.novelty.' + n) }}</option>
            }
          </select>
        </app-form-field>
      </form>
      <app-list-state
        [status]="status()"
        [empty]="items().length === 0"
        [emptyText]="t('procurements.none')"
        [retryable]="true"
        (retry)="refresh()"
      >
        <ng-template>
          <table>
            <caption>
              {{
                t('procurements.listCaption', { total: total() })
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ t('procurements.fields.title') }}</th>
                <th scope="col">{{ t('procurements.fields.organization') }}</th>
                <th scope="col">{{ t('procurements.fields.year') }}</th>
                <th scope="col" class="number">{{ t('procurements.fields.valueEur') }}</th>
                <th scope="col">{{ t('procurements.fields.novelty') }}</th>
                <th scope="col">{{ t('procurements.fields.status') }}</th>
              </tr>
            </thead>
            <tbody>
              @for (p of items(); track p.id) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="['/procurements', p.id]">{{ p.title }}</a>
                  </th>
                  <td>{{ p.organizationName }}</td>
                  <td>{{ p.year }}</td>
                  <td class="number">{{ euros(p.valueEur) }}</td>
                  <td>{{ t('procurements.novelty.' + p.novelty) }}</td>
                  <td>{{ t('procurements.status.' + p.status) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class ProcurementRegister implements OnInit {
  private readonly api = inject(ProcurementsApi);
  protected readonly canRecord =
    inject(Session).user()?.organizationId != null || inject(Session).hasRole('admin');
  protected readonly novelties = NOVELTIES;
  protected readonly years = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() + 1 - i);
  protected readonly items = signal<ProcurementSummary[]>([]);
  protected readonly total = signal(0);
  protected readonly status = signal<ListStatus>('loading');
  protected year = '';
  protected novelty = '';
  private request = 0;

  ngOnInit(): void {
    this.refresh();
  }

  protected refresh(): void {
    const params: Record<string, string | number> = { limit: 200 };
    if (this.year) params['year'] = this.year;
    if (this.novelty) params['novelty'] = this.novelty;
    const request = ++this.request;
    this.api.list(params).subscribe({
      next: (page) => {
        // Only the latest choice counts when filters change quickly.
        if (request !== this.request) return;
        this.items.set(page.items);
        this.total.set(page.total);
        this.status.set('ready');
      },
      error: () => this.status.set('failed'),
    });
  }

  protected euros(value: number): string {
    return `${value.toLocaleString('fi-FI')} €`;
  }
}
