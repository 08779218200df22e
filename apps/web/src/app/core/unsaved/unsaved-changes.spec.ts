import { TestBed } from '@angular/core/testing';
import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

import { Drafts, type HoldsUnsavedWork, unsavedChangesGuard } from './unsaved-changes';

describe('unsaved work', () => {
  const page = (dirty: boolean): HoldsUnsavedWork => ({ hasUnsavedChanges: () => dirty });
  const leave = (p: HoldsUnsavedWork) =>
    TestBed.runInInjectionContext(() =>
      unsavedChangesGuard(
        p,
        {} as ActivatedRouteSnapshot,
        {} as RouterStateSnapshot,
        {} as RouterStateSnapshot,
      ),
    );

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [{ provide: TranslocoService, useValue: { translate: (key: string) => `«${key}»` } }],
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('lets a page with nothing unsaved go without asking', () => {
    const confirm = jest.spyOn(window, 'confirm');
    expect(leave(page(false))).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks before leaving unsaved work, in the page’s language, and stays when told to', () => {
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
    expect(leave(page(true))).toBe(false);
    expect(confirm).toHaveBeenCalledWith('«unsaved.confirmLeave»');
    confirm.mockReturnValue(true);
    expect(leave(page(true))).toBe(true);
  });

  it('keeps a draft until it is cleared, and lives without storage', () => {
    const drafts = new Drafts(window.localStorage);
    expect(drafts.load('a1')).toBeNull();
    drafts.save('a1', '<p>Kesken</p>');
    expect(new Drafts(window.localStorage).load('a1')).toBe('<p>Kesken</p>');
    drafts.clear('a1');
    expect(drafts.load('a1')).toBeNull();
    const none = new Drafts(undefined);
    none.save('a1', 'x');
    expect(none.load('a1')).toBeNull();
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    expect(() => new Drafts(full).save('a1', 'x')).not.toThrow();
  });
});
