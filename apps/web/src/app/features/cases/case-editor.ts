import { Location } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  CASE_PROCEDURES,
  CASE_THEMES,
  LOCALES,
  type CaseResponse,
  type CaseStatus,
  type CaseTheme,
  type OrganizationResponse,
} from '@keino/contracts';
import { Observable, switchMap } from 'rxjs';

import { Session } from '../../core/auth/session';
import { AdminApi } from '../admin/admin-api';
import { LanguageService } from '../../core/i18n/language';
import {
  CASE_FIELDS,
  CaseErrors,
  CaseField,
  caseServerErrors,
  emptyCaseForm,
  hasFieldErrors,
  toCaseForm,
  toCaseRequest,
  validateDraft,
  validatePublish,
} from './case-form';
import { ListState } from '../../shared/ui/list-state';
import { CasesApi } from './cases-api';

type TextField = 'summary' | 'purchased' | 'sustainabilityCriteria' | 'innovationCriteria' | 'results';
interface TextArea {
  field: TextField;
  rows: number;
  max: number;
}

/**
 * Writes a new case or edits one: saved as a draft as it grows, published when it tells what was bought and what
 * came of it. A refused save or publish keeps everything typed, shows each error at its field and focuses the first.
 * Errors stay until the next save or publish: clearing them as a field loses focus would move the form under the
 * pointer, and a click on the next field would miss.
 */
@Component({
  selector: 'app-case-editor',
  imports: [ListState, FormsModule, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './cases.css',
  template: `
    <section class="page editor" *transloco="let t">
      <p>
        @if (caseId()) {
          <a [routerLink]="['/cases', caseId()]">← {{ t('cases.editor.backToCase') }}</a>
        } @else {
          <a routerLink="/cases">← {{ t('cases.library.title') }}</a>
        }
      </p>
      <h1>{{ t(caseId() ? 'cases.editor.editTitle' : 'cases.editor.newTitle') }}</h1>
      <app-list-state
        [status]="load() === 'forbidden' ? 'failed' : load()"
        [failedText]="load() === 'forbidden' ? t('cases.errors.notAllowed') : undefined"
      >
        <ng-template>
          <p class="lead">{{ t('cases.editor.lead') }}</p>
          @if (status() === 'published') {
            <p class="note">{{ t('cases.editor.publishedHint') }}</p>
          }
          <form novalidate [attr.aria-label]="t('cases.editor.formLabel')" (ngSubmit)="save()">
            @if (picksOrganization() && !caseId()) {
              <label for="case-organization">{{ t('cases.fields.organization') }}</label>
              <p id="case-organization-hint" class="note">{{ t('cases.hints.organization') }}</p>
              <select
                id="case-organization"
                name="organizationId"
                [(ngModel)]="organizationId"
                required
                aria-describedby="case-organization-hint"
              >
                <option value="">{{ t('cases.editor.chooseOrganization') }}</option>
                @for (o of organizations(); track o.id) {
                  <option [value]="o.id">{{ o.name }}</option>
                }
              </select>
            }

            <label for="case-title">{{ t('cases.fields.title') }}</label>
            <p id="case-title-hint" class="note">{{ t('cases.hints.title') }}</p>
            <input
              id="case-title"
              name="title"
              [(ngModel)]="form.title"
              maxlength="200"
              autocomplete="off"
              required
              [attr.aria-invalid]="!!errors().title"
              [attr.aria-describedby]="describedBy('title')"
            />
            @if (errors().title; as e) {
              <p id="case-title-error" class="field-error">{{ t('cases.errors.' + e) }}</p>
            }

            <label for="case-language">{{ t('cases.fields.language') }}</label>
            <p id="case-language-hint" class="note">{{ t('cases.hints.language') }}</p>
            <select
              id="case-language"
              name="language"
              [(ngModel)]="form.language"
              [attr.aria-describedby]="describedBy('language')"
            >
              @for (l of languages; track l) {
                <option [value]="l">{{ t('cases.languages.' + l) }}</option>
              }
            </select>

            <label for="case-procedure">{{ t('cases.fields.procedure') }}</label>
            <p id="case-procedure-hint" class="note">{{ t('cases.hints.procedure') }}</p>
            <select
              id="case-procedure"
              name="procedure"
              [(ngModel)]="form.procedure"
              [attr.aria-describedby]="describedBy('procedure')"
            >
              @for (p of procedures; track p) {
                <option [value]="p">{{ t('cases.procedures.' + p) }}</option>
              }
            </select>

            @for (f of texts; track f.field) {
              <label [for]="'case-' + f.field">{{ t('cases.fields.' + f.field) }}</label>
              <p [id]="'case-' + f.field + '-hint'" class="note">{{ t('cases.hints.' + f.field) }}</p>
              <textarea
                [id]="'case-' + f.field"
                [name]="f.field"
                [rows]="f.rows"
                [maxlength]="f.max"
                [(ngModel)]="form[f.field]"
                [attr.aria-invalid]="!!errors()[f.field]"
                [attr.aria-describedby]="describedBy(f.field)"
              ></textarea>
              @if (errors()[f.field]; as e) {
                <p [id]="'case-' + f.field + '-error'" class="field-error">{{ t('cases.errors.' + e) }}</p>
              }
            }

            <fieldset [class.invalid]="!!errors().themes" [attr.aria-describedby]="describedBy('themes')">
              <legend>{{ t('cases.fields.themes') }}</legend>
              <p id="case-themes-hint" class="note">{{ t('cases.hints.themes') }}</p>
              <ul class="choices">
                @for (theme of themes; track theme; let first = $first) {
                  <li>
                    <label class="choice">
                      <input
                        type="checkbox"
                        [id]="first ? 'case-themes' : 'case-theme-' + theme"
                        [name]="'theme-' + theme"
                        [checked]="form.themes.includes(theme)"
                        [attr.aria-invalid]="!!errors().themes"
                        (change)="setTheme(theme, $any($event.target).checked)"
                      />
                      {{ t('cases.themes.' + theme) }}
                    </label>
                  </li>
                }
              </ul>
              @if (errors().themes; as e) {
                <p id="case-themes-error" class="field-error">{{ t('cases.errors.' + e) }}</p>
              }
            </fieldset>

            <label for="case-cpvCode">{{ t('cases.fields.cpvCode') }}</label>
            <p id="case-cpvCode-hint" class="note">{{ t('cases.hints.cpvCode') }}</p>
            <input
              id="case-cpvCode"
              name="cpvCode"
              [(ngModel)]="form.cpvCode"
              autocomplete="off"
              inputmode="numeric"
              maxlength="10"
              [attr.aria-invalid]="!!errors().cpvCode"
              [attr.aria-describedby]="describedBy('cpvCode')"
            />
            @if (errors().cpvCode; as e) {
              <p id="case-cpvCode-error" class="field-error">{{ t('cases.errors.' + e) }}</p>
            }

            <label for="case-contactName">{{ t('cases.fields.contactName') }}</label>
            <input
              id="case-contactName"
              name="contactName"
              [(ngModel)]="form.contactName"
              autocomplete="name"
              maxlength="120"
              [attr.aria-invalid]="!!errors().contactName"
              [attr.aria-describedby]="describedBy('contactName')"
            />
            @if (errors().contactName; as e) {
              <p id="case-contactName-error" class="field-error">{{ t('cases.errors.' + e) }}</p>
            }

            <label for="case-contactEmail">{{ t('cases.fields.contactEmail') }}</label>
            <p id="case-contactEmail-hint" class="note">{{ t('cases.hints.contactEmail') }}</p>
            <input
              id="case-contactEmail"
              name="contactEmail"
              type="email"
              [(ngModel)]="form.contactEmail"
              autocomplete="email"
              maxlength="254"
              [attr.aria-invalid]="!!errors().contactEmail"
              [attr.aria-describedby]="describedBy('contactEmail')"
            />
            @if (errors().contactEmail; as e) {
              <p id="case-contactEmail-error" class="field-error">{{ t('cases.errors.' + e) }}</p>
            }

            <div class="actions">
              <button
                type="submit"
                class="button"
                [class.primary]="status() === 'published'"
                [disabled]="busy()"
              >
                {{ t(status() === 'published' ? 'cases.editor.saveChanges' : 'cases.editor.saveDraft') }}
              </button>
              @if (status() !== 'published') {
                <button type="button" class="button primary" [disabled]="busy()" (click)="publish()">
                  {{ t('cases.editor.publish') }}
                </button>
              }
            </div>
          </form>
          <p class="message" role="alert">
            @if (errors().form; as e) {
              {{ t('cases.errors.' + e) }}
            } @else if (fieldErrors() && savedDraft()) {
              {{ t('cases.errors.savedButIncomplete') }}
            } @else if (fieldErrors()) {
              {{ t('cases.errors.checkFields') }}
            }
          </p>
          <p class="announcement" role="status" aria-live="polite">
            @if (saved()) {
              {{ t('cases.editor.saved') }}
            }
          </p>
        </ng-template>
      </app-list-state>
    </section>
  `,
})
export class CaseEditor implements OnInit {
  /** The route's `:id` when editing; none for a new case. */
  readonly id = input<string>();
  private readonly api = inject(CasesApi);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly languages = LOCALES;
  protected readonly procedures = CASE_PROCEDURES;
  protected readonly themes = CASE_THEMES;
  protected readonly texts: TextArea[] = [
    { field: 'summary', rows: 4, max: 2000 },
    { field: 'purchased', rows: 4, max: 10_000 },
    { field: 'sustainabilityCriteria', rows: 5, max: 10_000 },
    { field: 'innovationCriteria', rows: 5, max: 10_000 },
    { field: 'results', rows: 5, max: 10_000 },
  ];
  protected readonly load = signal<'loading' | 'ready' | 'failed' | 'forbidden'>('ready');
  /** The saved case's id: the route's, or the one a first save created. */
  protected readonly caseId = signal<string | null>(null);
  protected readonly status = signal<CaseStatus>('draft');
  protected readonly errors = signal<CaseErrors>({});
  protected readonly fieldErrors = signal(false);
  protected readonly busy = signal(false);
  protected readonly saved = signal(false);
  /** Publishing was refused after the draft was saved: the message says the work is safe. */
  protected readonly savedDraft = signal(false);
  protected form = emptyCaseForm(inject(LanguageService).current());
  private readonly session = inject(Session);
  private readonly admin = inject(AdminApi);
  /** An admin without an organisation writes on behalf of one they choose; everyone else for their own. */
  protected readonly picksOrganization = computed(
    () => !this.session.user()?.organizationId && this.session.hasRole('admin'),
  );
  protected readonly organizations = signal<OrganizationResponse[]>([]);
  protected organizationId = '';

  ngOnInit(): void {
    const id = this.id();
    if (!id && this.picksOrganization()) {
      this.admin.allOrganizations().subscribe((all) => this.organizations.set(all));
    }
    if (!id) return;
    this.caseId.set(id);
    this.load.set('loading');
    this.api.get(id).subscribe({
      next: (c) => {
        if (!c.canEdit) {
          this.load.set('forbidden');
          return;
        }
        this.form = toCaseForm(c);
        this.status.set(c.status);
        this.load.set('ready');
      },
      error: (error: HttpErrorResponse) =>
        this.load.set(error.status === 404 || error.status === 403 ? 'forbidden' : 'failed'),
    });
  }

  /** The field's hint (every field but the contact name has one) and its error, if any. */
  protected describedBy(field: CaseField): string | null {
    const hint = field === 'contactName' ? '' : `case-${field}-hint`;
    const error = this.errors()[field] ? `case-${field}-error` : '';
    return [hint, error].filter(Boolean).join(' ') || null;
  }

  protected setTheme(theme: CaseTheme, on: boolean): void {
    const themes = CASE_THEMES.filter((t) => (t === theme ? on : this.form.themes.includes(t)));
    this.form = { ...this.form, themes };
  }

  /** Saves the draft (or the published case's changes); a published case must stay complete. */
  protected save(): void {
    const errors = this.rules()(this.form);
    if (this.refuse(errors) || this.lacksOrganization()) return;
    this.busy.set(true);
    this.store().subscribe({
      next: (c) => {
        this.busy.set(false);
        this.saved.set(true);
        this.savedDraft.set(false);
        this.show({}, false);
        this.remember(c);
      },
      error: (error: HttpErrorResponse) => this.failed(error),
    });
  }

  /** Saves, then publishes; an incomplete case stays saved as a draft and its missing fields are marked. */
  protected publish(): void {
    if (this.refuse(validateDraft(this.form)) || this.lacksOrganization()) return;
    this.busy.set(true);
    let stored: CaseResponse | null = null;
    this.store()
      .pipe(
        switchMap((c) => {
          stored = c;
          this.remember(c);
          return this.api.publish(c.id);
        }),
      )
      .subscribe({
        next: (c) => void this.router.navigate(['/cases', c.id]),
        error: (error: HttpErrorResponse) => {
          this.savedDraft.set(stored !== null);
          this.failed(error);
        },
      });
  }

  private rules() {
    return this.status() === 'published' ? validatePublish : validateDraft;
  }

  private store(): Observable<CaseResponse> {
    const body = toCaseRequest(this.form);
    const id = this.caseId();
    if (id) return this.api.update(id, body);
    return this.api.create(this.organizationId ? { ...body, organizationId: this.organizationId } : body);
  }

  /** A new case of an admin without an organisation needs one chosen first; the form says so and focuses it. */
  private lacksOrganization(): boolean {
    if (this.caseId() || !this.picksOrganization() || this.organizationId) return false;
    this.errors.set({ form: 'chooseOrganization' });
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#case-organization')?.focus(), {
      injector: this.injector,
    });
    return true;
  }

  /**
   * After the first save the address becomes the case's edit page, so a reload or Back keeps the work. Only the
   * address changes: navigating would replace this component while a publish is still answering.
   */
  private remember(c: CaseResponse): void {
    if (this.caseId()) return;
    this.caseId.set(c.id);
    this.location.replaceState(`/cases/${c.id}/edit`);
  }

  private refuse(errors: CaseErrors): boolean {
    this.saved.set(false);
    this.savedDraft.set(false);
    if (!hasFieldErrors(errors)) return false;
    this.show(errors, true);
    return true;
  }

  private failed(error: HttpErrorResponse): void {
    this.busy.set(false);
    this.saved.set(false);
    this.show(caseServerErrors(error.status, error), true);
  }

  /** Shows the errors and, when asked, moves focus to the first field (in the form's order) that has one. */
  private show(errors: CaseErrors, focus: boolean): void {
    this.errors.set(errors);
    this.fieldErrors.set(hasFieldErrors(errors));
    if (!focus) return;
    const first = CASE_FIELDS.find((f) => errors[f]);
    if (!first) return;
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#case-${first}`)?.focus(), {
      injector: this.injector,
    });
  }
}
