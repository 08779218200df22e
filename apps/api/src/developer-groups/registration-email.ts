import type { Locale } from '@keino/contracts';

/** What the confirmation email needs of the event. */
export interface RegistrationEmailFacts {
  fullName: string;
  eventTitle: string;
  groupName: string;
  startsAt: Date;
  location: string | null;
  onlineUrl: string | null;
}

const when = (at: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : `${locale}-FI`, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  }).format(at);

/** The registrant's confirmation, in their language; the privacy notice's retention is restated in it. */
export function renderRegistrationEmail(
  locale: Locale,
  f: RegistrationEmailFacts,
): { subject: string; body: string } {
  const place = [f.location, f.onlineUrl].filter(Boolean).join(', ');
  if (locale === 'sv') {
    return {
      subject: `Anmälan mottagen: ${f.eventTitle}`,
      body: [
        `Hej ${f.fullName},`,
        `Vi har tagit emot din anmälan till marknadsdialogen ”${f.eventTitle}” (${f.groupName}).`,
        `Tid: ${when(f.startsAt, locale)} (finsk tid)${place ? `\nPlats: ${place}` : ''}`,
        'Dina uppgifter används endast för att ordna evenemanget och raderas ett år efter evenemanget.',
        'KEINO-akademin',
      ].join('\n\n'),
    };
  }
  if (locale === 'en') {
    return {
      subject: `Registration received: ${f.eventTitle}`,
      body: [
        `Hello ${f.fullName},`,
        `We have received your registration for the market dialogue "${f.eventTitle}" (${f.groupName}).`,
        `When: ${when(f.startsAt, locale)} (Finnish time)${place ? `\nWhere: ${place}` : ''}`,
        'Your details are used only to organise the event and are deleted one year after it.',
        'KEINO Academy',
      ].join('\n\n'),
    };
  }
  return {
    subject: `Ilmoittautuminen vastaanotettu: ${f.eventTitle}`,
    body: [
      `Hei ${f.fullName},`,
      `Olemme vastaanottaneet ilmoittautumisesi markkinavuoropuheluun ”${f.eventTitle}” (${f.groupName}).`,
      `Aika: ${when(f.startsAt, locale)} (Suomen aikaa)${place ? `\nPaikka: ${place}` : ''}`,
      'Tietojasi käytetään vain tilaisuuden järjestämiseen, ja ne poistetaan vuoden kuluttua tilaisuudesta.',
      'KEINO-akatemia',
    ].join('\n\n'),
  };
}
