import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ThreadSummary } from '@keino/contracts';

import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { ListState } from '../../shared/ui/list-state';
import { DeveloperGroupsApi, textToHtml } from './developer-groups-api';

/** A group's threads, latest activity first, searched in the group's language, and a form to start one. */
@Component({
  selector: 'app-group-discussion',
  imports: [FormsModule, RouterLink, TranslocoDirective, LocalDatePipe, ListState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './developer-groups.css',
  template: `
    <section aria-labelledby="discussion-title" *transloco="let t">
      <h2 id="discussion-title">{{ t('developerGroups.discussion.title') }}</h2>
      <form role="search" [attr.aria-label]="t('developerGroups.discussion.search')" (ngSubmit)="load()">
        <label for="thread-q">{{ t('developerGroups.discussion.search') }}</label>
        <input id="thread-q" name="q" type="search" autocomplete="off" [(ngModel)]="q" />
        <div>
          <button type="submit" class="button">{{ t('developerGroups.directory.find') }}</button>
        </div>
      </form>
      <app-list-state
        [status]="status()"
        [empty]="threads().length === 0"
        [emptyText]="t('developerGroups.discussion.empty')"
      >
        <ng-template>
          <ul class="plain" aria-labelledby="discussion-title">
            @for (th of threads(); track th.id) {
              <li class="card">
                <a [routerLink]="['/developer-groups/threads', th.id]">{{ th.title }}</a>
                @if (th.unread) {
                  <span class="badge">{{ t('developerGroups.discussion.unread') }}</span>
                }
                <p class="meta">
                  {{ th.author?.fullName ?? t('developerGroups.formerUser') }} ·
                  {{ t('developerGroups.discussion.posts', { count: th.postCount }) }} ·
                  {{
                    t('developerGroups.discussion.latest', {
                      date: th.lastPostAt | localDate: 'd.M.yyyy HH:mm',
                    })
                  }}
                </p>
              </li>
            }
          </ul>
        </ng-template>
      </app-list-state>

      <h3>{{ t('developerGroups.discussion.new') }}</h3>
      <form (ngSubmit)="start()">
        <label for="thread-title">{{ t('developerGroups.discussion.threadTitle') }}</label>
        <input id="thread-title" name="title" type="text" maxlength="200" required [(ngModel)]="title" />
        <label for="thread-body">{{ t('developerGroups.discussion.body') }}</label>
        <textarea
          id="thread-body"
          name="body"
          rows="5"
          maxlength="20000"
          required
          [(ngModel)]="body"
        ></textarea>
        <div>
          <button type="submit" class="button primary" [disabled]="busy()">
            {{ t('developerGroups.discussion.start') }}
          </button>
        </div>
        @if (failed()) {
          <p class="message" role="alert">{{ t('developerGroups.discussion.needBoth') }}</p>
        }
      </form>
    </section>
  `,
})
export class GroupDiscussion implements OnInit {
  readonly groupId = input.required<string>();
  private readonly api = inject(DeveloperGroupsApi);
  private readonly router = inject(Router);
  protected readonly status = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly threads = signal<ThreadSummary[]>([]);
  protected readonly busy = signal(false);
  protected readonly failed = signal(false);
  protected q = '';
  protected title = '';
  protected body = '';

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.api.threads(this.groupId(), this.q).subscribe({
      next: (page) => {
        this.threads.set(page.items);
        this.status.set('ready');
      },
      error: () => this.status.set('failed'),
    });
  }

  protected start(): void {
    if (!this.title.trim() || !this.body.trim()) {
      this.failed.set(true);
      return;
    }
    this.busy.set(true);
    this.failed.set(false);
    this.api.createThread(this.groupId(), this.title.trim(), textToHtml(this.body)).subscribe({
      next: (th) => void this.router.navigate(['/developer-groups/threads', th.id]),
      error: () => {
        this.busy.set(false);
        this.failed.set(true);
      },
    });
  }
}
