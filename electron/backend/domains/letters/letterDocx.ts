import { Document, Packer, Paragraph, TextRun } from 'docx';

export interface Letterhead {
  mpName: string;
  officeAddress: string;
}

const FONT = 'Arial';

function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

/**
 * A Word letter: the letterhead (MP's name, office address) then the merged text, a paragraph a
 * line. Real text runs, so the office can still edit it in Word; docx escapes every value.
 */
export async function renderLetterDocx(letterhead: Letterhead, body: string): Promise<Buffer> {
  const head = [
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
