import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { CASE_THEMES, ORGANIZATION_KINDS, REGION_CODES } from '@keino/contracts';

import { Session } from '../../core/auth/session';
import { LanguageService } from '../../core/i18n/language';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { CaseFilter, CasesApi } from './cases-api';
import { libraryAddress, libraryFromAddress } from './library-address';
import { pagedList } from '../../shared/pager/paged-list';
import { PagedListView } from '../../shared/pager/paged-list-view';
import { FilterSelect } from '../../shared/ui/filter-select';

const PAGE = 10;

/** The procurement case library: full-text search and filters over published cases, and the organisation's drafts. */
@Component({
  selector: 'app-case-library',
  imports: [PagedListView, FilterSelect, FormsModule, RouterLink, TranslocoDirective, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './cases.css',
  template: `
    <section class="page" *transloco="let t">
      <div class="head">
        <h1>{{ t('cases.library.title') }}</h1>
        @if (canWrite()) {
          <a class="button primary" routerLink="/cases/new">{{ t('cases.library.write') }}</a>
        }
      </div>
      <p class="lead">{{ t('cases.library.lead') }}</p>
      @if (!canWrite()) {
        <p class="note">{{ t('cases.library.noOrganization') }}</p>
      }

      <ul class="tabs" [attr.aria-label]="t('cases.library.views')">
        <li>
          <button
            type="button"
            [attr.aria-pressed]="list.filter.scope === 'published'"
            (click)="show('published')"
          >
            {{ t('cases.library.published') }}
          </button>
        </li>
        @if (canWrite()) {
          <li>
            <button
              type="button"
              [attr.aria-pressed]="list.filter.scope === 'drafts'"
              (click)="show('drafts')"
            >
              {{ t('cases.library.drafts') }}
            </button>
          </li>
        }
      </ul>

      <form
        class="filters"
        role="search"
        [attr.aria-label]="t('cases.library.searchForm')"
        (ngSubmit)="list.show(0)"
      >
        <div class="field search">
          <label for="case-q">{{ t('cases.library.search') }}</label>
          <input
            id="case-q"
            name="q"
            type="search"
            [(ngModel)]="list.filter.q"
            autocomplete="off"
            aria-describedby="case-q-hint"
          />
          <p id="case-q-hint" class="note">{{ t('cases.library.searchHint') }}</p>
        </div>
        <app-filter-select
          fieldId="case-theme"
          name="theme"
          [label]="t('cases.fields.theme')"
          [anyText]="t('cases.any')"
          [choices]="themes"
          labelKey="cases.themes."
          [value]="list.filter.theme"
          (valueChange)="filterBy('theme', $event)"
        />
        <app-filter-select
          fieldId="case-region"
          name="region"
          [label]="t('cases.fields.region')"
          [anyText]="t('cases.any')"
          [choices]="regions"
          labelKey="regions."
          [value]="list.filter.region"
          (valueChange)="filterBy('region', $event)"
        />
        <app-filter-select
          fieldId="case-kind"
          name="kind"
          [label]="t('cases.fields.kind')"
          [anyText]="t('cases.any')"
          [choices]="kinds"
          labelKey="kinds."
          [value]="list.filter.kind"
          (valueChange)="filterBy('kind', $event)"
        />
        <button type="submit" class="button primary">{{ t('cases.library.submit') }}</button>
      </form>

      <app-paged-list
        [list]="list"
        [count]="countText(t)"
        [emptyText]="t(list.filter.scope === 'drafts' ? 'cases.library.noDrafts' : 'cases.library.empty')"
        [retryable]="true"
        [retryText]="t('cases.retry')"
      >
        <ng-template>
          <ul class="results" [attr.aria-label]="t('cases.library.results')">
            @for (c of list.items(); track c.id) {
              <li class="card" [attr.lang]="c.language">
                <h2>
                  <a [routerLink]="['/cases', c.id]">{{ c.title }}</a>
                </h2>
                <p class="meta" [attr.lang]="lang()">
                  {{ c.organizationName }} · {{ t('regions.' + c.region) }} ·
                  @if (c.publishedAt) {
                    {{ t('cases.publishedOn', { date: c.publishedAt | localDate }) }}
                  } @else {
                    <span class="draft-badge">{{ t('cases.draft') }}</span>
                    {{ t('cases.updatedOn', { date: c.updatedAt | localDate }) }}
                  }
                  · {{ t('cases.commentCount', { count: c.comments }) }}
                </p>
                @if (c.snippet) {
                  <!-- Escaped by the server, with only <mark> tags around the matches; Angular's sanitizer stays on. -->
                  <p class="snippet" [innerHTML]="c.snippet"></p>
                } @else if (c.summary) {
                  <p class="snippet">{{ c.summary }}</p>
                }
                @if (c.themes.length > 0) {
                  <ul class="tags" [attr.aria-label]="t('cases.fields.themes')" [attr.lang]="lang()">
                    @for (theme of c.themes; track theme) {
                      <li>{{ t('cases.themes.' + theme) }}</li>
                    }
                  </ul>
                }
              </li>
            }
          </ul>
        </ng-template>
      </app-paged-list>
    </section>
  `,
})
export class CaseLibrary {
  private readonly api = inject(CasesApi);
  private readonly session = inject(Session);
  protected readonly themes = CASE_THEMES;
  protected readonly regions = REGION_CODES;
  protected readonly kinds = ORGANIZATION_KINDS;
  /** Cases are written for an organisation: people without one read only. */
  protected readonly canWrite = computed(
    () => !!this.session.user()?.organizationId || this.session.hasRole('admin'),
  );
  /** The page's language, for the parts of a card written by the app rather than in the case's own language. */
  protected readonly lang = inject(LanguageService).current;

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  // The filter and page come from the address, so a shared or reloaded search shows the same cases.
  private readonly address = libraryFromAddress(this.route.snapshot.queryParamMap);
  protected readonly list = pagedList({
    pageSize: PAGE,
    filter: this.address.filter,
    load: (filter, offset, limit) => this.api.list(filter, offset, limit),
    // Replaced, not pushed: Back leaves the library instead of stepping through every search.
    onShow: (filter, offset) =>
      void this.router.navigate([], { queryParams: libraryAddress(filter, offset), replaceUrl: true }),
  });

  constructor() {
    this.list.show(this.address.offset);
  }

  /** "12 cases", and which of them this page shows when there are more than one page holds. */
  protected countText(t: (key: string, params: Record<string, unknown>) => string): string {
    const list = this.list;
    const count = t(list.filter.scope === 'drafts' ? 'cases.library.draftCount' : 'cases.library.count', {
      total: list.total(),
    });
    if (list.total() <= list.pageSize) return count;
    const range = { from: list.offset() + 1, to: list.offset() + list.items().length };
    return `${count} ${t('cases.library.range', range)}`;
  }

  /** A filter applies as soon as it is chosen: the search words stay as typed, and the list starts from its top. */
  protected filterBy<K extends 'theme' | 'region' | 'kind'>(key: K, value: CaseFilter[K]): void {
    this.list.filter = { ...this.list.filter, [key]: value };
    this.list.show(0);
  }

  protected show(scope: CaseFilter['scope']): void {
    this.list.filter = { ...this.list.filter, scope };
    this.list.show(0);
  }
}
