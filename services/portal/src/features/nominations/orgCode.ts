import type { OrganisationCode } from './model.ts';

/**
 * An organisation code from the URL or the session as the API's type. The API checks the code
 * against its list; the portal only keeps out what cannot be a code at all.
 */
export function asOrganisationCode(code: string | null | undefined): OrganisationCode | undefined {
  if (code === null || code === undefined || !/^[A-Z][A-Z0-9]{1,7}$/.test(code)) return undefined;
  return code as OrganisationCode;
}
