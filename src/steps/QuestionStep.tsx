import { useEffect, type FormEvent } from 'react';
import { QUESTIONS, hintFor, type QuestionId } from '../rules';
import { useJourney, useJourneySnapshot } from '../journey/context';
import { chooseAnswer, draftFor, forgetDraft, submitAnswer, useQuestionDraft } from '../journey/questionDraft';
import { StepHeading } from './StepHeading';
import { ErrorSummary, type FieldError } from './ErrorSummary';
import { BackButton } from './BackButton';
import { LinkProblems } from './LinkProblems';
import { questionNumber } from '../machines/steps';

/** One question per screen, as a real form: the catalogue supplies the words. */
export function QuestionStep({ questionId }: { questionId: QuestionId }) {
  const question = QUESTIONS[questionId];
  const { send, linkProblems } = useJourney();
  const answers = useJourneySnapshot((snapshot) => snapshot.context.answers);
  const number = useJourneySnapshot(questionNumber);
  const { value, error, attempt } = draftFor(useQuestionDraft(), questionId, answers);
  const setValue = (chosen: string) => chooseAnswer(questionId, chosen);
  useEffect(() => () => forgetDraft(questionId), [questionId]);

  const fieldId = question.kind === 'money' ? questionId : `${questionId}-${question.options[0]?.value}`;
  const hintId = `${questionId}-hint`;
  const errorId = `${questionId}-error`;

  // GOV.UK pattern: the page title says there is an error, so it is the first thing a screen reader hears.
  useEffect(() => {
    if (!error) return;
    const title = document.title.replace(/^Error: /, '');
    document.title = `Error: ${title}`;
    return () => {
      document.title = title;
    };
  }, [error]);

  function submit(event: FormEvent) {
    event.preventDefault();
    submitAnswer(questionId, answers, send);
  }

  const errors: FieldError[] = error ? [{ field: fieldId, message: error }] : [];
  const describedBy = [hintId, error && errorId].filter(Boolean).join(' ');

  return (
    <>
      <BackButton />
      <LinkProblems problems={linkProblems} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <form className="question" onSubmit={submit} noValidate data-question={questionId}>
        <div className={`form-group${error ? ' form-group--error' : ''}`}>
          <fieldset className="fieldset" aria-describedby={describedBy}>
            <legend className="fieldset__legend">
              <span className="caption">Question {number}</span>
              <StepHeading>{question.text}</StepHeading>
            </legend>
            <p className="hint" id={hintId}>
              {hintFor(questionId, answers)}
            </p>
            {error && (
              <p className="error-message" id={errorId}>
                <span className="visually-hidden">Error: </span>
                {error}
              </p>
            )}
            {question.kind === 'money' ? (
              <div className="money">
                <label className="label" htmlFor={questionId}>
                  Estimated value in pounds, including VAT
                </label>
                <div className="money__wrap">
                  <span className="money__prefix" aria-hidden="true">
                    £
                  </span>
                  <input
                    className={`input input--money${error ? ' input--error' : ''}`}
                    id={questionId}
                    name={questionId}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    spellCheck={false}
                    value={value}
                    aria-describedby={describedBy}
                    aria-invalid={error ? true : undefined}
                    onChange={(event) => setValue(event.target.value)}
                  />
                </div>
              </div>
            ) : (
              <div className="radios">
                {question.options.map((option) => {
                  const id = `${questionId}-${option.value}`;
                  return (
                    <div className="radios__item" key={option.value}>
                      <input
                        className="radios__input"
                        type="radio"
                        id={id}
                        name={questionId}
                        value={option.value}
                        checked={value === option.value}
                        onChange={() => setValue(option.value)}
                        aria-describedby={option.hint ? `${id}-hint` : undefined}
                      />
                      <label className="radios__label" htmlFor={id}>
                        {option.label}
                      </label>
                      {option.hint && (
                        <div className="radios__hint" id={`${id}-hint`}>
                          {option.hint}
                        </div>
                      )}
                    </div>
                  );
                })}
              </div>
            )}
          </fieldset>
        </div>
        <button type="submit" className="button">
          Continue
        </button>
      </form>
    </>
  );
}
