import type { Answers, Citation } from './types';
import { QUESTIONS } from './questions';
import { answersGiven } from './answers';
import type { Decision } from './decide';
import { DISCLAIMER, RULES_REVIEWED, RULES_REVIEWED_LABEL, RULES_VERSION } from './version';
import type { WalkOptions } from './journey';
import { resultView } from './resultView';

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

/**
 * The record a commissioner keeps of a decision: what was asked, what was
 * answered, which route the rules give and why. Pure: the same decision,
 * answers, time and options always give the same record.
 */
export function decisionRecord(decision: Decision, answers: Answers, now: Date, options: RecordOptions = {}): DecisionRecord {
  const view = resultView(decision, answers);
  const givenAnswers = answersGiven(decision.asked, answers).map((given) => ({
    question: given.question,
    text: QUESTIONS[given.question].text,
    value: given.value,
    answer: given.label,
  }));
  const thresholdNote =
    view.unconfirmedThreshold &&
    `${view.unconfirmedThreshold.used} The current figure is not confirmed: check the current threshold before you rely on it.`;
  const obstacles = options.obstacles ?? [];

  const markdown = [
    `# ${text(view.name)}`,
    '',
    'Decision record from Partnership Pathfinder.',
    '',
    `- **Recorded:** ${recordedAt(now)}`,
    `- **Rules version:** ${RULES_VERSION}, last reviewed on ${RULES_REVIEWED_LABEL}`,
    `- **Law that applies:** ${view.regimeName}`,
    `- **Recommended route:** ${text(view.name)}. ${text(view.summary)}`,
    ...(options.link ? [`- **Link to this result:** <${options.link}>`] : []),
    '',
    '## The recommended route',
    '',
    text(view.allows),
    '',
    `**When it can be used:** ${text(view.when)}`,
    '',
    '### Legal basis',
    '',
    ...bullets(view.basis.map(link)),
    ...(view.regimeCaveat ? ['', text(view.regimeCaveat)] : []),
    ...(view.mayChooseBetween
      ? ['', `**The law lets you choose between:** ${view.mayChooseBetween.map(text).join('; ')}.`]
      : []),
    ...(view.notes.length > 0
      ? [
          '',
          '### Depends on your situation',
          ...view.notes.flatMap((note) => ['', text(note.text), '', ...bullets(note.basis.map(link))]),
        ]
      : []),
    ...(thresholdNote && view.unconfirmedThreshold ? ['', `${text(thresholdNote)} Source: ${link(view.unconfirmedThreshold.source)}`] : []),
    ...view.options.flatMap((option) => ['', `### ${text(option.title)}`, '', text(option.text), '', ...bullets(option.basis.map(link))]),
    ...(options.remaining
      ? [
          '',
          '## Every route open to you',
          '',
          ...numbered(
            view.openRoutes.map(
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
    ...view.trace.flatMap((entry, index) => [
      `### ${index + 1}. ${text(entry.title)} — ${entry.verdict}`,
      '',
      text(entry.reason),
      ...(entry.answers.length > 0 && entry.outcome !== 'not-reached'
        ? ['', ...bullets(entry.answers.map((given) => `${text(QUESTIONS[given.question].shortLabel)}: ${text(given.label)}`))]
        : []),
      '',
    ]),
    ...(view.openQuestions.length > 0
      ? [
          '## Open questions',
          '',
          'These were answered “not sure”. Settle them before acting: the answer could change the route.',
          '',
          ...view.openQuestions.flatMap((open) => [
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
    ...(view.mustRecord
      ? [
          '## What the regulations require you to record',
          '',
          'Start your statutory record here: the regulations require the authority to keep a record of each of these.',
          '',
          ...bullets(view.mustRecord.map(text)),
          '',
        ]
      : []),
    ...(view.warnings.length > 0
      ? [
          '## Duties to watch',
          '',
          ...view.warnings.flatMap((warning) => [text(warning.text), '', ...bullets(warning.basis.map(link)), '']),
        ]
      : []),
    '## Risks to manage',
    '',
    ...bullets(view.risks.map(text)),
    '',
    `## Next steps for ${view.you}`,
    '',
    ...numbered(view.nextSteps.yours.map(text)),
    '',
    `## What ${view.other} should do`,
    '',
    ...numbered(view.nextSteps.theirs.map(text)),
    '',
    `**How long it usually takes:** ${text(view.timescale)}`,
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
    title: view.name,
    recordedAt: now.toISOString(),
    rules: { version: RULES_VERSION, reviewed: RULES_REVIEWED },
    regime: { id: view.regime, name: view.regimeName },
    route: {
      ...view.openRoutes[0],
      allows: view.allows,
      when: view.when,
      basis: view.basis,
      options: view.options,
    },
    ...(options.remaining && { alsoOpen: view.openRoutes.slice(1) }),
    ...(options.link && { link: options.link }),
    answers: givenAnswers,
    reasoning: view.trace.map((entry) => ({
      gate: entry.gate,
      title: entry.title,
      outcome: entry.outcome,
      outcomeLabel: entry.verdict,
      ...(entry.route && { route: entry.route }),
      reason: entry.reason,
      answers: entry.answers.map((given) => ({ question: given.question, answer: given.label })),
    })),
    openQuestions: view.openQuestions,
    ...(thresholdNote && { thresholdNote }),
    ...(view.regimeCaveat && { regimeCaveat: view.regimeCaveat }),
    ...(view.notes.length > 0 && { situationNotes: view.notes }),
    ...(view.mayChooseBetween && { mayChooseBetween: view.mayChooseBetween }),
    ...(view.mustRecord && { statutoryRecord: view.mustRecord }),
    ...(view.warnings.length > 0 && { warnings: view.warnings }),
    risks: view.risks,
    nextSteps: { [view.role]: view.nextSteps.yours, [view.otherRole]: view.nextSteps.theirs },
    timescale: view.timescale,
    obstacles,
    disclaimer: DISCLAIMER,
  };

  return {
    title: view.name,
    fileName: `decision-record-${view.route}-${now.toISOString().slice(0, 10)}`,
    markdown,
    json: `${JSON.stringify(json, null, 2)}\n`,
  };
}
