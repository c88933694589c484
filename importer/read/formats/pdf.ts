/** Text of a PDF, page by page, through unpdf (a maintained build of Mozilla's pdf.js). */
import { extractText, getDocumentProxy } from 'unpdf';
import type { FormatText } from './types.js';

export async function readPdf(bytes: Uint8Array): Promise<FormatText> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    const info = (await pdf.getMetadata()).info as Record<string, unknown> | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    // Pages are paragraphs apart: a sentence seldom runs on, and a page break must not glue two words.
    return { text: text.map((page) => page.trim()).filter(Boolean).join('\n\n'), detected: title ? { title } : {} };
  } finally {
    await pdf.destroy();
  }
}
