import type { FastifyInstance } from 'fastify';
import { gatewayProblem, ProblemError } from '../http/problem.ts';
import { SpreadsheetError } from '../spreadsheets/errors.ts';
import { XLSX_CONTENT_TYPE } from './route-docs.ts';

/**
 * Lets the routes of `scope` take a raw .xlsx body, handed over as a Buffer. Call it in a scope of
 * its own, so that only the upload routes take spreadsheets (and their larger body limit).
 */
export function acceptXlsx(scope: FastifyInstance): void {
  scope.addContentTypeParser(XLSX_CONTENT_TYPE, { parseAs: 'buffer' }, (_request, body, parsed) => {
    parsed(null, body);
  });
}

/** The body is the raw file, which a JSON Schema route body cannot describe to Fastify. */
export function documentXlsxBody({ schema, url }: { schema: unknown; url: string }) {
  const body = {
    content: { [XLSX_CONTENT_TYPE]: { schema: { type: 'string', format: 'binary' } } },
  };
  return { schema: { ...(schema as object), body }, url };
}

/**
 * The uploaded workbook read by `parse`. A file that cannot be read as a whole is a 400 problem
 * with the spreadsheet's own code and, for missing or repeated columns, one error per column.
 */
export async function parseUpload<T>(
  body: unknown,
  parse: (bytes: Buffer) => Promise<T>,
): Promise<T> {
  if (!Buffer.isBuffer(body)) throw new ProblemError(gatewayProblem(415, 'MEDIA_TYPE_UNSUPPORTED'));
  try {
    return await parse(body);
  } catch (error) {
    if (!(error instanceof SpreadsheetError)) throw error;
    const errors = error.columns.map((field) => ({ field, message: error.localized }));
    throw new ProblemError(
      { status: 400, code: error.code, detail: error.localized, errors },
      { cause: error },
    );
  }
}
