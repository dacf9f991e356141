// The journey as one declarative table, in the spirit of a GOV.UK Smart Answers
// flow file: the gates in order, each question node with its gate and its
// ordered next branches, each route with the gate that opens it, and the
// conditions beside them. `walk()`, the question order, the gates and the
// statechart are all read from this file; nothing else says what comes next.

import { isRouteId, type Answers, type QuestionId, type RouteId } from './types';
import { regimeFor } from './regimes';
import { isBelowThreshold, isLightTouchService, thresholdFor, thresholdKindFor } from './thresholds';

/** Spec §3: the gates in order. The first that opens decides the route. */
const GATE_ORDER = [
  { id: 'context', title: 'Which law applies' },
  { id: 'procurement', title: 'Is this a contract the rules cover?' },
  { id: 'flexible', title: 'Flexible processes' },
  { id: 'unique', title: 'A unique partner' },
  { id: 'coInvestment', title: 'Co-investment' },
  { id: 'innovation', title: 'Developing something new' },
  { id: 'competition', title: 'Open competition' },
] as const;

export type GateId = (typeof GATE_ORDER)[number]['id'];
export const GATE_IDS: readonly GateId[] = GATE_ORDER.map((gate) => gate.id);

/** "unsure" continues as if yes: only a firm "no" means nothing is being bought. */
export const buysSomething = (answers: Answers): boolean => answers.buying !== 'no';

const usesGeneralRules = (answers: Answers): boolean => {
  const regime = regimeFor(answers);
  return regime !== undefined && regime !== 'psr';
};

const lightTouchChecks = (answers: Answers): boolean =>
  usesGeneralRules(answers) && isLightTouchService(answers) && answers.userChoice !== 'yes';

/**
 * When each question is asked (spec §2), given the answers before it. This is
 * only the question's own condition: the flow below says what comes after what.
 */
export const ASKED_WHEN: Record<QuestionId, (answers: Answers) => boolean> = {
  initiator: () => true,
  nation: () => true,
  healthCare: (a) => a.nation === 'england' || a.nation === 'wales',
  startedBefore2025: (a) => a.nation !== undefined && a.nation !== 'scotland' && a.healthCare !== 'yes',
  buying: () => true,
  serviceKind: (a) => buysSomething(a) && usesGeneralRules(a),
  authorityType: (a) => buysSomething(a) && usesGeneralRules(a) && a.serviceKind === 'other',
  contractValue: (a) => buysSomething(a) && usesGeneralRules(a),
  userChoice: (a) => regimeFor(a) === 'pa2023' && isLightTouchService(a),
  proportionate: lightTouchChecks,
  willing: lightTouchChecks,
  transparent: lightTouchChecks,
  mutual: (a) => lightTouchChecks(a) && regimeFor(a) !== 'pcsr2015',
  existingProvider: (a) => regimeFor(a) === 'psr',
  patientChoice: (a) => regimeFor(a) === 'psr' && a.existingProvider !== 'yes',
  mostSuitable: (a) => regimeFor(a) === 'psr' && a.existingProvider !== 'yes' && a.patientChoice !== 'yes',
  uniqueSupplier: () => true,
  noAlternative: (a) => a.uniqueSupplier === 'yes',
  coInvestment: () => true,
  buysOutputs: (a) => a.coInvestment === 'yes',
  innovationNeed: () => true,
  purchaseAfter: (a) => a.innovationNeed === 'yes',
};

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

/** Why a branch is taken: the question is asked next, or the route opens. */
export type Condition = { asks: QuestionId } | { opens: RouteId };

export interface Branch {
  to: QuestionId | RouteId;
  /** Omitted on a node's last branch: where the journey goes when nothing before it applies. */
  when?: Condition;
  /** For a route: the gate it opens in, when that is not the question's own (the last resort has a gate of its own). */
  gate?: GateId;
}

export interface QuestionNode {
  id: QuestionId;
  gate: GateId;
  /** Tried in order once the question is answered; the first whose condition holds is followed. */
  next: readonly Branch[];
}

const asks = (question: QuestionId): Condition => ({ asks: question });
const opens = (route: RouteId): Condition => ({ opens: route });
const question = (id: QuestionId, gate: GateId, next: readonly Branch[]): QuestionNode => ({ id, gate, next });

/** Where a journey ends when no other gate opened. */
const LAST_RESORT: Branch = { to: 'competitive-tender', gate: 'competition' };

/** The questions in the order they are asked; every journey is a path through them. */
export const FLOW: readonly QuestionNode[] = [
  question('initiator', 'context', [{ to: 'nation' }]),
  question('nation', 'context', [
    { to: 'healthCare', when: asks('healthCare') },
    { to: 'startedBefore2025', when: asks('startedBefore2025') },
    { to: 'buying' },
  ]),
  question('healthCare', 'context', [{ to: 'startedBefore2025', when: asks('startedBefore2025') }, { to: 'buying' }]),
  question('startedBefore2025', 'context', [{ to: 'buying' }]),

  question('buying', 'procurement', [
    { to: 'no-contract', when: opens('no-contract') },
    { to: 'serviceKind', when: asks('serviceKind') },
    { to: 'existingProvider', when: asks('existingProvider') },
    { to: 'uniqueSupplier' },
  ]),
  question('serviceKind', 'procurement', [{ to: 'authorityType', when: asks('authorityType') }, { to: 'contractValue' }]),
  question('authorityType', 'procurement', [{ to: 'contractValue' }]),
  question('contractValue', 'procurement', [
    { to: 'below-threshold', when: opens('below-threshold') },
    { to: 'userChoice', when: asks('userChoice') },
    { to: 'proportionate', when: asks('proportionate') },
    { to: 'uniqueSupplier' },
  ]),

  question('userChoice', 'flexible', [
    { to: 'user-choice', when: opens('user-choice') },
    { to: 'proportionate', when: asks('proportionate') },
    { to: 'uniqueSupplier' },
  ]),
  question('proportionate', 'flexible', [{ to: 'willing' }]),
  question('willing', 'flexible', [{ to: 'transparent' }]),
  question('transparent', 'flexible', [
    { to: 'mutual', when: asks('mutual') },
    { to: 'light-touch', when: opens('light-touch') },
    { to: 'uniqueSupplier' },
  ]),
  question('mutual', 'flexible', [{ to: 'light-touch', when: opens('light-touch') }, { to: 'uniqueSupplier' }]),
  question('existingProvider', 'flexible', [
    { to: 'existing-provider', when: opens('existing-provider') },
    { to: 'patientChoice', when: asks('patientChoice') },
    { to: 'uniqueSupplier' },
  ]),
  question('patientChoice', 'flexible', [
    { to: 'patient-choice', when: opens('patient-choice') },
    { to: 'mostSuitable', when: asks('mostSuitable') },
    { to: 'uniqueSupplier' },
  ]),
  question('mostSuitable', 'flexible', [
    { to: 'most-suitable-provider', when: opens('most-suitable-provider') },
    { to: 'uniqueSupplier' },
  ]),

  question('uniqueSupplier', 'unique', [{ to: 'noAlternative', when: asks('noAlternative') }, { to: 'coInvestment' }]),
  question('noAlternative', 'unique', [{ to: 'direct-award', when: opens('direct-award') }, { to: 'coInvestment' }]),

  question('coInvestment', 'coInvestment', [{ to: 'buysOutputs', when: asks('buysOutputs') }, { to: 'innovationNeed' }]),
  question('buysOutputs', 'coInvestment', [{ to: 'co-investment', when: opens('co-investment') }, { to: 'innovationNeed' }]),

  question('innovationNeed', 'innovation', [{ to: 'purchaseAfter', when: asks('purchaseAfter') }, LAST_RESORT]),
  question('purchaseAfter', 'innovation', [{ to: 'innovation-partnership', when: opens('innovation-partnership') }, LAST_RESORT]),
];

/** The first question every journey asks. */
export const FIRST_QUESTION: QuestionId = FLOW[0]!.id;

/** The questions in the order the flow lists them. */
export const QUESTION_ORDER: readonly QuestionId[] = FLOW.map((node) => node.id);

export const FLOW_NODE = Object.fromEntries(FLOW.map((node) => [node.id, node])) as Record<QuestionId, QuestionNode>;

export interface Gate {
  id: GateId;
  title: string;
  questions: readonly QuestionId[];
  /** Routes this gate can open, in the order the flow tests them. */
  routes: readonly RouteId[];
}

/** The gate a branch opens its route in. */
export const gateOfBranch = (node: QuestionNode, branch: Branch): GateId => branch.gate ?? node.gate;

const routesOfGate = (gate: GateId): RouteId[] => {
  const routes = FLOW.flatMap((node) =>
    node.next.filter((branch) => isRouteId(branch.to) && gateOfBranch(node, branch) === gate).map((branch) => branch.to as RouteId),
  );
  return [...new Set(routes)];
};

/** The gates with their questions and routes, read from the flow. */
export const GATES: readonly Gate[] = GATE_ORDER.map(({ id, title }) => ({
  id,
  title,
  questions: FLOW.filter((node) => node.gate === id).map((node) => node.id),
  routes: routesOfGate(id),
}));

/** Whether a branch's condition holds for these answers. */
export const holds = (condition: Condition, answers: Answers): boolean =>
  'asks' in condition ? ASKED_WHEN[condition.asks](answers) : ROUTE_OPENS[condition.opens](answers);
