import { z } from 'zod';

/**
 * The formats an agenda leaves in, in the order the Export dialog lists them:
 * Word first, since editing and translation work in Word.
 */
export const EXPORT_FORMATS = ['docx', 'pdf', 'html', 'md', 'txt', 'agendum'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export const PaperSizeSchema = z.enum(PAPER_SIZES);
export type PaperSize = z.infer<typeof PaperSizeSchema>;

export interface ExportFormatInfo {
  /** How the dialog names the format. */
  readonly label: string;
  /** The file name's extension, with its dot. */
  readonly extension: string;
  /** Whether the paper size changes the file. */
  readonly paged: boolean;
}

export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  docx: { label: 'Word', extension: '.docx', paged: true },
  pdf: { label: 'PDF', extension: '.pdf', paged: true },
  html: { label: 'Web page (HTML)', extension: '.html', paged: true },
  md: { label: 'Markdown', extension: '.md', paged: false },
  txt: { label: 'Plain text', extension: '.txt', paged: false },
  agendum: { label: 'Agendum file', extension: '.agendum', paged: false },
};

/** Formats given on a command line or in a request: known, without repeats, in the dialog's order. */
export function orderedFormats(formats: Iterable<ExportFormat>): ExportFormat[] {
  const chosen = new Set(formats);
  return EXPORT_FORMATS.filter((format) => chosen.has(format));
}

export const PAPER_SIZE_LABELS: Readonly<Record<PaperSize, string>> = {
  A4: 'A4',
  Letter: 'US Letter',
};
