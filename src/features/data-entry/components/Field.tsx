// A labelled form control with its hint and its error, linked for screen readers.
import type { ReactElement, ReactNode } from 'react';
import styles from './data-entry.module.css';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

export function fieldIds(prefix: string, field: string) {
  return {
    id: `${prefix}-${field}`,
    hint: `${prefix}-${field}-hint`,
    error: `${prefix}-${field}-error`,
  };
}

export function Field({
  prefix,
  field,
  label,
  hint,
  error,
  required = false,
  wide = false,
  children,
}: {
  prefix: string;
  field: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  wide?: boolean;
  children: (props: ControlProps) => ReactElement;
}) {
  const ids = fieldIds(prefix, field);
  const describedBy = [error ? ids.error : null, hint ? ids.hint : null].filter(Boolean).join(' ');
  return (
    <div className={`${styles.field} ${wide ? styles.wide : ''}`}>
      {/* The asterisk stays outside the label, so the field's name is just its label. */}
      <span className={styles.labelRow}>
        <label htmlFor={ids.id} className={styles.label}>
          {label}
        </label>
        {required && <span aria-hidden="true"> *</span>}
      </span>
      {children({
        id: ids.id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(required ? { 'aria-required': true as const } : {}),
      })}
      {error && (
        <p id={ids.error} className={styles.error}>
          {error}
        </p>
      )}
      {hint && (
        <p id={ids.hint} className={styles.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}
