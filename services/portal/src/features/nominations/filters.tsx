import { useState, type SubmitEvent } from 'react';
import { setQuery } from '../../app/router.tsx';
import { TextField } from '../../components/Field.tsx';
import { QueryFilter } from '../../components/Filters.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { NominationStatus } from './model.ts';
import { NOMINATION_STATUS_LABEL, NOMINATION_STATUSES } from './status.ts';

/** The status a list is filtered by (the URL's `status`), if it is one. */
export function statusFilter(value: string | null): NominationStatus | undefined {
  return NOMINATION_STATUSES.find((status) => status === value);
}

/** A nomination list's status filter (the URL's `status`): all, or one status. */
export function NominationStatusFilter({
  label,
  value,
}: {
  readonly label: string;
  readonly value: NominationStatus | undefined;
}) {
  const { t } = useI18n();
  return (
    <QueryFilter
      label={label}
      name="status"
      param="status"
      value={value ?? ''}
      options={NOMINATION_STATUSES.map((status) => ({
        value: status,
        label: t(NOMINATION_STATUS_LABEL[status]),
      }))}
    />
  );
}

/**
 * A list's text search (the URL's `q`): typed freely, applied when the form is submitted. `search`
 * is the form's submit handler.
 */
export function useTextSearch(text: string) {
  const [draft, setDraft] = useState(text);
  const search = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery({ q: draft.trim() });
  };
  return { draft, setDraft, search };
}

/** The search box of `useTextSearch`. */
export function TextSearchField({
  label,
  draft,
  setDraft,
}: {
  readonly label: string;
  readonly draft: string;
  readonly setDraft: (value: string) => void;
}) {
  return (
    <TextField
      label={label}
      name="q"
      type="search"
      value={draft}
      onChange={(event) => {
        setDraft(event.target.value);
      }}
    />
  );
}
