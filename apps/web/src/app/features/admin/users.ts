import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  REGION_CODES,
  ROLES,
  type OrganizationResponse,
  type RegionCode,
  type Role,
  type UserResponse,
} from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { AdminApi } from './admin-api';
import {
  Errors,
  hasErrors,
  toggle,
  toUpdateUserRequest,
  UserEditForm,
  validateUserEdit,
} from './admin-forms';
import { FormFieldset } from '../../shared/ui/form-field';
import { pagedList } from '../../shared/pager/paged-list';
import { PagedListView } from '../../shared/pager/paged-list-view';
import { FilterSelect } from '../../shared/ui/filter-select';

const PAGE = 20;

/** Everyone with an account: find people by role, organisation and name; change roles, organisation and regions. */
@Component({
  selector: 'app-users',
  imports: [PagedListView, FilterSelect, FormFieldset, FormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin-pages.css',
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('adminArea.users.title') }}</h1>
      <form class="filters" role="search" (ngSubmit)="list.show(0)">
        <div class="field">
          <label for="user-q">{{ t('adminArea.users.search') }}</label>
          <input id="user-q" name="q" [(ngModel)]="list.filter.q" autocomplete="off" />
        </div>
        <app-filter-select
          fieldId="user-role"
          name="role"
          [label]="t('adminArea.users.role')"
          [anyText]="t('adminArea.any')"
          [choices]="roles"
          labelKey="roles."
          [(value)]="list.filter.role"
        />
        <app-filter-select
          fieldId="user-org"
          name="organizationId"
          [label]="t('adminArea.users.organization')"
          [anyText]="t('adminArea.any')"
          [choices]="organizationIds()"
          [labels]="organizationNames()"
          [(value)]="list.filter.organizationId"
        />
        <button type="submit" class="button">{{ t('adminArea.filter') }}</button>
      </form>
      <p class="count" role="status" aria-live="polite">
        @if (list.status() === 'ready') {
          {{ t('adminArea.users.count', { total: list.total() }) }}
        }
      </p>
      <p class="announcement" role="status" aria-live="polite">
        @if (announcement(); as a) {
          {{ t('adminArea.users.' + a.key, { name: a.name }) }}
        }
      </p>
      <app-paged-list [list]="list" [emptyText]="t('adminArea.users.empty')">
        <ng-template>
          <ul class="rows" [attr.aria-label]="t('adminArea.users.title')">
            @for (u of list.items(); track u.id) {
              <li>
                <div class="row-head">
                  <div>
                    <strong>{{ u.fullName }}</strong>
                    <p class="meta">
                      {{ u.email }} ·
                      {{ organizationName(u.organizationId) || t('adminArea.users.noOrganization') }}
                    </p>
                    <p class="meta">
                      {{ t('adminArea.users.roles') }}: {{ roleNames(u.roles, t) }}
                      @if (u.roles.includes('change_agent') && u.regions.length) {
                        · {{ t('adminArea.users.regions') }}: {{ regionNames(u.regions, t) }}
                      }
                    </p>
                  </div>
                  <button
                    type="button"
                    class="button"
                    [attr.aria-expanded]="editing()?.id === u.id"
                    [attr.aria-controls]="'edit-' + u.id"
                    [attr.aria-label]="t('adminArea.users.edit') + ': ' + u.fullName"
                    (click)="toggleEdit(u)"
                  >
                    {{ t('adminArea.users.edit') }}
                  </button>
                </div>
                @if (editing()?.id === u.id) {
                  <form class="edit" [id]="'edit-' + u.id" novalidate (ngSubmit)="save(u)">
                    <app-form-fieldset
                      fieldId="roles"
                      [label]="t('adminArea.users.roles')"
                      [error]="errors().roles && t('adminArea.errors.' + errors().roles)"
                    >
                      <ul class="choices">
                        @for (r of roles; track r) {
                          <li>
                            <label class="choice">
                              <input
                                type="checkbox"
                                [name]="'role-' + r"
                                [checked]="form().roles.includes(r)"
                                (change)="setRole(r, $any($event.target).checked)"
                              />
                              {{ t('roles.' + r) }}
                            </label>
                          </li>
                        }
                      </ul>
                    </app-form-fieldset>
                    <label [for]="'org-' + u.id">{{ t('adminArea.users.organization') }}</label>
                    <select
                      [id]="'org-' + u.id"
                      name="organizationId"
                      [ngModel]="form().organizationId"
                      (ngModelChange)="setOrganization($event)"
                    >
                      <option value="">{{ t('adminArea.users.noOrganization') }}</option>
                      @for (o of organizations(); track o.id) {
                        <option [value]="o.id">{{ o.name }}</option>
                      }
                    </select>
                    @if (form().roles.includes('change_agent')) {
                      <app-form-fieldset
                        fieldId="regions"
                        [label]="t('adminArea.users.regions')"
                        [hint]="t('adminArea.users.regionsHint')"
                        [error]="errors().regions && t('adminArea.errors.' + errors().regions)"
                      >
                        <ul class="choices">
                          @for (code of regions; track code) {
                            <li>
                              <label class="choice">
                                <input
                                  type="checkbox"
                                  [name]="'region-' + code"
                                  [checked]="form().regions.includes(code)"
                                  (change)="setRegion(code, $any($event.target).checked)"
                                />
                                {{ t('regions.' + code) }}
                              </label>
                            </li>
                          }
                        </ul>
                      </app-form-fieldset>
                    }
                    <div class="actions">
                      <button type="submit" class="button primary" [disabled]="busy()">
                        {{ t('adminArea.users.save') }}
                      </button>
                      <button type="button" class="button" (click)="editing.set(null)">
                        {{ t('adminArea.cancel') }}
                      </button>
                      <button
                        type="button"
                        class="button danger"
                        [attr.aria-expanded]="confirmingErase()"
                        (click)="confirmingErase.set(!confirmingErase())"
                      >
                        {{ t('adminArea.users.erase') }}
                      </button>
                    </div>
                    @if (confirmingErase()) {
                      <div class="erase" role="group" [attr.aria-label]="t('adminArea.users.erase')">
                        <p>{{ t('adminArea.users.eraseWarning') }}</p>
                        <button type="button" class="button danger" [disabled]="busy()" (click)="erase(u)">
                          {{ t('adminArea.users.eraseConfirm') }}
                        </button>
                      </div>
                    }
                  </form>
                }
              </li>
            }
          </ul>
        </ng-template>
      </app-paged-list>
    </section>
  `,
})
export class Users {
  private readonly api = inject(AdminApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly roles = ROLES;
  protected readonly regions = REGION_CODES;
  protected readonly organizations = signal<OrganizationResponse[]>([]);
  protected readonly organizationIds = computed(() => this.organizations().map((o) => o.id));
  protected readonly organizationNames = computed(
    () => new Map(this.organizations().map((o) => [o.id, o.name] as const)),
  );
  protected readonly editing = signal<UserResponse | null>(null);
  protected readonly form = signal<UserEditForm>({ roles: [], organizationId: '', regions: [] });
  protected readonly errors = signal<Errors<'roles' | 'regions'>>({});
  protected readonly busy = signal(false);
  protected readonly announcement = signal<{
    key: 'saved' | 'failed' | 'gone' | 'erased' | 'eraseFailed';
    name: string;
  } | null>(null);
  /** Erasure cannot be undone: it takes a second, explicit click. */
  protected readonly confirmingErase = signal(false);
  protected readonly list = pagedList({
    pageSize: PAGE,
    filter: { q: '', role: '' as Role | '', organizationId: '' },
    load: (filter, offset, limit) => this.api.users({ ...filter, q: filter.q.trim() }, offset, limit),
    // Another page or filter closes the open editor: its person may no longer be listed.
    onShow: () => this.editing.set(null),
  });

  constructor() {
    this.api.allOrganizations().subscribe({ next: (all) => this.organizations.set(all) });
    this.list.show(0);
  }

  protected organizationName(id: string | null): string {
    return id ? (this.organizationNames().get(id) ?? '') : '';
  }

  protected roleNames(roles: Role[], t: (key: string) => string): string {
    return roles.map((r) => t(`roles.${r}`)).join(', ') || '–';
  }

  protected regionNames(regions: string[], t: (key: string) => string): string {
    return regions.map((r) => t(`regions.${r}`)).join(', ');
  }

  protected erase(user: UserResponse): void {
    this.busy.set(true);
    this.api.eraseUser(user.id).subscribe({
      next: () => {
        this.busy.set(false);
        this.editing.set(null);
        this.list.remove((u) => u.id === user.id);
        this.announcement.set({ key: 'erased', name: user.fullName });
      },
      error: () => {
        this.busy.set(false);
        this.announcement.set({ key: 'eraseFailed', name: user.fullName });
      },
    });
  }

  protected toggleEdit(user: UserResponse): void {
    if (this.editing()?.id === user.id) {
      this.editing.set(null);
      return;
    }
    this.errors.set({});
    this.confirmingErase.set(false);
    this.form.set({
      roles: [...user.roles],
      organizationId: user.organizationId ?? '',
      regions: user.regions.filter((r): r is RegionCode => (REGION_CODES as string[]).includes(r)),
    });
    this.editing.set(user);
  }

  protected setRole(role: Role, on: boolean): void {
    this.form.update((f) => ({ ...f, roles: toggle(f.roles, role, on, ROLES) }));
  }

  protected setRegion(code: RegionCode, on: boolean): void {
    this.form.update((f) => ({ ...f, regions: toggle(f.regions, code, on, REGION_CODES) }));
  }

  protected setOrganization(id: string): void {
    this.form.update((f) => ({ ...f, organizationId: id }));
  }

  protected save(user: UserResponse): void {
    this.announcement.set(null);
    const errors = validateUserEdit(this.form());
    this.errors.set(errors);
    if (hasErrors(errors)) {
      afterNextRender(
        () =>
          this.host.nativeElement
            .querySelector<HTMLElement>(`#edit-${user.id} input[type=checkbox]`)
            ?.focus(),
        { injector: this.injector },
      );
      return;
    }
    this.busy.set(true);
    this.api.updateUser(user.id, toUpdateUserRequest(this.form())).subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.list.replace((u) => (u.id === saved.id ? saved : u));
        this.editing.set(null);
        this.announcement.set({ key: 'saved', name: saved.fullName });
        afterNextRender(
          () =>
            this.host.nativeElement.querySelector<HTMLElement>(`[aria-controls="edit-${saved.id}"]`)?.focus(),
          { injector: this.injector },
        );
      },
      error: (error: HttpErrorResponse) => {
        this.busy.set(false);
        const code = apiErrorCode(error);
        this.announcement.set({ key: code === 'NOT_FOUND' ? 'gone' : 'failed', name: user.fullName });
      },
    });
  }
}
