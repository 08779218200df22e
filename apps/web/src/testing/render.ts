import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { EnvironmentProviders, Provider, Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type Translation, TranslocoTestingModule } from '@jsverse/transloco';

export interface RenderOptions {
  /** The Finnish texts the spec reads; without them Transloco shows the keys. */
  fi?: Translation;
  inputs?: Record<string, unknown>;
  providers?: (Provider | EnvironmentProviders)[];
}

export interface Rendered<T> {
  fixture: ComponentFixture<T>;
  component: T;
  element: HTMLElement;
  http: HttpTestingController;
  /** Lets the view settle (signals, effects, change detection). */
  stable: () => Promise<void>;
}

/**
 * A component under test with Transloco (Finnish), HttpClient against HttpTestingController and an empty router:
 * the setup every web spec repeated. Nothing is flushed; the spec answers the requests it expects.
 */
export function render<T>(component: Type<T>, options: RenderOptions = {}): Rendered<T> {
  TestBed.configureTestingModule({
    imports: [
      component,
      TranslocoTestingModule.forRoot({
        langs: { fi: options.fi ?? {} },
        translocoConfig: { availableLangs: ['fi'], defaultLang: 'fi' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      ...(options.providers ?? []),
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(options.inputs ?? {}))
    fixture.componentRef.setInput(name, value);
  return {
    fixture,
    component: fixture.componentInstance,
    element: fixture.nativeElement as HTMLElement,
    http,
    stable: () => fixture.whenStable(),
  };
}

/** The element, or a failure that names the selector (instead of a non-null assertion). */
export function find<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
}

/** Types into a field or picks an option, with the event Angular's forms listen to (`change` for a select). */
export function fill(root: Element, selector: string, value: string): void {
  const field = find<HTMLInputElement | HTMLSelectElement>(root, selector);
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
}
