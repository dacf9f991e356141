import { lazy, Suspense, useEffect, useLayoutEffect } from 'react';
import { HashRouter, Route, Routes } from 'react-router-dom';
import { isQuestionId, RULES_REVIEWED_LABEL, RULES_VERSION } from '../rules';
import { stepOf } from '../machines/steps';
import { useJourney, useJourneySnapshot } from '../journey/context';
import { JourneyProvider } from './JourneyProvider';
import { useProgressStore } from '../session/progressStore';
import { LoadProblem } from './LoadProblem';
import { stepPath } from '../journey/paths';
import { stepTitle } from '../steps/stepTitle';
import { answersWording } from '../embed/settings';
import { StartStep } from '../steps/StartStep';
import { QuestionStep } from '../steps/QuestionStep';
import { CheckAnswersStep } from '../steps/CheckAnswersStep';
import { EmbedBridge } from '../embed/EmbedBridge';
import { WorkshopControls } from '../workshop/WorkshopControls';
import { revealHeldBack } from '../firstPaint/plan';

// The result carries the route catalogue, the largest block of text: load it when needed, or from
// check answers, the step before, so it is here when the person goes on.
let loadedResultStep: (typeof import('../steps/ResultStep'))['default'] | undefined;
const loadResultStep = () =>
  import('../steps/ResultStep').then((module) => {
    loadedResultStep = module.default;
    return module;
  });
const LazyResultStep = lazy(loadResultStep);

export const SERVICE_NAME = 'Partnership Pathfinder';

function Screen() {
  const { inSync, actor } = useJourney();
  const step = useJourneySnapshot(stepOf);
  useEffect(() => {
    document.title = `${stepTitle(step)} – ${SERVICE_NAME}`;
  }, [step]);
  useEffect(() => {
    // Checking answers comes just before the result: fetch its code while the person reads, so it shows at once.
    // A failed fetch here costs nothing; the result's own load retries and LoadProblem reports it.
    if (step === 'check-answers') {
      // And work the result out meanwhile, so Continue only has to paint it.
      loadResultStep()
        .then(({ prepareResult }) => prepareResult(actor.getSnapshot()))
        .catch(() => undefined);
    }
  }, [step, actor]);
  if (!inSync) return null;
  if (step === 'start') return <StartStep wording={answersWording()} />;
  if (step === 'check-answers') return <CheckAnswersStep />;
  if (step === 'result') {
    // Code already here renders at once: suspending even briefly would hold the result behind
    // React's throttle on replacing a fallback (about 300 ms).
    if (loadedResultStep) {
      const ResultStep = loadedResultStep;
      return <ResultStep />;
    }
    return (
      <Suspense fallback={<p className="body">Loading your route…</p>}>
        <LazyResultStep />
      </Suspense>
    );
  }
  return isQuestionId(step) ? <QuestionStep key={step} questionId={step} /> : null;
}

function Layout() {
  const largeText = useProgressStore((state) => state.settings.textSize === 'large');
  const setTextSize = useProgressStore((state) => state.setTextSize);
  // On the root element, so every rem-sized heading and control grows with the text.
  useEffect(() => {
    document.documentElement.classList.toggle('text-large', largeText);
  }, [largeText]);
  const startPath = useJourneySnapshot((snapshot) => stepPath('start', snapshot.context.answers));
  return (
    <div className="page">
      <a href="#main" className="skip-link" onClick={(event) => {
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        Skip to main content
      </a>
      <header className="header">
        <div className="width-container header__inner">
          {/* Back to the start page keeping the answers: a bare "#/" would replay nothing and wipe saved progress. */}
          <a href={`#${startPath}`} className="header__name">
            {SERVICE_NAME}
          </a>
          <span className="header__tag">Find the lawful route to partnership</span>
          <WorkshopControls />
        </div>
      </header>
      <div className="width-container">
        <main className="main" id="main" tabIndex={-1}>
          <LoadProblem>
            <Routes>
              <Route path="*" element={<Screen />} />
            </Routes>
          </LoadProblem>
        </main>
      </div>
      <footer className="footer">
        <div className="width-container">
          <p className="small">
            Rules version {RULES_VERSION}, last reviewed on {RULES_REVIEWED_LABEL}. Legislation links go to legislation.gov.uk.
          </p>
          <button
            type="button"
            className="button--link small"
            aria-pressed={largeText}
            onClick={() => setTextSize(largeText ? 'standard' : 'large')}
          >
            Larger text
          </button>
        </div>
      </footer>
    </div>
  );
}

/** Everything inside the router: the build prerenders this on the server, where no HashRouter can run. */
export function AppShell() {
  // In the commit that first shows the app's screen, so what was held back appears with it (src/firstPaint/plan.ts).
  useLayoutEffect(revealHeldBack, []);
  return (
    <JourneyProvider>
      <Layout />
      <EmbedBridge />
    </JourneyProvider>
  );
}

export function App() {
  return (
    <HashRouter>
      <AppShell />
    </HashRouter>
  );
}
