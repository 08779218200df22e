import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { LoginResponse } from '@keino/contracts';

import { Session } from '../../core/auth/session';
import { apiErrorCode } from '../../core/http/api-error';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { SsoApi } from './sso-api';

type Status = 'exchanging' | 'link' | 'linking' | 'wrongPassword' | 'throttled' | 'invalid' | 'failed';

/**
 * Where the identity provider's sign-in comes back (`/sign-in/sso?code=…`): the one-time code is exchanged for a
 * session at once. `?link=…` means the address already has an account here: its own password proves it is the
 * person's, and links the two, once.
 */
@Component({
  selector: 'app-sso-finish',
  imports: [FormsModule, RouterLink, TranslocoDirective, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page narrow" *transloco="let t">
      <h1 #heading tabindex="-1">{{ t(linking() ? 'sso.finish.linkTitle' : 'sso.finish.title') }}</h1>
      @switch (status()) {
        @case ('exchanging') {
          <p role="status">{{ t('sso.finish.exchanging') }}</p>
        }
        @case ('invalid') {
          <p class="message" role="alert">{{ t('sso.finish.invalid') }}</p>
          <p>
            <a routerLink="/sign-in">{{ t('sso.finish.again') }}</a>
          </p>
        }
        @case ('failed') {
          <p class="message" role="alert">{{ t('sso.finish.failed') }}</p>
          <p>
            <a routerLink="/sign-in">{{ t('sso.finish.again') }}</a>
          </p>
        }
        @default {
          <p>{{ t('sso.finish.linkLead') }}</p>
          <form novalidate (ngSubmit)="linkAccount()">
            <app-form-field fieldId="sso-password" [label]="t('sso.finish.password')">
              <input
                appFieldControl
                type="password"
                name="password"
                autocomplete="current-password"
                required
                [(ngModel)]="password"
              />
            </app-form-field>
            <div>
              <button type="submit" class="button primary" [disabled]="status() === 'linking'">
                {{ t('sso.finish.link') }}
              </button>
            </div>
          </form>
          <p class="message" role="alert" aria-live="assertive">
            @if (status() === 'wrongPassword' || status() === 'throttled') {
              {{ t('sso.finish.' + status()) }}
            }
          </p>
          <p>
            <a routerLink="/forgot-password">{{ t('sso.finish.forgot') }}</a>
          </p>
        }
      }
    </section>
  `,
})
export class SsoFinish {
  private readonly api = inject(SsoApi);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  private readonly injector = inject(Injector);
  /** The one-time code of a finished sign-in. */
  readonly code = input<string>();
  /** The one-time code of a sign-in whose address already has an account. */
  readonly link = input<string>();
  protected readonly status = signal<Status>('exchanging');
  protected readonly linking = signal(false);
  protected password = '';
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  constructor() {
    afterNextRender(() => this.begin());
  }

  protected linkAccount(): void {
    const code = this.link();
    if (!code || !this.password) return;
    this.status.set('linking');
    this.api.link(code, this.password).subscribe({
      next: (session) => this.signedIn(session),
      error: (error: HttpErrorResponse) => {
        const reason = apiErrorCode(error);
        this.status.set(
          reason === 'INVALID_CREDENTIALS'
            ? 'wrongPassword'
            : reason === 'TOO_MANY_REQUESTS'
              ? 'throttled'
              : reason === 'INVALID_LINK'
                ? 'invalid'
                : 'failed',
        );
      },
    });
  }

  private begin(): void {
    const code = this.code();
    if (this.link()) {
      this.linking.set(true);
      this.status.set('link');
      this.focusHeading();
    } else if (code) {
      this.api.exchange(code).subscribe({
        next: (session) => this.signedIn(session),
        error: (error: HttpErrorResponse) => {
          this.status.set(apiErrorCode(error) === 'INVALID_LINK' ? 'invalid' : 'failed');
          this.focusHeading();
        },
      });
    } else {
      this.status.set('invalid');
      this.focusHeading();
    }
  }

  private signedIn(session: LoginResponse): void {
    this.session.start(session);
    // The used code leaves the history: going back does not try it again.
    void this.router.navigateByUrl('/learning', { replaceUrl: true });
  }

  private focusHeading(): void {
    afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
  }
}
