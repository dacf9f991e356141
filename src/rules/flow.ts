// The journey as one declarative table, in the spirit of a GOV.UK Smart Answers
// flow file: the gates in order, each question node with its gate and its
// ordered next branches, each route with the gate that opens it, and the
// conditions beside them. `walk()`, the question order, the gates and the
// statechart are all read from this file; nothing else says what comes next.

import { isRouteId, type Answers, type QuestionId, type RegimeId, type RouteId } from './types';
import { changeBecomesNewContract, contractRegimeFor, healthRegimeApplies, isHealthRegime, regimeFor } from './regimes';
import { isBelowThreshold, isLightTouchService, thresholdCheck } from './thresholds';

/** Spec §3: the gates in the order the journey meets them. The first that opens decides the route. */
const GATE_ORDER = [
  { id: 'context', title: 'Which law applies' },
  { id: 'procurement', title: 'Is there a procurement issue?' },
  { id: 'coInvestment', title: 'Co-investment' },
  { id: 'threshold', title: 'The contract and its threshold' },
  // After the threshold, whose value decides whether a change needs a ground at all.
  { id: 'existing', title: 'A new contract, a change or a call-off' },
  { id: 'flexible', title: 'Flexible processes' },
  { id: 'unique', title: 'A unique partner' },
  { id: 'innovation', title: 'Developing something new' },
  { id: 'competition', title: 'When no other route fits' },
] as const;

export type GateId = (typeof GATE_ORDER)[number]['id'];
export const GATE_IDS: readonly GateId[] = GATE_ORDER.map((gate) => gate.id);

/** "unsure" continues as if yes: only a firm "no" means nothing is being bought. */
const buysSomething = (answers: Answers): boolean => answers.buying !== 'no';

// A refused change can move a contract between the general regimes, never out of them,
// so these read only the contract's own regime (fewer answers: the build explores the flow faster).
const healthRegime = (answers: Answers): boolean => isHealthRegime(contractRegimeFor(answers));
const generalRegime = (answers: Answers): boolean => {
  const regime = contractRegimeFor(answers);
  return regime !== undefined && !isHealthRegime(regime);
};

/** The contract's value is known and below its threshold under this regime (health regimes have none). */
const belowThresholdUnder = (answers: Answers, regime: RegimeId | undefined): boolean => {
  const check = regime === undefined ? undefined : thresholdCheck(answers, regime);
  return check !== undefined && isBelowThreshold(check.value, check.threshold);
};

/** The contract's value is known and below the threshold of the law the route is decided under. */
export const belowThreshold = (answers: Answers): boolean => belowThresholdUnder(answers, regimeFor(answers));

/** Scotland's Reform Act duties, and its supported-business reservation (s.11), start at £50,000 excluding VAT; asked from £50,000 including VAT, to be safe. */
const SCOTTISH_REGULATED_FROM = 50_000;

/** A change to (or extension of) a contract the authority already has with this partner. */
const changing = (answers: Answers): boolean => answers.arrangement === 'change';

/**
 * A change the law lets the authority make without a statutory ground (spec §3),
 * judged under the law the contract was awarded under: a contract still below its
 * threshold after the change (PA s.74 and reg 72 govern only contracts above it,
 * or that the change lifts above it), or under the Act a light touch contract
 * (s.74(2)). The health regimes have no threshold.
 */
const changeNeedsNoGround = (answers: Answers): boolean => {
  const regime = contractRegimeFor(answers);
  return (
    generalRegime(answers) &&
    answers.contractValue !== undefined &&
    (belowThresholdUnder(answers, regime) || (regime === 'pa2023' && isLightTouchService(answers)))
  );
};

/** A new contract: not a change, or a change that has to become a new contract. A call-off on a framework ends the journey. */
const newContract = (answers: Answers): boolean => !changing(answers) || changeBecomesNewContract(answers);

/** The ground that lets the contract be changed, in the order the journey tests them; none while the change is not allowed. */
export type ChangeGround = 'below-threshold' | 'light-touch' | 'provided-for' | 'small' | 'unforeseen';

export function changeGround(answers: Answers): ChangeGround | undefined {
  if (!changing(answers)) return undefined;
  if (changeNeedsNoGround(answers)) return belowThresholdUnder(answers, contractRegimeFor(answers)) ? 'below-threshold' : 'light-touch';
  if (answers.changeProvided === 'yes') return 'provided-for';
  if (answers.changeSmall === 'yes') return 'small';
  if (answers.changeUnforeseen === 'yes') return 'unforeseen';
  return undefined;
}

/** A light touch service under the general rules, at or above its threshold: the rules for such contracts apply. */
const lightTouchContract = (answers: Answers): boolean =>
  generalRegime(answers) && isLightTouchService(answers) && answers.contractValue !== undefined && !belowThreshold(answers);

/**
 * A reservation for supported employment providers is a question only for a new
 * contract under the general rules at or above its threshold — and in Scotland
 * from £50,000, where the Reform Act allows it below the thresholds (s.11).
 */
const reservationMayApply = (answers: Answers): boolean =>
  generalRegime(answers) &&
  newContract(answers) &&
  answers.contractValue !== undefined &&
  (!belowThreshold(answers) || (regimeFor(answers) === 'pcsr2015' && Number(answers.contractValue) >= SCOTTISH_REGULATED_FROM));

/**
 * When each question is asked (spec §2), given the answers before it. This is
 * only the question's own condition: the flow below says what comes after what.
 */
export const ASKED_WHEN: Record<QuestionId, (answers: Answers) => boolean> = {
  initiator: () => true,
  nation: () => true,
  healthCare: (a) => a.nation === 'england' || a.nation === 'wales',
  mixedMainlyHealth: (a) => a.healthCare === 'mixed',
  startedBefore2025: (a) => a.nation !== undefined && a.nation !== 'scotland' && !healthRegimeApplies(a),
  buying: () => true,
  // After a firm yes a joint investment cannot take a paid contract out of procurement law.
  coInvestment: (a) => a.buying === 'unsure',
  buysOutputs: (a) => a.coInvestment === 'yes',
  // Once co-investment opens the journey ends, unless the remaining routes are
  // checked: then the rest is judged as a contract, which may be new or not.
  arrangement: buysSomething,
  onFramework: (a) => a.arrangement === 'framework',
  frameworkDirect: (a) => a.onFramework === 'yes',
  serviceKind: (a) => buysSomething(a) && generalRegime(a),
  concession: (a) => a.serviceKind !== undefined,
  authorityType: (a) => a.serviceKind !== undefined,
  contractValue: (a) => a.serviceKind !== undefined,
  // Health regimes have no threshold, so their changes go straight to the grounds.
  changeProvided: (a) => changing(a) && (healthRegime(a) || (generalRegime(a) && a.contractValue !== undefined && !changeNeedsNoGround(a))),
  changeSmall: (a) => a.changeProvided !== undefined && a.changeProvided !== 'yes',
  changeUnforeseen: (a) => a.changeSmall !== undefined && a.changeSmall !== 'yes',
  supportedEmployment: reservationMayApply,
  userChoice: (a) => regimeFor(a) === 'pa2023' && lightTouchContract(a),
  userPreference: (a) => a.userChoice === 'yes',
  proportionate: lightTouchContract,
  willing: lightTouchContract,
  transparent: lightTouchContract,
  mutual: lightTouchContract,
  incumbent: healthRegime,
  onlyCapable: (a) => a.incumbent === 'yes',
  patientChoice: (a) => regimeFor(a) === 'psr',
  incumbentSatisfactory: (a) => a.incumbent === 'yes',
  mostSuitable: healthRegime,
  uniqueSupplier: generalRegime,
  noAlternative: (a) => a.uniqueSupplier === 'yes',
  innovationNeed: generalRegime,
  purchaseAfter: (a) => a.innovationNeed === 'yes',
};

/**
 * The condition under which each route opens, read from answers already given.
 * A missing answer never opens a route, and "unsure" never counts as yes. Each
 * holds every condition of the route, so the remaining-routes check can ask it too.
 */
export const ROUTE_OPENS: Record<RouteId, (answers: Answers) => boolean> = {
  'no-contract': (a) => a.buying === 'no',
  'co-investment': (a) => a.buying === 'unsure' && a.coInvestment === 'yes' && a.buysOutputs === 'no',
  // Where a reservation may still apply below the threshold (Scotland), only once it has been asked about.
  'below-threshold': (a) =>
    generalRegime(a) && belowThreshold(a) && !changing(a) && (!reservationMayApply(a) || a.supportedEmployment !== undefined),
  // The variant (direct, or a competition among the framework's suppliers) is picked by frameworkDirect.
  'framework-call-off': (a) => a.arrangement === 'framework' && a.onFramework === 'yes' && a.frameworkDirect !== undefined,
  'modify-contract': (a) => changeGround(a) !== undefined,
  'user-choice': (a) => regimeFor(a) === 'pa2023' && lightTouchContract(a) && a.userChoice === 'yes' && a.userPreference === 'yes',
  // Proportion and openness are duties in every procedure, not entry tests (spec §3 gate 2).
  'light-touch': (a) => lightTouchContract(a) && a.willing !== undefined && a.willing !== 'none',
  // Health: Process A (Wales: Process 1), mandatory. Elsewhere: a unique supplier with no reasonable alternative.
  'direct-award': (a) =>
    healthRegime(a)
      ? a.incumbent === 'yes' && a.onlyCapable === 'yes'
      : generalRegime(a) && !belowThreshold(a) && a.uniqueSupplier === 'yes' && a.noAlternative === 'yes',
  'patient-choice': (a) => regimeFor(a) === 'psr' && a.patientChoice === 'yes',
  'existing-provider': (a) => healthRegime(a) && a.incumbent === 'yes' && a.incumbentSatisfactory === 'yes',
  'most-suitable-provider': (a) => healthRegime(a) && a.mostSuitable === 'yes',
  // Opens on the need alone; whether the result is bought afterwards picks the variant.
  'innovation-partnership': (a) => generalRegime(a) && !belowThreshold(a) && a.innovationNeed === 'yes',
  'competitive-tender': (a) => healthRegime(a) || (generalRegime(a) && !belowThreshold(a)),
};

/**
 * Spec §3 gate 6: when nothing else opened, a light touch service at or above
 * its threshold lands on light touch (the general rules require it for such
 * services, whoever else could deliver); anything else on a competition.
 */
const LAST_RESORT: Record<'light-touch' | 'competitive-tender', (answers: Answers) => boolean> = {
  'light-touch': lightTouchContract,
  'competitive-tender': (a) => !lightTouchContract(a),
};

/** Why a branch is taken: the question is asked next, the route opens, or it is the last resort that fits. */
export type Condition = { asks: QuestionId } | { opens: RouteId } | { lastResort: keyof typeof LAST_RESORT };

export interface Branch {
  to: QuestionId | RouteId;
  /** Omitted on a node's last branch: where the journey goes when nothing before it applies. */
  when?: Condition;
  /** For a route: the gate it opens in, when that is not the question's own. */
  gate?: GateId;
  /**
   * For a route: once it opens no other route is open, even to the remaining-routes
   * check (nothing to procure, a mandatory health process, a contract below threshold).
   */
  final?: true;
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

/** Where a journey ends when no other gate opened: light touch for a light touch contract, otherwise a competition. */
const LAST_RESORT_BRANCHES: readonly Branch[] = [
  { to: 'light-touch', when: { lastResort: 'light-touch' }, gate: 'competition', final: true },
  { to: 'competitive-tender', gate: 'competition', final: true },
];

/** After gate 1 in the health regimes: the processes in the order the regulations require. */
const TO_HEALTH_PROCESSES: Branch = { to: 'incumbent', when: asks('incumbent') };

/** The questions in the order they are asked; every journey is a path through them. */
export const FLOW: readonly QuestionNode[] = [
  question('initiator', 'context', [{ to: 'nation' }]),
  question('nation', 'context', [
    { to: 'healthCare', when: asks('healthCare') },
    { to: 'startedBefore2025', when: asks('startedBefore2025') },
    { to: 'buying' },
  ]),
  question('healthCare', 'context', [
    { to: 'mixedMainlyHealth', when: asks('mixedMainlyHealth') },
    { to: 'startedBefore2025', when: asks('startedBefore2025') },
    { to: 'buying' },
  ]),
  question('mixedMainlyHealth', 'context', [{ to: 'startedBefore2025', when: asks('startedBefore2025') }, { to: 'buying' }]),
  question('startedBefore2025', 'context', [{ to: 'buying' }]),

  question('buying', 'procurement', [
    { to: 'no-contract', when: opens('no-contract'), final: true },
    { to: 'coInvestment', when: asks('coInvestment') },
    { to: 'arrangement' },
  ]),

  question('coInvestment', 'coInvestment', [{ to: 'buysOutputs', when: asks('buysOutputs') }, { to: 'arrangement' }]),
  question('buysOutputs', 'coInvestment', [{ to: 'co-investment', when: opens('co-investment') }, { to: 'arrangement' }]),

  // Existing arrangements (spec §3 gate 1). A call-off or a permitted change ends the
  // journey: the other routes are ways to award a new contract, which the person can
  // explore by answering "a new contract" — and each branch here costs the chart a transition.
  question('arrangement', 'existing', [
    { to: 'onFramework', when: asks('onFramework') },
    { to: 'changeProvided', when: asks('changeProvided') },
    TO_HEALTH_PROCESSES,
    { to: 'serviceKind' },
  ]),
  question('onFramework', 'existing', [{ to: 'frameworkDirect', when: asks('frameworkDirect') }, TO_HEALTH_PROCESSES, { to: 'serviceKind' }]),
  question('frameworkDirect', 'existing', [{ to: 'framework-call-off', when: opens('framework-call-off'), final: true }]),

  question('serviceKind', 'threshold', [{ to: 'concession' }]),
  question('concession', 'threshold', [{ to: 'authorityType' }]),
  question('authorityType', 'threshold', [{ to: 'contractValue' }]),
  // A change is free or asks its grounds; a new contract below every threshold that
  // allows a reservation ends here; any other asks about a reservation.
  question('contractValue', 'threshold', [
    { to: 'modify-contract', when: opens('modify-contract'), gate: 'existing', final: true },
    { to: 'changeProvided', when: asks('changeProvided') },
    { to: 'below-threshold', when: opens('below-threshold'), final: true },
    { to: 'supportedEmployment' },
  ]),

  // Each ground is asked only after a firm answer other than yes to the one before (spec §3).
  question('changeProvided', 'existing', [{ to: 'modify-contract', when: opens('modify-contract'), final: true }, { to: 'changeSmall' }]),
  question('changeSmall', 'existing', [{ to: 'modify-contract', when: opens('modify-contract'), final: true }, { to: 'changeUnforeseen' }]),
  // No ground asked about allows it: it goes on as a new contract.
  question('changeUnforeseen', 'existing', [
    { to: 'modify-contract', when: opens('modify-contract'), final: true },
    TO_HEALTH_PROCESSES,
    { to: 'supportedEmployment' },
  ]),

  // Never opens a route: it adds the reservation to the competitive routes (spec §3 gate 1).
  question('supportedEmployment', 'threshold', [
    { to: 'below-threshold', when: opens('below-threshold'), final: true },
    { to: 'userChoice', when: asks('userChoice') },
    { to: 'proportionate', when: asks('proportionate') },
    { to: 'uniqueSupplier' },
  ]),

  question('userChoice', 'flexible', [{ to: 'userPreference', when: asks('userPreference') }, { to: 'proportionate' }]),
  question('userPreference', 'flexible', [{ to: 'user-choice', when: opens('user-choice') }, { to: 'proportionate' }]),
  question('proportionate', 'flexible', [{ to: 'willing' }]),
  question('willing', 'flexible', [{ to: 'transparent' }]),
  question('transparent', 'flexible', [{ to: 'mutual' }]),
  question('mutual', 'flexible', [{ to: 'light-touch', when: opens('light-touch') }, { to: 'uniqueSupplier' }]),

  // Health, in the order of PSR reg 6 and Welsh reg 7: Process A (Wales: 1) and B are
  // mandatory where they apply, so they are tested before the processes the authority may choose.
  question('incumbent', 'flexible', [
    { to: 'onlyCapable', when: asks('onlyCapable') },
    { to: 'patientChoice', when: asks('patientChoice') },
    { to: 'mostSuitable' },
  ]),
  question('onlyCapable', 'flexible', [
    { to: 'direct-award', when: opens('direct-award'), final: true },
    { to: 'patientChoice', when: asks('patientChoice') },
    { to: 'incumbentSatisfactory' },
  ]),
  question('patientChoice', 'flexible', [
    { to: 'patient-choice', when: opens('patient-choice'), final: true },
    { to: 'incumbentSatisfactory', when: asks('incumbentSatisfactory') },
    { to: 'mostSuitable' },
  ]),
  question('incumbentSatisfactory', 'flexible', [{ to: 'existing-provider', when: opens('existing-provider') }, { to: 'mostSuitable' }]),
  question('mostSuitable', 'flexible', [{ to: 'most-suitable-provider', when: opens('most-suitable-provider') }, ...LAST_RESORT_BRANCHES]),

  question('uniqueSupplier', 'unique', [{ to: 'noAlternative', when: asks('noAlternative') }, { to: 'innovationNeed' }]),
  question('noAlternative', 'unique', [{ to: 'direct-award', when: opens('direct-award') }, { to: 'innovationNeed' }]),

  question('innovationNeed', 'innovation', [{ to: 'purchaseAfter', when: asks('purchaseAfter') }, ...LAST_RESORT_BRANCHES]),
  question('purchaseAfter', 'innovation', [
    { to: 'innovation-partnership', when: opens('innovation-partnership') },
    ...LAST_RESORT_BRANCHES,
  ]),
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
export function holds(condition: Condition, answers: Answers): boolean {
  if ('asks' in condition) return ASKED_WHEN[condition.asks](answers);
  if ('opens' in condition) return ROUTE_OPENS[condition.opens](answers);
  return LAST_RESORT[condition.lastResort](answers);
}
