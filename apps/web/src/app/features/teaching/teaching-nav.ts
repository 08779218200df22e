import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

/** Between the teaching area's two lists: the cohorts a trainer runs and the courses they write. */
@Component({
  selector: 'app-teaching-nav',
  imports: [RouterLink, RouterLinkActive, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    ul {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      padding: 0;
      margin: 0 0 1.25rem;
      border-bottom: 1px solid #c9d1dc;
    }
    a {
      display: inline-block;
      padding: 0.4rem 0;
      border-bottom: 3px solid transparent;
      font-weight: 600;
      text-decoration: none;
    }
    a:hover {
      text-decoration: underline;
    }
    a.active {
      border-bottom-color: var(--brand);
      color: var(--ink);
    }
  `,
  template: `
    <nav class="subnav" *transloco="let t" [attr.aria-label]="t('editor.teachingNav')">
      <ul>
        <li>
          <a
            routerLink="/teaching"
            routerLinkActive="active"
            [routerLinkActiveOptions]="{ exact: true }"
            ariaCurrentWhenActive="page"
            >{{ t('teaching.title') }}</a
          >
        </li>
        <li>
          <a routerLink="/teaching/courses" routerLinkActive="active" ariaCurrentWhenActive="page">{{
            t('editor.myCourses')
          }}</a>
        </li>
        <li>
          <a routerLink="/teaching/impact" routerLinkActive="active" ariaCurrentWhenActive="page">{{
            t('assessment.nav.impact')
          }}</a>
        </li>
      </ul>
    </nav>
  `,
})
export class TeachingNav {}
