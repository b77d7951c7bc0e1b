/** An Excel workbook's media type (.xlsx). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The options of an openapi-fetch call whose body is `file` itself: the typed body is a
 * placeholder the serializer replaces, so the client's middleware still adds the CSRF and
 * language headers.
 */
export function fileBody(file: File, contentType: string) {
  return {
    body: '',
    bodySerializer: () => file,
    headers: { 'content-type': contentType },
  };
}
