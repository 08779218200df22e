import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/** The accessibility statement that the Finnish Act on the Provision of Digital Services (306/2019) requires. */
@Component({
  selector: 'app-accessibility-statement',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" *transloco="let t; read: 'accessibility'">
      <h1>{{ t('title') }}</h1>
      <p class="lead">{{ t('lead') }}</p>
      <h2>{{ t('statusTitle') }}</h2>
      <p>{{ t('status') }}</p>
      <h2>{{ t('knownTitle') }}</h2>
      <ul>
        <li>{{ t('known1') }}</li>
        <li>{{ t('known2') }}</li>
      </ul>
      <h2>{{ t('howTitle') }}</h2>
      <p>{{ t('how') }}</p>
      <h2>{{ t('feedbackTitle') }}</h2>
      <p>{{ t('feedback') }}</p>
      <h2>{{ t('supervisionTitle') }}</h2>
      <p>{{ t('supervision') }}</p>
      <p>
        <a href="https://www.saavutettavuusvaatimukset.fi/" rel="noopener noreferrer"
          >saavutettavuusvaatimukset.fi</a
        >
      </p>
    </section>
  `,
})
export class AccessibilityStatement {}
