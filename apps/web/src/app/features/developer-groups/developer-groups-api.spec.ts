import { htmlToText, textToHtml } from './developer-groups-api';

describe('plain text as rich text', () => {
  it('makes paragraphs and line breaks, and escapes what would be markup', () => {
    expect(textToHtml(' Hei <b>kaikki</b>\nrivi 2\n\nToinen kappale & loppu ')).toBe(
      '<p>Hei &lt;b&gt;kaikki&lt;/b&gt;<br>rivi 2</p><p>Toinen kappale &amp; loppu</p>',
    );
  });

  it('reads rich text back as the text it was typed as', () => {
    expect(htmlToText('<p>Hei &lt;b&gt;<br>rivi 2</p><p>Toinen</p>')).toBe('Hei <b>\nrivi 2\n\nToinen');
  });
});
