import { DestroyRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { catchError, map, type Observable, of, Subject, switchMap } from 'rxjs';

type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * A request function where the newest call wins: a slower answer to an earlier call is dropped (switchMap cancels
 * it), so paging or filtering quickly never shows an older page. Call it in an injection context (a field
 * initializer); it stops when the component is destroyed.
 */
export function latestRequest<Q, R>(
  load: (query: Q) => Observable<R>,
  observer: { next: (value: R) => void; error: (error: unknown) => void },
): (query: Q) => void {
  const requests = new Subject<Q>();
  requests
    .pipe(
      switchMap((query) =>
        load(query).pipe(
          map((value): Outcome<R> => ({ ok: true, value })),
          catchError((error: unknown) => of<Outcome<R>>({ ok: false, error })),
        ),
      ),
      takeUntilDestroyed(inject(DestroyRef)),
    )
    .subscribe((outcome) => (outcome.ok ? observer.next(outcome.value) : observer.error(outcome.error)));
  return (query) => requests.next(query);
}
