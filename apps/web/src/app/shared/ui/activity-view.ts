import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ActivityResponse } from '@keino/contracts';

import { LocalDatePipe } from '../../core/i18n/locale-pipes';

/**
 * One activity as participants see it, drawn the same in the course player and in the trainer's preview: title,
 * kind and whether it is required (and when it was done), then what its kind shows — the page's rich text, the
 * link to open, the workshop's time and place. What a participant can do with it is projected by the player: an
 * element marked `activityWorkshopAction` goes under the workshop's time, everything else at the end.
 */
@Component({
  selector: 'app-activity-view',
  imports: [LocalDatePipe, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The parts lay out as children of the list item that holds the view.
  host: { style: 'display: contents' },
  template: `
    @let a = activity();
    <ng-container *transloco="let t">
      <h3>{{ a.title }}</h3>
      <p class="meta">
        {{ t('kind.' + a.kind) }} · {{ a.required ? t('player.required') : t('player.optional') }}
        @if (doneOn(); as done) {
          ·
          <strong>{{ t('player.doneOn', { date: (done | localDate) }) }}</strong>
        }
      </p>
      @if (!locked()) {
        @if (a.content) {
          <div class="content" [innerHTML]="a.content"></div>
        }
        @if (a.kind === 'link' && a.url) {
          <p>
            <a [href]="a.url" target="_blank" rel="noopener noreferrer">{{ t('player.open') }}</a>
          </p>
        }
        @if (a.kind === 'workshop') {
          <p>
            @if (a.startsAt) {
              {{ a.startsAt | localDate: 'dateTime' }}
            }
            @if (a.location) {
              · {{ a.location }}
            }
          </p>
          <ng-content select="[activityWorkshopAction]" />
          @if (!doneOn()) {
            <p class="note">{{ t('player.attendance') }}</p>
          }
        }
        <ng-content />
      }
    </ng-container>
  `,
})
export class ActivityView {
  readonly activity = input.required<ActivityResponse>();
  /** When the participant did it (ISO); null when not done, and always in the preview. */
  readonly doneOn = input<string | null>(null);
  /** A module not yet released shows its activities' titles only. */
  readonly locked = input(false);
}
