import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { MeetingResponse } from '@keino/contracts';

import { Session } from '../../core/auth/session';
import { apiErrorCode, errorCodeMessageKey } from '../../core/http/api-error';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { ListState } from '../../shared/ui/list-state';
import { GroupsApi } from './groups-api';

type Load = 'loading' | 'ready' | 'failed';

/**
 * A small group's meetings. Those who record attendance (the group's coaches, the cohort's trainers, admins) see the
 * group's people under each meeting and schedule new ones; everyone else who sees the group sees when and where.
 */
@Component({
  selector: 'app-group-meetings',
  imports: [FormsModule, ListState, LocalDatePipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './groups.css',
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('groups.meetings.title') }}</h1>
      <p class="announcement" role="status" aria-live="polite">{{ announcement() }}</p>
      <app-list-state [status]="load()">
        <ng-template>
          @for (m of meetings(); track m.id) {
            <article class="meeting" [attr.aria-labelledby]="'meeting-' + m.id">
              <h2 [id]="'meeting-' + m.id">{{ m.title }}</h2>
              <p>
                {{ m.startsAt | localDate: 'd.M.yyyy HH:mm' }}
                @if (m.endsAt) {
                  – {{ m.endsAt | localDate: 'HH:mm' }}
                }
                @if (m.location) {
                  · {{ m.location }}
                }
                @if (m.onlineUrl) {
                  ·
                  <a [href]="m.onlineUrl" rel="noopener noreferrer" target="_blank">{{
                    t('groups.meetings.online')
                  }}</a>
                }
              </p>
              @if (m.people) {
                <fieldset>
                  <legend>{{ t('groups.meetings.attendance', { title: m.title }) }}</legend>
                  <ul class="attendance-list">
                    @for (p of m.people; track p.id) {
                      <li>
                        <label>
                          <input
                            type="checkbox"
                            [checked]="attended(m, p.id)"
                            (change)="record(m, p.id, $any($event.target).checked)"
                          />
                          {{ p.fullName }}
                        </label>
                      </li>
                    } @empty {
                      <li>{{ t('groups.meetings.nobody') }}</li>
                    }
                  </ul>
                </fieldset>
              }
            </article>
          } @empty {
            <p>{{ t('groups.meetings.none') }}</p>
          }
          @if (recorder()) {
            <h2>{{ t('groups.meetings.new') }}</h2>
            <form class="narrow" (ngSubmit)="schedule()">
              <label for="meeting-title">{{ t('groups.meetings.titleField') }}</label>
              <input id="meeting-title" name="title" [(ngModel)]="draft.title" maxlength="200" required />
              <label for="meeting-starts">{{ t('groups.meetings.startsAt') }}</label>
              <input
                id="meeting-starts"
                name="startsAt"
                type="datetime-local"
                [(ngModel)]="draft.startsAt"
                required
              />
              <label for="meeting-ends">{{ t('groups.meetings.endsAt') }}</label>
              <input id="meeting-ends" name="endsAt" type="datetime-local" [(ngModel)]="draft.endsAt" />
              <label for="meeting-location">{{ t('groups.meetings.location') }}</label>
              <input id="meeting-location" name="location" [(ngModel)]="draft.location" maxlength="200" />
              <label for="meeting-url">{{ t('groups.meetings.onlineUrl') }}</label>
              <input
                id="meeting-url"
                name="onlineUrl"
                type="url"
                [(ngModel)]="draft.onlineUrl"
                maxlength="2000"
              />
              <button type="submit" class="button primary">{{ t('groups.meetings.schedule') }}</button>
            </form>
          }
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class GroupMeetings {
  private readonly api = inject(GroupsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly session = inject(Session);
  readonly groupId = input.required<string>();
  protected readonly meetings = signal<MeetingResponse[]>([]);
  protected readonly load = signal<Load>('loading');
  protected readonly recorder = signal(false);
  protected readonly announcement = signal('');
  protected draft = { title: '', startsAt: '', endsAt: '', location: '', onlineUrl: '' };

  constructor() {
    effect(() => this.reload(this.groupId()));
  }

  private reload(groupId: string): void {
    this.api.meetings(groupId).subscribe({
      next: (list) => {
        this.meetings.set(list.items);
        // Only those who record attendance get the group's people with each meeting. With no meeting yet that says
        // nothing, so staff see the form (the API answers 403 to a mentor who tries).
        const staff = this.session.hasRole('trainer', 'admin');
        this.recorder.set(list.items.length ? list.items.some((m) => m.people !== undefined) : staff);
        this.load.set('ready');
      },
      error: () => this.load.set('failed'),
    });
  }

  protected attended(m: MeetingResponse, userId: string): boolean {
    return m.attendance?.some((a) => a.userId === userId && a.attended) ?? false;
  }

  protected record(m: MeetingResponse, userId: string, attended: boolean): void {
    this.api.setAttendance(m.id, userId, attended).subscribe({
      next: () => {
        const rest = (m.attendance ?? []).filter((a) => a.userId !== userId);
        const updated = { ...m, attendance: [...rest, { userId, attended }] };
        this.meetings.update((all) => all.map((x) => (x.id === m.id ? updated : x)));
        const name = m.people?.find((p) => p.id === userId)?.fullName ?? '';
        this.say(attended ? 'groups.meetings.came' : 'groups.meetings.didNotCome', { name });
      },
      error: (e: unknown) => this.fail(e),
    });
  }

  protected schedule(): void {
    const d = this.draft;
    if (!d.title.trim() || !d.startsAt) return;
    // A datetime-local value has no zone: the Date constructor reads it in the browser's zone, as the coach meant.
    const iso = (local: string) => new Date(local).toISOString();
    this.api
      .createMeeting(this.groupId(), {
        title: d.title.trim(),
        startsAt: iso(d.startsAt),
        ...(d.endsAt ? { endsAt: iso(d.endsAt) } : {}),
        ...(d.location.trim() ? { location: d.location.trim() } : {}),
        ...(d.onlineUrl.trim() ? { onlineUrl: d.onlineUrl.trim() } : {}),
      })
      .subscribe({
        next: (m) => {
          this.draft = { title: '', startsAt: '', endsAt: '', location: '', onlineUrl: '' };
          this.say('groups.meetings.scheduled', { title: m.title });
          this.reload(this.groupId());
        },
        error: (e: unknown) => this.fail(e),
      });
  }

  private say(key: string, params: Record<string, string>): void {
    this.announcement.set(this.transloco.translate(key, params));
  }

  private fail(e: unknown): void {
    const code = apiErrorCode(e);
    this.announcement.set(this.transloco.translate(code ? errorCodeMessageKey(code) : 'groups.failed'));
  }
}
