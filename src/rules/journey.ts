import type { Answers, GateId, QuestionId, RouteId } from './types';
import { ASKED_WHEN, isLightTouchService } from './questions';
import { regimeFor } from './regimes';
import { thresholdFor, thresholdKindFor, isBelowThreshold } from './thresholds';

/**
 * The condition under which each route opens, read from answers already given.
 * A missing answer never opens a route, and "unsure" never counts as yes.
 */
export const ROUTE_OPENS: Record<RouteId, (answers: Answers) => boolean> = {
  'no-contract': (a) => a.buying === 'no',
  'below-threshold': (a) => {
    const regime = regimeFor(a);
    const kind = thresholdKindFor(a);
    if (regime === undefined || kind === undefined || a.contractValue === undefined) return false;
    const threshold = thresholdFor(regime, kind);
    return threshold !== undefined && isBelowThreshold(Number(a.contractValue), threshold);
  },
  'user-choice': (a) => regimeFor(a) === 'pa2023' && isLightTouchService(a) && a.userChoice === 'yes',
  'light-touch': (a) =>
    regimeFor(a) !== 'psr' && isLightTouchService(a) && a.proportionate === 'yes' && a.transparent === 'yes',
  'existing-provider': (a) => regimeFor(a) === 'psr' && a.existingProvider === 'yes',
  'patient-choice': (a) => regimeFor(a) === 'psr' && a.patientChoice === 'yes',
  'most-suitable-provider': (a) => regimeFor(a) === 'psr' && a.mostSuitable === 'yes',
  'direct-award': (a) => a.uniqueSupplier === 'yes' && a.noAlternative === 'yes',
  'co-investment': (a) => a.coInvestment === 'yes' && a.buysOutputs === 'no',
  'innovation-partnership': (a) => a.innovationNeed === 'yes' && a.purchaseAfter === 'yes',
  'competitive-tender': () => true,
};

export interface Gate {
  id: GateId;
  title: string;
  questions: readonly QuestionId[];
  /** Routes this gate can open, in the order they are tested. */
  routes: readonly RouteId[];
}

/** Spec §3: the gates in order. The first that opens decides the route. */
export const GATES: readonly Gate[] = [
  {
    id: 'context',
    title: 'Which law applies',
    questions: ['initiator', 'nation', 'healthCare', 'startedBefore2025'],
    routes: [],
  },
  {
    id: 'procurement',
    title: 'Is this a contract the rules cover?',
    questions: ['buying', 'serviceKind', 'authorityType', 'contractValue'],
    routes: ['no-contract', 'below-threshold'],
  },
  {
    id: 'flexible',
    title: 'Flexible processes',
    questions: ['userChoice', 'proportionate', 'willing', 'transparent', 'mutual', 'existingProvider', 'patientChoice', 'mostSuitable'],
    routes: ['user-choice', 'existing-provider', 'patient-choice', 'most-suitable-provider', 'light-touch'],
  },
  { id: 'unique', title: 'A unique partner', questions: ['uniqueSupplier', 'noAlternative'], routes: ['direct-award'] },
  { id: 'coInvestment', title: 'Co-investment', questions: ['coInvestment', 'buysOutputs'], routes: ['co-investment'] },
  { id: 'innovation', title: 'Developing something new', questions: ['innovationNeed', 'purchaseAfter'], routes: ['innovation-partnership'] },
  { id: 'competition', title: 'Open competition', questions: [], routes: ['competitive-tender'] },
];

/** The route a gate opens with these answers, if any. Only meaningful once its questions are answered. */
export const gateOpens = (gate: Gate, answers: Answers): RouteId | undefined =>
  gate.routes.find((route) => ROUTE_OPENS[route](answers));

export interface Walk {
  /** Questions asked on this path, in order (answered or not). */
  asked: QuestionId[];
  /** The first question on the path still without an answer. */
  next?: QuestionId;
  /** The first route that opened: the recommendation. */
  route?: RouteId;
  /** With `remaining`, routes that later gates also open. */
  alsoOpen: RouteId[];
}

export interface WalkOptions {
  /** Carry on through the gates after the recommendation ("check the remaining routes too"). */
  remaining?: boolean;
}

/**
 * Walks the gates in order. An unanswered question is noted and skipped, so the
 * walk still reaches later questions whose conditions hold: this is what lets a
 * changed answer keep later answers that are still on the path.
 */
export function walk(answers: Answers, options: WalkOptions = {}): Walk {
  const result: Walk = { asked: [], alsoOpen: [] };
  // Only answers to questions actually asked may decide anything: a stray answer
  // (from a hand-edited link, say) must never open a gate.
  const onPath: Answers = {};
  for (const gate of GATES) {
    let complete = true;
    for (const question of gate.questions) {
      if (!ASKED_WHEN[question](onPath)) continue;
      result.asked.push(question);
      const value = answers[question];
      if (value === undefined) {
        complete = false;
        result.next ??= question;
      } else {
        onPath[question] = value;
      }
    }
    // Gates are only judged once everything before them is answered.
    if (!complete || result.next !== undefined) continue;
    const opened = gateOpens(gate, onPath);
    if (opened === undefined) continue;
    if (result.route === undefined) {
      result.route = opened;
      // Nothing else is open when there is nothing to procure.
      if (!options.remaining || opened === 'no-contract') break;
    } else {
      result.alsoOpen.push(opened);
    }
  }
  return result;
}

/** The questions on the path, in order, for these answers. */
export const questionsOnPath = (answers: Answers, options?: WalkOptions): QuestionId[] => walk(answers, options).asked;

/** Keeps only answers to questions still on the path: no stale answer reaches a result. */
export function pruneToPath(answers: Answers, options?: WalkOptions): Answers {
  const kept: Answers = {};
  for (const question of questionsOnPath(answers, options)) {
    const value = answers[question];
    if (value !== undefined) kept[question] = value;
  }
  return kept;
}

/** The question asked just before `step` on this path (`'end'`: the last one asked), if any. */
export function questionBefore(answers: Answers, step: QuestionId | 'end', options?: WalkOptions): QuestionId | undefined {
  const asked = questionsOnPath(answers, options);
  const index = step === 'end' ? asked.length : asked.indexOf(step);
  return index > 0 ? asked[index - 1] : undefined;
}
