/** An iCalendar (RFC 5545) event for a workshop, so participants can add it to their calendar. */
export function workshopIcs(input: {
  id: string;
  title: string;
  startsAt: string;
  location: string | null;
  hours?: number;
}): string {
  const start = new Date(input.startsAt);
  const end = new Date(start.getTime() + (input.hours ?? 6) * 3_600_000);
  const stamp = (d: Date) =>
    d
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
  // Text values escape backslash, semicolon, comma and newlines.
  const text = (s: string) =>
    s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//KEINO Academy//Workshops//FI',
    'BEGIN:VEVENT',
    `UID:${input.id}@keino-academy`,
    `DTSTAMP:${stamp(new Date())}`,
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${text(input.title)}`,
    ...(input.location ? [`LOCATION:${text(input.location)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
