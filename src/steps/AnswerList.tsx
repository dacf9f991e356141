import { QUESTIONS, answersGiven, questionsOnPath, type Answers } from '../rules';
import { useJourney, useJourneySnapshot } from '../app/journey';
import { checkingRemaining } from '../machines/steps';
import { stepPath } from '../app/urls';

/** The answers given so far, each with a "Change" link (GOV.UK's check-answers pattern). */
export function AnswerList({ answers }: { answers: Answers }) {
  const { send } = useJourney();
  const remaining = useJourneySnapshot(checkingRemaining);
  return (
    <dl className="summary-list">
      {answersGiven(questionsOnPath(answers, { remaining }), answers).map(({ question, label }) => (
        <div className="summary-list__row" key={question}>
          <dt className="summary-list__key">{QUESTIONS[question].shortLabel}</dt>
          <dd className="summary-list__value">{label}</dd>
          <dd className="summary-list__actions">
            <a
              href={`#${stepPath(question, answers, { remaining })}`}
              onClick={(event) => {
                event.preventDefault();
                send({ type: 'CHANGE', question });
              }}
            >
              Change{' '}
              <span className="visually-hidden">{QUESTIONS[question].shortLabel.toLowerCase()}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
}
