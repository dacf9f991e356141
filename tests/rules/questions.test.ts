import { QUESTIONS, QUESTION_IDS } from '../../src/rules';

describe('the question catalogue', () => {
  it.each(QUESTION_IDS)('%s has words a person can act on: question, hint, short label, and a specific error', (id) => {
    const question = QUESTIONS[id];
    expect(question.id).toBe(id);
    expect(question.text).toMatch(/\?$/);
    expect(question.hint.length).toBeGreaterThan(10);
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
