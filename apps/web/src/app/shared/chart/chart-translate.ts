import { computed, inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';

import type { Translate } from './chart-data';

/**
 * A translate function that changes when the active language's texts have loaded, so chart tables computed from it
 * follow a language switch. Call in an injection context.
 */
export function injectTranslate(): Signal<Translate> {
  const transloco = inject(TranslocoService);
  const loaded = toSignal(transloco.selectTranslation());
  return computed(() => {
    loaded();
    return (key, params) => transloco.translate(key, params);
  });
}
