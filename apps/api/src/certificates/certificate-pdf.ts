import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '@keino/contracts';
import PDFDocument from 'pdfkit';

/*
 * Noto Sans (SIL Open Font License) from @fontsource/noto-sans: its Latin subset has å, ä and ö. The build copies
 * the two faces next to main.js (webpack.config.js assets); tests and `nx serve` read them from node_modules.
 */
const FONT_FILES = { regular: 'noto-sans-latin-400-normal.woff', bold: 'noto-sans-latin-700-normal.woff' };
const FONT_DIR = [
  join(__dirname, 'assets/fonts'),
  join(process.cwd(), 'node_modules/@fontsource/noto-sans/files'),
].find((dir) => existsSync(join(dir, FONT_FILES.regular)));

const TEXTS: Record<
  Locale,
  { title: string; lead: string; cohort: string; completedOn: string; verify: string; issuer: string }
> = {
  fi: {
    title: 'Todistus',
    lead: 'on suorittanut',
    cohort: 'Toteutus',
    completedOn: 'Suoritettu',
    verify: 'Todistuksen aitouden voi tarkistaa koodilla',
    issuer: 'KEINO – kestävien ja innovatiivisten julkisten hankintojen osaamiskeskus',
  },
  sv: {
    title: 'Intyg',
    lead: 'har genomfört',
    cohort: 'Genomförande',
    completedOn: 'Genomfört',
    verify: 'Intygets äkthet kan kontrolleras med koden',
    issuer: 'KEINO – kompetenscentret för hållbara och innovativa offentliga upphandlingar',
  },
  en: {
    title: 'Certificate',
    lead: 'has completed',
    cohort: 'Cohort',
    completedOn: 'Completed on',
    verify: 'Verify this certificate with the code',
    issuer: 'KEINO – the competence centre for sustainable and innovative public procurement',
  },
};

const INTL_LOCALES: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export interface CertificateContent {
  code: string;
  fullName: string;
  courseTitle: string;
  cohortName: string;
  /** `YYYY-MM-DD` */
  completedOn: string;
  verifyUrl: string;
}

/** The printable certificate: A4 landscape, in the holder's language. */
export class CertificateDocument {
  constructor(private readonly locale: Locale) {}

  render(content: CertificateContent): Promise<Buffer> {
    if (!FONT_DIR) throw new Error('Noto Sans is missing: run npm ci (it ships @fontsource/noto-sans)');
    const text = TEXTS[this.locale];
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 64,
      lang: this.locale,
      info: { Title: `${text.title}: ${content.courseTitle}`, Author: 'KEINO', Subject: content.fullName },
    });
    doc.registerFont('regular', join(FONT_DIR, FONT_FILES.regular));
    doc.registerFont('bold', join(FONT_DIR, FONT_FILES.bold));
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });

    const width = doc.page.width - 128;
    const completed = new Intl.DateTimeFormat(INTL_LOCALES[this.locale], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${content.completedOn}T00:00:00Z`));

    doc
      .rect(32, 32, doc.page.width - 64, doc.page.height - 64)
      .lineWidth(2)
      .stroke('#00437a');
    doc.font('bold').fontSize(14).fillColor('#00437a').text('KEINO', 64, 72, { width, align: 'center' });
    doc
      .moveDown(1.5)
      .font('bold')
      .fontSize(40)
      .fillColor('#1a1a1a')
      .text(text.title, { width, align: 'center' });
    doc.moveDown(0.8).font('bold').fontSize(26).text(content.fullName, { width, align: 'center' });
    doc.moveDown(0.4).font('regular').fontSize(16).text(text.lead, { width, align: 'center' });
    doc.moveDown(0.4).font('bold').fontSize(22).text(content.courseTitle, { width, align: 'center' });
    doc
      .moveDown(0.6)
      .font('regular')
      .fontSize(13)
      .text(`${text.cohort}: ${content.cohortName}`, { width, align: 'center' })
      .text(`${text.completedOn}: ${completed}`, { width, align: 'center' });
    doc
      .font('regular')
      .fontSize(10)
      .fillColor('#4a4a4a')
      .text(`${text.verify} ${content.code}: ${content.verifyUrl}`, 64, doc.page.height - 128, {
        width,
        align: 'center',
      })
      .moveDown(0.5)
      .text(text.issuer, { width, align: 'center' });
    doc.end();
    return done;
  }
}
