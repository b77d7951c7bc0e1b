import type { DescField, DescMessage } from '@bufbuild/protobuf';

/**
 * A service names a wrong field by its protobuf path ("candidate.full_name", "rubric[0].code");
 * an HTTP client sent JSON, so it is told the JSON path ("candidate.fullName"). Subscripts are
 * kept; a segment the descriptor does not know (a path from a newer contract) is kept as it is.
 */
export function jsonFieldPath(message: DescMessage, path: string): string {
  if (path === '') return path;
  const renamed: string[] = [];
  let current: DescMessage | undefined = message;
  for (const segment of path.split('.')) {
    const bracket = segment.indexOf('[');
    const name = bracket === -1 ? segment : segment.slice(0, bracket);
    const subscript = bracket === -1 ? '' : segment.slice(bracket);
    const field: DescField | undefined = current?.fields.find(
      (candidate) => candidate.name === name || candidate.jsonName === name,
    );
    renamed.push(`${field?.jsonName ?? name}${subscript}`);
    current = field === undefined ? undefined : messageOf(field);
  }
  return renamed.join('.');
}

/** The message type a field holds, singly, in a list or as map values. */
export function messageOf(field: DescField): DescMessage | undefined {
  switch (field.fieldKind) {
    case 'message':
      return field.message;
    case 'list':
      return field.listKind === 'message' ? field.message : undefined;
    case 'map':
      return field.mapKind === 'message' ? field.message : undefined;
    default:
      return undefined;
  }
}

/**
 * `text` (a problem's detail, as a service wrote it) with each field path in `renames` replaced by
 * the name the client used, so the detail and `errors[].field` name a field the same way. Only
 * whole paths are replaced: "code" inside "verification_code" is not a match.
 */
export function renameFieldsInText(text: string, renames: ReadonlyMap<string, string>): string {
  let renamed = text;
  // Longest first: "candidate.full_name" before a "candidate" that prefixes it.
  const longestFirst = [...renames].sort(([a], [b]) => b.length - a.length);
  for (const [from, to] of longestFirst) {
    if (from === '' || from === to) continue;
    const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    renamed = renamed.replace(new RegExp(`(?<![\\w.\\[])${escaped}(?![\\w])`, 'g'), to);
  }
  return renamed;
}
