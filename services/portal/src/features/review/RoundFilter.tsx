import { QueryFilter } from '../../components/Filters.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** The review lists' round filter (the URL's `round`): all rounds first unless `all` is false. */
export function RoundFilter({
  value,
  options,
  all = true,
}: {
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly all?: boolean;
}) {
  const { t } = useI18n();
  return (
    <QueryFilter
      label={t('review.filter.round')}
      name="round"
      value={value}
      options={options}
      param="round"
      all={all}
    />
  );
}
