import { afterNextRender, ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

/** The notices other pages send people to sign-in with (`?notice=`); anything else shows nothing. */
const NOTICES = ['passwordReset'] as const;
type Notice = (typeof NOTICES)[number];

/**
 * Why the person is on the sign-in page, when another page sent them (e.g. after a password reset). The live region
 * is drawn empty and filled after the first render, so screen readers announce it.
 */
@Component({
  selector: 'app-sign-in-notice',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="announcement" role="status" aria-live="polite" *transloco="let t">
      @if (notice(); as n) {
        {{ t('membership.notice.' + n) }}
      }
    </p>
  `,
})
export class SignInNotice {
  protected readonly notice = signal<Notice | null>(null);

  constructor() {
    const asked = inject(ActivatedRoute).snapshot.queryParamMap.get('notice');
    const notice = NOTICES.find((n) => n === asked) ?? null;
    afterNextRender(() => this.notice.set(notice));
  }
}
