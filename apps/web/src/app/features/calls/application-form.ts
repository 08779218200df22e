import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  OnDestroy,
  OnInit,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  CALL_LIMITS,
  TEAM_ROLES,
  type ApplicationInput,
  type ApplicationResponse,
  type TeamMember,
} from '@keino/contracts';

import { apiErrorCode } from '../../core/http/api-error';
import { RichTextEditor } from '../teaching/rich-text-editor';
import { CallsApi } from './calls-api';

// Saved this long after the last keystroke: often enough that nothing typed is lost, seldom enough for colleagues.
export const AUTOSAVE_MS = 800;

const inputOf = (a: ApplicationResponse): ApplicationInput => ({
  developmentTask: a.developmentTask,
  motivation: a.motivation,
  sponsor: { ...a.sponsor },
  team: a.team.map((m) => ({ ...m })),
});

/**
 * The application as its organisation's people write it together: saved as they type, each save naming the version
 * it started from. When a colleague saved in between, the form shows both texts and the writer chooses; nothing is
 * lost unseen. Before submitting it lists what is still missing.
 */
@Component({
  selector: 'app-application-form',
  imports: [FormsModule, RichTextEditor, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form *transloco="let t" novalidate [attr.aria-label]="t('calls.form.label')" (ngSubmit)="submit()">
      <h2 id="task-label">{{ t('calls.fields.developmentTask') }}</h2>
      <p class="note">{{ t('calls.form.taskHint') }}</p>
      <app-rich-text-editor
        name="developmentTask"
        labelledBy="task-label"
        [(ngModel)]="form.developmentTask"
        (ngModelChange)="changed()"
      />
      <label for="motivation">{{ t('calls.fields.motivation') }}</label>
      <textarea
        id="motivation"
        name="motivation"
        rows="5"
        [maxlength]="limits.richText"
        [(ngModel)]="form.motivation"
        (ngModelChange)="changed()"
      ></textarea>
      <fieldset>
        <legend>{{ t('calls.form.sponsor') }}</legend>
        <label for="sponsor-name">{{ t('calls.fields.sponsor.fullName') }}</label>
        <input
          id="sponsor-name"
          name="sponsorName"
          maxlength="200"
          autocomplete="off"
          [(ngModel)]="form.sponsor.fullName"
          (ngModelChange)="changed()"
        />
        <label for="sponsor-title">{{ t('calls.fields.sponsor.title') }}</label>
        <input
          id="sponsor-title"
          name="sponsorTitle"
          maxlength="200"
          [(ngModel)]="form.sponsor.title"
          (ngModelChange)="changed()"
        />
        <label for="sponsor-email">{{ t('calls.fields.sponsor.email') }}</label>
        <input
          id="sponsor-email"
          name="sponsorEmail"
          type="email"
          maxlength="254"
          [(ngModel)]="form.sponsor.email"
          (ngModelChange)="changed()"
        />
      </fieldset>
      <fieldset>
        <legend>{{ t('calls.form.team') }}</legend>
        @for (m of form.team; track $index; let i = $index) {
          <div class="team-member" role="group" [attr.aria-label]="t('calls.form.member', { n: i + 1 })">
            <label [for]="'member-name-' + i">{{ t('calls.fields.team.fullName') }}</label>
            <input
              [id]="'member-name-' + i"
              [name]="'memberName' + i"
              maxlength="200"
              [(ngModel)]="m.fullName"
              (ngModelChange)="changed()"
            />
            <label [for]="'member-email-' + i">{{ t('calls.fields.team.email') }}</label>
            <input
              [id]="'member-email-' + i"
              [name]="'memberEmail' + i"
              type="email"
              maxlength="254"
              [(ngModel)]="m.email"
              (ngModelChange)="changed()"
            />
            <label [for]="'member-role-' + i">{{ t('calls.fields.team.role') }}</label>
            <select
              [id]="'member-role-' + i"
              [name]="'memberRole' + i"
              [(ngModel)]="m.role"
              (ngModelChange)="changed()"
            >
              @for (r of roles; track r) {
                <option [value]="r">{{ t('calls.roles.' + r) }}</option>
              }
            </select>
            <button type="button" class="button" (click)="removeMember(i)">
              {{ t('calls.form.removeMember', { n: i + 1 }) }}
            </button>
          </div>
        }
        @if (form.team.length < limits.team) {
          <button type="button" class="button" (click)="addMember()">{{ t('calls.form.addMember') }}</button>
        }
      </fieldset>

      @if (conflict(); as theirs) {
        <section class="conflict" role="alert" aria-labelledby="conflict-title">
          <h2 id="conflict-title">{{ t('calls.form.conflictTitle') }}</h2>
          <p>{{ t('calls.form.conflictLead') }}</p>
          <div class="side-by-side">
            <div>
              <h3>{{ t('calls.form.mine') }}</h3>
              <p>{{ t('calls.fields.motivation') }}: {{ form.motivation }}</p>
              <div>{{ plain(form.developmentTask) }}</div>
            </div>
            <div>
              <h3>{{ t('calls.form.theirs') }}</h3>
              <p>{{ t('calls.fields.motivation') }}: {{ theirs.motivation }}</p>
              <div>{{ plain(theirs.developmentTask) }}</div>
            </div>
          </div>
          <button type="button" class="button primary" (click)="keepMine()">
            {{ t('calls.form.keepMine') }}
          </button>
          <button type="button" class="button" (click)="takeTheirs()">
            {{ t('calls.form.takeTheirs') }}
          </button>
        </section>
      }

      <p class="announcement" role="status" aria-live="polite">
        {{ t(saving() ? 'calls.form.saving' : dirty() ? 'calls.form.unsaved' : 'calls.form.saved') }}
      </p>
      @if (missing().length > 0) {
        <section aria-labelledby="missing-title">
          <h2 id="missing-title">{{ t('calls.form.missingTitle') }}</h2>
          <ul>
            @for (m of missing(); track m) {
              <li>{{ missingText(m, t) }}</li>
            }
          </ul>
        </section>
      }
      <button
        type="submit"
        class="button primary"
        [disabled]="missing().length > 0 || busy() || !!conflict()"
      >
        {{ t('calls.form.submit') }}
      </button>
      <p class="message" role="alert">
        @if (error(); as e) {
          {{ t('errorCodes.' + e) }}
        }
      </p>
    </form>
  `,
})
export class ApplicationForm implements OnInit, OnDestroy {
  readonly application = input.required<ApplicationResponse>();
  readonly submitted = output<void>();
  private readonly api = inject(CallsApi);
  protected readonly limits = CALL_LIMITS;
  protected readonly roles = TEAM_ROLES;
  protected form: ApplicationInput = {
    developmentTask: '',
    motivation: '',
    sponsor: { fullName: '', title: '', email: '' },
    team: [],
  };
  private version = 1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  protected readonly saved = signal<ApplicationResponse | null>(null);
  protected readonly dirty = signal(false);
  protected readonly saving = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  /** A colleague's newer application, while the writer chooses between it and their own text. */
  protected readonly conflict = signal<ApplicationResponse | null>(null);
  protected readonly missing = computed(() => this.saved()?.missing ?? this.application().missing);

  ngOnInit(): void {
    this.form = inputOf(this.application());
    this.version = this.application().version;
  }

  ngOnDestroy(): void {
    // Leaving the page saves what was typed last.
    if (this.dirty() && !this.conflict()) this.save();
  }

  protected changed(): void {
    this.dirty.set(true);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.save(), AUTOSAVE_MS);
  }

  protected addMember(): void {
    const member: TeamMember = {
      fullName: '',
      email: '',
      role: this.form.team.length === 0 ? 'lead' : 'expert',
    };
    this.form.team = [...this.form.team, member];
    this.changed();
  }

  protected removeMember(i: number): void {
    this.form.team = this.form.team.filter((_, k) => k !== i);
    this.changed();
  }

  save(): void {
    clearTimeout(this.timer);
    if (this.saving() || this.conflict()) return;
    this.saving.set(true);
    this.error.set(null);
    // A copy: typing on while it saves must not change what was sent.
    const sentText = JSON.stringify(this.form);
    const sent = { ...(JSON.parse(sentText) as ApplicationInput), version: this.version };
    this.api.save(this.application().id, sent).subscribe({
      next: (a) => {
        this.saving.set(false);
        this.version = a.version;
        this.saved.set(a);
        // Typed on while it saved: the next save follows.
        const since = JSON.stringify(this.form) !== sentText;
        this.dirty.set(since);
        if (since) this.changed();
      },
      error: (err: HttpErrorResponse) => {
        this.saving.set(false);
        const code = apiErrorCode(err);
        if (code === 'STALE_VERSION') {
          this.api.application(this.application().id).subscribe((theirs) => this.conflict.set(theirs));
          return;
        }
        this.error.set(code ?? 'INTERNAL');
      },
    });
  }

  /** Saves the writer's own text over the colleague's, knowingly. */
  protected keepMine(): void {
    const theirs = this.conflict();
    if (!theirs) return;
    this.version = theirs.version;
    this.conflict.set(null);
    this.save();
  }

  protected takeTheirs(): void {
    const theirs = this.conflict();
    if (!theirs) return;
    this.form = inputOf(theirs);
    this.version = theirs.version;
    this.saved.set(theirs);
    this.dirty.set(false);
    this.conflict.set(null);
  }

  protected submit(): void {
    this.busy.set(true);
    this.error.set(null);
    this.api.submit(this.application().id).subscribe({
      next: () => {
        this.busy.set(false);
        this.submitted.emit();
      },
      error: (err: HttpErrorResponse) => {
        this.busy.set(false);
        this.error.set(apiErrorCode(err) ?? 'INTERNAL');
      },
    });
  }

  protected plain(html: string): string {
    return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
  }

  /** `team.0.email` → "Team member 1: email". */
  protected missingText(field: string, t: (key: string, params?: Record<string, unknown>) => string): string {
    const member = /^team\.(\d+)\.(\w+)$/.exec(field);
    if (member)
      return t('calls.form.missingMember', {
        n: Number(member[1]) + 1,
        field: t(`calls.fields.team.${member[2]}`),
      });
    return t(field === 'team' ? 'calls.fields.teamMissing' : `calls.fields.${field}`);
  }
}
