import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { OrganizationResponse, UserResponse } from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { Session } from '../../core/auth/session';
import { AccountApi } from '../auth/account-api';
import { MembershipApi } from './membership-api';

/** The message under `membership.status.` the live region reads after an action. */
type Announcement =
  | 'linkSent'
  | 'linkFailed'
  | 'requested'
  | 'requestExists'
  | 'requestFailed'
  | 'withdrawn'
  | 'withdrawFailed'
  | 'alreadyDecided'
  | 'chooseFirst';

const FAILURES: ReadonlySet<Announcement> = new Set([
  'linkFailed',
  'requestFailed',
  'withdrawFailed',
  'chooseFirst',
]);

/**
 * A signed-in person without an organisation sees where they stand: an address still to verify (with a new link on
 * request), a membership request waiting on an organisation (which they may withdraw), or a way to ask to join
 * one from the directory. Members see nothing. The account is read afresh: an approval may have come meanwhile.
 */
@Component({
  selector: 'app-membership-status',
  imports: [FormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (user(); as u) {
      @if (!u.organizationId) {
        <section class="card membership-status" aria-labelledby="membership-status-title" *transloco="let t">
          <h2 id="membership-status-title">{{ t('membership.status.title') }}</h2>
          @if (!u.emailVerified) {
            <p>{{ t('membership.status.unverified', { email: u.email }) }}</p>
            <button type="button" class="button" [disabled]="busy()" (click)="sendLink()">
              {{ t('membership.status.resend') }}
            </button>
          }
          @if (u.pendingOrganizationId) {
            <p>{{ t('membership.status.pending', { name: pendingName() }) }}</p>
            <button type="button" class="button" [disabled]="busy()" (click)="withdraw()">
              {{ t('membership.status.withdraw') }}
            </button>
          } @else {
            <p>{{ t('membership.status.none') }}</p>
            <form class="narrow" (ngSubmit)="request()">
              <label for="membership-organization">{{ t('membership.status.organization') }}</label>
              <select id="membership-organization" name="organizationId" [(ngModel)]="chosen">
                <option value="">{{ t('membership.status.choose') }}</option>
                @for (o of organizations(); track o.id) {
                  <option [value]="o.id">{{ o.name }} ({{ o.regionName }})</option>
                }
              </select>
              <button type="submit" class="button primary" [disabled]="busy()">
                {{ t('membership.status.request') }}
              </button>
            </form>
          }
          <p role="status" aria-live="polite" [class.announcement]="!failed()" [class.message]="failed()">
            @if (announcement(); as a) {
              {{ t('membership.status.' + a, { email: u.email, name: pendingName() }) }}
            }
          </p>
        </section>
      }
    }
  `,
})
export class MembershipStatus {
  private readonly session = inject(Session);
  private readonly account = inject(AccountApi);
  private readonly api = inject(MembershipApi);
  protected readonly user = this.session.user;
  protected readonly organizations = signal<OrganizationResponse[]>([]);
  protected readonly busy = signal(false);
  protected readonly announcement = signal<Announcement | null>(null);
  protected readonly failed = computed(() => {
    const announcement = this.announcement();
    return announcement !== null && FAILURES.has(announcement);
  });
  /** The request's id, to withdraw it: known when filed here, else asked for. */
  private requestId: string | null = null;
  protected chosen = '';
  /** The account has been read afresh (or could not be). */
  private readonly fresh = signal(false);
  private readonly names = signal<Record<string, string>>({});
  protected readonly pendingName = computed(() => {
    const id = this.user()?.pendingOrganizationId;
    return (id && this.names()[id]) || '';
  });

  constructor() {
    // Only people without an organisation wait on something (a verification, an approval) that may have come.
    if (this.session.signedIn() && !this.user()?.organizationId) {
      this.account.me().subscribe({
        next: (user) => {
          this.session.replaceUser(user);
          this.fresh.set(true);
        },
        error: () => this.fresh.set(true),
      });
    }
    // The directory is only needed by people without an organisation (as the account says now), once.
    effect(() => {
      const user = this.user();
      if (!this.fresh() || !user || user.organizationId) return;
      if (untracked(this.organizations).length === 0) untracked(() => this.loadDirectory());
    });
  }

  private loadDirectory(): void {
    this.api.directory().subscribe({
      next: (list) => {
        this.organizations.set(list.items);
        this.names.set(Object.fromEntries(list.items.map((o) => [o.id, o.name])));
      },
    });
  }

  protected sendLink(): void {
    this.busy.set(true);
    this.account.resendVerification().subscribe({
      next: () => this.done('linkSent'),
      error: () => this.done('linkFailed'),
    });
  }

  protected request(): void {
    if (!this.chosen) return this.announcement.set('chooseFirst');
    this.busy.set(true);
    this.api.requestMembership(this.chosen).subscribe({
      next: (request) => {
        this.requestId = request.id;
        this.update({ pendingOrganizationId: request.organizationId });
        this.done('requested');
      },
      error: (error: HttpErrorResponse) => {
        const code = apiErrorCode(error);
        // Already filed (another tab) or already a member (approved meanwhile): the account says which.
        if (code === 'MEMBERSHIP_REQUEST_EXISTS' || code === 'ALREADY_MEMBER') this.refresh();
        this.done(code === 'MEMBERSHIP_REQUEST_EXISTS' ? 'requestExists' : 'requestFailed');
      },
    });
  }

  protected withdraw(): void {
    this.busy.set(true);
    const withdraw = (id: string) =>
      this.api.withdrawRequest(id).subscribe({
        next: () => {
          this.requestId = null;
          this.update({ pendingOrganizationId: null });
          this.done('withdrawn');
        },
        error: (error: HttpErrorResponse) => {
          // Decided meanwhile: the account says how (a member now, or free to ask again).
          if (apiErrorCode(error) !== 'REQUEST_DECIDED') return this.done('withdrawFailed');
          this.refresh();
          this.done('alreadyDecided');
        },
      });
    if (this.requestId) return void withdraw(this.requestId);
    this.api.myRequest().subscribe({
      next: (request) => withdraw(request.id),
      error: () => this.done('withdrawFailed'),
    });
  }

  private refresh(): void {
    this.account.me().subscribe({ next: (user) => this.session.replaceUser(user) });
  }

  private update(change: Partial<UserResponse>): void {
    const user = this.user();
    if (user) this.session.replaceUser({ ...user, ...change });
  }

  private done(announcement: Announcement): void {
    this.busy.set(false);
    this.announcement.set(announcement);
  }
}
