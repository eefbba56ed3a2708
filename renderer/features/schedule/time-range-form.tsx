import { type SyntheticEvent, type ReactNode, useId, useState } from 'react';
import type { SlotTimes } from '../../../shared/schedule/organization';
import { parseUnTimeRange } from '../../../shared/schedule/un-format';

interface TimeRangeFormProps {
  /** The field's label, seen: "New slot". */
  readonly label: string;
  /** Heard after it, for a label that is unique on the page: " on Wednesday, 17 October". */
  readonly labelContext?: string;
  readonly initial?: string;
  /** Used when the field is left empty (the suggested times of a new slot). */
  readonly whenEmpty?: SlotTimes;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly autoFocus?: boolean;
  readonly className?: string;
  readonly onSubmit: (times: SlotTimes) => void;
  readonly onCancel?: () => void;
  /** The submit button and any other buttons. */
  readonly children: ReactNode;
}

/**
 * A time range typed as people type it ("10:00-13:00", "3 to 6 pm"), read
 * by parseUnTimeRange(); what cannot be read is said under the field, and
 * the text stays for the user to correct.
 */
export function TimeRangeForm({
  label,
  labelContext,
  initial = '',
  whenEmpty,
  placeholder,
  hint,
  autoFocus,
  className,
  onSubmit,
  onCancel,
  children,
}: TimeRangeFormProps) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (text.trim() === '' && whenEmpty) {
      onSubmit(whenEmpty);
      setProblem(null);
      return;
    }
    const parsed = parseUnTimeRange(text);
    if (!parsed.ok) {
      setProblem(parsed.message);
      return;
    }
    setProblem(null);
    setText('');
    onSubmit({ start: parsed.start, end: parsed.end });
  };

  return (
    <form className={`time-range-form ${className ?? ''}`} onSubmit={submit}>
      <label htmlFor={id}>
        {label}
        {labelContext && <span className="visually-hidden">{labelContext}</span>}
      </label>
      <div className="time-range-form__row">
        <input
          id={id}
          value={text}
          placeholder={placeholder}
          autoFocus={autoFocus}
          autoComplete="off"
          aria-invalid={problem !== null}
          aria-describedby={`${id}-message`}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && onCancel) {
              event.preventDefault();
              onCancel();
            }
          }}
        />
        {children}
      </div>
      <p
        id={`${id}-message`}
        className={problem ? 'field__error' : 'field__hint'}
        aria-live="polite"
      >
        {problem ?? hint}
      </p>
    </form>
  );
}
