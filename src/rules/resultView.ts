import type { Answers, Citation, RegimeId, Role, RouteId } from './types';
import { QUESTIONS } from './questions';
import { REGIMES, isHealthRegime } from './regimes';
import { urgentAwardNote } from './routes/psr-shared';
import { ROLE_WORDS, roleOf } from './roles';
import { formatMoney } from './money';
import type { Decision, GateTrace } from './decide';
import { warningFor, type Warning } from './warnings';
import { ROUTES, notesFor, routeIn, type RouteNote, type RouteOption } from './routes';

/** A route open to the person, by its name in their regime. */
export interface OpenRoute {
  id: RouteId;
  name: string;
  summary: string;
}

export interface OpenQuestionView {
  question: string;
  resolve: string;
  /** One sentence per firm answer that would change something; empty when none would. */
  outcomes: string[];
}

/**
 * Everything the result says, in words, worked out once from a decision: the
 * result screen and the decision record both show this, so they cannot drift.
 * Loaded with the route catalogue, so never on the first screen.
 */
export interface ResultView {
  regime: RegimeId;
  regimeName: string;
  route: RouteId;
  /** The route's name in this regime: the result's heading. */
  name: string;
  summary: string;
  allows: string;
  when: string;
  basis: Citation[];
  /** The parts of the route the answers switch on. */
  options: RouteOption[];
  /** The recommended route first, then any other route found open. */
  openRoutes: OpenRoute[];
  /** After checking the remaining routes: what the check found, in one sentence. */
  openRoutesSummary: string;
  /** An edge case of the regime's reach worth knowing (e.g. reserved bodies in Scotland). */
  regimeCaveat?: string;
  /** Content that depends on the person's situation (nation, light touch service): spec §4. */
  notes: RouteNote[];
  /** Where the law lets the authority choose its process: every process it may choose between. */
  mayChooseBetween?: string[];
  /** What the regime requires the authority to record (PSR reg 24; Welsh reg 30). */
  mustRecord?: string[];
  /** Said when the threshold used is not confirmed: which figure we used, and where to check. */
  unconfirmedThreshold?: { used: string; source: Citation };
  trace: GateTrace[];
  /** The gates the journey went through, as "Why this route" shows them. */
  reasons: GateTrace[];
  /** The gates an earlier route made unnecessary, in one sentence, if any. */
  skipped?: string;
  openQuestions: OpenQuestionView[];
  /** Duties the answers put at risk, whatever the route. */
  warnings: Warning[];
  risks: string[];
  role: Role;
  otherRole: Role;
  you: string;
  other: string;
  nextSteps: { yours: string[]; theirs: string[] };
  timescale: string;
}

const openRoute = (route: RouteId, regime: RegimeId): OpenRoute => ({
  id: route,
  name: routeIn(route, regime).name,
  summary: ROUTES[route].summary,
});

function outcomeSentence(label: string, regime: RegimeId | undefined, routes: readonly RouteId[]): string {
  const law = regime && `the ${REGIMES[regime].name} would apply instead`;
  const titles = routes.map((id) => ROUTES[id].title.toLowerCase()).join('; ');
  const could = titles && (law ? `this could lead to: ${titles}` : `this could open: ${titles}`);
  return `If the answer is “${label.toLowerCase()}”, ${[law, could].filter(Boolean).join(' and ')}.`;
}

function openRoutesSummary(count: number): string {
  return count === 1
    ? 'We checked the remaining routes: none of them is open to you, so the recommended route is the only one.'
    : `We checked the remaining routes. ${count} routes are open to you; the first is the one we recommend.`;
}

export function resultView(decision: Decision, answers: Answers): ResultView {
  const { regime, route } = decision;
  const openRoutes = [route, ...decision.alsoOpen].map((id) => openRoute(id, regime));
  const notNeeded = decision.trace.filter((entry) => entry.outcome === 'not-reached');
  const content = routeIn(route, regime);
  const role = roleOf(answers);
  const words = ROLE_WORDS[role];
  const threshold = decision.threshold?.threshold;
  return {
    regime,
    regimeName: REGIMES[regime].name,
    route,
    name: content.name,
    summary: ROUTES[route].summary,
    allows: content.allows,
    when: content.when,
    basis: content.basis,
    options: (content.options ?? []).filter((option) => decision.options.includes(option.id)),
    openRoutes,
    openRoutesSummary: openRoutesSummary(openRoutes.length),
    ...(REGIMES[regime].caveat && { regimeCaveat: REGIMES[regime].caveat }),
    notes: [...notesFor(content, answers), ...(isHealthRegime(regime) && route !== 'no-contract' && route !== 'co-investment' ? [urgentAwardNote(regime === 'psr-wales')] : [])],
    ...(content.mayChooseBetween && { mayChooseBetween: content.mayChooseBetween }),
    ...(content.mustRecord && { mustRecord: content.mustRecord }),
    ...(threshold &&
      !threshold.confirmed && {
        unconfirmedThreshold: { used: `We used ${formatMoney(threshold.amount)} (${threshold.basis}).`, source: threshold.source },
      }),
    trace: decision.trace,
    reasons: decision.trace.filter((entry) => entry.outcome !== 'not-reached'),
    ...(notNeeded.length > 0 && {
      skipped: `Not needed, because an earlier route fitted: ${notNeeded.map((entry) => entry.title.toLowerCase()).join('; ')}.`,
    }),
    openQuestions: decision.openQuestions.map((open) => ({
      question: QUESTIONS[open.question].text,
      resolve: open.resolve,
      outcomes: open.outcomes.map((outcome) => outcomeSentence(outcome.label, outcome.regime, outcome.routes)),
    })),
    warnings: decision.warnings.map((id) => warningFor(id, answers, regime)),
    risks: content.risks,
    role,
    otherRole: words.otherRole,
    you: words.you,
    other: words.other,
    nextSteps: { yours: content.nextSteps[role], theirs: content.nextSteps[words.otherRole] },
    timescale: content.timescale,
  };
}
