import { formatMoney, parseMoney } from '../../src/rules';

describe('parseMoney accepts the ways people write whole pounds', () => {
  it.each([
    ['800000', 800_000],
    ['800,000', 800_000],
    ['£800,000', 800_000],
    ['£ 800 000', 800_000],
    ['  800000  ', 800_000],
    ['£800000', 800_000],
    ['0', 0],
    ['663,540', 663_540],
  ])('reads %j as %d pounds', (input, pounds) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: pounds });
  });

  it('accepts £100 billion, the largest believable figure', () => {
    expect(parseMoney('£100,000,000,000')).toEqual({ ok: true, value: 100_000_000_000 });
  });
});

describe('parseMoney rejects what is not whole pounds, saying what to do', () => {
  it.each([
    ['', /enter/i],
    ['   ', /enter/i],
    ['£', /pounds/i],
    ['-5', /negative/i],
    ['£-5', /negative/i],
    ['- 5', /negative/i],
    ['abc', /pounds/i],
    ['12k', /pounds/i],
    ['£1m', /pounds/i],
    ['1.50', /pounds/i],
    ['800,000.00', /pence/i],
    ['1e30', /pounds/i],
    ['999999999999999999', /pounds/i],
    ['100000000001', /check the figure/i],
    ['<script>', /pounds/i],
    ['1,50', /commas/i],
    ['80,0000', /commas/i],
  ])('rejects %j with a message matching %s', (input, words) => {
    const result = parseMoney(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(words);
    // A message a person can act on: a full sentence, not a code.
    expect(result.error).toMatch(/^[A-Z].*\.$/);
  });

  it('tells someone who typed pence to use whole pounds', () => {
    const result = parseMoney('1.50');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/whole pounds/i) });
  });

  it('tells someone who left it blank to enter the value', () => {
    const result = parseMoney('');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/enter the estimated value/i) });
  });

  it('gives an example of the format to use when the input is not a number', () => {
    const result = parseMoney('12k');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('800,000') });
  });
});

describe('formatMoney', () => {
  it.each([
    [950_000, '£950,000'],
    [663_540, '£663,540'],
    [0, '£0'],
    [135_018, '£135,018'],
  ])('shows %d as %s (whole pounds, with commas)', (value, text) => {
    expect(formatMoney(value)).toBe(text);
  });

  it('round-trips with parseMoney', () => {
    for (const value of [0, 1, 12_000, 207_720, 5_193_000, 100_000_000_000]) {
      expect(parseMoney(formatMoney(value))).toEqual({ ok: true, value });
    }
  });
});
