import { useJourney } from '../journey/context';
import { savedAnswerCount, useProgressStore } from '../session/progressStore';
import { DISCLAIMER, MOST_QUESTIONS } from '../rules';
import { StepHeading } from './StepHeading';
import { LinkProblems } from './LinkProblems';

export interface StorageWording {
  /** What happens to answers here: kept in this browser, or not at all in a partner's frame. */
  note: string;
  savedHeading: string;
}

export function StartStep({ wording }: { wording: StorageWording }) {
  const { send, resume, restart, linkProblems } = useJourney();
  const saved = useProgressStore((state) => state.answers);
  const savedCount = useProgressStore(savedAnswerCount);

  function startAgain() {
    restart();
    send({ type: 'START' });
  }

  return (
    <>
      <LinkProblems problems={linkProblems} />
      <StepHeading className="heading-xl">Find a lawful route to partner with a social enterprise</StepHeading>
      <p className="lead">
        Stuck on whether a partnership has to go out to tender? Answer a few questions and we will show which route the
        law allows, why, and what to do next.
      </p>
      <h2 className="heading-m">Who this is for</h2>
      <p className="body">
        Public sector commissioners in England, Wales, Scotland and Northern Ireland, and the social enterprises and
        other purpose-led organisations that work with them.
      </p>
      <h2 className="heading-m">What you will get</h2>
      <ul className="list list--bullet">
        <li>the route that fits, under the law that applies to you today</li>
        <li>the legal basis, with links to the legislation</li>
        <li>the reasons, drawn from your own answers, and what could change them</li>
        <li>risks to manage and practical next steps</li>
      </ul>
      <p className="body">
        It takes about 5 minutes: up to {MOST_QUESTIONS} short questions, and often fewer. {wording.note}
      </p>
      <div className="notice">
        <p className="body">
          {DISCLAIMER}
        </p>
      </div>
      {savedCount > 0 ? (
        <div className="resume">
          <h2 className="heading-m">{wording.savedHeading}</h2>
          <p className="body">You answered {savedCount} {savedCount === 1 ? 'question' : 'questions'} last time.</p>
          <div className="button-group">
            <button type="button" className="button" onClick={() => resume(saved)}>
              Continue where you left off
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={startAgain}
            >
              Start again
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--start" onClick={() => send({ type: 'START' })}>
          Start now
          <svg className="button__icon" aria-hidden="true" focusable="false" width="17" height="19" viewBox="0 0 33 40">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </button>
      )}
      {/* Shown only while <html> has `no-js`, that is in the prerendered page with no script running (styles.css). */}
      <p className="body needs-javascript">
        <strong>The questions need JavaScript</strong>, which is turned off or blocked in this browser. Turn it on and
        reload this page to start.
      </p>
    </>
  );
}
