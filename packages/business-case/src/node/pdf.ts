// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/** PDF of the council document through LibreOffice headless, where `soffice` is installed. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

/** The LibreOffice binary: `SOFFICE` if set, else a usual install path; null when there is none. */
export function findSoffice(): string | null {
  const fromEnv = process.env.SOFFICE;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((c) => existsSync(c)) ?? null;
}

/** An error a user can act on: LibreOffice is missing or the conversion failed. */
export class PdfError extends Error {
  override name = 'PdfError';
}

/** Converts DOCX bytes to PDF with LibreOffice headless, in a profile of its own. */
export async function docxToPdf(docx: Uint8Array): Promise<Uint8Array> {
  const soffice = findSoffice();
  if (!soffice)
    throw new PdfError(
      'pdf: LibreOffice (soffice) was not found; install it (apt-get install libreoffice-writer-nogui) or set SOFFICE, or use --format docx / pdf: LibreOffice (soffice) niet gevonden; installeer het of kies --format docx',
    );
  const work = await mkdtemp(join(tmpdir(), 'zorghub-pdf-'));
  try {
    await mkdir(join(work, 'profile'), { recursive: true });
    const input = join(work, 'businesscase.docx');
    await writeFile(input, docx);
    await run(
      soffice,
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        input,
      ],
      { timeout: 180_000 },
    );
    return new Uint8Array(await readFile(join(work, 'businesscase.pdf')));
  } catch (error) {
    if (error instanceof PdfError) throw error;
    throw new PdfError(
      `pdf: LibreOffice could not convert the document: ${(error as Error).message.split('\n')[0]}`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
