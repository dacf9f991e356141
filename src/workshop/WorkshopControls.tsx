import { Fragment, lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { QUESTIONS, isQuestionId, regimeFor } from '../rules';
import { routeOf, stepOf } from '../machines/steps';
import { useJourney, useJourneySnapshot } from '../journey/context';
import { chooseAnswer, submitAnswer } from '../journey/questionDraft';
import { focusStepHeading } from '../journey/stepHeading';
import { openWhatIf, useWhatIfPanel } from '../journey/whatIfPanel';
import { usePresentation } from './presentation';
import { keyAction, PRESENTATION_KEYS, type KeyAction } from './presentationKeys';
import { Dialog } from '../ui/Dialog';

// Each panel is loaded when first opened, so none of it weighs on the first screen.
const DecisionMap = lazy(() => import('./DecisionMap'));
const CompareRoutes = lazy(() => import('./CompareRoutes'));
const ObstaclesPanel = lazy(() => import('./ObstaclesPanel'));

type Panel = 'map' | 'compare' | 'obstacles' | 'help' | 'restart';

function toggleFullScreen() {
  const done = document.fullscreenElement ? document.exitFullscreen?.() : document.documentElement.requestFullscreen?.();
  // Browsers refuse full screen in some frames and settings; the room just stays windowed.
  done?.catch(() => undefined);
}

/** The header's workshop tools, their panels, and presentation mode's keys. */
export function WorkshopControls() {
  const { actor, send, restart } = useJourney();
  const present = usePresentation((state) => state.present);
  const setPresent = usePresentation((state) => state.setPresent);
  const regime = useJourneySnapshot((snapshot) => regimeFor(snapshot.context.answers));
  const route = useJourneySnapshot(routeOf);
  const [panel, setPanel] = useState<Panel | null>(null);
  // The result's "What if?" panel takes the keys while it is open, as the panels here do.
  const whatIfOpen = useWhatIfPanel((state) => state.open);
  // On a phone the tools fold behind one button, so the question stays near the top of the screen.
  const [toolsOpen, setToolsOpen] = useState(false);
  const toolsId = useId();
  const close = () => setPanel(null);
  // R asks first; Enter then confirms, as the room expects of one key press.
  const confirmRestart = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    document.documentElement.classList.toggle('present', present);
  }, [present]);

  useEffect(() => {
    if (!present || panel !== null || whatIfOpen) return;
    function perform(action: KeyAction) {
      const snapshot = actor.getSnapshot();
      const step = stepOf(snapshot);
      switch (action.type) {
        case 'choose': {
          const question = isQuestionId(step) ? QUESTIONS[step] : undefined;
          const option = question?.kind === 'choice' ? question.options[action.index] : undefined;
          if (question && option) chooseAnswer(question.id, option.value);
          return;
        }
        case 'continue':
          if (isQuestionId(step)) return submitAnswer(step, snapshot.context.answers, send);
          if (step === 'start') return send({ type: 'START' });
          if (step === 'check-answers') return send({ type: 'CONFIRM' });
          return;
        case 'back':
          return send({ type: 'BACK' });
        case 'fullscreen':
          return toggleFullScreen();
        case 'whatIf':
          if (step === 'result') openWhatIf();
          return;
        default:
          return setPanel(action.type);
      }
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const action = keyAction(event);
      if (!action) return;
      event.preventDefault();
      perform(action);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [present, panel, whatIfOpen, actor, send]);

  function togglePresent() {
    setPresent(!present);
    // The keys act on the step on screen, so the room's next Enter continues rather than toggling back.
    if (!present) focusStepHeading();
  }

  function startAgain() {
    close();
    restart();
  }

  return (
    <>
      <div className={`workshop-controls${toolsOpen ? ' workshop-controls--open' : ''}`}>
        <button
          type="button"
          className="header__button workshop-controls__toggle"
          aria-expanded={toolsOpen}
          aria-controls={toolsId}
          onClick={() => setToolsOpen(!toolsOpen)}
        >
          Workshop tools
        </button>
        <div className="workshop-controls__tools" id={toolsId} role="group" aria-label="Workshop tools">
          <button type="button" className="header__button" aria-pressed={present} onClick={togglePresent}>
            Presentation mode
          </button>
          <button type="button" className="header__button" onClick={() => setPanel('map')}>
            Decision map
          </button>
          <button type="button" className="header__button" onClick={() => setPanel('obstacles')}>
            What is holding you back?
          </button>
          {present && (
            <button type="button" className="header__button" onClick={() => setPanel('help')} aria-keyshortcuts="?">
              Keys
            </button>
          )}
          {/* Last, so the others keep their places when it appears once the law is known. */}
          {regime && (
            <button type="button" className="header__button" onClick={() => setPanel('compare')}>
              Compare routes
            </button>
          )}
        </div>
      </div>
      <Suspense fallback={null}>
        {panel === 'map' && <DecisionMap onClose={close} />}
        {panel === 'compare' && regime && <CompareRoutes regime={regime} chosen={route} onClose={close} />}
        {panel === 'obstacles' && <ObstaclesPanel onClose={close} />}
      </Suspense>
      {panel === 'help' && (
        <Dialog title="Presentation keys" onClose={close}>
          <dl className="keys">
            {PRESENTATION_KEYS.map(({ keys, between, does }) => (
              <div className="keys__row" key={keys.join()}>
                <dt>
                  {keys.map((key, index) => (
                    <Fragment key={key}>
                      {index > 0 && ` ${between} `}
                      <kbd>{key}</kbd>
                    </Fragment>
                  ))}
                </dt>
                <dd>{does}</dd>
              </div>
            ))}
          </dl>
          <p className="body">Keys do nothing while you are typing in a box, such as the contract value.</p>
        </Dialog>
      )}
      {panel === 'restart' && (
        <Dialog title="Start again?" onClose={close} initialFocus={confirmRestart}>
          <p className="body">This clears every answer and every ticked obstacle. Nothing is kept.</p>
          <div className="button-group">
            <button type="button" className="button button--warning" onClick={startAgain} ref={confirmRestart}>
              Yes, start again
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              Cancel
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
