import type { Answers, QuestionId, RegimeId, RouteId } from './types';
import { ROUTE_IDS } from './types';
import { GATES, type Gate, type GateId } from './flow';
import { completeJourneys, pruneToPath, walk, type Walk, type WalkOptions } from './journey';
import { QUESTIONS } from './questions';
import { REGIMES, regimeFor } from './regimes';
import { isLightTouchService, thresholdFor, thresholdKindFor, type Threshold } from './thresholds';
import { answerLabel, answersGiven, type AnswerGiven } from './answers';
import { formatMoney } from './money';
import type { RouteOptionId } from './routes/types';

/**
 * `settled`: the context gate, which fixes the regime rather than opening a route.
 * `also-open`: while checking the remaining routes, a gate after the recommendation that opens too.
 */
export type GateOutcome = 'settled' | 'opened' | 'also-open' | 'closed' | 'not-asked' | 'not-reached';

export interface GateTrace {
  gate: GateId;
  title: string;
  outcome: GateOutcome;
  /** The outcome in words, as the result and the record show it. */
  verdict: string;
  route?: RouteId;
  /** The answers that decided this gate, in words. */
  answers: AnswerGiven[];
  /** Why, in plain words built from those answers. */
  reason: string;
}

export interface OpenQuestionOutcome {
  value: string;
  label: string;
  regime?: RegimeId;
  routes: RouteId[];
}

export interface OpenQuestion {
  question: QuestionId;
  shortLabel: string;
  resolve: string;
  /** What each firm answer could lead to, found by re-running the rules with it. */
  outcomes: OpenQuestionOutcome[];
}

export interface ThresholdCheck {
  threshold: Threshold;
  value: number;
}

export interface Decision {
  status: 'complete';
  regime: RegimeId;
  route: RouteId;
  /** Every question asked on the path, in order. */
  asked: QuestionId[];
  trace: GateTrace[];
  openQuestions: OpenQuestion[];
  /** With "check the remaining routes", other routes that are open too. */
  alsoOpen: RouteId[];
  /** Parts of the route the answers switch on. */
  options: RouteOptionId[];
  threshold?: ThresholdCheck;
}

export interface PendingDecision {
  status: 'pending';
  next: QuestionId;
  regime?: RegimeId;
  asked: QuestionId[];
}

const said = (question: QuestionId, answers: Answers): string =>
  answers[question] === undefined ? '' : answerLabel(question, answers[question]!).toLowerCase();

function thresholdCheck(answers: Answers, regime: RegimeId): ThresholdCheck | undefined {
  const kind = thresholdKindFor(answers);
  if (kind === undefined || answers.contractValue === undefined) return undefined;
  const threshold = thresholdFor(regime, kind);
  return threshold && { threshold, value: Number(answers.contractValue) };
}

const THRESHOLD_KIND_WORDS = {
  'light-touch': 'social, education and community services',
  central: 'central government contracts',
  'sub-central': 'contracts of other authorities',
  works: 'works contracts',
  concession: 'concession contracts',
  'light-touch-concession': 'light touch concession contracts',
} as const;

function explainContext(answers: Answers, regime: RegimeId): string {
  const place = answers.nation === undefined ? '' : answerLabel('nation', answers.nation);
  const reasons: Record<RegimeId, string> = {
    pcsr2015: `The authority is in Scotland, so the ${REGIMES.pcsr2015.name} apply.`,
    psr: `These are health care services in ${place}, so the ${REGIMES.psr.name} applies, whatever the value.`,
    'psr-wales': `These are health services in Wales, so the ${REGIMES['psr-wales'].name} applies, whatever the value.`,
    pcr2015: `The procurement formally began before 24 February 2025, so the ${REGIMES.pcr2015.name} still govern it.`,
    pa2023: `The authority is in ${place} and the procurement began on or after 24 February 2025 (or has not begun yet), so the ${REGIMES.pa2023.name} applies.`,
  };
  const doubt =
    answers.healthCare === 'unsure'
      ? ' You were not sure whether these are health care services, so we used the general rules: see the open questions.'
      : '';
  return reasons[regime] + doubt;
}

function explainProcurement(answers: Answers, regime: RegimeId, opened: RouteId | undefined): string {
  if (opened === 'no-contract') {
    return 'You said the partner will not be legally bound to deliver anything to the authority in return for payment or other value. Without that, it is unlikely to be a public contract, so procurement rules are unlikely to apply. It depends on the facts, and other rules such as subsidy control may still apply.';
  }
  const contract =
    answers.buying === 'unsure'
      ? 'You were not sure whether this is a contract, so we treated it as one, to be safe.'
      : 'The authority will receive services the partner must deliver, in return for value, so this is a contract.';
  if (regime === 'psr') return `${contract} The ${REGIMES.psr.name} has no value threshold.`;
  const check = thresholdCheck(answers, regime);
  if (!check) return contract;
  const { threshold, value } = check;
  const figure = `${formatMoney(value)} is ${opened === 'below-threshold' ? 'below' : 'at or above'} the ${formatMoney(threshold.amount)} threshold for ${THRESHOLD_KIND_WORDS[threshold.kind]} under ${REGIMES[regime].short}`;
  const unconfirmed = threshold.confirmed ? '' : ' This figure is not confirmed for 2026: check the current one.';
  return opened === 'below-threshold'
    ? `${contract} ${figure}, so the lighter below-threshold rules apply.${unconfirmed}`
    : `${contract} ${figure}, so the rules for this kind of contract apply${threshold.kind === 'light-touch' ? ' (for these services, the lighter light touch rules)' : ''}.${unconfirmed}`;
}

/** How many organisations could deliver shapes a light-touch process (the `willing` answer). */
const FIELD_SIZE: Record<string, string> = {
  yes: ' Only a few organisations can deliver, so you can design a short process around them. You still advertise the opportunity, and anyone else who comes forward must be able to take part on the same terms.',
  no: ' More than a few organisations could deliver, so open the light-touch process to all of them.',
  unsure: ' You are not sure how many organisations could deliver, so open the light-touch process to all of them until market engagement tells you more.',
};

function explainFlexible(answers: Answers, regime: RegimeId, opened: RouteId | undefined): string {
  switch (opened) {
    case 'user-choice':
      return 'The service is for a particular person whose views on who provides it you must by law take into account. If they or their carer have said which provider they prefer (or only one supplier can provide it), and a competition would not be in their best interests, you can award directly without a transparency notice.';
    case 'existing-provider':
      return 'An existing provider’s contract is ending, they are performing well and the service is not changing considerably, so you can award the new contract to them directly.';
    case 'patient-choice':
      return 'Patients choose their provider and any capable provider can offer the service, so you can award to every provider that meets your requirements.';
    case 'most-suitable-provider':
      return 'You can identify the most suitable provider by assessing the key criteria, so you can award to them without a competition.';
    case 'light-touch': {
      const field = FIELD_SIZE[answers.willing ?? 'unsure'] ?? '';
      const mutual = answers.mutual === 'yes' ? ' The partner is a public service mutual, so you may reserve the contract for mutuals.' : '';
      return `This is a social, education or community service, and your process will be proportionate and open and fair to everyone. That lets you design your own light-touch process.${field}${mutual}`;
    }
  }
  if (regime === 'psr') {
    return `None of the direct award processes fit: existing provider performing well — ${said('existingProvider', answers)}; patients choose — ${said('patientChoice', answers)}; most suitable provider identifiable — ${said('mostSuitable', answers)}.`;
  }
  if (!isLightTouchService(answers)) {
    return 'Flexible light-touch processes are only for the listed light touch services (social, health-related, education, community and some others). You said this is something else.';
  }
  return `A light-touch process needs both a proportionate process and an open, fair one. You answered “${said('proportionate', answers)}” on proportion and “${said('transparent', answers)}” on openness.`;
}

function explainUnique(answers: Answers, opened: RouteId | undefined): string {
  if (opened) return 'Only one organisation can deliver, for objective reasons, and you have checked that no reasonable alternative exists and the need was not narrowed to fit them.';
  if (answers.uniqueSupplier === 'no') return 'More than one organisation could deliver, so a direct award to one of them would not be justified.';
  if (answers.uniqueSupplier === 'unsure') return 'You were not sure that only one organisation can deliver. A direct award needs that to be clear and objective.';
  return 'You have not confirmed that no reasonable alternative exists, so a direct award would be open to challenge.';
}

function explainCoInvestment(answers: Answers, opened: RouteId | undefined): string {
  if (opened) return 'Both sides will invest and share the risks and rewards, and you said the authority will not pay for services. A genuine joint venture like this can sit outside procurement rules, but it depends on the facts.';
  if (answers.coInvestment === 'no') return 'This is not a joint investment by both sides.';
  if (answers.coInvestment === 'unsure') return 'You were not sure both sides will invest and share risk and reward.';
  return 'The authority would also pay the partner for services, which makes it a contract that must be procured.';
}

function explainInnovation(answers: Answers, opened: RouteId | undefined): string {
  if (opened) return 'Something new must be developed because nothing on the market meets the need, and you mean to buy the result, so a partnership that develops and then buys it fits.';
  if (answers.innovationNeed === 'no') return 'Existing solutions could meet the need, so there is nothing new to develop.';
  if (answers.innovationNeed === 'unsure') return 'You were not sure whether something new has to be developed.';
  return 'You do not plan to buy the result once it is developed, so an innovation partnership is not needed.';
}

function explainGate(gate: Gate, answers: Answers, regime: RegimeId, opened: RouteId | undefined): string {
  switch (gate.id) {
    case 'context':
      return explainContext(answers, regime);
    case 'procurement':
      return explainProcurement(answers, regime, opened);
    case 'flexible':
      return explainFlexible(answers, regime, opened);
    case 'unique':
      return explainUnique(answers, opened);
    case 'coInvestment':
      return explainCoInvestment(answers, opened);
    case 'innovation':
      return explainInnovation(answers, opened);
    case 'competition':
      return 'No other route fitted, so run an open competition. It is always available, and you can still give real weight to social value.';
  }
}

const VERDICTS: Record<GateOutcome, string> = {
  settled: 'Law that applies',
  opened: 'Route found',
  'also-open': 'Also open',
  closed: 'Did not fit',
  'not-asked': 'Not relevant',
  'not-reached': 'Not needed',
};

/** A closed first gate means the rules do apply, which "did not fit" would hide. */
const verdictOf = (gate: GateId, outcome: GateOutcome): string =>
  gate === 'procurement' && outcome === 'closed' ? 'Rules apply' : VERDICTS[outcome];

function traceOf(answers: Answers, state: Walk, regime: RegimeId, options: WalkOptions): GateTrace[] {
  return rawTraceOf(answers, state, regime, options).map((entry) => ({ ...entry, verdict: verdictOf(entry.gate, entry.outcome) }));
}

/**
 * Each gate as the walk met it. Once a route is found the later gates were not
 * needed, unless the person checked the remaining routes: then every gate they
 * answered shows as open or closed, with their answers.
 */
function rawTraceOf(answers: Answers, state: Walk, regime: RegimeId, options: WalkOptions): Omit<GateTrace, 'verdict'>[] {
  let decided = false;
  return GATES.map((gate) => {
    const questions = gate.questions.filter((q) => state.asked.includes(q));
    const base = { gate: gate.id, title: gate.title, answers: answersGiven(questions, answers) };
    if (decided && !options.remaining) return { ...base, outcome: 'not-reached' as const, reason: 'Not needed: an earlier route fitted.' };
    if (gate.id === 'context') return { ...base, outcome: 'settled' as const, reason: explainGate(gate, answers, regime, undefined) };
    const opened = state.opened.find((entry) => entry.gate === gate.id)?.route;
    if (gate.id === 'flexible' && questions.length === 0 && regime !== 'psr') {
      return { ...base, outcome: 'not-asked' as const, reason: explainGate(gate, answers, regime, undefined) };
    }
    const outcome = opened === undefined ? ('closed' as const) : decided ? ('also-open' as const) : ('opened' as const);
    if (opened) decided = true;
    return { ...base, outcome, ...(opened && { route: opened }), reason: explainGate(gate, answers, regime, opened) };
  });
}

const EXPLORE_LIMIT = 4000;

/** Every route a set of answers can still lead to, trying each answer to each open question. */
function reachable(answers: Answers, options: WalkOptions): { regime: RegimeId; route: RouteId }[] {
  const found = new Map<string, { regime: RegimeId; route: RouteId }>();
  for (const journey of completeJourneys(answers, options, EXPLORE_LIMIT)) {
    const regime = regimeFor(journey.answers);
    if (regime && journey.walk.route) found.set(`${regime}/${journey.walk.route}`, { regime, route: journey.walk.route });
  }
  return [...found.values()];
}

function openQuestionsOf(answers: Answers, asked: QuestionId[], regime: RegimeId, route: RouteId, options: WalkOptions): OpenQuestion[] {
  return asked.flatMap((questionId) => {
    const question = QUESTIONS[questionId];
    if (answers[questionId] !== 'unsure' || question.kind !== 'choice') return [];
    const outcomes = question.options
      .filter((option) => option.value !== 'unsure')
      .map((option): OpenQuestionOutcome => {
        const results = reachable(pruneToPath({ ...answers, [questionId]: option.value }, options), options);
        const other = results.find((r) => r.regime !== regime);
        const routes = ROUTE_IDS.filter((id) => id !== route && results.some((r) => r.route === id));
        return { value: option.value, label: option.label, ...(other && { regime: other.regime }), routes };
      })
      .filter((outcome) => outcome.routes.length > 0 || outcome.regime !== undefined);
    return [
      {
        question: questionId,
        shortLabel: question.shortLabel,
        resolve: question.resolveUnsure ?? 'Find out before you go further.',
        outcomes,
      },
    ];
  });
}

function optionsOf(answers: Answers, regime: RegimeId, route: RouteId): RouteOptionId[] {
  if (route !== 'light-touch') return [];
  const options: RouteOptionId[] = [answers.willing === 'yes' ? 'targeted-engagement' : 'open-competition'];
  if (answers.mutual === 'yes' && (regime === 'pa2023' || regime === 'pcr2015')) options.push('mutual-reservation');
  return options;
}

/**
 * The heart of the product: which law applies, which route to take and why.
 * Pure and total: incomplete answers give the next question to ask.
 */
export function decide(given: Answers, options: WalkOptions = {}): Decision | PendingDecision {
  const answers = pruneToPath(given, options);
  const state = walk(answers, options);
  const regime = regimeFor(answers);
  if (state.next !== undefined || state.route === undefined || regime === undefined) {
    return { status: 'pending', next: state.next ?? 'initiator', asked: state.asked, ...(regime && { regime }) };
  }
  const { route, asked } = state;
  const threshold = thresholdCheck(answers, regime);
  return {
    status: 'complete',
    regime,
    route,
    asked,
    trace: traceOf(answers, state, regime, options),
    openQuestions: openQuestionsOf(answers, asked, regime, route, options),
    alsoOpen: state.alsoOpen,
    options: optionsOf(answers, regime, route),
    ...(threshold && { threshold }),
  };
}
