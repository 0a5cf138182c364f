// The name changes are recorded under: one preference, typed in the form, the import page and
// the header's data menu alike.
import type { Ref } from 'react';
import { useTranslation } from '@/lib/i18n';
import { usePreferences } from '@/stores/preferences';
import { Field, type ControlProps } from './Field';

/** The input itself, bound to the preference; `onEdit` lets a form clear its own error. */
export function AuthorNameInput({
  ref,
  onEdit,
  ...control
}: Partial<ControlProps> & { ref?: Ref<HTMLInputElement>; onEdit?: () => void }) {
  const authorName = usePreferences((s) => s.authorName);
  const authorNameChanged = usePreferences((s) => s.authorNameChanged);
  return (
    <input
      {...control}
      ref={ref}
      type="text"
      autoComplete="name"
      maxLength={80}
      value={authorName}
      onChange={(e) => {
        authorNameChanged(e.currentTarget.value);
        onEdit?.();
      }}
    />
  );
}

/** The labelled field, with its hint and its error, for the entry form and the import page. */
export function AuthorNameField({
  prefix,
  error,
  hint = false,
  required = false,
  inputRef,
  onEdit,
}: {
  prefix: string;
  error?: string | undefined;
  hint?: boolean;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onEdit?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Field
      prefix={prefix}
      field="author"
      label={t('entry.author')}
      {...(hint ? { hint: t('entry.authorHint') } : {})}
      error={error}
      required={required}
    >
      {(a11y) => (
        <AuthorNameInput
          {...a11y}
          {...(inputRef ? { ref: inputRef } : {})}
          {...(onEdit ? { onEdit } : {})}
        />
      )}
    </Field>
  );
}
