import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import type { LetterheadLogo } from '../../../../shared/contract/system';
import { logoPrintSize } from '../../../../shared/letters/logoSize';

export interface Letterhead {
  mpName: string;
  officeAddress: string;
  logo: LetterheadLogo | null;
}

function logoParagraph(logo: LetterheadLogo): Paragraph {
  return new Paragraph({
    alignment: 'right',
    children: [
      new ImageRun({
        type: logo.mediaType === 'image/png' ? 'png' : 'jpg',
        data: Buffer.from(logo.contentBase64, 'base64'),
        transformation: logoPrintSize(logo),
        altText: { name: 'Logo', description: 'Office logo', title: 'Logo' },
      }),
    ],
  });
}

const FONT = 'Arial';

function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

/**
 * Word letters, each on its own pages under the letterhead (logo, MP's name, office address), then
 * the merged text a paragraph a line. Real text runs, so the office can still edit them in Word;
 * docx escapes every value. A campaign's standard reply is many letters in one file.
 */
export async function renderLettersDocx(
  letterhead: Letterhead,
  bodies: string[],
  afterLetter: (done: number) => void = () => undefined,
): Promise<Buffer> {
  const head = () => [
    ...(letterhead.logo ? [logoParagraph(letterhead.logo)] : []),
    new Paragraph({
      alignment: 'right',
      children: [new TextRun({ text: letterhead.mpName, bold: true, size: 28, font: FONT })],
    }),
    ...lines(letterhead.officeAddress).map(
      (line) => new Paragraph({ alignment: 'right', children: [new TextRun({ text: line, size: 20, font: FONT })] }),
    ),
    new Paragraph({ children: [] }),
  ];
  const text = (body: string) =>
    lines(body).map((line) => new Paragraph({ children: [new TextRun({ text: line, size: 22, font: FONT })] }));
  const document = new Document({
    creator: 'Postbag',
    title: bodies.length === 1 ? 'Letter' : 'Letters',
    sections: bodies.map((body, i) => {
      afterLetter(i + 1);
      return { properties: { page: { size: { width: 11906, height: 16838 } } }, children: [...head(), ...text(body)] };
    }),
  });
  return Packer.toBuffer(document);
}
