import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CertificateVerification } from '@keino/contracts';

import { LocalDatePipe } from '../../core/i18n/locale-pipes';

type State =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'valid'; certificate: CertificateVerification }
  | { kind: 'unknown' }
  | { kind: 'failed' };

/**
 * The public page a certificate's code leads to (printed on the PDF): anyone, without signing in, sees whether the
 * code is real and whose it is. It shows exactly what the public API answers.
 */
@Component({
  selector: 'app-verify-certificate',
  imports: [FormsModule, LocalDatePipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page narrow" *transloco="let t">
      <h1>{{ t('certificates.verifyTitle') }}</h1>
      <p>{{ t('certificates.verifyLead') }}</p>
      <form (ngSubmit)="check()">
        <label for="code">{{ t('certificates.code') }}</label>
        <input
          id="code"
          name="code"
          [(ngModel)]="typed"
          autocomplete="off"
          spellcheck="false"
          placeholder="XXXXX-XXXXX-XXXXX-XXXXX"
          required
        />
        <button type="submit" class="button primary">{{ t('certificates.check') }}</button>
      </form>
      <div role="status" aria-live="polite">
        @switch (state().kind) {
          @case ('loading') {
            <p>{{ t('common.loading') }}</p>
          }
          @case ('unknown') {
            <p class="message">{{ t('certificates.unknown') }}</p>
          }
          @case ('failed') {
            <p class="message">{{ t('common.failed') }}</p>
          }
        }
      </div>
      @if (valid(); as c) {
        <article class="card certificate" [attr.aria-label]="t('certificates.validTitle')">
          <h2>{{ t('certificates.validTitle') }}</h2>
          <dl class="facts">
            <dt>{{ t('certificates.holder') }}</dt>
            <dd>{{ c.fullName }}</dd>
            <dt>{{ t('certificates.course') }}</dt>
            <dd>{{ c.courseTitle }}</dd>
            <dt>{{ t('certificates.cohort') }}</dt>
            <dd>{{ c.cohortName }}</dd>
            <dt>{{ t('certificates.completedOn') }}</dt>
            <dd>{{ c.completedOn | localDate }}</dd>
            <dt>{{ t('certificates.code') }}</dt>
            <dd class="code">{{ c.code }}</dd>
          </dl>
        </article>
      }
    </section>
  `,
})
export class VerifyCertificate {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  /** From the route `/certificates/:code`. */
  readonly code = input<string>();
  protected typed = '';
  protected readonly state = signal<State>({ kind: 'idle' });

  constructor() {
    effect(() => {
      const code = this.code();
      if (code) {
        this.typed = code;
        this.lookUp(code);
      }
    });
  }

  protected valid(): CertificateVerification | null {
    const state = this.state();
    return state.kind === 'valid' ? state.certificate : null;
  }

  protected check(): void {
    const code = this.typed.trim();
    if (!code) return;
    // The address carries the code, so the result can be bookmarked and shared.
    void this.router.navigate(['/certificates', code]);
  }

  private lookUp(code: string): void {
    this.state.set({ kind: 'loading' });
    this.http.get<CertificateVerification>(`/api/certificates/${encodeURIComponent(code)}`).subscribe({
      next: (certificate) => this.state.set({ kind: 'valid', certificate }),
      error: (error: HttpErrorResponse) =>
        this.state.set({ kind: error.status === 404 || error.status === 414 ? 'unknown' : 'failed' }),
    });
  }
}
