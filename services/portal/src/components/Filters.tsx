import type { FormHTMLAttributes, ReactNode, SelectHTMLAttributes, SubmitEvent } from 'react';
import { setQuery } from '../app/router.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { SelectField } from './Field.tsx';

const stay = (event: SubmitEvent<HTMLFormElement>) => {
  event.preventDefault();
};

/**
 * A list's filters, named "Lọc" / "Filter": the fields apply as they change, so submitting (Enter)
 * does nothing unless `onSubmit` says otherwise.
 */
export function FilterForm({
  className = 'filters',
  onSubmit = stay,
  children,
  ...form
}: FormHTMLAttributes<HTMLFormElement> & { readonly children: ReactNode }) {
  const { t } = useI18n();
  return (
    <form className={className} aria-label={t('common.filter')} {...form} onSubmit={onSubmit}>
      {children}
    </form>
  );
}

/**
 * A filter kept in the URL's `param`: a select whose first choice is "Tất cả" / "All" (no filter,
 * unless `all` is false), the page's query updated as it changes.
 */
export function QueryFilter({
  param,
  all = true,
  options,
  label,
  hint,
  ...select
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange'> & {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly param: string;
  readonly all?: boolean;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}) {
  const { t } = useI18n();
  return (
    <SelectField
      label={label}
      hint={hint}
      {...select}
      options={all ? [{ value: '', label: t('common.all') }, ...options] : options}
      onChange={(event) => {
        setQuery({ [param]: event.target.value });
      }}
    />
  );
}
