import { createContext, useContext } from 'react';
import { useSelector } from '@xstate/react';
import type { JourneyEvent } from '../machines/journey';
import type { JourneyActor, JourneySnapshot } from '../machines/steps';
import type { AnswerProblem, Answers } from '../rules';

/** What every screen and feature may ask of the journey: select from it, send it events. The shell provides it. */
export interface JourneyApi {
  actor: JourneyActor;
  /** What was wrong with the link that opened this page, if anything. */
  linkProblems: AnswerProblem[];
  /** Sends an event and moves the URL to wherever the journey now is. */
  send(event: JourneyEvent): void;
  /** Picks up saved answers where they stop, as a returning visitor asks to. */
  resume(answers: Answers): void;
  /** Forgets every answer, saved ones and ticked obstacles included, and shows the start screen. */
  restart(): void;
  /** True once the journey matches the URL, so screens never flash a stale step. */
  inSync: boolean;
}

export const JourneyContext = createContext<JourneyApi | null>(null);

export function useJourney(): JourneyApi {
  const api = useContext(JourneyContext);
  if (!api) throw new Error('useJourney must be used inside JourneyProvider');
  return api;
}

export function useJourneySnapshot<T>(select: (snapshot: JourneySnapshot) => T): T {
  return useSelector(useJourney().actor, select);
}
