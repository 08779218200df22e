import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { AUDIT_ACTIONS, type AuditAction, type AuditEventResponse } from '@keino/contracts';

import { LanguageService } from '../../core/i18n/language';
import { AdminApi } from './admin-api';
import { describeAuditEvent, formatTimestamp } from './audit-text';
import { pagedList } from '../../shared/pager/paged-list';
import { PagedListView } from '../../shared/pager/paged-list-view';
import { FilterSelect } from '../../shared/ui/filter-select';

const PAGE = 25;

/** Who changed roles, enrolments and course versions, and when: newest first. */
@Component({
  selector: 'app-audit-log',
  imports: [PagedListView, FilterSelect, FormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin-pages.css',
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('adminArea.audit.title') }}</h1>
      <p class="lead">{{ t('adminArea.audit.lead') }}</p>
      <form class="filters" role="search" (ngSubmit)="list.show(0)">
        <app-filter-select
          fieldId="audit-action"
          name="action"
          [label]="t('adminArea.audit.action')"
          [anyText]="t('adminArea.any')"
          [choices]="actions"
          labelKey="adminArea.audit.actions."
          [(value)]="list.filter.action"
        />
        <button type="submit" class="button">{{ t('adminArea.filter') }}</button>
      </form>
      <app-paged-list
        [list]="list"
        [count]="t('adminArea.audit.count', { total: list.total() })"
        [emptyText]="t('adminArea.audit.empty')"
      >
        <ng-template>
          <ul class="rows" [attr.aria-label]="t('adminArea.audit.title')">
            @for (e of list.items(); track e.id) {
              <li>
                <p class="meta">
                  <time [attr.datetime]="e.createdAt">{{ when(e.createdAt) }}</time> ·
                  {{ e.actorName ?? t('adminArea.audit.system') }}
                </p>
                <p class="event">{{ describe(e) }}</p>
              </li>
            }
          </ul>
        </ng-template>
      </app-paged-list>
    </section>
  `,
  styles: `
    .event {
      margin: 0.1rem 0 0;
    }
  `,
})
export class AuditLog {
  private readonly api = inject(AdminApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  protected readonly actions = AUDIT_ACTIONS;
  protected readonly list = pagedList({
    pageSize: PAGE,
    filter: { action: '' as AuditAction | '' },
    load: (filter, offset, limit) => this.api.auditEvents(filter.action, offset, limit),
  });

  constructor() {
    this.list.show(0);
  }

  // Read in the template, so both follow the language when it is switched (transloco re-renders the view).
  protected describe(event: AuditEventResponse): string {
    return describeAuditEvent(event, (key, params) => this.transloco.translate(key, params));
  }

  protected when(iso: string): string {
    return formatTimestamp(iso, this.language.current());
  }
}
