// The route catalogue: one file per route, so a legal reviewer can read and
// correct one route at a time. Content only; the decision logic lives elsewhere.

import type { Answers, RegimeId, RouteId } from '../types';
import { isLightTouchService } from '../thresholds';
import { routeApplies } from '../regimes';
import type { NoteCondition, RouteContent, RouteInRegime, RouteNote } from './types';
import { noContract } from './no-contract';
import { belowThreshold } from './below-threshold';
import { frameworkCallOff } from './framework-call-off';
import { modifyContract } from './modify-contract';
import { userChoice } from './user-choice';
import { lightTouch } from './light-touch';
import { existingProvider } from './existing-provider';
import { patientChoice } from './patient-choice';
import { mostSuitableProvider } from './most-suitable-provider';
import { directAward } from './direct-award';
import { coInvestment } from './co-investment';
import { innovationPartnership } from './innovation-partnership';
import { competitiveTender } from './competitive-tender';

export type { Nation, NoteCondition, RouteContent, RouteInRegime, RouteNote, RouteOption, RouteOptionId } from './types';

export const ROUTES: Record<RouteId, RouteContent> = {
  'no-contract': noContract,
  'below-threshold': belowThreshold,
  'framework-call-off': frameworkCallOff,
  'modify-contract': modifyContract,
  'user-choice': userChoice,
  'light-touch': lightTouch,
  'existing-provider': existingProvider,
  'patient-choice': patientChoice,
  'most-suitable-provider': mostSuitableProvider,
  'direct-award': directAward,
  'co-investment': coInvestment,
  'innovation-partnership': innovationPartnership,
  'competitive-tender': competitiveTender,
};

/**
 * The route as it stands under one regime. Callers only ask for pairs in
 * ROUTES_IN_REGIME; anything else is a programming error and throws.
 */
export function routeIn(route: RouteId, regime: RegimeId): RouteInRegime {
  const entry = ROUTES[route]?.regimes[regime];
  if (!routeApplies(route, regime) || entry === undefined) {
    throw new Error(`Route "${route}" does not apply under regime "${regime}"`);
  }
  return entry;
}

const holds = (when: NoteCondition, answers: Answers): boolean =>
  (when.nation === undefined || (answers.nation !== undefined && (when.nation as readonly string[]).includes(answers.nation))) &&
  (when.lightTouch === undefined || when.lightTouch === isLightTouchService(answers));

/**
 * The route's notes that apply to these answers (spec §4): e.g. no standstill
 * for a light touch contract, the Social Value Act only in England and Wales.
 * A note whose facts are not yet known does not apply.
 */
export const notesFor = (entry: RouteInRegime, answers: Answers): RouteNote[] =>
  (entry.notes ?? []).filter((note) => holds(note.when, answers));
