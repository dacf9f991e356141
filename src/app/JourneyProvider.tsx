import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate, useNavigationType } from 'react-router-dom';
import type { JourneyEvent } from '../machines/journey';
import { checkingRemaining, createJourney, replay, stepOf, type JourneyActor } from '../machines/steps';
import {
  isJourneyStep,
  parseLink,
  quoteUntrusted,
  serialiseAnswers,
  type AnswerProblem,
  type Answers,
  type JourneyStep,
  type ParsedLink,
} from '../rules';
import { JourneyContext, type JourneyApi } from '../journey/context';
import { snapshotPath } from '../journey/paths';
import { splitQuery, withSettings } from '../journey/settingsQuery';
import { useProgressStore } from '../session/progressStore';

const stepFromPath = (pathname: string): JourneyStep | undefined => {
  const name = pathname.replace(/^\/+|\/+$/g, '');
  if (name === '') return 'start';
  return isJourneyStep(name) ? name : undefined;
};

interface Address {
  step: JourneyStep | undefined;
  link: ParsedLink;
}

const matches = (actor: JourneyActor, { step, link }: Address): boolean => {
  const snapshot = actor.getSnapshot();
  return (
    stepOf(snapshot) === step &&
    serialiseAnswers(snapshot.context.answers) === serialiseAnswers(link.answers) &&
    checkingRemaining(snapshot) === link.remaining
  );
};

/** Every answer the address holds, the journey holds too: the address is an earlier step of this same journey. */
const isEarlierStepOf = (actor: JourneyActor, { step, link }: Address): boolean => {
  const held = actor.getSnapshot().context.answers;
  return (
    step !== undefined &&
    link.problems.length === 0 &&
    Object.entries(link.answers).every(([question, value]) => held[question as keyof Answers] === value)
  );
};

/**
 * Where a link may take the journey. A link with an invalid answer never opens
 * straight on a result: the person sees what was wrong first, on the first
 * question still needing an answer or on the check-answers screen. Unknown keys
 * and answers that do not apply are dropped and noted; the result still shows.
 */
function linkTarget(step: JourneyStep | undefined, problems: AnswerProblem[]): JourneyStep {
  if (step === undefined) return 'result';
  const invalid = problems.some((problem) => problem.question !== undefined && !problem.notApplicable);
  return step === 'result' && invalid ? 'check-answers' : step;
}

/**
 * Keeps the statechart and the URL as one: the URL is the source on load and on
 * the browser's Back and Forward; the machine is the source after each event.
 */
export function JourneyProvider({ children }: { children: ReactNode }) {
  // Started at once (useActorRef starts it after the first render), so the URL can be
  // replayed into it before anything is painted.
  const [actor] = useState(createJourney);
  const navigate = useNavigate();
  const navigation = useNavigationType();
  const location = useLocation();
  const [linkProblems, setLinkProblems] = useState<AnswerProblem[]>([]);
  const { answers: answerQuery, settings } = splitQuery(location.search);
  const answerSearch = answerQuery.toString();
  // What the journey was last matched to: path and answers, not settings, so ticking an
  // obstacle (a settings-only URL change) never blanks or remounts the screen.
  const here = `${location.pathname}?${answerSearch}`;
  const [syncedAt, setSyncedAt] = useState<string | null>(null);
  const address = useMemo<Address>(
    () => ({ step: stepFromPath(location.pathname), link: parseLink(answerSearch) }),
    [location.pathname, answerSearch],
  );
  const saveAnswers = useProgressStore((state) => state.saveAnswers);
  const forgetSaved = useProgressStore((state) => state.forget);

  useLayoutEffect(() => {
    const { step, link } = address;
    if (!matches(actor, address)) {
      // The browser's Back or Forward to a step this journey made (a typed or pasted address has no
      // router key) keeps the later answers, as the app's own Back does.
      if (navigation === 'POP' && location.key !== 'default' && isEarlierStepOf(actor, address)) {
        replay(actor, actor.getSnapshot().context.answers, step!, { remaining: link.remaining });
      } else {
        const problems =
          step === undefined
            ? [{ message: `We did not recognise the page “${quoteUntrusted(location.pathname)}” in the link, so we took you to the furthest step your answers reach.` }, ...link.problems]
            : link.problems;
        replay(actor, link.answers, linkTarget(step, problems), { remaining: link.remaining });
        // Only a URL the journey did not make can carry problems; our own tidy-up redirect keeps them.
        setLinkProblems(problems);
      }
    }
    const canonical = withSettings(snapshotPath(actor.getSnapshot()), settings);
    if (canonical !== `${location.pathname}${location.search}`) navigate(canonical, { replace: true });
    setSyncedAt(here);
  }, [actor, address, here, navigation, location.pathname, location.search, location.key, settings, navigate]);

  useLayoutEffect(() => {
    let saved = '';
    const subscription = actor.subscribe((snapshot) => {
      const query = serialiseAnswers(snapshot.context.answers);
      if (query === saved) return;
      saved = query;
      saveAnswers(snapshot.context.answers);
    });
    return () => subscription.unsubscribe();
  }, [actor, saveAnswers]);

  const send = useCallback(
    (event: JourneyEvent) => {
      const before = actor.getSnapshot();
      actor.send(event);
      const after = actor.getSnapshot();
      if (after === before) return;
      setLinkProblems([]);
      // Starting again is a new conversation: settings such as ticked obstacles go too.
      const path = snapshotPath(after);
      navigate(event.type === 'RESTART' ? path : withSettings(path, settings));
    },
    [actor, navigate, settings],
  );

  const resume = useCallback(
    (answers: Answers) => {
      replay(actor, answers, 'check-answers');
      setLinkProblems([]);
      navigate(withSettings(snapshotPath(actor.getSnapshot()), settings));
    },
    [actor, navigate, settings],
  );

  const restart = useCallback(() => {
    forgetSaved();
    send({ type: 'RESTART' });
  }, [forgetSaved, send]);

  // After send() the machine is already where the new URL says: the screen stays mounted, so its heading is focused once.
  const inSync = syncedAt === here || matches(actor, address);
  // A stable value, so screens that only send events do not re-render on every URL change.
  const api = useMemo<JourneyApi>(
    () => ({ actor, linkProblems, send, resume, restart, inSync }),
    [actor, linkProblems, send, resume, restart, inSync],
  );
  return <JourneyContext.Provider value={api}>{children}</JourneyContext.Provider>;
}
