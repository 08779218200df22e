import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { AUDIT_ACTIONS, type AuditAction, type AuditEventResponse } from '@keino/contracts';

import { LanguageService } from '../../core/i18n/language';
import { AdminApi } from './admin-api';
import { describeAuditEvent, formatTimestamp } from './audit-text';
import { Pager } from '../../shared/pager/pager';
import { ListState } from '../../shared/ui/list-state';
import { latestRequest } from '../../shared/pager/latest-request';

const PAGE = 25;

/** Who changed roles, enrolments and course versions, and when: newest first. */
@Component({
  selector: 'app-audit-log',
  imports: [ListState, Pager, FormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin-pages.css',
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('adminArea.audit.title') }}</h1>
      <p class="lead">{{ t('adminArea.audit.lead') }}</p>
      <form class="filters" role="search" (ngSubmit)="show(0)">
        <div class="field">
          <label for="audit-action">{{ t('adminArea.audit.action') }}</label>
          <select id="audit-action" name="action" [(ngModel)]="action">
            <option value="">{{ t('adminArea.any') }}</option>
            @for (a of actions; track a) {
              <option [value]="a">{{ t('adminArea.audit.actions.' + a) }}</option>
            }
          </select>
        </div>
        <button type="submit" class="button">{{ t('adminArea.filter') }}</button>
      </form>
      <p class="count" role="status" aria-live="polite">
        @if (load() === 'ready') {
          {{ t('adminArea.audit.count', { total: total() }) }}
        }
      </p>
      <app-list-state
        [status]="load()"
        [empty]="events().length === 0"
        [emptyText]="t('adminArea.audit.empty')"
      >
        <ng-template>
          <ul class="rows" [attr.aria-label]="t('adminArea.audit.title')">
            @for (e of events(); track e.id) {
              <li>
                <p class="meta">
                  <time [attr.datetime]="e.createdAt">{{ when(e.createdAt) }}</time> ·
                  {{ e.actorName ?? t('adminArea.audit.system') }}
                </p>
                <p class="event">{{ describe(e) }}</p>
              </li>
            }
          </ul>
          <app-pager [offset]="offset()" [limit]="PAGE" [total]="total()" (page)="show($event)" />
        </ng-template>
      </app-list-state>
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
  protected readonly PAGE = PAGE;
  protected readonly actions = AUDIT_ACTIONS;
  protected readonly load = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly events = signal<AuditEventResponse[]>([]);
  protected readonly total = signal(0);
  protected readonly offset = signal(0);
  protected action: AuditAction | '' = '';

  // The newest request wins: a slower answer to an earlier page or filter is dropped.
  private readonly fetch = latestRequest(
    (offset: number) => this.api.auditEvents(this.action, offset, PAGE),
    {
      next: (list) => {
        this.events.set(list.items);
        this.total.set(list.total);
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    },
  );

  constructor() {
    this.show(0);
  }

  protected show(offset: number): void {
    this.offset.set(offset);
    this.load.set('loading');
    this.fetch(offset);
  }

  // Read in the template, so both follow the language when it is switched (transloco re-renders the view).
  protected describe(event: AuditEventResponse): string {
    return describeAuditEvent(event, (key, params) => this.transloco.translate(key, params));
  }

  protected when(iso: string): string {
    return formatTimestamp(iso, this.language.current());
  }
}
