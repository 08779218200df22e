import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { PostResponse, ThreadResponse } from '@keino/contracts';

import { Session } from '../../core/auth/session';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { DeveloperGroupsApi, htmlToText, textToHtml } from './developer-groups-api';

/** A thread and its posts in order; the caller replies, edits their own posts, follows it; moderators hide posts. */
@Component({
  selector: 'app-thread-view',
  imports: [FormsModule, RouterLink, TranslocoDirective, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './developer-groups.css',
  template: `
    <section class="page" *transloco="let t">
      @if (load() === 'loading') {
        <p role="status">{{ t('common.loading') }}</p>
      } @else if (load() === 'missing') {
        <h1>{{ t('developerGroups.thread.missing') }}</h1>
      } @else if (load() === 'failed') {
        <p class="message" role="alert">{{ t('common.failed') }}</p>
      } @else if (thread(); as th) {
        <p>
          <a [routerLink]="['/developer-groups', th.groupId]">← {{ th.groupName }}</a>
        </p>
        <h1>{{ th.title }}</h1>
        <div class="actions">
          <button type="button" class="button" [attr.aria-pressed]="th.following" (click)="toggleFollow()">
            {{ t(th.following ? 'developerGroups.thread.following' : 'developerGroups.thread.follow') }}
          </button>
        </div>
        <ol class="posts" [attr.aria-label]="t('developerGroups.thread.posts')">
          @for (p of th.posts; track p.id) {
            <li class="card">
              <p class="meta">
                <strong>{{ p.author?.fullName ?? t('developerGroups.formerUser') }}</strong> ·
                {{ p.createdAt | localDate: 'd.M.yyyy HH:mm' }}
                @if (p.editedAt) {
                  · {{ t('developerGroups.thread.edited') }}
                }
                @if (p.hidden) {
                  · <span class="badge">{{ t('developerGroups.thread.hiddenBadge') }}</span>
                }
              </p>
              @if (editing() === p.id) {
                <label [for]="'edit-' + p.id">{{ t('developerGroups.thread.editLabel') }}</label>
                <textarea [id]="'edit-' + p.id" name="edit" rows="5" [(ngModel)]="draft"></textarea>
                <div class="actions">
                  <button type="button" class="button primary" (click)="saveEdit(p)">
                    {{ t('developerGroups.thread.save') }}
                  </button>
                  <button type="button" class="button" (click)="editing.set(null)">
                    {{ t('developerGroups.thread.cancel') }}
                  </button>
                </div>
              } @else if (p.body === null) {
                <p class="hidden-post">{{ t('developerGroups.thread.hidden') }}</p>
              } @else {
                <!-- Sanitised by the server as page content, and by Angular again. -->
                <div class="post-body" [innerHTML]="p.body"></div>
              }
              <div class="actions">
                @if (p.author?.id === me() && p.body !== null && editing() !== p.id) {
                  <button type="button" class="button" (click)="startEdit(p)">
                    {{ t('developerGroups.thread.edit') }}
                  </button>
                }
                @if (moderator()) {
                  <button type="button" class="button" (click)="setHidden(p, !p.hidden)">
                    {{ t(p.hidden ? 'developerGroups.thread.show' : 'developerGroups.thread.hide') }}
                  </button>
                }
              </div>
            </li>
          }
        </ol>
        <form (ngSubmit)="reply()">
          <label for="reply-body">{{ t('developerGroups.thread.reply') }}</label>
          <textarea id="reply-body" name="body" rows="5" maxlength="20000" [(ngModel)]="body"></textarea>
          <div>
            <button type="submit" class="button primary" [disabled]="busy()">
              {{ t('developerGroups.thread.send') }}
            </button>
          </div>
        </form>
        <p role="status" aria-live="polite">
          @if (sent()) {
            {{ t('developerGroups.thread.sent') }}
          }
        </p>
        @if (failed()) {
          <p class="message" role="alert">{{ t('developerGroups.thread.failed') }}</p>
        }
      }
    </section>
  `,
})
export class ThreadView implements OnInit {
  /** The route's `:id`. */
  readonly id = input.required<string>();
  private readonly api = inject(DeveloperGroupsApi);
  private readonly session = inject(Session);
  protected readonly load = signal<'loading' | 'ready' | 'missing' | 'failed'>('loading');
  protected readonly thread = signal<ThreadResponse | null>(null);
  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly failed = signal(false);
  protected readonly editing = signal<string | null>(null);
  protected readonly me = computed(() => this.session.user()?.id);
  // Only facilitators and admins see a hidden post's text; the API answers it to them alone.
  protected readonly moderator = signal(false);
  protected body = '';
  protected draft = '';

  ngOnInit(): void {
    this.refresh();
  }

  protected reply(): void {
    if (!this.body.trim()) return;
    this.busy.set(true);
    this.sent.set(false);
    this.failed.set(false);
    this.api.reply(this.id(), textToHtml(this.body)).subscribe({
      next: () => {
        this.body = '';
        this.busy.set(false);
        this.sent.set(true);
        this.refresh();
      },
      error: () => {
        this.busy.set(false);
        this.failed.set(true);
      },
    });
  }

  protected startEdit(p: PostResponse): void {
    this.draft = htmlToText(p.body ?? '');
    this.editing.set(p.id);
  }

  protected saveEdit(p: PostResponse): void {
    if (!this.draft.trim()) return;
    this.api.updatePost(p.id, { body: textToHtml(this.draft) }).subscribe({
      next: () => {
        this.editing.set(null);
        this.refresh();
      },
      error: () => this.failed.set(true),
    });
  }

  protected setHidden(p: PostResponse, hidden: boolean): void {
    this.api.updatePost(p.id, { hidden }).subscribe({
      next: () => this.refresh(),
      error: () => this.failed.set(true),
    });
  }

  protected toggleFollow(): void {
    const th = this.thread();
    if (!th) return;
    this.api
      .follow(th.id, !th.following)
      .subscribe((s) => this.thread.set({ ...th, following: s.following }));
  }

  private refresh(): void {
    this.api.thread(this.id()).subscribe({
      next: (th) => {
        this.thread.set(th);
        this.load.set('ready');
        this.api.get(th.groupId).subscribe((g) => this.moderator.set(g.canFacilitate));
      },
      error: (err: HttpErrorResponse) => this.load.set(err.status === 404 ? 'missing' : 'failed'),
    });
  }
}
