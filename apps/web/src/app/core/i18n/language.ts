import { DOCUMENT } from '@angular/common';
import { inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_KEY = 'keino.lang';

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

/** The active language: Finnish by default, remembered across visits, mirrored in <html lang>. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  readonly current = signal<Language>('fi');

  restore(): void {
    const saved = this.storage()?.getItem(LANGUAGE_KEY);
    this.apply(isLanguage(saved) ? saved : 'fi');
  }

  use(language: Language): void {
    this.storage()?.setItem(LANGUAGE_KEY, language);
    this.apply(language);
  }

  private apply(language: Language): void {
    this.current.set(language);
    this.transloco.setActiveLang(language);
    this.document.documentElement.lang = language;
  }

  private storage(): Storage | undefined {
    try {
      return this.document.defaultView?.localStorage;
    } catch {
      return undefined; // storage disabled by the browser: the choice lasts for this visit only
    }
  }
}
