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
 * A Word letter: the letterhead (logo, MP's name, office address) then the merged text, a paragraph a
 * line. Real text runs, so the office can still edit it in Word; docx escapes every value.
 */
export async function renderLetterDocx(letterhead: Letterhead, body: string): Promise<Buffer> {
  const head = [
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
  const text = lines(body).map(
    (line) => new Paragraph({ children: [new TextRun({ text: line, size: 22, font: FONT })] }),
  );
  const document = new Document({
    creator: 'Postbag',
    title: 'Letter',
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children: [...head, ...text] }],
  });
  return Packer.toBuffer(document);
}
