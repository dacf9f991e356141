import { QUESTIONS } from '../rules';
import { useJourney, useJourneySnapshot } from '../journey/context';
import { answersOnPath, checkingRemaining } from '../machines/steps';
import { stepPath } from '../journey/paths';

/** The answers given so far, each with a "Change" link (GOV.UK's check-answers pattern). */
export function AnswerList() {
  const { send } = useJourney();
  const given = useJourneySnapshot(answersOnPath);
  const answers = useJourneySnapshot((snapshot) => snapshot.context.answers);
  const remaining = useJourneySnapshot(checkingRemaining);
  return (
    <dl className="summary-list">
      {given.map(({ question, label }) => (
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
