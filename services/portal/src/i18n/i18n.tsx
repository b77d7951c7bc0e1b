import { IntlMessageFormat } from 'intl-messageformat';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { setApiLanguage } from '../api/client.ts';
import { CATALOGUES, type MessageKey } from './catalogue.ts';
import { formatDate, formatDateTime, formatNumber, LOCALES, type Locale } from './format.ts';

export type { MessageKey };
export type MessageValues = Record<string, string | number | Date>;

const STORAGE_KEY = 'expertnet.locale';

const compiled = new Map<string, IntlMessageFormat>();
function compile(locale: Locale, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (format === undefined) {
    format = new IntlMessageFormat(CATALOGUES[locale][key], locale === 'vi' ? 'vi-VN' : 'en-GB');
    compiled.set(cacheKey, format);
  }
  return format;
}

/** The text of `key` in `locale`, with its ICU arguments (plurals, selects) filled in. */
export function translate(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const result = compile(locale, key).format(values);
  return typeof result === 'string' ? result : String(result);
}

export interface I18n {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  readonly t: (key: MessageKey, values?: MessageValues) => string;
  readonly date: (value: string | number | Date | undefined) => string;
  readonly dateTime: (value: string | number | Date | undefined) => string;
  readonly number: (value: number | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  // Vietnamese first: English only when chosen, or asked for by the URL (?lang=en).
  const asked = new URLSearchParams(location.search).get('lang') ?? stored;
  return LOCALES.find((locale) => locale === asked) ?? 'vi';
}

export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
    setApiLanguage(locale);
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  const t = useCallback(
    (key: MessageKey, values?: MessageValues) => translate(locale, key, values),
    [locale],
  );
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t,
      date: (input) => formatDate(locale, input),
      dateTime: (input) => formatDateTime(locale, input),
      number: (input) => formatNumber(locale, input),
    }),
    [locale, setLocale, t],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error('useI18n outside <I18nProvider>');
  return i18n;
}

/** A localised text the API sends ({vi, en}); the other language when one is missing. */
export function localized(
  locale: Locale,
  text: { readonly vi?: string; readonly en?: string } | undefined,
): string {
  if (text === undefined) return '';
  return (locale === 'en' ? (text.en ?? text.vi) : (text.vi ?? text.en)) ?? '';
}
