import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap } from '@angular/router';

import { render } from '../../../testing/render';
import { SignInNotice } from './sign-in-notice';

describe('SignInNotice', () => {
  function open(notice: string | null) {
    return render(SignInNotice, {
      providers: [
        {
          provide: ActivatedRoute,
          useValue: { snapshot: { queryParamMap: convertToParamMap(notice ? { notice } : {}) } },
        },
      ],
    });
  }

  it('fills its live region after the first render with the notice asked for', async () => {
    const { element, stable } = open('passwordReset');
    await stable();
    TestBed.tick();
    expect(element.querySelector('[role=status]')?.textContent).toContain('membership.notice.passwordReset');
  });

  it('shows nothing for an unknown notice', async () => {
    const { element, stable } = open('<script>');
    await stable();
    expect(element.querySelector('[role=status]')?.textContent?.trim()).toBe('');
  });
});
