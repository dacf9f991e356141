import { useEffect } from 'react';
import { DISCLAIMER, QUESTIONS, RULES_REVIEWED_LABEL, RULES_VERSION, type Citation, type GateOutcome } from '../rules';
import type { ResultView } from '../rules/resultView';
import { useJourney, useJourneySnapshot } from '../journey/context';
import { checkingRemaining, type JourneySnapshot } from '../machines/steps';
import { resultViewOf } from '../machines/result';
import { LinkProblems } from './LinkProblems';
import { OpenRoutes } from './OpenRoutes';
import { ResultActions, useResultLink } from './ResultActions';
import { StepHeading } from './StepHeading';
import { BackButton } from './BackButton';
import { AnswerList } from './AnswerList';
import { TickedObstacles } from './TickedObstacles';
import { WhatIfPanel } from './WhatIfPanel';
import { QrCode } from '../ui/QrCode';
import { closeWhatIf, openWhatIf, useWhatIfPanel } from '../journey/whatIfPanel';

const PRINTED = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

const OUTCOME_TONE: Record<GateOutcome, string> = {
  settled: 'blue',
  opened: 'green',
  'also-open': 'green',
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

/**
 * Works out the result (its decision, open questions and words) ahead of time,
 * while the person reads their answers; cached by the answers, so the screen
 * finds it ready.
 */
export function prepareResult(snapshot: JourneySnapshot): void {
  resultViewOf(snapshot);
}

export default function ResultStep() {
  const view = useJourneySnapshot(resultViewOf);
  if (!view) return null;
  return <Result view={view} />;
}

function Result({ view }: { view: ResultView }) {
  const { linkProblems } = useJourney();
  const remaining = useJourneySnapshot(checkingRemaining);
  const link = useResultLink();
  const whatIfOpen = useWhatIfPanel((state) => state.open);
  // "What if?" belongs to this result: leaving it (Back, a link) closes it, so it never reopens on another screen.
  useEffect(() => closeWhatIf, []);

  return (
    <div className="result" data-route={view.route} data-regime={view.regime}>
      {/* On paper there is no header or address bar: say where this came from and how to see it again. */}
      <p className="print-only small">
        Partnership Pathfinder · printed {PRINTED.format(new Date())} · rules version {RULES_VERSION}, reviewed{' '}
        {RULES_REVIEWED_LABEL} · to see this result again, open {link}
      </p>
      <BackButton />
      <LinkProblems problems={linkProblems} />
      <div className="panel">
        <p className="panel__caption">Your route under the {view.regimeName}</p>
        <StepHeading className="heading-xl panel__title">{view.name}</StepHeading>
        <p className="panel__body">{view.summary}</p>
      </div>
      {/* For the room and for paper; on a screen of one's own the share link below does this. */}
      <figure className="result-qr">
        <QrCode text={link} label="QR code: open this result on your phone" className="result-qr__code" />
        <figcaption className="result-qr__caption">Scan to open this result on your phone.</figcaption>
      </figure>
      <button type="button" className="button button--secondary what-if-button" onClick={openWhatIf}>
        What if? Try another answer
      </button>
      {whatIfOpen && <WhatIfPanel view={view} />}
      {remaining && <OpenRoutes routes={view.openRoutes} summary={view.openRoutesSummary} />}

      <h2 className="heading-m">What it lets you do</h2>
      <p className="body">{view.allows}</p>
      <p className="body">
        <strong>When it can be used:</strong> {view.when}
      </p>

      {view.options.length > 0 && (
        <>
          <h2 className="heading-m">How to use it in your case</h2>
          {view.options.map((option) => (
            <div className="option" key={option.id}>
              <h3 className="heading-s">{option.title}</h3>
              <p className="body">{option.text}</p>
              <Citations citations={option.basis} />
            </div>
          ))}
        </>
      )}

      {view.mayChooseBetween && (
        <div className="notice">
          <p className="body">
            <strong>The law lets you choose between:</strong> {view.mayChooseBetween.join('; ')}.
          </p>
        </div>
      )}

      <h2 className="heading-m">Legal basis</h2>
      <Citations citations={view.basis} />
      {view.regimeCaveat && <p className="body">{view.regimeCaveat}</p>}
      {view.notes.length > 0 && (
        <>
          <h2 className="heading-m">Depends on your situation</h2>
          {view.notes.map((note) => (
            <div className="option" key={note.text}>
              <p className="body">{note.text}</p>
              <Citations citations={note.basis} />
            </div>
          ))}
        </>
      )}
      {view.unconfirmedThreshold && (
        <div className="notice notice--warning">
          <p className="body">
            {view.unconfirmedThreshold.used} The current figure is not confirmed:{' '}
            <a href={view.unconfirmedThreshold.source.url} className="print-url">
              check the current threshold
            </a>{' '}
            before you rely on it.
          </p>
        </div>
      )}

      <h2 className="heading-m">Why this route</h2>
      <ol className="trace">
        {view.reasons.map((entry) => (
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
      {view.skipped && <p className="body trace__skipped">{view.skipped}</p>}

      {view.openQuestions.length > 0 && (
        <>
          <h2 className="heading-m">Open questions</h2>
          <p className="body">You were not sure about these. Settle them before you act: the answer could change your route.</p>
          {view.openQuestions.map((open) => (
            <div className="open-question" key={open.question}>
              <h3 className="heading-s">{open.question}</h3>
              <p className="body">{open.resolve}</p>
              {open.outcomes.length === 0 ? (
                <p className="body">A firm answer would not change your route, but it strengthens your record.</p>
              ) : (
                <ul className="list list--bullet">
                  {open.outcomes.map((outcome) => (
                    <li key={outcome}>{outcome}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </>
      )}

      {view.warnings.length > 0 && (
        <>
          <h2 className="heading-m">Duties to watch</h2>
          {view.warnings.map((warning) => (
            <div className="notice notice--warning" key={warning.id} data-warning={warning.id}>
              <p className="body">{warning.text}</p>
              <Citations citations={warning.basis} />
            </div>
          ))}
        </>
      )}

      {view.mustRecord && (
        <>
          <h2 className="heading-m">What the regulations require you to record</h2>
          <p className="body">Start your statutory record here: the authority must keep a record of each of these.</p>
          <ul className="list list--bullet">
            {view.mustRecord.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}

      <h2 className="heading-m">Risks to manage</h2>
      <ul className="list list--bullet">
        {view.risks.map((risk) => (
          <li key={risk}>{risk}</li>
        ))}
      </ul>

      <h2 className="heading-m">Next steps for {view.you}</h2>
      <ol className="list list--number">
        {view.nextSteps.yours.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <details className="details">
        <summary className="details__summary">What {view.other} should do</summary>
        <ol className="list list--number details__text">
          {view.nextSteps.theirs.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </details>

      <p className="body">
        <strong>How long it usually takes:</strong> {view.timescale}
      </p>

      <TickedObstacles />

      {/* On paper the reasons above already give every answer, so the list is left off to save a page. */}
      <div className="no-print">
        <h2 className="heading-m">Your answers</h2>
        <AnswerList />
      </div>

      <div className="notice disclaimer">
        <p className="body">{DISCLAIMER}</p>
        <p className="body small">
          Rules version {RULES_VERSION}, last reviewed on {RULES_REVIEWED_LABEL}.
        </p>
      </div>

      <ResultActions />
    </div>
  );
}
