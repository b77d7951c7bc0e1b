import {
  useId,
  type ReactNode,
  type Ref,
  type InputHTMLAttributes,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useI18n } from '../i18n/i18n.tsx';

interface FieldFrameProps {
  readonly label: string;
  /** The API's message for this field, shown under it and announced with it. */
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly required?: boolean | undefined;
  readonly children: (control: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
    required: boolean | undefined;
  }) => ReactNode;
}

/** A labelled form control with its hint and error, wired for screen readers. */
export function FieldFrame({ label, error, hint, required, children }: FieldFrameProps) {
  const { t } = useI18n();
  const id = useId();
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error === undefined ? '' : ' field-invalid'}`}>
      <label htmlFor={id}>
        {label}
        {required === true && <span className="required"> ({t('common.required')})</span>}
      </label>
      {children({
        id,
        'aria-invalid': error !== undefined,
        'aria-describedby': describedBy,
        required,
      })}
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

type Common = Pick<FieldFrameProps, 'label' | 'error' | 'hint' | 'required'>;

export function TextField({
  label,
  error,
  hint,
  required,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame label={label} error={error} hint={hint} required={required}>
      {(control) => <input {...input} {...control} />}
    </FieldFrame>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  required,
  ...area
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame label={label} error={error} hint={hint} required={required}>
      {(control) => <textarea {...area} {...control} />}
    </FieldFrame>
  );
}

/** A file chooser; `onFile` is told the chosen file (undefined when the choice is cleared). */
export function FileField({
  label,
  error,
  hint,
  required,
  onFile,
  ref,
  ...input
}: Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'> & {
    readonly onFile: (file: File | undefined) => void;
    readonly ref?: Ref<HTMLInputElement> | undefined;
  }) {
  return (
    <FieldFrame label={label} error={error} hint={hint} required={required}>
      {(control) => (
        <input
          {...input}
          {...control}
          ref={ref}
          type="file"
          onChange={(event) => {
            onFile(event.target.files?.[0]);
          }}
        />
      )}
    </FieldFrame>
  );
}

export function SelectField({
  label,
  error,
  hint,
  required,
  options,
  ...select
}: Common &
  SelectHTMLAttributes<HTMLSelectElement> & {
    readonly options: readonly { readonly value: string; readonly label: string }[];
  }) {
  return (
    <FieldFrame label={label} error={error} hint={hint} required={required}>
      {(control) => (
        <select {...select} {...control}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/**
 * A labelled checkbox, its label beside it (the box first); `onChange` is told whether it is now
 * checked.
 */
export function CheckboxField({
  label,
  checked,
  onChange,
  disabled,
}: {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly disabled?: boolean | undefined;
}) {
  const id = useId();
  return (
    <div className="check-field">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
