import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { GroupEventKind, GroupEventResponse } from '@keino/contracts';

import { saveFile } from '../../core/files/save-file';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { ListState } from '../../shared/ui/list-state';
import { DeveloperGroupsApi } from './developer-groups-api';

/** A group's meetings and market dialogues; facilitators add events and export a dialogue's registrations. */
@Component({
  selector: 'app-group-events',
  imports: [FormsModule, RouterLink, TranslocoDirective, LocalDatePipe, ListState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './developer-groups.css',
  template: `
    <section aria-labelledby="events-title" *transloco="let t">
      <h2 id="events-title">{{ t('developerGroups.events.title') }}</h2>
      <app-list-state
        [status]="status()"
        [empty]="events().length === 0"
        [emptyText]="t('developerGroups.events.empty')"
      >
        <ng-template>
          <ul class="plain" aria-labelledby="events-title">
            @for (e of events(); track e.id) {
              <li class="card">
                <strong>{{ e.title }}</strong>
                <span class="badge">{{ t('developerGroups.events.kinds.' + e.kind) }}</span>
                <p class="meta">
                  {{ e.startsAt | localDate: 'd.M.yyyy HH:mm' }}
                  @if (e.location) {
                    · {{ e.location }}
                  }
                  @if (e.onlineUrl) {
                    ·
                    <a [href]="e.onlineUrl" rel="noopener noreferrer">{{
                      t('developerGroups.events.online')
                    }}</a>
                  }
                </p>
                @if (e.description) {
                  <p>{{ e.description }}</p>
                }
                @if (e.registrationOpen) {
                  <p>
                    <a [routerLink]="['/events', e.id]">{{ t('developerGroups.events.publicPage') }}</a>
                  </p>
                }
                @if (canFacilitate() && e.kind === 'market_dialogue') {
                  <div class="actions">
                    <span>{{
                      t('developerGroups.events.registrations', { count: e.registrationCount ?? 0 })
                    }}</span>
                    <button type="button" class="button" (click)="exportRegistrations(e, 'csv')">
                      {{ t('developerGroups.events.exportCsv', { title: e.title }) }}
                    </button>
                    <button type="button" class="button" (click)="exportRegistrations(e, 'xlsx')">
                      {{ t('developerGroups.events.exportXlsx', { title: e.title }) }}
                    </button>
                  </div>
                }
              </li>
            }
          </ul>
        </ng-template>
      </app-list-state>
      @if (canFacilitate()) {
        <h3>{{ t('developerGroups.events.new') }}</h3>
        <form (ngSubmit)="create()">
          <label for="event-title">{{ t('developerGroups.events.eventTitle') }}</label>
          <input id="event-title" name="title" type="text" maxlength="200" required [(ngModel)]="title" />
          <label for="event-kind">{{ t('developerGroups.events.kind') }}</label>
          <select id="event-kind" name="kind" [(ngModel)]="kind">
            <option value="meeting">{{ t('developerGroups.events.kinds.meeting') }}</option>
            <option value="market_dialogue">{{ t('developerGroups.events.kinds.market_dialogue') }}</option>
          </select>
          <label for="event-starts">{{ t('developerGroups.events.startsAt') }}</label>
          <input id="event-starts" name="startsAt" type="datetime-local" required [(ngModel)]="startsAt" />
          <label for="event-location">{{ t('developerGroups.events.location') }}</label>
          <input id="event-location" name="location" type="text" maxlength="200" [(ngModel)]="location" />
          <label for="event-url">{{ t('developerGroups.events.onlineUrl') }}</label>
          <input id="event-url" name="onlineUrl" type="url" maxlength="2000" [(ngModel)]="onlineUrl" />
          <label for="event-description">{{ t('developerGroups.events.description') }}</label>
          <textarea id="event-description" name="description" rows="3" [(ngModel)]="description"></textarea>
          @if (kind === 'market_dialogue') {
            <p>
              <input id="event-open" name="registrationOpen" type="checkbox" [(ngModel)]="registrationOpen" />
              <label for="event-open">{{ t('developerGroups.events.registrationOpen') }}</label>
            </p>
          }
          <div>
            <button type="submit" class="button primary">{{ t('developerGroups.events.create') }}</button>
          </div>
          @if (failed()) {
            <p class="message" role="alert">{{ t('developerGroups.events.failed') }}</p>
          }
        </form>
      }
    </section>
  `,
})
export class GroupEvents implements OnInit {
  readonly groupId = input.required<string>();
  readonly canFacilitate = input(false);
  private readonly api = inject(DeveloperGroupsApi);
  protected readonly status = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly events = signal<GroupEventResponse[]>([]);
  protected readonly failed = signal(false);
  protected title = '';
  protected kind: GroupEventKind = 'meeting';
  protected startsAt = '';
  protected location = '';
  protected onlineUrl = '';
  protected description = '';
  protected registrationOpen = false;

  ngOnInit(): void {
    this.load();
  }

  protected create(): void {
    const startsAt = new Date(this.startsAt);
    if (!this.title.trim() || Number.isNaN(startsAt.getTime())) {
      this.failed.set(true);
      return;
    }
    this.failed.set(false);
    this.api
      .createEvent(this.groupId(), {
        title: this.title.trim(),
        kind: this.kind,
        // The field is local (Finnish) time; the API takes UTC.
        startsAt: startsAt.toISOString(),
        ...(this.location.trim() ? { location: this.location.trim() } : {}),
        ...(this.onlineUrl.trim() ? { onlineUrl: this.onlineUrl.trim() } : {}),
        ...(this.description.trim() ? { description: this.description.trim() } : {}),
        registrationOpen: this.kind === 'market_dialogue' && this.registrationOpen,
      })
      .subscribe({
        next: () => {
          this.title = '';
          this.load();
        },
        error: () => this.failed.set(true),
      });
  }

  protected exportRegistrations(e: GroupEventResponse, format: 'csv' | 'xlsx'): void {
    this.api.exportRegistrations(e.id, format).subscribe((blob) => saveFile(blob, `registrations.${format}`));
  }

  private load(): void {
    this.api.events(this.groupId()).subscribe({
      next: (page) => {
        this.events.set(page.items);
        this.status.set('ready');
      },
      error: () => this.status.set('failed'),
    });
  }
}
