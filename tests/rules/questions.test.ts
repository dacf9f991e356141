import { QUESTIONS, QUESTION_IDS, hintFor } from '../../src/rules';

describe('the question catalogue', () => {
  it.each(QUESTION_IDS)('%s has words a person can act on: question, hint, short label, and a specific error', (id) => {
    const question = QUESTIONS[id];
    expect(question.id).toBe(id);
    expect(question.text).toMatch(/\?$/);
    expect(hintFor(id, {}).length).toBeGreaterThan(10);
    expect(question.shortLabel.length).toBeGreaterThan(3);
    if (question.kind === 'choice') {
      expect(question.missing).toMatch(/^Select /);
      // A generic "select an option" tells the person nothing: the message names the question's subject.
      expect(question.missing).not.toMatch(/one of the options/i);
    }
  });

  it('every question that allows "Not sure yet" says how to settle it', () => {
    for (const id of QUESTION_IDS) {
      const question = QUESTIONS[id];
      if (question.kind === 'choice' && question.options.some((option) => option.value === 'unsure')) {
        expect(question.resolveUnsure, id).toBeTruthy();
      }
    }
  });
});

describe('hints that depend on the law or the nation', () => {
  it('the reserved-contract hint gives each regime its own test', () => {
    expect(hintFor('mutual', { nation: 'england', healthCare: 'no', startedBefore2025: 'no' })).toMatch(/managed and controlled by its employees/);
    expect(hintFor('mutual', { nation: 'england', healthCare: 'no', startedBefore2025: 'yes' })).toMatch(/reg 77/);
    expect(hintFor('mutual', { nation: 'scotland' })).toMatch(/benefit society or the environment/);
  });

  it('in Wales the key criteria are the Welsh ones: social responsibility, and no innovation', () => {
    const welsh = hintFor('mostSuitable', { nation: 'wales', healthCare: 'yes' });
    expect(welsh).toMatch(/social responsibility/);
    expect(welsh).not.toMatch(/innovation/);
    expect(hintFor('mostSuitable', { nation: 'england', healthCare: 'yes' })).toMatch(/quality and innovation/);
  });
});
