import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { QUESTIONS, type FlippableAnswer, type GateTrace, type QuestionId, type WhatIf } from '../rules';
import type { ResultView } from '../rules/resultView';
import { useJourney, useJourneySnapshot } from '../journey/context';
import { focusStepHeading } from '../journey/stepHeading';
import { closeWhatIf } from '../journey/whatIfPanel';
import { isPageKey } from '../journey/pageKeys';
import { checkingRemaining } from '../machines/steps';
import { flippableAnswersOf, whatIfOf } from '../machines/result';
import { Dialog } from '../ui/Dialog';

interface Tried {
  question: QuestionId;
  /** The other answer as chosen or typed; the rules read it as the question's form would. */
  raw: string;
}

/** A digit chooses among the other answers, as on a question, unless someone is typing or picking the question. */
const choosesByDigit = (event: KeyboardEvent) => /^[1-9]$/.test(event.key) && isPageKey(event);

/**
 * "What if?": the room tries one answer on the path another way and sees, beside
 * the result, where it would lead and why. The journey is untouched until the
 * facilitator follows the other answer, which replays it like any link would.
 */
export function WhatIfPanel({ view }: { view: ResultView }) {
  const { send } = useJourney();
  const remaining = useJourneySnapshot(checkingRemaining);
  const flippable = useJourneySnapshot(flippableAnswersOf);
  const [question, setQuestion] = useState<QuestionId | undefined>(flippable[0]?.question);
  const [tried, setTried] = useState<Tried>();
  const [amount, setAmount] = useState('');
  const chosen = flippable.find((answer) => answer.question === question);
  const outcome = useJourneySnapshot(useCallback((snapshot) => (tried ? whatIfOf(snapshot, tried.question, tried.raw) : undefined), [tried]));
  const id = useId();

  function changeQuestion(next: QuestionId) {
    setQuestion(next);
    setTried(undefined);
    setAmount('');
  }

  function tryAmount(event: FormEvent) {
    event.preventDefault();
    // Enter on a radio submits the form too; only an amount waits to be tried.
    if (chosen?.kind === 'money') setTried({ question: chosen.question, raw: amount });
  }

  // Anywhere in the panel, heading included, as the number keys work on a question.
  useEffect(() => {
    if (chosen?.kind !== 'choice') return;
    const { question: asked, alternatives } = chosen;
    function onKeyDown(event: KeyboardEvent) {
      const option = choosesByDigit(event) ? alternatives[Number(event.key) - 1] : undefined;
      if (!option) return;
      event.preventDefault();
      setTried({ question: asked, raw: option.value });
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [chosen]);

  function follow(other: Exclude<WhatIf, { status: 'invalid' }>) {
    send({ type: 'LOAD', answers: other.answers, step: 'result', remaining });
    closeWhatIf();
    // Another result replaces this one on the same screen, so nothing else moves focus to its heading.
    if (other.status === 'complete') window.setTimeout(focusStepHeading, 0);
  }

  const problem = outcome?.status === 'invalid' ? outcome.problem : undefined;
  const fieldId = `${id}-answer`;
  const errorId = `${id}-error`;

  return (
    <Dialog title="What if?" onClose={closeWhatIf} wide>
      <div className="what-if">
        <p className="body">
          Try one answer another way and see where it would lead. Your answers stay as they are unless you choose to follow
          the other answer.
        </p>
        <p className="hint">Tab moves between the controls; the arrow keys (or 1 to 9) choose; Escape closes.</p>
        <form className="what-if__form" onSubmit={tryAmount} noValidate>
          <div className="form-group">
            <label className="label" htmlFor={`${id}-question`}>
              The answer to change
            </label>
            <select
              id={`${id}-question`}
              className="select"
              value={question}
              onChange={(event) => changeQuestion(event.target.value as QuestionId)}
            >
              {flippable.map((answer) => (
                <option key={answer.question} value={answer.question}>
                  {answer.shortLabel}: {answer.given.label}
                </option>
              ))}
            </select>
          </div>
          {chosen && <OtherAnswer chosen={chosen} tried={tried} amount={amount} problem={problem} fieldId={fieldId} errorId={errorId} onAmount={setAmount} onChoose={(raw) => setTried({ question: chosen.question, raw })} />}
        </form>
        <div className="what-if__sides">
          <section className="what-if__side" aria-labelledby={`${id}-now`}>
            <h3 className="heading-s what-if__title" id={`${id}-now`}>
              With your answers
            </h3>
            <p className="caption">Your route under the {view.regimeName}</p>
            <p className="what-if__route">
              {view.name}
            </p>
            {chosen && (
              <p className="body">
                {chosen.shortLabel}: <strong>{chosen.given.label}</strong>
              </p>
            )}
            {outcome?.status === 'complete' && outcome.reasonsNow.length > 0 && <Reasons title="On the same points, now:" reasons={outcome.reasonsNow} />}
          </section>
          <section className="what-if__side what-if__side--other" aria-labelledby={`${id}-other`} aria-live="polite">
            <h3 className="heading-s what-if__title" id={`${id}-other`}>
              {outcome && outcome.status !== 'invalid' ? (
                <>
                  With “{outcome.tried.label}” for {QUESTIONS[outcome.question].shortLabel.toLowerCase()}
                </>
              ) : (
                'With another answer'
              )}
            </h3>
            {outcome === undefined || outcome.status === 'invalid' ? (
              <p className="body">Choose another answer to see where it would lead.</p>
            ) : (
              <Outcome outcome={outcome} onFollow={() => follow(outcome)} />
            )}
          </section>
        </div>
      </div>
    </Dialog>
  );
}

interface OtherAnswerProps {
  chosen: FlippableAnswer;
  tried?: Tried;
  amount: string;
  problem?: string;
  fieldId: string;
  errorId: string;
  onAmount(amount: string): void;
  onChoose(value: string): void;
}

function OtherAnswer({ chosen, tried, amount, problem, fieldId, errorId, onAmount, onChoose }: OtherAnswerProps) {
  if (chosen.kind === 'money') {
    return (
      <div className={`form-group${problem ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor={fieldId}>
          What if the value were… (in pounds, including VAT)
        </label>
        {problem && (
          <p className="error-message" id={errorId}>
            <span className="visually-hidden">Error: </span>
            {problem}
          </p>
        )}
        <div className="what-if__amount">
          <input
            id={fieldId}
            className={`input input--money${problem ? ' input--error' : ''}`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            value={amount}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? errorId : undefined}
            onChange={(event) => onAmount(event.target.value)}
          />
          <button type="submit" className="button button--secondary">
            Try this amount
          </button>
        </div>
      </div>
    );
  }
  return (
    <fieldset className="fieldset form-group">
      <legend className="label">What if the answer to “{chosen.text}” were…</legend>
      <div className="radios">
        {chosen.alternatives.map((option) => {
          const optionId = `${fieldId}-${option.value}`;
          return (
            <div className="radios__item" key={option.value}>
              <input
                className="radios__input"
                type="radio"
                id={optionId}
                name={fieldId}
                value={option.value}
                checked={tried?.question === chosen.question && tried.raw === option.value}
                onChange={() => onChoose(option.value)}
              />
              <label className="radios__label" htmlFor={optionId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function Reasons({ title, reasons }: { title: string; reasons: GateTrace[] }) {
  return (
    <>
      <p className="body">{title}</p>
      <ul className="list list--bullet what-if__reasons">
        {reasons.map((entry) => (
          <li key={entry.gate}>
            <strong>
              {entry.title}: {entry.verdict}.
            </strong>{' '}
            {entry.reason}
          </li>
        ))}
      </ul>
    </>
  );
}

function Outcome({ outcome, onFollow }: { outcome: Exclude<WhatIf, { status: 'invalid' }>; onFollow(): void }) {
  return (
    <>
      {outcome.status === 'complete' ? (
        <>
          <p className="caption">{outcome.sameRoute ? 'The same route' : 'Would lead to'}, under the {outcome.leadsTo.regimeName}</p>
          <p className="what-if__route">
            {outcome.leadsTo.name}
          </p>
          {outcome.reasons.length === 0 ? (
            <p className="body">The reasons stay the same.</p>
          ) : (
            <Reasons title="Why, where it differs:" reasons={outcome.reasons} />
          )}
        </>
      ) : (
        <>
          <p className="body">
            It needs more answers. The next question would be: <strong>{QUESTIONS[outcome.next].text}</strong>
          </p>
          <p className="body">It could still lead to:</p>
          <ul className="list list--bullet what-if__reasons">
            {outcome.couldLeadTo.map((found) => (
              <li key={`${found.regime}/${found.route}`}>
                {found.name} (under the {found.regimeName})
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button" onClick={onFollow}>
        Follow this answer
      </button>
      <p className="hint">
        {outcome.status === 'complete'
          ? 'Your answer changes to this one and that result shows. The browser’s Back button returns to this result.'
          : 'Your answer changes to this one and the next question shows. The browser’s Back button returns to this result.'}
      </p>
    </>
  );
}
