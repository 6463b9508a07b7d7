import { useId } from 'react';

/** A whole-number field that opens the phone's numeric keypad. Empty means "not entered". */
export function NumberField({ label, value, onChange, hint, error }: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={hint || error ? `${id}-help` : undefined}
        onChange={(event) => onChange(event.target.value.replace(/[^0-9]/g, ''))}
      />
      {(hint || error) && (
        <p id={`${id}-help`} className={error ? 'error' : 'muted'}>
          {error ?? hint}
        </p>
      )}
    </div>
  );
}

/** The whole number typed in a field, or undefined when empty. */
export function parseWhole(value: string): number | undefined {
  return value === '' ? undefined : Number.parseInt(value, 10);
}
