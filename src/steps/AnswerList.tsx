import { QUESTIONS, answersGiven, questionsOnPath, type Answers } from '../rules';
import { useJourney } from '../app/journey';
import { stepPath } from '../app/urls';

/** The answers given so far, each with a "Change" link (GOV.UK's check-answers pattern). */
export function AnswerList({ answers }: { answers: Answers }) {
  const { send } = useJourney();
  return (
    <dl className="summary-list">
      {answersGiven(questionsOnPath(answers), answers).map(({ question, label }) => (
        <div className="summary-list__row" key={question}>
          <dt className="summary-list__key">{QUESTIONS[question].shortLabel}</dt>
          <dd className="summary-list__value">{label}</dd>
          <dd className="summary-list__actions">
            <a
              href={`#${stepPath(question, answers)}`}
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
