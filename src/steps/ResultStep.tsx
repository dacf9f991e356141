import {
  DISCLAIMER,
  QUESTIONS,
  REGIMES,
  RULES_REVIEWED_LABEL,
  RULES_VERSION,
  WELSH_PSR,
  decide,
  formatMoney,
  type Answers,
  type Citation,
  type Decision,
  type GateOutcome,
  ROLE_WORDS,
  roleOf,
} from '../rules';
import { ROUTES, routeIn } from '../rules/routes';
import { useJourney, useJourneySnapshot } from '../app/journey';
import { checkingRemaining } from '../machines/steps';
import { LinkProblems } from './LinkProblems';
import { OpenRoutes } from './OpenRoutes';
import { ResultActions, useResultLink } from './ResultActions';
import { StepHeading } from './StepHeading';
import { BackButton } from './BackButton';
import { AnswerList } from './AnswerList';
import { TickedObstacles } from '../workshop/TickedObstacles';

const PRINTED = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

const OUTCOME_TONE: Record<GateOutcome, string> = {
  settled: 'blue',
  opened: 'green',
  closed: 'grey',
  'not-asked': 'grey',
  'not-reached': 'grey',
};

function Citations({ citations }: { citations: Citation[] }) {
  return (
    <ul className="list list--bullet citations">
      {citations.map((citation) => (
        <li key={citation.label}>
          <a href={citation.url} className="print-url" rel="noopener" target="_blank">
            {citation.label}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export default function ResultStep() {
  const answers = useJourneySnapshot((snapshot) => snapshot.context.answers);
  const remaining = useJourneySnapshot(checkingRemaining);
  const decision = decide(answers, { remaining });
  if (decision.status !== 'complete') return null;
  return <Result decision={decision} answers={answers} remaining={remaining} />;
}

function Result({ decision, answers, remaining }: { decision: Decision; answers: Answers; remaining: boolean }) {
  const { linkProblems } = useJourney();
  const { regime, route } = decision;
  const content = routeIn(route, regime);
  const role = roleOf(answers);
  const words = ROLE_WORDS[role];
  const options = (content.options ?? []).filter((option) => decision.options.includes(option.id));
  const threshold = decision.threshold?.threshold;
  const notNeeded = decision.trace.filter((entry) => entry.outcome === 'not-reached');
  const link = useResultLink(answers, remaining);

  return (
    <div className="result" data-route={route} data-regime={regime}>
      {/* On paper there is no header or address bar: say where this came from and how to see it again. */}
      <p className="print-only small">
        Partnership Pathfinder · printed {PRINTED.format(new Date())} · rules version {RULES_VERSION}, reviewed{' '}
        {RULES_REVIEWED_LABEL} · to see this result again, open {link}
      </p>
      <BackButton />
      <LinkProblems problems={linkProblems} />
      <div className="panel">
        <p className="panel__caption">
          Your route under the {REGIMES[regime].name}
        </p>
        <StepHeading className="heading-xl panel__title">{content.name}</StepHeading>
        <p className="panel__body">{ROUTES[route].summary}</p>
      </div>
      {remaining && <OpenRoutes regime={regime} route={route} alsoOpen={decision.alsoOpen} />}

      <h2 className="heading-m">What it lets you do</h2>
      <p className="body">{content.allows}</p>
      <p className="body">
        <strong>When it can be used:</strong> {content.when}
      </p>

      {options.length > 0 && (
        <>
          <h2 className="heading-m">How to use it in your case</h2>
          {options.map((option) => (
            <div className="option" key={option.id}>
              <h3 className="heading-s">{option.title}</h3>
              <p className="body">{option.text}</p>
              <Citations citations={option.basis} />
            </div>
          ))}
        </>
      )}

      <h2 className="heading-m">Legal basis</h2>
      <Citations citations={content.basis} />
      {regime === 'psr' && answers.nation === 'wales' && <p className="body">{WELSH_PSR}</p>}
      {threshold && !threshold.confirmed && (
        <div className="notice notice--warning">
          <p className="body">
            We used {formatMoney(threshold.amount)} ({threshold.basis}). The current figure is not confirmed:{' '}
            <a href={threshold.source.url} className="print-url">
              check the current threshold
            </a>{' '}
            before you rely on it.
          </p>
        </div>
      )}

      <h2 className="heading-m">Why this route</h2>
      <ol className="trace">
        {decision.trace
          .filter((entry) => entry.outcome !== 'not-reached')
          .map((entry) => (
            <li className={`trace__item trace__item--${entry.outcome}`} key={entry.gate}>
              <h3 className="heading-s trace__title">
                {entry.title} <strong className={`tag tag--${OUTCOME_TONE[entry.outcome]}`}>{entry.verdict}</strong>
              </h3>
              <p className="body">{entry.reason}</p>
              {entry.answers.length > 0 && (
                <ul className="trace__answers">
                  {entry.answers.map((answer) => (
                    <li key={answer.question}>
                      {QUESTIONS[answer.question].shortLabel}: <strong>{answer.label}</strong>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
      </ol>
      {notNeeded.length > 0 && (
        <p className="body trace__skipped">
          Not needed, because an earlier route fitted: {notNeeded.map((entry) => entry.title.toLowerCase()).join('; ')}.
        </p>
      )}

      {decision.openQuestions.length > 0 && (
        <>
          <h2 className="heading-m">Open questions</h2>
          <p className="body">You were not sure about these. Settle them before you act: the answer could change your route.</p>
          {decision.openQuestions.map((open) => (
            <div className="open-question" key={open.question}>
              <h3 className="heading-s">{QUESTIONS[open.question].text}</h3>
              <p className="body">{open.resolve}</p>
              {open.outcomes.length === 0 ? (
                <p className="body">A firm answer would not change your route, but it strengthens your record.</p>
              ) : (
                <ul className="list list--bullet">
                  {open.outcomes.map((outcome) => (
                    <li key={outcome.value}>
                      If the answer is “{outcome.label.toLowerCase()}”
                      {outcome.regime && <>, the {REGIMES[outcome.regime].name} would apply instead</>}
                      {outcome.routes.length > 0 && (
                        <>
                          {outcome.regime ? ' and this could lead to: ' : ', this could open: '}
                          {outcome.routes.map((id) => ROUTES[id].title.toLowerCase()).join('; ')}
                        </>
                      )}
                      .
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </>
      )}

      <h2 className="heading-m">Risks to manage</h2>
      <ul className="list list--bullet">
        {content.risks.map((risk) => (
          <li key={risk}>{risk}</li>
        ))}
      </ul>

      <h2 className="heading-m">Next steps for {words.you}</h2>
      <ol className="list list--number">
        {content.nextSteps[role].map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <details className="details">
        <summary className="details__summary">What {words.other} should do</summary>
        <ol className="list list--number details__text">
          {content.nextSteps[words.otherRole].map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </details>

      <p className="body">
        <strong>How long it usually takes:</strong> {content.timescale}
      </p>

      <TickedObstacles />

      {/* On paper the reasons above already give every answer, so the list is left off to save a page. */}
      <div className="no-print">
        <h2 className="heading-m">Your answers</h2>
        <AnswerList answers={answers} />
      </div>

      <div className="notice disclaimer">
        <p className="body">
          {DISCLAIMER}
        </p>
        <p className="body small">
          Rules version {RULES_VERSION}, last reviewed on {RULES_REVIEWED_LABEL}.
        </p>
      </div>

      <ResultActions answers={answers} remaining={remaining} />
    </div>
  );
}
