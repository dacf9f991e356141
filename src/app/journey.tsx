import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate, useLocation } from 'react-router-dom';
import { useSelector } from '@xstate/react';
import type { JourneyEvent } from '../machines/journey';
import {
  checkingRemaining,
  createJourney,
  isStepId,
  replay,
  stepOf,
  type JourneyActor,
  type JourneySnapshot,
  type StepId,
} from '../machines/steps';
import { parseLink, quoteUntrusted, serialiseAnswers, type AnswerProblem, type Answers } from '../rules';
import { snapshotPath } from './urls';
import { useProgressStore } from './progressStore';
import { splitQuery, withSettings } from './settingsQuery';

interface JourneyApi {
  actor: JourneyActor;
  /** What was wrong with the link that opened this page, if anything. */
  linkProblems: AnswerProblem[];
  /** Sends an event and moves the URL to wherever the journey now is. */
  send(event: JourneyEvent): void;
  /** Picks up saved answers where they stop, as a returning visitor asks to. */
  resume(answers: Answers): void;
  /** Forgets every answer, saved ones included, and opens the first question. */
  startAfresh(): void;
  /** True once the journey matches the URL, so screens never flash a stale step. */
  inSync: boolean;
}

const JourneyContext = createContext<JourneyApi | null>(null);

const stepFromPath = (pathname: string): StepId | undefined => {
  const name = pathname.replace(/^\/+|\/+$/g, '');
  if (name === '') return 'start';
  return isStepId(name) ? name : undefined;
};

const sameJourney = (snapshot: JourneySnapshot, step: StepId, query: string, remaining: boolean) =>
  stepOf(snapshot) === step && serialiseAnswers(snapshot.context.answers) === query && checkingRemaining(snapshot) === remaining;


/**
 * Where a link may take the journey. A link with an invalid answer never opens
 * straight on a result: the person sees what was wrong first, on the first
 * question still needing an answer or on the check-answers screen. Unknown keys
 * and answers that do not apply are dropped and noted; the result still shows.
 */
function linkTarget(step: StepId | undefined, problems: AnswerProblem[]): StepId {
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
  const location = useLocation();
  const [linkProblems, setLinkProblems] = useState<AnswerProblem[]>([]);
  // What the journey was last matched to: path and answers, not settings, so ticking an
  // obstacle (a settings-only URL change) never blanks or remounts the screen.
  const [syncedAt, setSyncedAt] = useState<string | null>(null);
  const { answers: answerQuery, settings } = splitQuery(location.search);
  const here = `${location.pathname}?${answerQuery.toString()}`;
  const saveAnswers = useProgressStore((state) => state.saveAnswers);
  const forgetSaved = useProgressStore((state) => state.forget);
  const lastSaved = useRef('');

  useLayoutEffect(() => {
    const step = stepFromPath(location.pathname);
    const parsed = parseLink(answerQuery.toString());
    const problems =
      step === undefined
        ? [{ message: `We did not recognise the page “${quoteUntrusted(location.pathname)}” in the link, so we took you to the furthest step your answers reach.` }, ...parsed.problems]
        : parsed.problems;
    const query = serialiseAnswers(parsed.answers);
    if (step === undefined || !sameJourney(actor.getSnapshot(), step, query, parsed.remaining)) {
      replay(actor, parsed.answers, linkTarget(step, problems), { remaining: parsed.remaining });
      // Only a URL the journey did not make can carry problems; our own tidy-up redirect keeps them.
      setLinkProblems(problems);
    }
    const canonical = withSettings(snapshotPath(actor.getSnapshot()), settings);
    if (canonical !== `${location.pathname}${location.search}`) navigate(canonical, { replace: true });
    setSyncedAt(here);
  }, [actor, location.pathname, location.search, location.key, navigate]);

  useLayoutEffect(() => {
    const subscription = actor.subscribe((snapshot) => {
      const query = serialiseAnswers(snapshot.context.answers);
      if (query === lastSaved.current) return;
      lastSaved.current = query;
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

  const startAfresh = useCallback(() => {
    forgetSaved();
    actor.send({ type: 'RESTART' });
    actor.send({ type: 'START' });
    setLinkProblems([]);
    navigate(snapshotPath(actor.getSnapshot()));
  }, [actor, navigate, forgetSaved]);

  // After send() the machine is already where the new URL says: the screen stays mounted, so its heading is focused once.
  const machineMatchesUrl = (): boolean => {
    const step = stepFromPath(location.pathname);
    if (step === undefined) return false;
    const parsed = parseLink(answerQuery.toString());
    return sameJourney(actor.getSnapshot(), step, serialiseAnswers(parsed.answers), parsed.remaining);
  };
  const inSync = syncedAt === here || machineMatchesUrl();
  // A stable value, so screens that only send events do not re-render on every URL change.
  const api = useMemo<JourneyApi>(
    () => ({ actor, linkProblems, send, resume, startAfresh, inSync }),
    [actor, linkProblems, send, resume, startAfresh, inSync],
  );
  return <JourneyContext.Provider value={api}>{children}</JourneyContext.Provider>;
}

export function useJourney(): JourneyApi {
  const api = useContext(JourneyContext);
  if (!api) throw new Error('useJourney must be used inside JourneyProvider');
  return api;
}

export function useJourneySnapshot<T>(select: (snapshot: JourneySnapshot) => T): T {
  return useSelector(useJourney().actor, select);
}
