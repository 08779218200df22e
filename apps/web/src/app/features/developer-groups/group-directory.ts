import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { DeveloperGroupSummary } from '@keino/contracts';

import { ListState } from '../../shared/ui/list-state';
import { DeveloperGroupsApi } from './developer-groups-api';

/** Every developer group: what it is about, who facilitates it, how many organisations take part, and one's own. */
@Component({
  selector: 'app-group-directory',
  imports: [FormsModule, RouterLink, TranslocoDirective, ListState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './developer-groups.css',
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('developerGroups.directory.title') }}</h1>
      <p class="lead">{{ t('developerGroups.directory.lead') }}</p>
      <form role="search" [attr.aria-label]="t('developerGroups.directory.search')" (ngSubmit)="load()">
        <label for="group-q">{{ t('developerGroups.directory.search') }}</label>
        <input id="group-q" name="q" type="search" autocomplete="off" [(ngModel)]="q" />
        <div>
          <button type="submit" class="button">{{ t('developerGroups.directory.find') }}</button>
        </div>
      </form>
      <app-list-state
        [status]="status()"
        [empty]="groups().length === 0"
        [emptyText]="t('developerGroups.directory.empty')"
      >
        <ng-template>
          <ul class="cards" [attr.aria-label]="t('developerGroups.directory.title')">
            @for (g of groups(); track g.id) {
              <li class="card">
                <h2>
                  <a [routerLink]="['/developer-groups', g.id]">{{ g.name }}</a>
                </h2>
                <p class="meta">
                  {{ g.theme }} · {{ t('developerGroups.organizationCount', { count: g.organizationCount }) }}
                  @if (g.member) {
                    · <span class="badge">{{ t('developerGroups.directory.yours') }}</span>
                  }
                </p>
                <p>{{ g.description }}</p>
                @if (g.facilitators.length > 0) {
                  <p class="note">
                    {{ t('developerGroups.facilitators') }}:
                    @for (f of g.facilitators; track f.id; let last = $last) {
                      {{ f.fullName }}{{ last ? '' : ', ' }}
                    }
                  </p>
                }
              </li>
            }
          </ul>
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class GroupDirectory implements OnInit {
  private readonly api = inject(DeveloperGroupsApi);
  protected readonly status = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly groups = signal<DeveloperGroupSummary[]>([]);
  protected q = '';

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.status.set('loading');
    this.api.list(this.q).subscribe({
      next: (page) => {
        this.groups.set(page.items);
        this.status.set('ready');
      },
      error: () => this.status.set('failed'),
    });
  }
}
