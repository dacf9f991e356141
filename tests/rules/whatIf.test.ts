import { describe, expect, it } from 'vitest';
import { QUESTIONS, decide, flippableAnswers, pruneToPath, whatIf, type Answers, type WhatIf } from '../../src/rules';
import { generalJourney } from './builders';

/** The spec's adult social care example: a few others could deliver, so light touch under the Procurement Act. */
const LIGHT_TOUCH: Answers = pruneToPath(generalJourney('pa2023', 'light-touch', { contractValue: '950000', willing: 'few' }));

function expectStatus<S extends WhatIf['status']>(outcome: WhatIf, status: S): Extract<WhatIf, { status: S }> {
  expect(outcome.status).toBe(status);
  return outcome as Extract<WhatIf, { status: S }>;
}

describe('what if?', () => {
  it('the light touch example reaches light touch, the result every flip is compared with', () => {
    expect(decide(LIGHT_TOUCH)).toMatchObject({ status: 'complete', route: 'light-touch', regime: 'pa2023' });
  });

  it("flipping 'buying' to No leads to no contract and says why", () => {
    const outcome = expectStatus(whatIf(LIGHT_TOUCH, 'buying', 'no'), 'complete');
    expect(outcome.leadsTo).toMatchObject({ route: 'no-contract', regime: 'pa2023', regimeName: 'Procurement Act 2023' });
    expect(outcome.leadsTo.name).toBeTruthy();
    expect(outcome.sameRoute).toBe(false);
    expect(outcome.tried).toEqual({ question: 'buying', value: 'no', label: 'No' });
    const procurement = outcome.reasons.find((entry) => entry.gate === 'procurement');
    expect(procurement).toMatchObject({ outcome: 'opened', route: 'no-contract' });
    expect(procurement?.reason).toBeTruthy();
    // Only what changed: the law that applies is the same, so its reason is not repeated.
    expect(outcome.reasons.map((entry) => entry.gate)).not.toContain('context');
    // Beside it, the same gate as the real answers decide it.
    expect(outcome.reasonsNow.find((entry) => entry.gate === 'procurement')).toMatchObject({ outcome: 'closed', verdict: 'Rules apply' });
  });

  it('keeps only the answers on the new path, which is what following it replays', () => {
    const outcome = expectStatus(whatIf(LIGHT_TOUCH, 'buying', 'no'), 'complete');
    expect(outcome.answers.buying).toBe('no');
    expect(outcome.answers.contractValue).toBeUndefined();
    expect(decide(outcome.answers)).toMatchObject({ status: 'complete', route: 'no-contract' });
  });

  it('never changes the real answers', () => {
    const answers = Object.freeze({ ...LIGHT_TOUCH });
    whatIf(answers, 'willing', 'none');
    expect(answers).toEqual(LIGHT_TOUCH);
  });

  it('an answer that asks new questions names the next one and every route still possible', () => {
    const outcome = expectStatus(whatIf(LIGHT_TOUCH, 'arrangement', 'framework'), 'pending');
    expect(outcome.next).toBe('onFramework');
    const routes = outcome.couldLeadTo.map((found) => found.route);
    expect(routes).toContain('framework-call-off');
    expect(routes).toContain('light-touch');
    expect(outcome.couldLeadTo.every((found) => found.regime === 'pa2023' && found.name !== '')).toBe(true);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it('an answer that leads to the same route says so', () => {
    const outcome = expectStatus(whatIf(LIGHT_TOUCH, 'initiator', 'social-enterprise'), 'complete');
    expect(outcome.sameRoute).toBe(true);
    expect(outcome.leadsTo.route).toBe('light-touch');
  });

  it('another amount is read as the form reads it: below the threshold there is no light touch process to run', () => {
    const outcome = expectStatus(whatIf(LIGHT_TOUCH, 'contractValue', '£10,000'), 'complete');
    expect(outcome.tried.label).toBe('£10,000');
    expect(outcome.leadsTo.route).toBe('below-threshold');
  });

  it('a mistyped amount gets the form’s own message in plain words', () => {
    expect(whatIf(LIGHT_TOUCH, 'contractValue', '1,50')).toEqual({
      status: 'invalid',
      question: 'contractValue',
      problem: 'Check the commas: enter the value like 800,000 or 800000.',
    });
    expect(expectStatus(whatIf(LIGHT_TOUCH, 'contractValue', ''), 'invalid').problem).toMatch(/^Enter the estimated value/);
  });

  it('the answer already given is not another answer', () => {
    expect(expectStatus(whatIf(LIGHT_TOUCH, 'contractValue', '950,000'), 'invalid').problem).toMatch(/already given/);
  });

  it('lists every answered question on the path, in order, each with the answers it could have had instead', () => {
    const flippable = flippableAnswers(LIGHT_TOUCH);
    expect(flippable.map((answer) => answer.question)).toEqual(Object.keys(LIGHT_TOUCH));
    const buying = flippable.find((answer) => answer.question === 'buying');
    expect(buying?.given).toEqual({ question: 'buying', value: 'yes', label: 'Yes' });
    const options = QUESTIONS.buying.kind === 'choice' ? QUESTIONS.buying.options : [];
    expect(buying?.alternatives.map((option) => option.value)).toEqual(options.filter((option) => option.value !== 'yes').map((option) => option.value));
    expect(flippable.find((answer) => answer.question === 'contractValue')).toMatchObject({ kind: 'money', alternatives: [] });
  });
});
