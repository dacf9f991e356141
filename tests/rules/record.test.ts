import { describe, expect, it } from 'vitest';
import { decide, QUESTIONS, REGIMES, RULES_VERSION, DISCLAIMER, type Answers } from '../../src/rules';
import { ROUTES, routeIn } from '../../src/rules/routes';
import { decisionRecord, type RecordOptions } from '../../src/rules/record';
import { CONTEXT, generalJourney, healthJourney } from './builders';
import { SCENARIOS as scenarios } from '../fixtures/scenarios';

/** The record of whatever these answers decide, as the result screen makes it; undefined without a result. */
function recordOf(answers: Answers, now: Date, options: RecordOptions = {}) {
  const decision = decide(answers, { remaining: options.remaining });
  return decision.status === 'complete' ? decisionRecord(decision, answers, now, options) : undefined;
}

const NOW = new Date('2026-11-25T14:30:00Z');

describe('decision record', () => {
  it('is headed with the result screen’s heading and carries the date, rules version and law', () => {
    const answers = generalJourney('pa2023', 'other', { uniqueSupplier: 'yes', noAlternative: 'yes' });
    const record = recordOf(answers, NOW)!;
    const name = routeIn('direct-award', 'pa2023').name;
    expect(record.title).toBe(name);
    expect(record.markdown.split('\n')[0]).toBe(`# ${name}`);
    expect(record.markdown).toContain('25 November 2026 at 14:30 (UK time)');
    expect(record.markdown).toContain(`**Rules version:** ${RULES_VERSION}`);
    expect(record.markdown).toContain(`**Law that applies:** ${REGIMES.pa2023.name}`);
    expect(record.fileName).toBe('decision-record-direct-award-2026-11-25');
  });

  it('lists every question asked with the answer in words, and the full reasoning trace', () => {
    for (const scenario of scenarios) {
      const answers = scenario.answers as Answers;
      const decision = decide(answers);
      if (decision.status !== 'complete') throw new Error(scenario.name);
      const record = recordOf(answers, NOW)!;
      const data = JSON.parse(record.json);
      expect(data.answers.map((a: { question: string }) => a.question)).toEqual(decision.asked);
      for (const question of decision.asked) {
        expect(record.markdown, `${scenario.name}: ${question}`).toContain(QUESTIONS[question].text.replace(/([*_[\]<>`])/g, '\\$1'));
      }
      expect(record.markdown).not.toMatch(/\*\*Answer:\*\* (yes|no|unsure|authority|social-care)\b/);
      expect(data.reasoning).toHaveLength(decision.trace.length);
      for (const entry of decision.trace) expect(record.markdown).toContain(entry.title);
      expect(data.route.id).toBe(scenario.route);
      expect(data.regime.id).toBe(scenario.regime);
    }
  });

  it('carries the legal basis as links, the risks, the next steps for both sides and the disclaimer', () => {
    const answers = healthJourney('psr', { incumbent: 'yes', onlyCapable: 'no', incumbentSatisfactory: 'yes' });
    const record = recordOf(answers, NOW)!;
    const content = routeIn('existing-provider', 'psr');
    for (const citation of content.basis) expect(record.markdown).toContain(`](${citation.url})`);
    expect(record.markdown).toContain('## Risks to manage');
    expect(record.markdown).toContain('## Next steps for the public authority');
    expect(record.markdown).toContain('## What the social enterprise should do');
    expect(record.markdown).toContain(DISCLAIMER);
    expect(JSON.parse(record.json).disclaimer).toBe(DISCLAIMER);
  });

  it('includes open questions when an answer was “not sure”', () => {
    const answers = generalJourney('pa2023', 'other', { uniqueSupplier: 'unsure' });
    const record = recordOf(answers, NOW)!;
    expect(record.markdown).toContain('## Open questions');
    expect(JSON.parse(record.json).openQuestions[0].question).toBe(QUESTIONS.uniqueSupplier.text);
  });

  it('includes obstacles ticked and the link, only when given', () => {
    const answers = generalJourney('pcr2015', 'other');
    expect(recordOf(answers, NOW)!.markdown).not.toContain('What is holding you back');
    const record = recordOf(answers, NOW, {
      link: 'https://example.org/tools/pathfinder/#/result?a=b',
      obstacles: [{ title: 'Our legal team says no', response: 'Share this record with them.' }],
    })!;
    expect(record.markdown).toContain('## What is holding you back\n\n### Our legal team says no\n\nShare this record with them.');
    expect(record.markdown).toContain('<https://example.org/tools/pathfinder/#/result?a=b>');
    expect(JSON.parse(record.json).obstacles).toEqual([{ title: 'Our legal team says no', response: 'Share this record with them.' }]);
  });

  it('with the remaining routes checked, lists every open route, the recommended one first', () => {
    const answers = generalJourney('pa2023', 'light-touch', { willing: 'many', uniqueSupplier: 'yes', noAlternative: 'yes' });
    const record = recordOf(answers, NOW, { remaining: true })!;
    const data = JSON.parse(record.json);
    expect(data.route.id).toBe('light-touch');
    expect(data.alsoOpen.map((open: { id: string }) => open.id)).toEqual(['direct-award']);
    const section = record.markdown.slice(record.markdown.indexOf('## Every route open to you'));
    expect(section).toMatch(/1\. \*\*.+\*\* \(recommended\)/);
    expect(section).toContain(ROUTES['direct-award'].summary.replace(/([*_[\]<>`])/g, '\\$1'));
  });

  it('is not made until the answers reach a result', () => {
    expect(recordOf(CONTEXT.pa2023, NOW)).toBeUndefined();
    expect(recordOf({}, NOW)).toBeUndefined();
  });

  it('is the same for the same answers and time', () => {
    const answers = generalJourney('pcsr2015', 'light-touch');
    expect(recordOf(answers, NOW)).toEqual(recordOf(answers, NOW));
  });
});

describe('decision record: what the law adds beyond the route (spec §4, issue item 6)', () => {
  it('for a health route, lists what reg 24 requires the authority to record, so it can start the statutory record', () => {
    const record = recordOf(healthJourney('psr', { incumbent: 'yes', onlyCapable: 'no', incumbentSatisfactory: 'yes' }), NOW)!;
    expect(record.markdown).toContain('## What the regulations require you to record');
    for (const item of routeIn('existing-provider', 'psr').mustRecord!) expect(record.markdown).toContain(`- ${item}`);
    expect(JSON.parse(record.json).statutoryRecord).toEqual(routeIn('existing-provider', 'psr').mustRecord);
  });

  it('for Process C, says which processes the law lets the authority choose between', () => {
    const record = recordOf(healthJourney('psr', { incumbent: 'yes', onlyCapable: 'no', incumbentSatisfactory: 'yes' }), NOW)!;
    expect(record.markdown).toContain('**The law lets you choose between:** Direct Award Process C; the Most Suitable Provider Process; the Competitive Process.');
  });

  it('a route under the Act carries no statutory-record section', () => {
    const record = recordOf(generalJourney('pa2023', 'other'), NOW)!;
    expect(record.markdown).not.toContain('## What the regulations require you to record');
    expect(JSON.parse(record.json).statutoryRecord).toBeUndefined();
  });

  it('shows the Social Value Act to an English authority and not to a Northern Ireland one', () => {
    const england = recordOf(generalJourney('pa2023', 'other'), NOW)!;
    expect(england.markdown).toContain('### Depends on your situation');
    expect(england.markdown).toContain('Public Services (Social Value) Act 2012, s.1');
    const ni = recordOf({ ...generalJourney('pa2023', 'other'), nation: 'northern-ireland', healthCare: undefined }, NOW)!;
    expect(ni.markdown).toContain('does not extend to Northern Ireland');
    expect(ni.markdown).not.toContain('consider how the contract could improve');
  });

  it('tells a light touch direct award that no standstill is required', () => {
    const answers = { ...generalJourney('pa2023', 'light-touch'), uniqueSupplier: 'yes', noAlternative: 'yes' };
    const record = recordOf(answers, NOW)!;
    expect(JSON.parse(record.json).route.id).toBe('direct-award');
    expect(record.markdown).toContain('no standstill period is required before you sign (s.51(3)(f))');
    expect(record.markdown).not.toContain('you must wait at least 8 working days');
  });

  it('in Scotland notes that a UK-wide or reserved body follows the Procurement Act', () => {
    const record = recordOf({ ...CONTEXT.pcsr2015, buying: 'no' }, NOW)!;
    expect(record.markdown).toContain('follows the Procurement Act 2023 instead (s.2(5))');
  });
});
