import { createContext, useCallback, useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useNavigate, useLocation } from 'react-router-dom';
import { useSelector } from '@xstate/react';
import type { JourneyEvent } from '../machines/journey';
import { createJourney, isStepId, replay, stepOf, type JourneyActor, type JourneySnapshot, type StepId } from '../machines/steps';
import { parseAnswers, serialiseAnswers, type AnswerProblem } from '../rules';
import { stepPath } from './urls';
import { useProgressStore } from './progressStore';

interface JourneyApi {
  actor: JourneyActor;
  /** What was wrong with the link that opened this page, if anything. */
  linkProblems: AnswerProblem[];
  /** Sends an event and moves the URL to wherever the journey now is. */
  send(event: JourneyEvent): void;
  /** True once the journey matches the URL, so screens never flash a stale step. */
  inSync: boolean;
}

const JourneyContext = createContext<JourneyApi | null>(null);

const stepFromPath = (pathname: string): StepId | undefined => {
  const name = pathname.replace(/^\/+|\/+$/g, '');
  if (name === '') return 'start';
  return isStepId(name) ? name : undefined;
};

const sameJourney = (snapshot: JourneySnapshot, step: StepId, query: string) =>
  stepOf(snapshot) === step && serialiseAnswers(snapshot.context.answers) === query;

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
  const [syncedKey, setSyncedKey] = useState<string | null>(null);
  const saveAnswers = useProgressStore((state) => state.saveAnswers);
  const lastSaved = useRef('');

  useLayoutEffect(() => {
    const step = stepFromPath(location.pathname);
    const parsed = parseAnswers(new URLSearchParams(location.search));
    const query = serialiseAnswers(parsed.answers);
    if (step === undefined || !sameJourney(actor.getSnapshot(), step, query)) {
      replay(actor, parsed.answers, step ?? 'start');
    }
    const snapshot = actor.getSnapshot();
    setLinkProblems(parsed.problems);
    const canonical = stepPath(stepOf(snapshot), snapshot.context.answers);
    if (canonical !== `${location.pathname}${location.search}`) navigate(canonical, { replace: true });
    setSyncedKey(location.key);
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
      navigate(stepPath(stepOf(after), after.context.answers));
    },
    [actor, navigate],
  );

  // After send() the machine is already where the new URL says: the screen stays mounted, so its heading is focused once.
  const step = stepFromPath(location.pathname);
  const inSync =
    syncedKey === location.key ||
    (step !== undefined &&
      sameJourney(actor.getSnapshot(), step, serialiseAnswers(parseAnswers(new URLSearchParams(location.search)).answers)));
  const api: JourneyApi = { actor, linkProblems, send, inSync };
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
