import { ChangeDetectionStrategy, Component, ElementRef, inject, viewChild } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

import { Session } from '../auth/session';
import { UnreadNotifications } from '../../features/notifications/unread-notifications';
import { Language, LANGUAGES, LanguageService } from '../i18n/language';

@Component({
  selector: 'app-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <a class="skip-link" href="#main" (click)="skipToMain($event)">{{ t('app.skip') }}</a>
      <header class="site-header">
        <div class="bar">
          <a class="brand" routerLink="/">{{ t('app.name') }}</a>
          <nav [attr.aria-label]="t('app.nav')">
            <ul>
              <li>
                <a
                  routerLink="/"
                  routerLinkActive="active"
                  [routerLinkActiveOptions]="{ exact: true }"
                  ariaCurrentWhenActive="page"
                  >{{ t('app.home') }}</a
                >
              </li>
              @if (session.signedIn()) {
                <li>
                  <a routerLink="/learning" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                    t('app.learning')
                  }}</a>
                </li>
                <li>
                  <a routerLink="/catalogue" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                    t('app.catalogue')
                  }}</a>
                </li>
                <li>
                  <a routerLink="/calls" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                    t('calls.nav')
                  }}</a>
                </li>
                <li>
                  <a routerLink="/cases" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                    t('cases.nav')
                  }}</a>
                </li>
                <li>
                  <a routerLink="/procurements" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                    t('procurements.nav')
                  }}</a>
                </li>
                <li>
                  <a routerLink="/developer-groups" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                    t('developerGroups.nav')
                  }}</a>
                </li>
                @if (session.hasRole('coordinator')) {
                  <li>
                    <a routerLink="/team" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                      t('app.team')
                    }}</a>
                  </li>
                }
                @if (session.hasRole('change_agent')) {
                  <li>
                    <a routerLink="/region" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                      t('app.region')
                    }}</a>
                  </li>
                }
                @if (session.hasRole('admin')) {
                  <li>
                    <a routerLink="/admin" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                      t('app.admin')
                    }}</a>
                  </li>
                }
                @if (session.hasRole('trainer', 'admin')) {
                  <li>
                    <a routerLink="/teaching" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                      t('app.teaching')
                    }}</a>
                  </li>
                  <li>
                    <a routerLink="/mentoring" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                      t('groups.nav')
                    }}</a>
                  </li>
                }
              } @else {
                <li>
                  <a routerLink="/sign-in" routerLinkActive="active" ariaCurrentWhenActive="page">{{
                    t('app.signIn')
                  }}</a>
                </li>
              }
            </ul>
          </nav>
          @if (session.user(); as user) {
            <div class="account">
              <a
                class="notifications-link"
                routerLink="/notifications"
                routerLinkActive="active"
                ariaCurrentWhenActive="page"
                [attr.aria-label]="t('notifications.navLabel', { count: unread.count() })"
                >{{ t('notifications.nav') }}
                @if (unread.count() > 0) {
                  <span class="unread-badge" aria-hidden="true">{{ unread.count() }}</span>
                }
              </a>
              <a class="who" routerLink="/profile" routerLinkActive="active" ariaCurrentWhenActive="page"
                ><span class="visually-hidden">{{ t('app.profile') }}: </span>{{ user.fullName }}</a
              >
              <button type="button" class="link-button" (click)="signOut()">{{ t('app.signOut') }}</button>
            </div>
          }
          <div class="languages" role="group" [attr.aria-label]="t('app.language')">
            @for (language of languages; track language) {
              <button
                type="button"
                [attr.lang]="language"
                [attr.aria-pressed]="language === languageService.current()"
                (click)="chooseLanguage(language)"
              >
                {{ labels[language] }}
              </button>
            }
          </div>
        </div>
      </header>
      <main id="main" tabindex="-1" #main>
        <router-outlet />
      </main>
      <footer class="site-footer">
        <p>
          {{ t('app.footer') }} · <a routerLink="/accessibility">{{ t('app.accessibility') }}</a>
        </p>
      </footer>
    </ng-container>
  `,
})
export class Shell {
  protected readonly languageService = inject(LanguageService);
  protected readonly session = inject(Session);
  protected readonly unread = inject(UnreadNotifications);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  protected readonly languages = LANGUAGES;
  protected readonly labels: Record<Language, string> = {
    fi: 'Suomeksi',
    sv: 'På svenska',
    en: 'In English',
  };

  /**
   * Moves focus to this page's main content. A plain `#main` link resolves against `<base href="/">` and so
   * navigated to the home page from every other page.
   */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  /** Ends the session on the server too (its cookie with it), so no tab of this browser stays signed in. */
  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl('/');
  }

  protected chooseLanguage(language: Language): void {
    this.languageService.use(language);
  }
}
