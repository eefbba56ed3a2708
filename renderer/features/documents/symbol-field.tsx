import { type KeyboardEvent, type Ref, useId, useMemo } from 'react';
import {
  type SymbolFinding,
  type SymbolSeverity,
  checkSymbol,
} from '../../../shared/documents/symbol-check';

/** A doubt or error found beyond the symbol's own form (a duplicate in the registry…). */
export interface SymbolFieldProblem {
  readonly severity: SymbolSeverity;
  readonly message: string;
}

interface SymbolFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly problems?: readonly SymbolFieldProblem[];
  readonly hint?: string;
  readonly className?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly autoFocus?: boolean;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * A UN document symbol, checked at every keystroke.
 *
 * The findings sit under the input and are tied to it with aria-describedby,
 * so that a screen reader says what is wrong when the field gets focus. An
 * empty field says nothing: an agenda or a document often has no symbol yet.
 */
export function SymbolField({
  label,
  value,
  onChange,
  problems = [],
  hint,
  className,
  inputRef,
  autoFocus,
  onKeyDown,
}: SymbolFieldProps) {
  const id = useId();
  const findings = useMemo(() => (value.trim() === '' ? [] : checkSymbol(value).findings), [value]);
  const severity = worstSeverity([...findings, ...problems]);
  const hintId = `${id}-hint`;
  const findingsId = `${id}-findings`;
  const count = findings.length + problems.length;
  const describedBy = [hint ? hintId : '', count > 0 ? findingsId : ''].filter(Boolean).join(' ');
  return (
    <div className={`field symbol-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        className={`symbol-field__input${severity ? ` symbol-field__input--${severity}` : ''}`}
        value={value}
        spellCheck={false}
        autoComplete="off"
        autoFocus={autoFocus}
        aria-invalid={severity === 'error'}
        aria-describedby={describedBy || undefined}
        onKeyDown={onKeyDown}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      {count > 0 && (
        <ul id={findingsId} className="symbol-field__findings">
          {findings.map((finding, index) => (
            <FindingLine key={`f${index}`} symbol={value} finding={finding} />
          ))}
          {problems.map((problem, index) => (
            <li key={`p${index}`} className={`symbol-finding symbol-finding--${problem.severity}`}>
              <SeverityLabel severity={problem.severity} /> {problem.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The message, where it is ("at character 10"), and the symbol with that place marked. */
function FindingLine({ symbol, finding }: { symbol: string; finding: SymbolFinding }) {
  const start = Math.min(finding.position, symbol.length);
  const end = Math.min(start + Math.max(finding.length, 0), symbol.length);
  return (
    <li className={`symbol-finding symbol-finding--${finding.severity}`}>
      <SeverityLabel severity={finding.severity} /> {finding.message}{' '}
      <span className="symbol-finding__where">
        (at character {start + 1}:{' '}
        <code className="symbol-finding__excerpt">
          {symbol.slice(0, start)}
          {/* A problem at the very end, or of no width, still gets a visible mark. */}
          <mark>{end > start ? symbol.slice(start, end) : '\u00a0'}</mark>
          {symbol.slice(end)}
        </code>
        )
      </span>
    </li>
  );
}

function SeverityLabel({ severity }: { severity: SymbolSeverity }) {
  return (
    <strong className="symbol-finding__severity">
      {severity === 'error' ? 'Error:' : 'Warning:'}
    </strong>
  );
}

function worstSeverity(
  findings: readonly { readonly severity: SymbolSeverity }[],
): SymbolSeverity | null {
  if (findings.some((finding) => finding.severity === 'error')) return 'error';
  return findings.length > 0 ? 'warning' : null;
}
