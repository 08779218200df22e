import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { DeveloperGroupResponse, JoinRequestResponse } from '@keino/contracts';

import { Session } from '../../core/auth/session';
import { apiErrorCode } from '../../core/http/api-error';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { DeveloperGroupsApi } from './developer-groups-api';
import { GroupDiscussion } from './group-discussion';
import { GroupDocuments } from './group-documents';
import { GroupEvents } from './group-events';

/**
 * A developer group: what it is and who takes part, for everyone signed in; a coordinator asks to join for their
 * organisation; facilitators decide requests. Inside (discussion, documents, events) only for the group's people.
 */
@Component({
  selector: 'app-group-page',
  imports: [
    FormsModule,
    RouterLink,
    TranslocoDirective,
    LocalDatePipe,
    GroupDiscussion,
    GroupDocuments,
    GroupEvents,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './developer-groups.css',
  template: `
    <section class="page" *transloco="let t">
      <p>
        <a routerLink="/developer-groups">← {{ t('developerGroups.directory.title') }}</a>
      </p>
      @if (load() === 'loading') {
        <p role="status">{{ t('common.loading') }}</p>
      } @else if (load() === 'missing') {
        <h1>{{ t('developerGroups.group.missing') }}</h1>
      } @else if (load() === 'failed') {
        <p class="message" role="alert">{{ t('common.failed') }}</p>
      } @else if (group(); as g) {
        <h1>{{ g.name }}</h1>
        <p class="meta">
          {{ g.theme }} · {{ t('developerGroups.organizationCount', { count: g.organizationCount }) }}
        </p>
        <p>{{ g.description }}</p>
        <p class="note">
          {{ t('developerGroups.facilitators') }}:
          @for (f of g.facilitators; track f.id; let last = $last) {
            {{ f.fullName }}{{ last ? '' : ', ' }}
          }
        </p>

        <div class="sections">
          <section aria-labelledby="members-title">
            <h2 id="members-title">{{ t('developerGroups.group.members') }}</h2>
            <ul class="plain">
              @for (o of g.organizations; track o.id) {
                <li>
                  {{ o.name }}
                  <span class="note"
                    >({{ t('developerGroups.group.since', { date: o.joinedAt | localDate }) }})</span
                  >
                </li>
              } @empty {
                <li>{{ t('developerGroups.group.noMembers') }}</li>
              }
            </ul>
            @if (g.member) {
              <p>
                <span class="badge">{{ t('developerGroups.directory.yours') }}</span>
              </p>
            } @else if (g.pendingRequestId || requested()) {
              <p role="status">{{ t('developerGroups.group.requestPending') }}</p>
            } @else if (canAsk()) {
              <form (ngSubmit)="askToJoin()">
                <label for="join-message">{{ t('developerGroups.group.joinMessage') }}</label>
                <textarea
                  id="join-message"
                  name="message"
                  rows="3"
                  maxlength="2000"
                  [(ngModel)]="message"
                ></textarea>
                <div>
                  <button type="submit" class="button primary" [disabled]="busy()">
                    {{ t('developerGroups.group.askToJoin') }}
                  </button>
                </div>
              </form>
            }
            @if (error(); as e) {
              <p class="message" role="alert">{{ t('errorCodes.' + e) }}</p>
            }
            @if (g.canFacilitate) {
              <h3>{{ t('developerGroups.group.requests') }}</h3>
              <ul class="plain">
                @for (r of requests(); track r.id) {
                  <li class="card">
                    <p>
                      <strong>{{ r.organizationName }}</strong> · {{ r.requestedBy?.fullName }} ·
                      {{ r.createdAt | localDate }}
                    </p>
                    @if (r.message) {
                      <p>{{ r.message }}</p>
                    }
                    <div class="actions">
                      <button type="button" class="button primary" (click)="decide(r, 'approved')">
                        {{ t('developerGroups.group.approve', { name: r.organizationName }) }}
                      </button>
                      <button type="button" class="button" (click)="decide(r, 'rejected')">
                        {{ t('developerGroups.group.reject', { name: r.organizationName }) }}
                      </button>
                    </div>
                  </li>
                } @empty {
                  <li>{{ t('developerGroups.group.noRequests') }}</li>
                }
              </ul>
            }
          </section>

          @if (g.canSeeInside) {
            <app-group-discussion [groupId]="g.id" />
            <app-group-documents [groupId]="g.id" />
            <app-group-events [groupId]="g.id" [canFacilitate]="g.canFacilitate" />
          } @else {
            <p class="note">{{ t('developerGroups.group.insideOnly') }}</p>
          }
        </div>
      }
    </section>
  `,
})
export class GroupPage implements OnInit {
  /** The route's `:id`. */
  readonly id = input.required<string>();
  private readonly api = inject(DeveloperGroupsApi);
  private readonly session = inject(Session);
  protected readonly load = signal<'loading' | 'ready' | 'missing' | 'failed'>('loading');
  protected readonly group = signal<DeveloperGroupResponse | null>(null);
  protected readonly requests = signal<JoinRequestResponse[]>([]);
  protected readonly requested = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** A coordinator of a proved organisation asks for it. */
  protected readonly canAsk = computed(
    () => this.session.hasRole('coordinator') && !!this.session.user()?.organizationId,
  );
  protected message = '';

  ngOnInit(): void {
    this.refresh();
  }

  protected askToJoin(): void {
    this.busy.set(true);
    this.error.set(null);
    this.api.requestToJoin(this.id(), this.message.trim()).subscribe({
      next: () => {
        this.busy.set(false);
        this.requested.set(true);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(apiErrorCode(err) ?? 'INTERNAL');
      },
    });
  }

  protected decide(request: JoinRequestResponse, status: 'approved' | 'rejected'): void {
    this.api.decide(request.id, status).subscribe({
      next: () => this.refresh(),
      error: (err: unknown) => this.error.set(apiErrorCode(err) ?? 'INTERNAL'),
    });
  }

  private refresh(): void {
    this.api.get(this.id()).subscribe({
      next: (g) => {
        this.group.set(g);
        this.load.set('ready');
        if (g.canFacilitate) this.api.joinRequests(g.id).subscribe((page) => this.requests.set(page.items));
      },
      error: (err: HttpErrorResponse) => this.load.set(err.status === 404 ? 'missing' : 'failed'),
    });
  }
}
