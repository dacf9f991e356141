import { useEffect, useRef } from 'react';

export interface FieldError {
  /** The id of the field to jump to. */
  field: string;
  message: string;
}

interface ErrorSummaryProps {
  errors: FieldError[];
  /** Changes on every failed submit, so the summary takes focus then and not while the person types. */
  attempt: number;
}

/** GOV.UK's pattern: a summary at the top, focused, linking to each field. */
export function ErrorSummary({ errors, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.field + error.message}>
            <a
              href={`#${error.field}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(error.field)?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
