import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { GroupDocumentResponse } from '@keino/contracts';

import { saveFile } from '../../core/files/save-file';
import { apiErrorCode } from '../../core/http/api-error';
import { LocalDatePipe } from '../../core/i18n/locale-pipes';
import { ListState } from '../../shared/ui/list-state';
import { DeveloperGroupsApi } from './developer-groups-api';

/** A group's shared documents, each name once with its versions and who added each; a file of a known name is its next version. */
@Component({
  selector: 'app-group-documents',
  imports: [TranslocoDirective, LocalDatePipe, ListState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './developer-groups.css',
  template: `
    <section aria-labelledby="documents-title" *transloco="let t">
      <h2 id="documents-title">{{ t('developerGroups.documents.title') }}</h2>
      <app-list-state
        [status]="status()"
        [empty]="documents().length === 0"
        [emptyText]="t('developerGroups.documents.empty')"
      >
        <ng-template>
          <ul class="plain" aria-labelledby="documents-title">
            @for (d of documents(); track d.id) {
              <li class="card">
                <button type="button" class="button" (click)="download(d)">
                  {{ t('developerGroups.documents.download', { name: d.name }) }}
                </button>
                <p class="meta">{{ t('developerGroups.documents.version', { version: d.version }) }}</p>
                <details>
                  <summary>
                    {{ t('developerGroups.documents.versions', { count: d.versions.length }) }}
                  </summary>
                  <ul>
                    @for (v of d.versions; track v.version) {
                      <li>
                        {{ t('developerGroups.documents.version', { version: v.version }) }} ·
                        {{ v.uploadedBy?.fullName ?? t('developerGroups.formerUser') }} ·
                        {{ v.uploadedAt | localDate: 'd.M.yyyy HH:mm' }}
                      </li>
                    }
                  </ul>
                </details>
              </li>
            }
          </ul>
        </ng-template>
      </app-list-state>
      <label for="document-file">{{ t('developerGroups.documents.add') }}</label>
      <input id="document-file" type="file" aria-describedby="document-hint" (change)="upload($event)" />
      <p id="document-hint" class="note">{{ t('developerGroups.documents.hint') }}</p>
      <p role="status" aria-live="polite">
        @if (uploaded()) {
          {{ t('developerGroups.documents.uploaded') }}
        }
      </p>
      @if (error(); as e) {
        <p class="message" role="alert">{{ t('errorCodes.' + e) }}</p>
      }
    </section>
  `,
})
export class GroupDocuments implements OnInit {
  readonly groupId = input.required<string>();
  private readonly api = inject(DeveloperGroupsApi);
  protected readonly status = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly documents = signal<GroupDocumentResponse[]>([]);
  protected readonly uploaded = signal(false);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    this.load();
  }

  protected upload(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.uploaded.set(false);
    this.error.set(null);
    this.api.upload(this.groupId(), file).subscribe({
      next: () => {
        input.value = '';
        this.uploaded.set(true);
        this.load();
      },
      error: (err: unknown) => this.error.set(apiErrorCode(err) ?? 'INTERNAL'),
    });
  }

  protected download(d: GroupDocumentResponse): void {
    this.api.download(d.id).subscribe((blob) => saveFile(blob, d.name));
  }

  private load(): void {
    this.api.documents(this.groupId()).subscribe({
      next: (page) => {
        this.documents.set(page.items);
        this.status.set('ready');
      },
      error: () => this.status.set('failed'),
    });
  }
}
