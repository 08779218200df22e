import type { Locale, NotificationKind, NotificationPayload } from '@keino/contracts';

export interface EmailText {
  subject: string;
  body: string;
}

type Facts = Record<string, string>;

interface KindText {
  subject: string;
  body: string;
}

/** Email texts per kind and language; `{name}` is filled from the notification's facts. */
const CATALOGUE: Record<Locale, Record<NotificationKind, KindText>> = {
  fi: {
    enrollment_approved: {
      subject: 'Ilmoittautumisesi hyväksyttiin: {cohortName}',
      body: 'Ilmoittautumisesi ryhmään {cohortName} ({courseTitle}) on hyväksytty. Tervetuloa mukaan!',
    },
    enrollment_waitlisted: {
      subject: 'Olet jonossa: {cohortName}',
      body: 'Ryhmä {cohortName} ({courseTitle}) on täynnä, joten olet jonossa. Saat viestin, kun paikka vapautuu.',
    },
    enrollment_promoted: {
      subject: 'Pääsit jonosta mukaan: {cohortName}',
      body: 'Ryhmästä {cohortName} ({courseTitle}) vapautui paikka, ja se on nyt sinun.',
    },
    module_released: {
      subject: 'Uusi moduuli avautui: {moduleTitle}',
      body: 'Moduuli {moduleTitle} avautui tänään ({date}) ryhmässä {cohortName} ({courseTitle}).',
    },
    workshop_tomorrow: {
      subject: 'Työpaja huomenna: {activityTitle}',
      body: 'Työpaja {activityTitle} alkaa huomenna {startsAt}{location}. Ryhmä: {cohortName} ({courseTitle}).',
    },
    revision_requested: {
      subject: 'Tehtävää pyydetään täydentämään: {activityTitle}',
      body: 'Kouluttaja pyysi tiimiänne täydentämään tehtävää {activityTitle} ryhmässä {cohortName}.',
    },
    assignment_approved: {
      subject: 'Tehtävä hyväksyttiin: {activityTitle}',
      body: 'Kouluttaja hyväksyi tiiminne tehtävän {activityTitle} ryhmässä {cohortName}.',
    },
    cohort_ending: {
      subject: 'Kaksi viikkoa jäljellä: {cohortName}',
      body:
        'Ryhmä {cohortName} ({courseTitle}) päättyy {date}. Olet suorittanut {completedRequired} ' +
        '/ {expectedRequired} tähän mennessä avautuneista pakollisista tehtävistä. Ehdit vielä!',
    },
    membership_requested: {
      subject: 'Jäsenyyspyyntö: {organizationName}',
      body: '{requesterName} pyytää päästä organisaation {organizationName} jäseneksi. Hyväksy tai hylkää pyyntö KEINO-akatemiassa.',
    },
    thread_reply: {
      subject: 'Uusi vastaus: {threadTitle}',
      body: '{authorName} vastasi keskusteluun {threadTitle} ryhmässä {groupName}.',
    },
    application_decided: {
      subject: 'Hakemuksenne on käsitelty: {callTitle}',
      body: 'Organisaationne {organizationName} hakemus hakuun {callTitle} on käsitelty: {decision}.{message}',
    },
    follow_up_open: {
      subject: 'Vuosi kurssin jälkeen: {cohortName}',
      body: 'Ryhmä {cohortName} ({courseTitle}) päättyi noin vuosi sitten. Kerro, missä organisaatiosi on nyt: vastaa kypsyysarvion seurantaan {date} mennessä: {followUpLink}',
    },
  },
  sv: {
    enrollment_approved: {
      subject: 'Din anmälan har godkänts: {cohortName}',
      body: 'Din anmälan till gruppen {cohortName} ({courseTitle}) har godkänts. Välkommen!',
    },
    enrollment_waitlisted: {
      subject: 'Du står i kö: {cohortName}',
      body: 'Gruppen {cohortName} ({courseTitle}) är full, så du står i kö. Du får ett meddelande när en plats blir ledig.',
    },
    enrollment_promoted: {
      subject: 'Du fick en plats från kön: {cohortName}',
      body: 'En plats blev ledig i gruppen {cohortName} ({courseTitle}), och den är nu din.',
    },
    module_released: {
      subject: 'En ny modul har öppnats: {moduleTitle}',
      body: 'Modulen {moduleTitle} öppnades i dag ({date}) i gruppen {cohortName} ({courseTitle}).',
    },
    workshop_tomorrow: {
      subject: 'Workshop i morgon: {activityTitle}',
      body: 'Workshoppen {activityTitle} börjar i morgon {startsAt}{location}. Grupp: {cohortName} ({courseTitle}).',
    },
    revision_requested: {
      subject: 'Uppgiften behöver kompletteras: {activityTitle}',
      body: 'Utbildaren bad ert team att komplettera uppgiften {activityTitle} i gruppen {cohortName}.',
    },
    assignment_approved: {
      subject: 'Uppgiften har godkänts: {activityTitle}',
      body: 'Utbildaren godkände ert teams uppgift {activityTitle} i gruppen {cohortName}.',
    },
    cohort_ending: {
      subject: 'Två veckor kvar: {cohortName}',
      body:
        'Gruppen {cohortName} ({courseTitle}) avslutas {date}. Du har slutfört {completedRequired} ' +
        'av {expectedRequired} obligatoriska uppgifter som hittills öppnats. Du hinner ännu!',
    },
    membership_requested: {
      subject: 'Medlemsansökan: {organizationName}',
      body: '{requesterName} ansöker om medlemskap i {organizationName}. Godkänn eller avslå ansökan i KEINO-akademin.',
    },
    thread_reply: {
      subject: 'Nytt svar: {threadTitle}',
      body: '{authorName} svarade i diskussionen {threadTitle} i gruppen {groupName}.',
    },
    application_decided: {
      subject: 'Er ansökan har behandlats: {callTitle}',
      body: 'Ansökan från {organizationName} till ansökningsomgången {callTitle} har behandlats: {decision}.{message}',
    },
    follow_up_open: {
      subject: 'Ett år efter kursen: {cohortName}',
      body: 'Gruppen {cohortName} ({courseTitle}) avslutades för ungefär ett år sedan. Berätta var din organisation står nu: svara på uppföljningen av mognadsbedömningen senast {date}: {followUpLink}',
    },
  },
  en: {
    enrollment_approved: {
      subject: 'Your enrolment was approved: {cohortName}',
      body: 'Your enrolment in {cohortName} ({courseTitle}) was approved. Welcome!',
    },
    enrollment_waitlisted: {
      subject: 'You are on the waiting list: {cohortName}',
      body: '{cohortName} ({courseTitle}) is full, so you are on the waiting list. We will tell you when a seat frees up.',
    },
    enrollment_promoted: {
      subject: 'You got a seat from the waiting list: {cohortName}',
      body: 'A seat freed up in {cohortName} ({courseTitle}), and it is now yours.',
    },
    module_released: {
      subject: 'A new module opened: {moduleTitle}',
      body: 'The module {moduleTitle} opened today ({date}) in {cohortName} ({courseTitle}).',
    },
    workshop_tomorrow: {
      subject: 'Workshop tomorrow: {activityTitle}',
      body: 'The workshop {activityTitle} starts tomorrow {startsAt}{location}. Cohort: {cohortName} ({courseTitle}).',
    },
    revision_requested: {
      subject: 'Revision requested: {activityTitle}',
      body: 'The trainer asked your team to revise the assignment {activityTitle} in {cohortName}.',
    },
    assignment_approved: {
      subject: 'Assignment approved: {activityTitle}',
      body: "The trainer approved your team's assignment {activityTitle} in {cohortName}.",
    },
    cohort_ending: {
      subject: 'Two weeks left: {cohortName}',
      body:
        '{cohortName} ({courseTitle}) ends on {date}. You have completed {completedRequired} of the ' +
        '{expectedRequired} required activities opened so far. There is still time!',
    },
    membership_requested: {
      subject: 'Membership request: {organizationName}',
      body: '{requesterName} asks to join {organizationName}. Approve or reject the request in KEINO Academy.',
    },
    thread_reply: {
      subject: 'New reply: {threadTitle}',
      body: '{authorName} replied to {threadTitle} in {groupName}.',
    },
    application_decided: {
      subject: 'Your application has been decided: {callTitle}',
      body: 'The application of {organizationName} to {callTitle} has been decided: {decision}.{message}',
    },
    follow_up_open: {
      subject: 'A year after the course: {cohortName}',
      body: 'The cohort {cohortName} ({courseTitle}) ended about a year ago. Tell us where your organisation stands now: answer the maturity follow-up by {date}: {followUpLink}',
    },
  },
};

const GREETING: Record<Locale, string> = { fi: 'Hei {name},', sv: 'Hej {name},', en: 'Hello {name},' };
const FOOTER: Record<Locale, string> = {
  fi: 'Näet kaikki ilmoituksesi KEINO-akatemiassa kohdassa Ilmoitukset.\n\nKEINO-akatemia',
  sv: 'Du ser alla dina meddelanden i KEINO-akademin under Meddelanden.\n\nKEINO-akademin',
  en: 'You can see all your notifications in KEINO Academy under Notifications.\n\nKEINO Academy',
};
// How a call's decision reads in each language, and the admins' message after it.
const DECISIONS: Record<Locale, Record<'accepted' | 'rejected' | 'reserve', string>> = {
  fi: {
    accepted: 'hakemus hyväksyttiin',
    rejected: 'hakemusta ei valittu',
    reserve: 'hakemus on varasijalla',
  },
  sv: {
    accepted: 'ansökan godkändes',
    rejected: 'ansökan valdes inte',
    reserve: 'ansökan står på reservplats',
  },
  en: { accepted: 'accepted', rejected: 'not selected', reserve: 'on the reserve list' },
};
const MESSAGE: Record<Locale, string> = {
  fi: '\n\nViesti: {v}',
  sv: '\n\nMeddelande: {v}',
  en: '\n\nMessage: {v}',
};
const LOCATION: Record<Locale, string> = { fi: ', paikka: {v}', sv: ', plats: {v}', en: ', at {v}' };

const fill = (template: string, facts: Facts): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => facts[name] ?? '');

/** `YYYY-MM-DD` → the language's way of writing a date. */
export function formatDay(day: string, locale: Locale): string {
  const [y, m, d] = day.split('-').map(Number);
  if (locale === 'en') return `${d} ${MONTHS_EN[m - 1]} ${y}`;
  return `${d}.${m}.${y}`;
}
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// The word before a time of day, as the web app writes it (apps/web core/i18n/local-format.ts).
const TIME_WORD: Record<Locale, string> = { fi: 'klo', sv: 'kl.', en: 'at' };

/** A workshop's start in Finnish time, as the web app writes it: `klo 9.00`, `kl. 9.00`, `at 9.00`. */
export function formatTime(iso: string, locale: Locale): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Helsinki',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '00';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return `${TIME_WORD[locale] ?? TIME_WORD.fi} ${Number(hour)}.${minute}`;
}

/** The email of one notification, in the recipient's language. Pure: the same input gives the same text. */
export function renderEmail(
  kind: NotificationKind,
  locale: Locale,
  payload: NotificationPayload,
  recipientName: string,
  publicUrl = '',
): EmailText {
  const lang: Locale = CATALOGUE[locale] ? locale : 'fi';
  const text = CATALOGUE[lang][kind];
  const facts: Facts = {
    cohortName: payload.cohortName ?? '',
    courseTitle: payload.courseTitle ?? '',
    moduleTitle: payload.moduleTitle ?? '',
    activityTitle: payload.activityTitle ?? '',
    date: payload.date ? formatDay(payload.date, lang) : '',
    startsAt: payload.startsAt ? formatTime(payload.startsAt, lang) : '',
    location: payload.location ? fill(LOCATION[lang], { v: payload.location }) : '',
    completedRequired: String(payload.completedRequired ?? 0),
    expectedRequired: String(payload.expectedRequired ?? 0),
    organizationName: payload.organizationName ?? '',
    requesterName: payload.requesterName ?? '',
    callTitle: payload.callTitle ?? '',
    decision: payload.decision ? DECISIONS[lang][payload.decision] : '',
    message: payload.message ? fill(MESSAGE[lang], { v: payload.message }) : '',
    // The follow-up's own page in the app (web: learning/:enrollmentId/follow-up).
    followUpLink: payload.enrollmentId ? `${publicUrl}/learning/${payload.enrollmentId}/follow-up` : '',
  };
  const greeting = recipientName.trim() ? `${fill(GREETING[lang], { name: recipientName.trim() })}\n\n` : '';
  return {
    subject: fill(text.subject, facts),
    body: `${greeting}${fill(text.body, facts)}\n\n${FOOTER[lang]}\n`,
  };
}
