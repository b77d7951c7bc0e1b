/** A feature's catalogue: Vietnamese, and English with exactly the same keys. */
export interface FeatureMessages<Keys extends string> {
  readonly vi: Readonly<Record<Keys, string>>;
  readonly en: Readonly<Record<Keys, string>>;
}

/** Declares a feature's catalogue; the English half must name every Vietnamese key. */
export function featureMessages<const Vi extends Record<string, string>>(
  vi: Vi,
  en: Readonly<Record<keyof Vi & string, string>>,
): FeatureMessages<keyof Vi & string> {
  return { vi, en };
}
