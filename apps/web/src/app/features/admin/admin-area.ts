import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { filter, map } from 'rxjs';

interface Section {
  path: string;
  key: string;
  /** Other pages that belong to the section, e.g. a cohort's own page under Cohorts. */
  prefix?: string;
  /** The full translation key, for a section whose texts live in its feature's namespace. */
  label?: string;
}

const SECTIONS: Section[] = [
  { path: '/admin', key: 'cohorts', prefix: '/admin/cohorts' },
  { path: '/admin/overview', key: 'overview' },
  { path: '/admin/organizations', key: 'organizations', prefix: '/admin/organizations' },
  { path: '/admin/users', key: 'users' },
  { path: '/admin/audit', key: 'audit' },
  { path: '/admin/outbox', key: 'outbox' },
  { path: '/admin/impact', key: 'impact', label: 'assessment.nav.impact' },
  { path: '/admin/maturity-model', key: 'maturityModel', label: 'assessment.nav.maturityModel' },
];

/** The frame of every admin page: the sections of the admin area, then the page. */
@Component({
  selector: 'app-admin-area',
  imports: [RouterLink, RouterOutlet, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .admin-nav ul {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      margin: 0 0 1.5rem;
      padding: 0 0 0.5rem;
      border-bottom: 1px solid #c9d1dc;
    }
    .admin-nav a {
      display: inline-block;
      padding: 0.35rem 0.75rem;
      border-radius: 4px;
      text-decoration: none;
      font-weight: 600;
    }
    .admin-nav a:hover {
      text-decoration: underline;
    }
    .admin-nav a[aria-current='page'] {
      background: var(--brand);
      color: #fff;
    }
  `,
  template: `
    <ng-container *transloco="let t">
      <nav class="admin-nav" [attr.aria-label]="t('adminArea.nav.label')">
        <ul>
          @for (s of sections; track s.path) {
            <li>
              <a [routerLink]="s.path" [attr.aria-current]="isCurrent(s) ? 'page' : null">{{
                t(s.label ?? 'adminArea.nav.' + s.key)
              }}</a>
            </li>
          }
        </ul>
      </nav>
      <router-outlet />
    </ng-container>
  `,
})
export class AdminArea {
  private readonly router = inject(Router);
  protected readonly sections = SECTIONS;
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((e) => e instanceof NavigationEnd),
      map(() => this.router.url),
    ),
    { initialValue: this.router.url },
  );

  protected isCurrent(section: Section): boolean {
    const path = (this.url() ?? '').split(/[?#]/)[0];
    return path === section.path || (!!section.prefix && path.startsWith(`${section.prefix}/`));
  }
}
