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
import type { CaseResponse, CaseStatus, OrganizationResponse } from '@keino/contracts';
import { Observable, switchMap } from 'rxjs';

import { Session } from '../../core/auth/session';
import { AdminApi } from '../admin/admin-api';
import { LanguageService } from '../../core/i18n/language';
import { HoldsUnsavedWork, warnBeforeUnload } from '../../core/unsaved/unsaved-changes';
import {
  CASE_FIELDS,
  CaseErrors,
  caseServerErrors,
  emptyCaseForm,
  hasFieldErrors,
  toCaseForm,
  toCaseRequest,
  validateDraft,
  validatePublish,
} from './case-form';
import { ListState } from '../../shared/ui/list-state';
import { CaseFields } from './case-fields';
import { CasesApi } from './cases-api';

/**
 * Writes a new case or edits one: saved as a draft as it grows, published when it tells what was bought and what
 * came of it. A refused save or publish keeps everything typed, shows each error at its field and focuses the first.
 * Errors stay until the next save or publish: clearing them as a field loses focus would move the form under the
 * pointer, and a click on the next field would miss.
 */
@Component({
  selector: 'app-case-editor',
  // FormsModule for the form's ngSubmit; the fields bind their own values.
  imports: [ListState, CaseFields, FormsModule, RouterLink, TranslocoDirective],
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
            <app-case-fields
              [form]="form"
              [errors]="errors()"
              [organizations]="picksOrganization() && !caseId() ? organizations() : null"
              [(organizationId)]="organizationId"
            />

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
export class CaseEditor implements OnInit, HoldsUnsavedWork {
  /** The route's `:id` when editing; none for a new case. */
  readonly id = input<string>();
  private readonly api = inject(CasesApi);
  private readonly router = inject(Router);
  private readonly location = inject(Location);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
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
  /** The form as last loaded or saved: what differs from it is unsaved. */
  private savedBody = this.bodyOf();

  constructor() {
    warnBeforeUnload(() => this.hasUnsavedChanges());
  }

  hasUnsavedChanges(): boolean {
    return this.load() === 'ready' && this.bodyOf() !== this.savedBody;
  }

  private bodyOf(): string {
    return JSON.stringify(toCaseRequest(this.form));
  }

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
        this.savedBody = this.bodyOf();
        this.status.set(c.status);
        this.load.set('ready');
      },
      error: (error: HttpErrorResponse) =>
        this.load.set(error.status === 404 || error.status === 403 ? 'forbidden' : 'failed'),
    });
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
        this.savedBody = this.bodyOf();
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
          this.savedBody = this.bodyOf();
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
