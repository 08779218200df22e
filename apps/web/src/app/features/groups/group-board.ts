import { CdkDrag, CdkDragDrop, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { GroupBoardResponse, GroupResponse } from '@keino/contracts';
import { concat, forkJoin, type Observable } from 'rxjs';

import { apiErrorCode, errorCodeMessageKey } from '../../core/http/api-error';
import { GroupsApi } from './groups-api';
import { boardColumns, movesFor, type Placement } from './group-board-rules';

/**
 * The cohort's group board for its trainers: organisations placed into small groups by dragging or, with the keyboard,
 * by choosing each one's group from a list; coaches and mentors chosen from the staff.
 */
@Component({
  selector: 'app-group-board',
  imports: [CdkDrag, CdkDropList, CdkDropListGroup, FormsModule, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './groups.css',
  template: `
    <section class="page" *transloco="let t">
      <p>
        <a [routerLink]="['/teaching', cohortId()]">← {{ t('teaching.cohort') }}</a>
      </p>
      <h1>{{ t('groups.board.title') }}</h1>
      <p>{{ t('groups.board.intro') }}</p>
      <p class="announcement" role="status" aria-live="polite">{{ announcement() }}</p>
      <form class="narrow inline-form" (ngSubmit)="createGroup()">
        <label for="new-group">{{ t('groups.board.newName') }}</label>
        <input id="new-group" name="name" [(ngModel)]="newName" maxlength="200" required />
        <button type="submit" class="button primary" [disabled]="!newName.trim()">
          {{ t('groups.board.create') }}
        </button>
      </form>
      <div class="group-board" cdkDropListGroup>
        @for (column of columns(); track column.id ?? 'none') {
          <section class="group-column" [attr.aria-labelledby]="'column-' + (column.id ?? 'none')">
            <h2 [id]="'column-' + (column.id ?? 'none')">
              {{ column.id ? column.name : t('groups.board.unplaced') }}
            </h2>
            @if (column.group; as g) {
              <h3 class="meta">{{ t('groups.coaches') }}</h3>
              <ul class="coaches">
                @for (c of g.coaches; track c.id) {
                  <li>
                    {{ c.fullName }}
                    <button
                      type="button"
                      class="link-button"
                      [attr.aria-label]="t('groups.board.removeCoach', { name: c.fullName, group: g.name })"
                      (click)="removeCoach(g, c.id)"
                    >
                      {{ t('groups.board.remove') }}
                    </button>
                  </li>
                } @empty {
                  <li>{{ t('groups.board.noCoach') }}</li>
                }
              </ul>
              <label [for]="'coach-' + g.id">{{ t('groups.board.addCoach', { group: g.name }) }}</label>
              <select
                [id]="'coach-' + g.id"
                (change)="addCoach(g, $any($event.target).value); $any($event.target).value = ''"
              >
                <option value="">{{ t('groups.board.choose') }}</option>
                @for (s of staffNotCoaching(g); track s.id) {
                  <option [value]="s.id">{{ s.fullName }}</option>
                }
              </select>
              <p>
                <a [routerLink]="['/groups', g.id, 'meetings']">{{ t('groups.meetings.title') }}</a>
              </p>
            }
            <ul
              class="organization-list"
              cdkDropList
              [cdkDropListData]="column.id"
              [attr.aria-label]="
                t('groups.board.organizationsOf', {
                  group: column.id ? column.name : t('groups.board.unplaced'),
                })
              "
              (cdkDropListDropped)="dropped($event)"
            >
              @for (o of column.organizations; track o.id) {
                <li class="organization-card" cdkDrag [cdkDragData]="o.id">
                  <strong>{{ o.name }}</strong>
                  <label [for]="'place-' + o.id">{{ t('groups.board.groupOf', { name: o.name }) }}</label>
                  <select
                    [id]="'place-' + o.id"
                    [ngModel]="column.id ?? ''"
                    (ngModelChange)="move(o.id, $event || null)"
                  >
                    <option value="">{{ t('groups.board.unplaced') }}</option>
                    @for (g of groups(); track g.id) {
                      <option [value]="g.id">{{ g.name }}</option>
                    }
                  </select>
                  <label [for]="'mentor-' + o.id">{{ t('groups.board.mentorOf', { name: o.name }) }}</label>
                  <select
                    [id]="'mentor-' + o.id"
                    [ngModel]="mentors()[o.id] ?? ''"
                    (ngModelChange)="setMentor(o.id, $event)"
                  >
                    <option value="" disabled>{{ t('groups.board.noMentor') }}</option>
                    @for (s of board()?.staff ?? []; track s.id) {
                      <option [value]="s.id">{{ s.fullName }}</option>
                    }
                  </select>
                </li>
              } @empty {
                <li class="meta">{{ t('groups.board.empty') }}</li>
              }
            </ul>
          </section>
        }
      </div>
    </section>
  `,
})
export class GroupBoard {
  private readonly api = inject(GroupsApi);
  private readonly transloco = inject(TranslocoService);
  readonly cohortId = input.required<string>();
  protected readonly groups = signal<GroupResponse[]>([]);
  protected readonly board = signal<GroupBoardResponse | null>(null);
  protected readonly announcement = signal('');
  protected newName = '';

  protected readonly columns = computed(() => boardColumns(this.board()?.organizations ?? [], this.groups()));
  /** Each organisation's mentor, as the groups answer it and as set on this page for organisations in none. */
  private readonly mentorsSet = signal<Record<string, string>>({});
  protected readonly mentors = computed(() => {
    const fromGroups = Object.fromEntries(
      this.groups().flatMap((g) => g.organizations.flatMap((o) => (o.mentor ? [[o.id, o.mentor.id]] : []))),
    );
    return { ...this.mentorsSet(), ...fromGroups };
  });

  constructor() {
    effect(() => this.load(this.cohortId()));
  }

  private load(cohortId: string): void {
    forkJoin([this.api.board(cohortId), this.api.groups(cohortId)]).subscribe(([board, groups]) => {
      this.board.set(board);
      this.groups.set(groups.items);
    });
  }

  protected staffNotCoaching(g: GroupResponse) {
    return (this.board()?.staff ?? []).filter((s) => !g.coaches.some((c) => c.id === s.id));
  }

  protected createGroup(): void {
    const name = this.newName.trim();
    if (!name) return;
    this.api.createGroup(this.cohortId(), { name, coachIds: [], organizationIds: [] }).subscribe({
      next: (g) => {
        this.newName = '';
        this.groups.update((all) => [...all, g].sort((a, b) => a.name.localeCompare(b.name, 'fi')));
        this.say('groups.board.created', { name: g.name });
      },
      error: (e: unknown) => this.fail(e),
    });
  }

  protected dropped(event: CdkDragDrop<string | null, string | null, string>): void {
    if (event.previousContainer === event.container) return;
    this.move(event.item.data, event.container.data);
  }

  /** Out of the group it is in (if any), then into the chosen one: two PATCHes, in that order. */
  protected move(organizationId: string, to: string | null): void {
    const placement: Placement = { organizationId, to };
    const steps: Observable<GroupResponse>[] = movesFor(this.groups(), placement).map((m) =>
      this.api.updateGroup(m.groupId, { organizationIds: m.organizationIds }),
    );
    if (steps.length === 0) return;
    const name = this.board()?.organizations.find((o) => o.id === organizationId)?.name ?? '';
    const target = this.groups().find((g) => g.id === to)?.name;
    concat(...steps).subscribe({
      next: (g) => this.replace(g),
      complete: () =>
        this.say(target ? 'groups.board.moved' : 'groups.board.movedOut', { name, group: target ?? '' }),
      error: (e: unknown) => {
        this.fail(e);
        this.load(this.cohortId());
      },
    });
  }

  protected addCoach(g: GroupResponse, staffId: string): void {
    if (!staffId) return;
    this.api.updateGroup(g.id, { coachIds: [...g.coaches.map((c) => c.id), staffId] }).subscribe({
      next: (updated) => {
        this.replace(updated);
        const name = updated.coaches.find((c) => c.id === staffId)?.fullName ?? '';
        this.say('groups.board.coachAdded', { name, group: updated.name });
      },
      error: (e: unknown) => this.fail(e),
    });
  }

  protected removeCoach(g: GroupResponse, coachId: string): void {
    this.api
      .updateGroup(g.id, { coachIds: g.coaches.map((c) => c.id).filter((id) => id !== coachId) })
      .subscribe({
        next: (updated) => this.replace(updated),
        error: (e: unknown) => this.fail(e),
      });
  }

  protected setMentor(organizationId: string, mentorId: string): void {
    if (!mentorId) return;
    this.api.setMentor(this.cohortId(), organizationId, mentorId).subscribe({
      next: (r) => {
        this.mentorsSet.update((m) => ({ ...m, [organizationId]: r.mentor.id }));
        this.groups.update((all) =>
          all.map((g) => ({
            ...g,
            organizations: g.organizations.map((o) =>
              o.id === organizationId ? { ...o, mentor: r.mentor } : o,
            ),
          })),
        );
        this.say('groups.board.mentorSet', { name: r.mentor.fullName });
      },
      error: (e: unknown) => this.fail(e),
    });
  }

  private replace(g: GroupResponse): void {
    this.groups.update((all) => all.map((x) => (x.id === g.id ? g : x)));
  }

  private say(key: string, params: Record<string, string>): void {
    this.announcement.set(this.text(key, params));
  }

  private fail(e: unknown): void {
    const code = apiErrorCode(e);
    this.announcement.set(this.text(code ? errorCodeMessageKey(code) : 'groups.failed', {}));
  }

  private text(key: string, params: Record<string, string>): string {
    return this.transloco.translate(key, params);
  }
}
