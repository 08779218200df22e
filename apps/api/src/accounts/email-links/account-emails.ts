import type { Locale } from '@keino/contracts';

export type AccountEmailKind = 'verify_email' | 'reset_password' | 'invitation';

export interface AccountEmailText {
  subject: string;
  body: string;
}

/** What a text names: the absolute link always; the organisation and who invited for an invitation. */
export interface AccountEmailFacts {
  link: string;
  name?: string;
  organizationName?: string;
  inviterName?: string;
}

interface Template {
  subject: string;
  body: string;
}

/** The emails that carry a single-use link, per language; `{x}` is filled from the facts. */
const TEXTS: Record<Locale, Record<AccountEmailKind, Template>> = {
  fi: {
    verify_email: {
      subject: 'Vahvista sähköpostiosoitteesi',
      body:
        'Vahvista KEINO-akatemian tilisi sähköpostiosoite avaamalla tämä linkki:\n\n{link}\n\n' +
        'Linkki toimii kerran ja 48 tunnin ajan. Jos et luonut tiliä, voit jättää viestin huomiotta.',
    },
    reset_password: {
      subject: 'Salasanan vaihtaminen',
      body:
        'Joku pyysi KEINO-akatemian tilisi salasanan vaihtamista. Valitse uusi salasana tästä linkistä:\n\n{link}\n\n' +
        'Linkki toimii kerran ja tunnin ajan. Jos et pyytänyt vaihtoa, voit jättää viestin huomiotta: ' +
        'salasanasi pysyy ennallaan.',
    },
    invitation: {
      subject: 'Kutsu KEINO-akatemiaan: {organizationName}',
      body:
        '{inviterName} kutsui sinut organisaation {organizationName} jäseneksi KEINO-akatemiassa. ' +
        'Hyväksy kutsu tästä linkistä:\n\n{link}\n\nKutsu on voimassa 14 päivää.',
    },
  },
  sv: {
    verify_email: {
      subject: 'Bekräfta din e-postadress',
      body:
        'Bekräfta e-postadressen för ditt konto i KEINO-akademin genom att öppna länken:\n\n{link}\n\n' +
        'Länken fungerar en gång och i 48 timmar. Om du inte skapade något konto kan du bortse från meddelandet.',
    },
    reset_password: {
      subject: 'Byte av lösenord',
      body:
        'Någon bad om att byta lösenordet till ditt konto i KEINO-akademin. Välj ett nytt lösenord via länken:\n\n' +
        '{link}\n\nLänken fungerar en gång och i en timme. Om det inte var du kan du bortse från meddelandet: ' +
        'ditt lösenord förblir oförändrat.',
    },
    invitation: {
      subject: 'Inbjudan till KEINO-akademin: {organizationName}',
      body:
        '{inviterName} har bjudit in dig som medlem i {organizationName} i KEINO-akademin. ' +
        'Godkänn inbjudan via länken:\n\n{link}\n\nInbjudan gäller i 14 dagar.',
    },
  },
  en: {
    verify_email: {
      subject: 'Confirm your email address',
      body:
        'Confirm the email address of your KEINO Academy account by opening this link:\n\n{link}\n\n' +
        'The link works once, for 48 hours. If you did not create an account, you can ignore this message.',
    },
    reset_password: {
      subject: 'Resetting your password',
      body:
        'Someone asked to reset the password of your KEINO Academy account. Choose a new one with this link:\n\n' +
        '{link}\n\nThe link works once, for one hour. If it was not you, you can ignore this message: ' +
        'your password stays as it is.',
    },
    invitation: {
      subject: 'Invitation to KEINO Academy: {organizationName}',
      body:
        '{inviterName} invited you to join {organizationName} in KEINO Academy. ' +
        'Accept the invitation with this link:\n\n{link}\n\nThe invitation is valid for 14 days.',
    },
  },
};

const GREETING: Record<Locale, string> = { fi: 'Hei {name},', sv: 'Hej {name},', en: 'Hello {name},' };
const SIGNATURE: Record<Locale, string> = { fi: 'KEINO-akatemia', sv: 'KEINO-akademin', en: 'KEINO Academy' };

const fill = (template: string, facts: Record<string, string | undefined>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => facts[key] ?? '');

/** The email of one link, in the person's language. Pure. */
export function renderAccountEmail(
  kind: AccountEmailKind,
  locale: Locale,
  facts: AccountEmailFacts,
): AccountEmailText {
  const lang: Locale = TEXTS[locale] ? locale : 'fi';
  const text = TEXTS[lang][kind];
  const name = facts.name?.trim();
  const greeting = name ? `${fill(GREETING[lang], { name })}\n\n` : '';
  return {
    subject: fill(text.subject, { ...facts }),
    body: `${greeting}${fill(text.body, { ...facts })}\n\n${SIGNATURE[lang]}\n`,
  };
}

/** `${PUBLIC_URL}/verify-email?token=…` and the like: the web app's page for the link. */
export function linkTo(publicUrl: string, page: string, token: string): string {
  return `${publicUrl}/${page}?token=${encodeURIComponent(token)}`;
}
