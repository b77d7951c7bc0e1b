import { useMemo } from 'react';
import { api, call } from '../../api/client.ts';
import { useLoad } from '../../api/hooks.ts';
import type { Outcome } from '../../api/pages.ts';
import type { CallFailure } from '../../api/problem.ts';
import { sortByVietnamese } from '../../i18n/format.ts';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import type { Organisation, Sector, SkillDefinition } from './model.ts';

interface ReferenceData {
  readonly organisations: readonly Organisation[];
  readonly skills: readonly SkillDefinition[];
  readonly sectors: readonly Sector[];
}

let cached: Promise<Outcome<ReferenceData>> | undefined;

/** The names the directory's codes stand for; loaded once per page load (they rarely change). */
function loadReference(): Promise<Outcome<ReferenceData>> {
  cached ??= Promise.all([
    call(
      api.GET('/api/v1/organisations', {
        params: { query: { includeDissolved: true, 'page.pageSize': 200 } },
      }),
    ),
    call(api.GET('/api/v1/skills', { params: { query: { 'page.pageSize': 200 } } })),
    call(api.GET('/api/v1/sectors')),
  ]).then(([organisations, skills, sectors]): Outcome<ReferenceData> => {
    if (!organisations.ok) return organisations;
    if (!skills.ok) return skills;
    if (!sectors.ok) return sectors;
    return {
      ok: true,
      data: {
        organisations: organisations.data.organisations ?? [],
        skills: skills.data.skills ?? [],
        sectors: sectors.data.sectors ?? [],
      },
    };
  });
  const pending = cached;
  // A failure is not kept: the next screen asks again.
  void pending.then((outcome) => {
    if (!outcome.ok && cached === pending) cached = undefined;
  });
  return pending;
}

export interface Names {
  readonly ready: boolean;
  readonly failure: CallFailure | undefined;
  /** The organisation's or province's name; its code until the names are loaded. */
  readonly organisation: (code: string | undefined) => string;
  readonly skill: (code: string | undefined) => string;
  readonly sector: (code: string | undefined) => string;
  /** "Tiếng Anh" / "English" for "en". */
  readonly language: (code: string | undefined) => string;
  /** Current provinces, for the profile's province select (Vietnamese collation). */
  readonly provinces: readonly { value: string; label: string }[];
  /** Skills one may still claim, sorted by name. */
  readonly skillOptions: readonly { value: string; label: string }[];
  readonly sectorOptions: readonly { value: string; label: string }[];
}

export function useNames(): Names {
  const { locale } = useI18n();
  const loaded = useLoad(loadReference, []);
  const data = loaded.status === 'ok' ? loaded.data : undefined;
  const failure = loaded.status === 'failed' ? loaded.failure : undefined;
  return useMemo(() => {
    const organisations = new Map(
      (data?.organisations ?? []).map((item) => [item.code ?? '', localized(locale, item.name)]),
    );
    const skills = new Map(
      (data?.skills ?? []).map((item) => [item.code, localized(locale, item.name)]),
    );
    const sectors = new Map(
      (data?.sectors ?? []).map((item) => [item.code ?? '', localized(locale, item.name)]),
    );
    const languageNames = new Intl.DisplayNames(locale === 'vi' ? 'vi' : 'en', {
      type: 'language',
    });
    const lookup = (map: Map<string, string>) => (code: string | undefined) => {
      if (code === undefined) return '';
      const name = map.get(code) ?? '';
      return name === '' ? code : name;
    };
    return {
      ready: data !== undefined,
      failure,
      organisation: lookup(organisations),
      skill: lookup(skills),
      sector: lookup(sectors),
      language: (code) => {
        if (code === undefined || code === '') return '';
        try {
          const name = languageNames.of(code) ?? code;
          return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
        } catch {
          return code;
        }
      },
      provinces: sortByVietnamese(
        (data?.organisations ?? [])
          .filter(
            (item) =>
              item.kind === 'ORGANISATION_KIND_PROVINCE' &&
              (item.validTo ?? '') === '' &&
              item.code !== undefined,
          )
          .map((item) => ({ value: item.code ?? '', label: localized(locale, item.name) })),
        (option) => option.label,
      ),
      skillOptions: sortByVietnamese(
        (data?.skills ?? [])
          .filter((item) => item.deprecated !== true)
          .map((item) => ({ value: item.code, label: localized(locale, item.name) })),
        (option) => option.label,
      ),
      sectorOptions: sortByVietnamese(
        (data?.sectors ?? []).map((item) => ({
          value: item.code ?? '',
          label: localized(locale, item.name),
        })),
        (option) => option.label,
      ),
    };
  }, [data, failure, locale]);
}
