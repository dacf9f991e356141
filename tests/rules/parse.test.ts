import { decide, linkNotice, parseAnswer, parseAnswers, serialiseAnswers, type Answers } from '../../src/rules';
import { CONTEXT, GENERAL_REGIMES, generalJourney, healthJourney } from './builders';

const fromQuery = (query: string) => parseAnswers(new URLSearchParams(query));
const noMarkup = (text: string) => expect(text).not.toMatch(/[<>]/);

/** Complete journeys holding only answers on their own path. */
const ON_PATH: [string, Answers][] = [
  ...GENERAL_REGIMES.map((regime): [string, Answers] => [`${regime}, other services`, generalJourney(regime, 'other')]),
  ...GENERAL_REGIMES.map((regime): [string, Answers] => [`${regime}, social care`, generalJourney(regime, 'light-touch')]),
  ['psr', healthJourney('psr')],
  ['psr, social enterprise, unsure', healthJourney('psr', { initiator: 'social-enterprise', mostSuitable: 'unsure', buying: 'unsure' })],
  ['pa2023, health care unsure', { ...generalJourney('pa2023', 'other'), healthCare: 'unsure', uniqueSupplier: 'unsure' }],
  ['pcr2015, large value', generalJourney('pcr2015', 'other', { contractValue: '100000000000' })],
  ['Scotland, no contract', { ...CONTEXT.pcsr2015, buying: 'no' }],
  ['incomplete', { initiator: 'authority', nation: 'wales' }],
];

describe('serialiseAnswers / parseAnswers round trip', () => {
  it.each(ON_PATH)('%s: parsing the serialised link gives back the same answers, with no problems', (_name, answers) => {
    const parsed = fromQuery(serialiseAnswers(answers));
    expect(parsed.answers).toEqual(answers);
    expect(parsed.problems).toEqual([]);
  });

  it.each(ON_PATH)('%s: the query lists the answers sorted by question id', (_name, answers) => {
    const keys = [...new URLSearchParams(serialiseAnswers(answers)).keys()];
    expect(keys).toEqual(Object.keys(answers).sort());
  });

  it('writes a short, readable query', () => {
    expect(serialiseAnswers({ nation: 'scotland', initiator: 'authority', buying: 'no' })).toBe(
      'buying=no&initiator=authority&nation=scotland',
    );
    expect(serialiseAnswers({})).toBe('');
  });

  it('a link gives the same decision as the answers it was made from', () => {
    const answers = generalJourney('pa2023', 'light-touch', { willing: 'few' });
    const parsed = fromQuery(serialiseAnswers(answers));
    expect(decide(parsed.answers)).toEqual(decide(answers));
  });
});

describe('links made with version 1 of the rules', () => {
  it('an answer to a question version 2 no longer asks (existingProvider) is named on one calm line and never decides anything', () => {
    const v1 = 'buying=yes&existingProvider=yes&healthCare=yes&initiator=authority&nation=england';
    const parsed = fromQuery(v1);
    expect(parsed.answers).toEqual({ buying: 'yes', healthCare: 'yes', initiator: 'authority', nation: 'england' });
    expect(parsed.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(/existingProvider.*not one of our questions/)]);
    // The journey asks the version 2 questions instead: it never reaches a result on the old answer.
    expect(decide(parsed.answers)).toMatchObject({ status: 'pending', next: 'arrangement' });
  });

  it('a version 1 value that version 2 replaced ("willing=yes") is refused, not read as a new value', () => {
    const parsed = fromQuery('willing=yes');
    expect(parsed.answers).toEqual({});
    expect(parsed.problems[0]?.question).toBe('willing');
  });
});

describe('parseAnswers: unknown keys', () => {
  it('drops them and says so in plain words', () => {
    const parsed = fromQuery('utm_source=newsletter&initiator=authority&nation=scotland');
    expect(parsed.answers).toEqual({ initiator: 'authority', nation: 'scotland' });
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]!.question).toBeUndefined();
    expect(parsed.problems[0]!.message).toMatch(/utm_source/);
    expect(parsed.problems[0]!.message).toMatch(/not one of our questions/i);
  });

  it('never echoes markup from a key, and keeps the echo short', () => {
    const parsed = parseAnswers({ '<img src=x onerror=alert(1)>': 'yes', ['x'.repeat(5000)]: 'yes' });
    expect(parsed.answers).toEqual({});
    expect(parsed.problems).toHaveLength(2);
    for (const problem of parsed.problems) {
      noMarkup(problem.message);
      expect(problem.message.length).toBeLessThan(200);
    }
  });

  it('ignores __proto__ and similar keys without changing the answers', () => {
    const parsed = parseAnswers(JSON.parse('{"__proto__": {"nation": "scotland"}, "constructor": "x"}'));
    expect(parsed.answers).toEqual({});
    expect(parsed.answers.nation).toBeUndefined();
    expect(parsed.problems).toHaveLength(2);
  });
});

describe('parseAnswers: invalid values are reported, never accepted', () => {
  it.each([
    ['nation=<script>alert(1)</script>', 'nation', /choices/i],
    ['nation=England', 'nation', /choices/i],
    ['initiator=authority&nation=scotland&buying=maybe', 'buying', /choices/i],
    ['contractValue=-1', 'contractValue', /negative/i],
    ['contractValue=abc', 'contractValue', /pounds/i],
    ['contractValue=', 'contractValue', /enter/i],
    ['contractValue=1.50', 'contractValue', /pounds/i],
    ['contractValue=<b>1</b>', 'contractValue', /pounds/i],
    ['healthCare="><svg/onload=alert(1)>', 'healthCare', /choices/i],
  ] as const)('%s', (query, question, words) => {
    const parsed = fromQuery(query);
    expect(parsed.answers[question]).toBeUndefined();
    const problem = parsed.problems.find((p) => p.question === question);
    expect(problem?.message).toMatch(words);
    for (const p of parsed.problems) noMarkup(p.message);
  });

  it('lists the choices in words a person would recognise', () => {
    const problem = parseAnswer('nation', 'atlantis');
    expect(problem).toEqual({ problem: expect.stringContaining('Northern Ireland') });
  });

  it('keeps valid answers alongside an invalid one, and reports only the invalid one', () => {
    const parsed = fromQuery('initiator=authority&nation=<script>&healthCare=yes');
    expect(parsed.answers).toEqual({ initiator: 'authority' });
    expect(parsed.problems.map((p) => p.question)).toEqual(['nation']);
  });

  it('reports an answer that is not text as unreadable', () => {
    const parsed = parseAnswers({ initiator: 'authority', nation: 5, buying: ['yes'] });
    expect(parsed.answers).toEqual({ initiator: 'authority' });
    expect(parsed.problems.map((p) => p.question).sort()).toEqual(['buying', 'nation']);
    expect(parsed.problems.every((p) => /not readable/i.test(p.message))).toBe(true);
  });

  it('takes the first valid answer when a key is repeated', () => {
    expect(fromQuery('initiator=authority&nation=wales&nation=scotland').answers.nation).toBe('wales');
  });
});

describe('parseAnswers: money in a link', () => {
  it.each([
    ['contractValue=800000', '800000'],
    ['contractValue=800,000', '800000'],
    ['contractValue=800%2C000', '800000'],
    ['contractValue=%C2%A3800%2C000', '800000'],
    ['contractValue=%C2%A3+800+000', '800000'],
  ])('%s → %s', (query, value) => {
    const parsed = fromQuery(`${serialiseAnswers(generalJourney('pa2023', 'other', { contractValue: undefined }))}&${query}`);
    expect(parsed.answers.contractValue).toBe(value);
    expect(parsed.problems).toEqual([]);
  });
});

describe('parseAnswers: answers to questions not on the path', () => {
  it.each([
    ['mutual in Scotland', 'initiator=authority&nation=scotland&mutual=yes', 'mutual'],
    ['health care in Northern Ireland', 'initiator=authority&nation=northern-ireland&healthCare=yes', 'healthCare'],
    ['start date for health care', 'initiator=authority&nation=england&healthCare=yes&startedBefore2025=no', 'startedBefore2025'],
    ['value when nothing is bought', 'initiator=authority&nation=scotland&buying=no&contractValue=5000', 'contractValue'],
    ['contract value under the PSR', 'initiator=authority&nation=wales&healthCare=yes&buying=yes&contractValue=5000', 'contractValue'],
    ['alternatives when not unique', 'initiator=authority&nation=scotland&buying=yes&serviceKind=other&authorityType=central&contractValue=900000&uniqueSupplier=no&noAlternative=yes', 'noAlternative'],
  ] as const)('%s: dropped, with a message', (_name, query, question) => {
    const parsed = fromQuery(query);
    expect(parsed.answers[question]).toBeUndefined();
    const problem = parsed.problems.find((p) => p.question === question);
    expect(problem?.message).toMatch(/does not apply/i);
    // The rest of the link still counts.
    expect(parsed.answers.initiator).toBe('authority');
  });
});

describe('parseAnswers: input that is not a set of answers', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'nation=england'],
    ['a number', 42],
    ['an array', ['nation', 'england']],
    ['an array of pairs', [['nation', 'england']]],
  ])('%s gives no answers and one plain message, without throwing', (_name, input) => {
    const parsed = parseAnswers(input);
    expect(parsed.answers).toEqual({});
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]!.message).toMatch(/could not be read/i);
  });

  it('reads a plain object as well as a query', () => {
    expect(parseAnswers({ initiator: 'social-enterprise', nation: 'scotland', buying: 'no' })).toEqual({
      answers: { initiator: 'social-enterprise', nation: 'scotland', buying: 'no' },
      problems: [],
    });
  });
});

describe('parseAnswer', () => {
  it.each([
    ['nation', 'northern-ireland', 'northern-ireland'],
    ['buying', 'unsure', 'unsure'],
    ['contractValue', '£1,000', '1000'],
    ['contractValue', '0', '0'],
  ] as const)('%s %j → %j', (question, raw, value) => {
    expect(parseAnswer(question, raw)).toEqual({ value });
  });

  it.each([
    ['userChoice', 'unsure'], // userChoice has no "not sure" option
    ['noAlternative', 'unsure'],
    ['startedBefore2025', 'unsure'],
    ['serviceKind', 'Social care'],
    ['initiator', ''],
  ] as const)('%s rejects %j', (question, raw) => {
    expect(parseAnswer(question, raw)).toHaveProperty('problem');
  });
});

// Regression: a stray flexible answer in a link once made the walk stop early,
// so valid later answers were dropped and wrongly reported as "does not apply".
describe('parseAnswers keeps valid answers despite a stray one', () => {
  it('stray proportionate/transparent for a non-light-touch service do not cost the unique-supplier answers', () => {
    const answers: Answers = {
      ...CONTEXT.pa2023,
      buying: 'yes',
      arrangement: 'new',
      serviceKind: 'other',
      concession: 'no',
      authorityType: 'central',
      contractValue: '900000',
      supportedEmployment: 'no',
      uniqueSupplier: 'yes',
      noAlternative: 'yes',
    };
    const parsed = fromQuery(`${serialiseAnswers(answers)}&proportionate=yes&transparent=yes`);
    expect(parsed.answers).toEqual(answers);
    expect(parsed.problems.map((p) => p.question).sort()).toEqual(['proportionate', 'transparent']);
    expect(decide(parsed.answers)).toMatchObject({ status: 'complete', route: 'direct-award' });
  });
});

describe('linkNotice: what a person is told about a link', () => {
  it('answers that are only not needed make one calm line naming them', () => {
    const parsed = fromQuery('initiator=authority&nation=scotland&mutual=yes&healthCare=no');
    const notice = linkNotice(parsed.problems);
    expect(notice?.title).toBe('Some answers in the link were not needed');
    expect(notice?.lines).toHaveLength(1);
    expect(notice?.lines[0]).toMatch(/left them out: .*Health care services.*Partner qualifies for a reserved contract/);
  });

  it('anything actually wrong is named one by one, with the unneeded answers after it', () => {
    const parsed = fromQuery('initiator=authority&nation=scotland&mutual=yes&colour=blue');
    const notice = linkNotice(parsed.problems);
    expect(notice?.title).toBe('We could not use all of the link you opened');
    expect(notice?.lines[0]).toMatch(/colour/);
    expect(notice?.lines[1]).toMatch(/left them out: .*reserved contract/);
  });

  it('says nothing about a clean link', () => {
    expect(linkNotice(fromQuery('initiator=authority&nation=scotland').problems)).toBeUndefined();
  });
});
