import { find, render } from '../../../testing/render';
import { ActivityForm } from './activity-form';

const fi = {
  kind: { page: 'Luettava', link: 'Linkki', workshop: 'Lähipäivä' },
  editor: {
    kind: 'Tehtävän tyyppi',
    activityTitle: 'Tehtävän nimi',
    titleMissing: 'Anna nimi.',
    url: 'Aineiston osoite',
    urlInvalid: 'Anna osoite, joka alkaa https://',
    saveActivity: 'Tallenna tehtävä',
  },
};

describe('ActivityForm', () => {
  async function renderForm() {
    const rendered = render(ActivityForm, { fi });
    await rendered.stable();
    return rendered;
  }
  const control = <T extends HTMLElement = HTMLInputElement>(root: HTMLElement, label: string): T => {
    const id = Array.from(root.querySelectorAll('label')).find(
      (l) => l.textContent?.trim() === label,
    )?.htmlFor;
    return find<T>(root, `[id="${id}"]`);
  };

  it('refuses a link without a title or a web address, saying why next to each field', async () => {
    const { element, component, stable } = await renderForm();
    const saved: unknown[] = [];
    component.save.subscribe((draft) => saved.push(draft));
    const kind = control<HTMLSelectElement>(element, 'Tehtävän tyyppi');
    kind.value = 'link';
    kind.dispatchEvent(new Event('change'));
    await stable();
    const url = control(element, 'Aineiston osoite');
    url.value = 'example.org';
    url.dispatchEvent(new Event('input'));
    find(element, 'button[type=submit]').click();
    await stable();
    expect(saved).toEqual([]);
    const title = control(element, 'Tehtävän nimi');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(find(element, `#${title.getAttribute('aria-describedby')}`).textContent?.trim()).toBe(
      'Anna nimi.',
    );
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(find(element, `#${url.getAttribute('aria-describedby')}`).textContent?.trim()).toBe(
      'Anna osoite, joka alkaa https://',
    );
    // The first field to fix takes the focus.
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.activeElement).toBe(title);

    title.value = 'Webinaarin tallenne';
    title.dispatchEvent(new Event('input'));
    url.value = 'https://example.org/webinaari';
    url.dispatchEvent(new Event('input'));
    find(element, 'button[type=submit]').click();
    await stable();
    expect(title.getAttribute('aria-invalid')).toBe('false');
    expect(title.hasAttribute('aria-describedby')).toBe(false);
    expect(saved).toEqual([
      expect.objectContaining({
        kind: 'link',
        title: 'Webinaarin tallenne',
        url: 'https://example.org/webinaari',
      }),
    ]);
  });
});
