import type { Language } from '../messages.ts';

/** Vietnamese first (ARCHITECTURE.md): it is the answer whenever the client states no preference. */
export const DEFAULT_LANGUAGE: Language = 'vi';

const SUPPORTED: readonly Language[] = ['vi', 'en'];

/**
 * The interface language a request prefers, from its Accept-Language header (RFC 9110 §12.5.4):
 * the supported language with the highest weight, by primary subtag ("en-GB" counts as "en").
 */
export function negotiateLanguage(acceptLanguage: string | undefined): Language {
  if (acceptLanguage === undefined) return DEFAULT_LANGUAGE;
  let best: { language: Language; weight: number } | undefined;
  for (const range of acceptLanguage.split(',')) {
    const [tag = '', ...parameters] = range.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
    const language = SUPPORTED.find((supported) => supported === primary);
    if (language === undefined) continue;
    const weight = weightOf(parameters);
    if (weight > 0 && (best === undefined || weight > best.weight)) best = { language, weight };
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}

function weightOf(parameters: readonly string[]): number {
  for (const parameter of parameters) {
    const [name, value] = parameter.trim().split('=');
    if (name?.trim() === 'q' && value !== undefined) {
      const weight = Number(value.trim());
      return Number.isFinite(weight) ? weight : 0;
    }
  }
  return 1;
}
