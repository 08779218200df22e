import {
  AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  forwardRef,
  inject,
  input,
  OnDestroy,
  signal,
} from '@angular/core';
import { ControlValueAccessor, NG_VALUE_ACCESSOR } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Editor } from '@tiptap/core';

/** The toolbar's commands; each toggles or runs one tiptap command. */
export const TOOLS = [
  'h2',
  'h3',
  'bold',
  'italic',
  'bulletList',
  'orderedList',
  'link',
  'undo',
  'redo',
] as const;
export type Tool = (typeof TOOLS)[number];

const GLYPHS: Record<Tool, string> = {
  h2: 'H2',
  h3: 'H3',
  bold: 'B',
  italic: 'I',
  bulletList: '•',
  orderedList: '1.',
  link: '',
  undo: '↶',
  redo: '↷',
};

/** Tools that show a pressed state; undo and redo are plain actions. */
const TOGGLES = new Set<Tool>(['h2', 'h3', 'bold', 'italic', 'bulletList', 'orderedList', 'link']);

/** A link address as stored: http(s) or mailto; a bare host gets https://. */
export function normalisedHref(raw: string): string | null {
  const href = raw.trim();
  if (!href) return null;
  if (/^(https?:\/\/|mailto:)/i.test(href)) return href;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return null;
  return `https://${href}`;
}

let nextId = 0;

/**
 * Rich text for course pages on headless tiptap: a toolbar (WAI-ARIA toolbar pattern, arrow keys move between
 * buttons) and a labelled editable area. A form control (ControlValueAccessor) whose value is HTML; the server
 * sanitises it again before storing.
 */
@Component({
  selector: 'app-rich-text-editor',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => RichTextEditor), multi: true }],
  template: `
    <div class="rte" *transloco="let t; prefix: 'editor.rte'">
      <div class="rte-toolbar" role="toolbar" [attr.aria-label]="t('toolbar')" [attr.aria-controls]="areaId">
        @for (tool of tools; track tool; let i = $index) {
          <button
            type="button"
            [attr.tabindex]="i === focused() ? 0 : -1"
            [attr.aria-pressed]="isToggle(tool) ? active()[tool] : null"
            [attr.aria-label]="t(tool)"
            [attr.aria-expanded]="tool === 'link' ? linkOpen() : null"
            [title]="t(tool)"
            [attr.aria-disabled]="(tool === 'undo' || tool === 'redo') && !active()[tool] ? true : null"
            [disabled]="disabled() || !ready()"
            (click)="run(tool)"
            (keydown)="moveFocus($event)"
            (focus)="focused.set(i)"
          >
            @if (tool === 'link') {
              <!-- A chain link drawn inline: emoji fonts are not everywhere. -->
              <svg
                aria-hidden="true"
                width="18"
                height="18"
                viewBox="0 0 24 24"
                fill="none"
                stroke="currentColor"
                stroke-width="2.2"
                stroke-linecap="round"
                stroke-linejoin="round"
              >
                <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" />
                <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
              </svg>
            } @else {
              <span aria-hidden="true">{{ glyphs[tool] }}</span>
            }
          </button>
        }
      </div>
      @if (linkOpen()) {
        <div class="rte-link">
          <label [for]="areaId + '-href'">{{ t('href') }}</label>
          <input
            #hrefInput
            type="url"
            inputmode="url"
            [id]="areaId + '-href'"
            [value]="href()"
            (input)="href.set(hrefInput.value)"
            (keydown.enter)="$event.preventDefault(); applyLink()"
            (keydown.escape)="closeLink()"
            [attr.aria-describedby]="linkError() ? areaId + '-href-error' : null"
          />
          @if (linkError()) {
            <p class="message" [id]="areaId + '-href-error'">{{ t('hrefInvalid') }}</p>
          }
          <div class="row-actions">
            <button type="button" class="button primary" (click)="applyLink()">{{ t('applyLink') }}</button>
            @if (active()['link']) {
              <button type="button" class="button" (click)="removeLink()">{{ t('removeLink') }}</button>
            }
            <button type="button" class="button" (click)="closeLink()">{{ t('cancel') }}</button>
          </div>
        </div>
      }
      @if (failed()) {
        <p class="message">{{ t('failed') }}</p>
      } @else if (!ready()) {
        <p class="note">{{ t('loading') }}</p>
      }
      <div class="rte-area"></div>
    </div>
  `,
})
export class RichTextEditor implements ControlValueAccessor, AfterViewInit, OnDestroy {
  /** The id of the visible label of the editable area. */
  readonly labelledBy = input.required<string>();
  protected readonly areaId = `rte-${++nextId}`;
  protected readonly tools = TOOLS;
  protected readonly glyphs = GLYPHS;
  protected readonly focused = signal(0);
  protected readonly disabled = signal(false);
  protected readonly active = signal<Partial<Record<Tool, boolean>>>({});
  protected readonly linkOpen = signal(false);
  protected readonly linkError = signal(false);
  protected readonly href = signal('');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private editor: Editor | null = null;
  /** A value written before the editor exists (forms write theirs first). */
  private pending = '';
  private onChange: (html: string) => void = () => undefined;
  private onTouched: () => void = () => undefined;

  protected readonly ready = signal(false);
  protected readonly failed = signal(false);
  private destroyed = false;

  ngAfterViewInit(): void {
    this.create().catch(() => this.failed.set(true));
  }

  ngOnDestroy(): void {
    this.destroyed = true;
    this.editor?.destroy();
    this.editor = null;
  }

  private find<T extends HTMLElement>(selector: string): T | null {
    return this.host.nativeElement.querySelector<T>(selector);
  }

  /** tiptap is loaded on first use, in its own chunk, so neither the app nor the course list carries it. */
  private async create(): Promise<void> {
    const [{ Editor }, { default: StarterKit }] = await Promise.all([
      import('@tiptap/core'),
      import('@tiptap/starter-kit'),
    ]);
    if (this.destroyed) return;
    this.editor = new Editor({
      element: this.find('.rte-area'),
      extensions: [
        StarterKit.configure({
          // Only what the server's allow-list keeps and the toolbar offers.
          heading: { levels: [2, 3] },
          code: false,
          codeBlock: false,
          strike: false,
          underline: false,
          horizontalRule: false,
          blockquote: false,
          // No empty paragraph appended after every heading or list: it would be stored with the page.
          trailingNode: false,
          link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'] },
        }),
      ],
      content: this.pending,
      editable: !this.disabled(),
      editorProps: {
        attributes: {
          id: this.areaId,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': this.labelledBy(),
          class: 'rte-content content',
        },
      },
      onUpdate: ({ editor }) => this.onChange(editor.isEmpty ? '' : editor.getHTML()),
      onTransaction: () => this.refreshState(),
      onBlur: () => this.onTouched(),
    });
    this.refreshState();
    this.ready.set(true);
  }

  private refreshState(): void {
    const e = this.editor;
    if (!e) return;
    this.active.set({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
      undo: e.can().undo(),
      redo: e.can().redo(),
    });
  }

  protected isToggle(tool: Tool): boolean {
    return TOGGLES.has(tool);
  }

  protected run(tool: Tool): void {
    const e = this.editor;
    if (!e) return;
    const chain = e.chain().focus();
    switch (tool) {
      case 'h2':
        chain.toggleHeading({ level: 2 }).run();
        break;
      case 'h3':
        chain.toggleHeading({ level: 3 }).run();
        break;
      case 'bold':
        chain.toggleBold().run();
        break;
      case 'italic':
        chain.toggleItalic().run();
        break;
      case 'bulletList':
        chain.toggleBulletList().run();
        break;
      case 'orderedList':
        chain.toggleOrderedList().run();
        break;
      case 'undo':
        chain.undo().run();
        break;
      case 'redo':
        chain.redo().run();
        break;
      case 'link':
        this.openLink();
        break;
    }
  }

  private openLink(): void {
    this.href.set((this.editor?.getAttributes('link')['href'] as string | undefined) ?? '');
    this.linkError.set(false);
    this.linkOpen.set(true);
    setTimeout(() => this.find('.rte-link input')?.focus());
  }

  protected applyLink(): void {
    const href = normalisedHref(this.href());
    if (!href) {
      this.linkError.set(true);
      return;
    }
    this.editor?.chain().focus().extendMarkRange('link').setLink({ href }).run();
    this.linkOpen.set(false);
  }

  protected removeLink(): void {
    this.editor?.chain().focus().extendMarkRange('link').unsetLink().run();
    this.linkOpen.set(false);
  }

  protected closeLink(): void {
    this.linkOpen.set(false);
    this.editor?.commands.focus();
  }

  /** Arrow keys, Home and End move between toolbar buttons (one tab stop for the whole toolbar). */
  protected moveFocus(event: KeyboardEvent): void {
    const count = this.tools.length;
    const moves: Record<string, number> = {
      ArrowRight: (this.focused() + 1) % count,
      ArrowLeft: (this.focused() - 1 + count) % count,
      Home: 0,
      End: count - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.focused.set(next);
    this.host.nativeElement.querySelectorAll<HTMLElement>('.rte-toolbar button')[next]?.focus();
  }

  writeValue(html: string | null): void {
    this.pending = html ?? '';
    if (this.editor && this.editor.getHTML() !== this.pending) {
      this.editor.commands.setContent(this.pending, { emitUpdate: false });
    }
  }

  registerOnChange(fn: (html: string) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.disabled.set(disabled);
    this.editor?.setEditable(!disabled);
  }
}
