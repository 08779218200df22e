import { DOCUMENT } from '@angular/common';
import { DestroyRef, inject } from '@angular/core';
import type { CanDeactivateFn } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

/** A page where a person types at length: it says whether something typed is not yet saved. */
export interface HoldsUnsavedWork {
  hasUnsavedChanges(): boolean;
}

/** Leaving such a page inside the app asks first, while something typed is not saved. */
export const unsavedChangesGuard: CanDeactivateFn<HoldsUnsavedWork> = (page) => {
  if (!page?.hasUnsavedChanges()) return true;
  const question = inject(TranslocoService).translate('unsaved.confirmLeave');
  return inject(DOCUMENT).defaultView?.confirm(question) ?? true;
};

/**
 * Closing the tab, reloading or following an outside link asks the browser's own question while `dirty()` is true
 * (browsers show their own text). Call in a constructor; the listener goes with the page.
 */
export function warnBeforeUnload(dirty: () => boolean): void {
  const view = inject(DOCUMENT).defaultView;
  if (!view) return;
  const listener = (event: BeforeUnloadEvent) => {
    if (!dirty()) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = '';
  };
  view.addEventListener('beforeunload', listener);
  inject(DestroyRef).onDestroy(() => view.removeEventListener('beforeunload', listener));
}

const DRAFT_PREFIX = 'keino.draft.';

/**
 * Drafts of long texts kept in this browser until they are saved: a crash, a closed tab or a lost connection does
 * not lose them. Storage may be off or full; then there is simply no draft.
 */
export class Drafts {
  constructor(private readonly storage: Storage | undefined) {}

  static ofBrowser(): Drafts {
    try {
      return new Drafts(inject(DOCUMENT).defaultView?.localStorage);
    } catch {
      return new Drafts(undefined);
    }
  }

  load(key: string): string | null {
    try {
      return this.storage?.getItem(DRAFT_PREFIX + key) ?? null;
    } catch {
      return null;
    }
  }

  save(key: string, text: string): void {
    try {
      this.storage?.setItem(DRAFT_PREFIX + key, text);
    } catch {
      // Full or refused: the page still warns before leaving.
    }
  }

  clear(key: string): void {
    try {
      this.storage?.removeItem(DRAFT_PREFIX + key);
    } catch {
      // Nothing to clear.
    }
  }
}
