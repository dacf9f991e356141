import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QUESTIONS,
  QUESTION_IDS,
  ROUTES_IN_REGIME,
  decide,
  parseAnswer,
  parseAnswers,
  parseLink,
  linkQuery,
  pruneToPath,
  serialiseAnswers,
  walk,
  type Answers,
  type QuestionId,
} from '../../src/rules';
import { decisionRecord, type RecordOptions } from '../../src/rules/record';

/** The record of whatever these answers decide, as the result screen makes it; undefined without a result. */
function recordOf(answers: Answers, now: Date, options: RecordOptions = {}) {
  const decision = decide(answers, { remaining: options.remaining });
  return decision.status === 'complete' ? decisionRecord(decision, answers, now, options) : undefined;
}

/** A valid answer to one question: any option, or an amount anywhere in the range the tool accepts. */
const validAnswer = (question: QuestionId): fc.Arbitrary<string> => {
  const q = QUESTIONS[question];
  return q.kind === 'money'
    ? fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom(0, 1, 663_540, 5_000_000)).map(String)
    : fc.constantFrom(...q.options.map((option) => option.value));
};

/** Any set of valid answers, on the path or not. */
const validAnswers: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(QUESTION_IDS.map((question) => [question, validAnswer(question)])) as Record<QuestionId, fc.Arbitrary<string>>,
  { requiredKeys: [] },
);

/** Anything a hand-edited or mangled link might hold as a value. */
const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '%E0%A4%A', '-5', '1e999', '99999999999999999999999', 'NaN', '', ' yes ', 'YES'),
);

/** Answer sets mixing valid answers, hostile values and keys that are not questions. */
const hostileAnswers = fc.dictionary(
  fc.oneof(fc.constantFrom(...QUESTION_IDS), fc.string(), fc.constantFrom('__proto__', 'constructor', 'remaining')),
  fc.oneof(hostileValue, ...QUESTION_IDS.map(validAnswer)),
);

describe('properties of the rules (fast-check)', () => {
  it('decide never throws, and a complete decision always names a route its regime offers', () => {
    fc.assert(
      fc.property(validAnswers, fc.boolean(), (answers, remaining) => {
        const decision = decide(answers, { remaining });
        if (decision.status === 'complete') {
          expect(ROUTES_IN_REGIME[decision.regime]).toContain(decision.route);
          for (const route of decision.alsoOpen) expect(ROUTES_IN_REGIME[decision.regime]).toContain(route);
          expect(decision.alsoOpen).not.toContain(decision.route);
        } else {
          expect(QUESTION_IDS).toContain(decision.next);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('answering every question on the path always reaches a complete decision', () => {
    fc.assert(
      fc.property(validAnswers, (pool) => {
        // Fill the path in order from the pool, as a person answering each question would.
        let answers: Answers = {};
        for (let next = walk(answers).next; next !== undefined; next = walk(answers).next) {
          const question = QUESTIONS[next];
          const fallback = question.kind === 'money' ? '0' : question.options[0]!.value;
          answers = { ...answers, [next]: pool[next] ?? fallback };
        }
        expect(decide(answers).status).toBe('complete');
      }),
      { numRuns: 500 },
    );
  });

  it('parsing a serialised set of answers gives it back unchanged, with no problems', () => {
    fc.assert(
      fc.property(validAnswers, fc.boolean(), (given, remaining) => {
        const answers = pruneToPath(given, { remaining });
        const parsed = parseAnswers(new URLSearchParams(serialiseAnswers(answers)), { remaining });
        expect(parsed.answers).toEqual(answers);
        expect(parsed.problems).toEqual([]);
        const link = parseLink(linkQuery(answers, { remaining }));
        expect(link.answers).toEqual(answers);
        expect(link.remaining).toBe(remaining);
      }),
      { numRuns: 1000 },
    );
  });

  it('hostile input is never accepted: parsing never throws, keeps only valid answers on the path and quotes no markup', () => {
    fc.assert(
      fc.property(hostileAnswers, (input) => {
        const parsed = parseAnswers(input);
        for (const [question, value] of Object.entries(parsed.answers)) {
          expect(parseAnswer(question as QuestionId, value!)).toEqual({ value });
        }
        expect(pruneToPath(parsed.answers)).toEqual(parsed.answers);
        for (const problem of parsed.problems) expect(problem.message).not.toMatch(/[<>]/);
        expect(() => decide(parsed.answers)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('any query string at all, however mangled, parses without throwing', () => {
    const query = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.array(fc.constantFrom('%', '%E0', '%A4', '%A', '=', '&', '?', '#', 'nation', 'engl', 'remaining', 'yes', '+', '%00', '<', '>'), { maxLength: 30 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(query, (text) => {
        const link = parseLink(text);
        expect(pruneToPath(link.answers, { remaining: link.remaining })).toEqual(link.answers);
      }),
      { numRuns: 2000 },
    );
  });

  it('a decision record can be made for any complete set of answers', () => {
    const now = new Date('2026-11-25T09:00:00Z');
    fc.assert(
      fc.property(validAnswers, fc.boolean(), (answers, remaining) => {
        const decision = decide(answers, { remaining });
        const record = recordOf(answers, now, { remaining });
        expect(record === undefined).toBe(decision.status !== 'complete');
        if (record) expect(() => JSON.parse(record.json)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
