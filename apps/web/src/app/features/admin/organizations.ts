import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ORGANIZATION_KINDS, REGION_CODES, type OrganizationKind, type RegionCode } from '@keino/contracts';

import { AdminApi } from './admin-api';
import {
  Errors,
  hasErrors,
  ORGANIZATION_FIELDS,
  OrganizationField,
  OrganizationForm,
  serverErrors,
  toCreateOrganizationRequest,
  validateOrganization,
} from './admin-forms';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { pagedList } from '../../shared/pager/paged-list';
import { PagedListView } from '../../shared/pager/paged-list-view';
import { FilterSelect } from '../../shared/ui/filter-select';

const PAGE = 20;
const emptyForm = (): OrganizationForm => ({ name: '', businessId: '', kind: '', region: '' });

/** The organisations of the programme: find them by region, kind and name, and add a new one. */
@Component({
  selector: 'app-organizations',
  imports: [PagedListView, FilterSelect, FormsModule, RouterLink, TranslocoDirective, ...FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin-pages.css',
  template: `
    <section class="page" *transloco="let t">
      <h1>{{ t('adminArea.organizations.title') }}</h1>
      <form class="filters" role="search" (ngSubmit)="list.show(0)">
        <div class="field">
          <label for="org-q">{{ t('adminArea.organizations.search') }}</label>
          <input id="org-q" name="q" [(ngModel)]="list.filter.q" autocomplete="off" />
        </div>
        <app-filter-select
          fieldId="org-region"
          name="region"
          [label]="t('adminArea.region')"
          [anyText]="t('adminArea.any')"
          [choices]="regions"
          labelKey="regions."
          [(value)]="list.filter.region"
        />
        <app-filter-select
          fieldId="org-kind"
          name="kind"
          [label]="t('adminArea.kind')"
          [anyText]="t('adminArea.any')"
          [choices]="kinds"
          labelKey="kinds."
          [(value)]="list.filter.kind"
        />
        <button type="submit" class="button">{{ t('adminArea.filter') }}</button>
      </form>
      <app-paged-list
        [list]="list"
        [count]="t('adminArea.organizations.count', { total: list.total() })"
        [emptyText]="t('adminArea.organizations.empty')"
      >
        <ng-template>
          <ul class="rows" [attr.aria-label]="t('adminArea.organizations.title')">
            @for (o of list.items(); track o.id) {
              <li>
                <a class="name" [routerLink]="['/admin/organizations', o.id]">{{ o.name }}</a>
                <p class="meta">
                  {{ t('adminArea.organizations.businessId') }} {{ o.businessId }} ·
                  {{ t('kinds.' + o.kind) }} · {{ t('regions.' + o.region) }}
                </p>
              </li>
            }
          </ul>
        </ng-template>
      </app-paged-list>

      <h2 id="new-organization">{{ t('adminArea.organizations.new') }}</h2>
      <form
        class="narrow"
        novalidate
        aria-labelledby="new-organization"
        (ngSubmit)="create()"
        (change)="revalidate()"
      >
        @let e = errors();
        <app-form-field
          fieldId="new-name"
          [label]="t('adminArea.organizations.name')"
          [error]="e.name && t('adminArea.errors.' + e.name)"
        >
          <input appFieldControl name="name" [(ngModel)]="form.name" autocomplete="organization" required />
        </app-form-field>
        <app-form-field
          fieldId="new-businessId"
          [label]="t('adminArea.organizations.businessId')"
          [hint]="t('adminArea.organizations.businessIdHint')"
          [error]="e.businessId && t('adminArea.errors.' + e.businessId)"
        >
          <input
            appFieldControl
            name="businessId"
            [(ngModel)]="form.businessId"
            autocomplete="off"
            inputmode="numeric"
            required
          />
        </app-form-field>
        <app-form-field
          fieldId="new-kind"
          [label]="t('adminArea.kind')"
          [error]="e.kind && t('adminArea.errors.' + e.kind)"
        >
          <select appFieldControl name="kind" [(ngModel)]="form.kind" required>
            <option value="">{{ t('adminArea.choose') }}</option>
            @for (k of kinds; track k) {
              <option [value]="k">{{ t('kinds.' + k) }}</option>
            }
          </select>
        </app-form-field>
        <app-form-field
          fieldId="new-region"
          [label]="t('adminArea.region')"
          [error]="e.region && t('adminArea.errors.' + e.region)"
        >
          <select appFieldControl name="region" [(ngModel)]="form.region" required>
            <option value="">{{ t('adminArea.choose') }}</option>
            @for (code of regions; track code) {
              <option [value]="code">{{ t('regions.' + code) }}</option>
            }
          </select>
        </app-form-field>
        <div>
          <button type="submit" class="button primary" [disabled]="busy()">
            {{ t('adminArea.organizations.create') }}
          </button>
        </div>
      </form>
      <p class="message" role="alert">
        @if (errors().form; as e) {
          {{ t('adminArea.errors.' + e) }}
        }
      </p>
      <p class="announcement" role="status" aria-live="polite">
        @if (created(); as name) {
          {{ t('adminArea.organizations.created', { name }) }}
        }
      </p>
    </section>
  `,
})
export class Organizations {
  private readonly api = inject(AdminApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly regions = REGION_CODES;
  protected readonly kinds = ORGANIZATION_KINDS;
  protected readonly busy = signal(false);
  protected readonly errors = signal<Errors<OrganizationField | 'form'>>({});
  protected readonly created = signal<string | null>(null);
  protected form = emptyForm();
  private submitted = false;

  protected readonly list = pagedList({
    pageSize: PAGE,
    filter: { q: '', region: '' as RegionCode | '', kind: '' as OrganizationKind | '' },
    load: (filter, offset, limit) => this.api.organizations({ ...filter, q: filter.q.trim() }, offset, limit),
  });

  constructor() {
    this.list.show(0);
  }

  /** After a refused submit, errors follow the corrections as they are made (focus stays where it is). */
  protected revalidate(): void {
    if (this.submitted) this.errors.set(validateOrganization(this.form));
  }

  protected create(): void {
    this.submitted = true;
    this.created.set(null);
    const errors = validateOrganization(this.form);
    this.errors.set(errors);
    if (hasErrors(errors)) {
      this.focusFirstError();
      return;
    }
    this.busy.set(true);
    this.api.createOrganization(toCreateOrganizationRequest(this.form)).subscribe({
      next: (organization) => {
        this.busy.set(false);
        this.created.set(organization.name);
        this.form = emptyForm();
        this.submitted = false;
        this.list.reload();
      },
      error: (error: HttpErrorResponse) => {
        this.busy.set(false);
        this.errors.set(
          serverErrors(error.status, error, ORGANIZATION_FIELDS, {
            DUPLICATE_BUSINESS_ID: ['businessId', 'duplicateBusinessId'],
          }),
        );
        this.focusFirstError();
      },
    });
  }

  private focusFirstError(): void {
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      { injector: this.injector },
    );
  }
}
