import type { Answers, Citation, RegimeId, RouteId } from './types';
import { QUESTIONS } from './questions';
import { REGIMES, WELSH_PSR } from './regimes';
import { answersGiven } from './answers';
import { decide, type Decision } from './decide';
import { ROLE_WORDS, roleOf } from './roles';
import { formatMoney } from './money';
import { DISCLAIMER, RULES_REVIEWED, RULES_REVIEWED_LABEL, RULES_VERSION } from './version';
import { ROUTES, routeIn } from './routes';
import type { WalkOptions } from './journey';

/** Something the person said is holding them back, and our response to it. */
export interface Obstacle {
  title: string;
  response: string;
}

export interface RecordOptions extends WalkOptions {
  /** The address that reproduces the result, when known. */
  link?: string;
  obstacles?: readonly Obstacle[];
}

export interface DecisionRecord {
  /** The result screen's heading: the route's name in the regime. */
  title: string;
  /** A file name without extension, e.g. `decision-record-direct-award-2026-11-25`. */
  fileName: string;
  markdown: string;
  /** The same record as structured data, for case-management systems. */
  json: string;
}

/** Our own words only reach the record, but escaping keeps any stray character from becoming formatting. */
const text = (value: string): string => value.replace(/([\\`*_[\]<>])/g, '\\$1');
const link = (citation: Citation): string => `[${text(citation.label)}](${citation.url.replace(/[()\s]/g, encodeURIComponent)})`;
const bullets = (items: readonly string[]): string[] => items.map((item) => `- ${item}`);
const numbered = (items: readonly string[]): string[] => items.map((item, index) => `${index + 1}. ${item}`);

const recordedAt = (now: Date): string =>
  `${now.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' })} (UK time)`;

/** A route open to the person, by its name in their regime. */
function openRoute(route: RouteId, regime: RegimeId) {
  return { id: route, name: routeIn(route, regime).name, summary: ROUTES[route].summary };
}

function openQuestionOutcomes(decision: Decision) {
  return decision.openQuestions.map((open) => ({
    question: QUESTIONS[open.question].text,
    resolve: open.resolve,
    outcomes: open.outcomes.map((outcome) => {
      const regime = outcome.regime && `the ${REGIMES[outcome.regime].name} would apply instead`;
      const routes = outcome.routes.map((id) => ROUTES[id].title.toLowerCase()).join('; ');
      const could = routes && (regime ? `this could lead to: ${routes}` : `this could open: ${routes}`);
      return `If the answer is “${outcome.label.toLowerCase()}”, ${[regime, could].filter(Boolean).join(' and ')}.`;
    }),
  }));
}

/**
 * The record a commissioner keeps of a decision: what was asked, what was
 * answered, which route the rules give and why. Pure: the same answers, time
 * and options always give the same record. Undefined while the answers do not
 * reach a result.
 */
export function decisionRecord(answers: Answers, now: Date, options: RecordOptions = {}): DecisionRecord | undefined {
  const decision = decide(answers, { remaining: options.remaining });
  if (decision.status !== 'complete') return undefined;
  const { regime, route } = decision;
  const content = routeIn(route, regime);
  const role = roleOf(answers);
  const words = ROLE_WORDS[role];
  const givenAnswers = answersGiven(decision.asked, answers).map((given) => ({
    question: given.question,
    text: QUESTIONS[given.question].text,
    value: given.value,
    answer: given.label,
  }));
  const routeOptions = (content.options ?? []).filter((option) => decision.options.includes(option.id));
  const alsoOpen = decision.alsoOpen.map((id) => openRoute(id, regime));
  const threshold = decision.threshold?.threshold;
  const thresholdNote =
    threshold && !threshold.confirmed
      ? `We used ${formatMoney(threshold.amount)} (${threshold.basis}). The current figure is not confirmed: check the current threshold before you rely on it.`
      : undefined;
  const openQuestions = openQuestionOutcomes(decision);
  const obstacles = options.obstacles ?? [];
  const welsh = regime === 'psr' && answers.nation === 'wales' ? WELSH_PSR : undefined;

  const markdown = [
    `# ${text(content.name)}`,
    '',
    'Decision record from Partnership Pathfinder.',
    '',
    `- **Recorded:** ${recordedAt(now)}`,
    `- **Rules version:** ${RULES_VERSION}, last reviewed on ${RULES_REVIEWED_LABEL}`,
    `- **Law that applies:** ${REGIMES[regime].name}`,
    `- **Recommended route:** ${text(content.name)}. ${text(ROUTES[route].summary)}`,
    ...(options.link ? [`- **Link to this result:** <${options.link}>`] : []),
    '',
    '## The recommended route',
    '',
    text(content.allows),
    '',
    `**When it can be used:** ${text(content.when)}`,
    '',
    '### Legal basis',
    '',
    ...bullets(content.basis.map(link)),
    ...(welsh ? ['', text(welsh)] : []),
    ...(thresholdNote && threshold ? ['', `${text(thresholdNote)} Source: ${link(threshold.source)}`] : []),
    ...routeOptions.flatMap((option) => ['', `### ${text(option.title)}`, '', text(option.text), '', ...bullets(option.basis.map(link))]),
    ...(options.remaining
      ? [
          '',
          '## Every route open to you',
          '',
          ...numbered(
            [openRoute(route, regime), ...alsoOpen].map(
              (open, index) => `**${text(open.name)}**${index === 0 ? ' (recommended)' : ''}: ${text(open.summary)}`,
            ),
          ),
        ]
      : []),
    '',
    '## Questions and answers',
    '',
    ...numbered(givenAnswers.map((given) => `${text(given.text)}  \n   **Answer:** ${text(given.answer)}`)),
    '',
    '## Why this route',
    '',
    ...decision.trace.flatMap((entry, index) => [
      `### ${index + 1}. ${text(entry.title)} — ${entry.verdict}`,
      '',
      text(entry.reason),
      ...(entry.answers.length > 0 && entry.outcome !== 'not-reached'
        ? ['', ...bullets(entry.answers.map((given) => `${text(QUESTIONS[given.question].shortLabel)}: ${text(given.label)}`))]
        : []),
      '',
    ]),
    ...(openQuestions.length > 0
      ? [
          '## Open questions',
          '',
          'These were answered “not sure”. Settle them before acting: the answer could change the route.',
          '',
          ...openQuestions.flatMap((open) => [
            `### ${text(open.question)}`,
            '',
            text(open.resolve),
            '',
            ...(open.outcomes.length === 0
              ? ['A firm answer would not change the route, but it strengthens the record.']
              : bullets(open.outcomes.map(text))),
            '',
          ]),
        ]
      : []),
    '## Risks to manage',
    '',
    ...bullets(content.risks.map(text)),
    '',
    `## Next steps for ${words.you}`,
    '',
    ...numbered(content.nextSteps[role].map(text)),
    '',
    `## What ${words.other} should do`,
    '',
    ...numbered(content.nextSteps[words.otherRole].map(text)),
    '',
    `**How long it usually takes:** ${text(content.timescale)}`,
    '',
    ...(obstacles.length > 0
      ? [
          '## What is holding you back',
          '',
          ...obstacles.flatMap((obstacle) => [`### ${text(obstacle.title)}`, '', text(obstacle.response), '']),
        ]
      : []),
    '## Disclaimer',
    '',
    text(DISCLAIMER),
    '',
  ].join('\n');

  const json = {
    title: content.name,
    recordedAt: now.toISOString(),
    rules: { version: RULES_VERSION, reviewed: RULES_REVIEWED },
    regime: { id: regime, name: REGIMES[regime].name },
    route: {
      ...openRoute(route, regime),
      allows: content.allows,
      when: content.when,
      basis: content.basis,
      options: routeOptions,
    },
    ...(options.remaining && { alsoOpen }),
    ...(options.link && { link: options.link }),
    answers: givenAnswers,
    reasoning: decision.trace.map((entry) => ({
      gate: entry.gate,
      title: entry.title,
      outcome: entry.outcome,
      outcomeLabel: entry.verdict,
      ...(entry.route && { route: entry.route }),
      reason: entry.reason,
      answers: entry.answers.map((given) => ({ question: given.question, answer: given.label })),
    })),
    openQuestions,
    ...(thresholdNote && { thresholdNote }),
    ...(welsh && { note: welsh }),
    risks: content.risks,
    nextSteps: { [role]: content.nextSteps[role], [words.otherRole]: content.nextSteps[words.otherRole] },
    timescale: content.timescale,
    obstacles,
    disclaimer: DISCLAIMER,
  };

  return {
    title: content.name,
    fileName: `decision-record-${route}-${now.toISOString().slice(0, 10)}`,
    markdown,
    json: `${JSON.stringify(json, null, 2)}\n`,
  };
}
