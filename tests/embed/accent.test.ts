import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AA_TEXT_CONTRAST, accentShades, contrastWithWhite, parseAccent } from '../../src/embed/accent';

describe("a partner's accent colour", () => {
  it.each([
    ['#1d70b8', '#1d70b8'],
    ['#1D70B8', '#1d70b8'],
    ['#f0a', '#ff00aa'],
    ['  #abc ', '#aabbcc'],
  ])('%s is read as %s', (value, expected) => {
    expect(parseAccent(value)).toBe(expected);
  });

  it.each([
    null,
    '',
    'red',
    '1d70b8',
    '#1d70b',
    '#1d70b8ff',
    '#ggg',
    'rgb(0,0,0)',
    '#000; background: url(https://evil.example/)',
    'var(--text)',
    '#fff}body{display:none',
  ])('%o is ignored', (value) => {
    expect(parseAccent(value)).toBeUndefined();
  });

  it('measures contrast with white as WCAG does', () => {
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#767676')).toBeCloseTo(4.54, 2);
  });

  it('keeps a colour that already has AA contrast with white text', () => {
    expect(accentShades('#1d70b8').accent).toBe('#1d70b8');
  });

  it('darkens a light colour (yellow) until white text on it is AA', () => {
    const { accent } = accentShades('#ffdd00');
    expect(accent).not.toBe('#ffdd00');
    expect(contrastWithWhite(accent)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
  });

  it('every valid colour ends AA with white text, and its hover and shadow are darker still', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (value) => {
        const { accent, hover, shadow } = accentShades(`#${value.toString(16).padStart(6, '0')}`);
        expect(parseAccent(accent)).toBe(accent);
        expect(contrastWithWhite(accent)).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
        expect(contrastWithWhite(hover)).toBeGreaterThanOrEqual(contrastWithWhite(accent));
        expect(contrastWithWhite(shadow)).toBeGreaterThanOrEqual(contrastWithWhite(hover));
      }),
    );
  });
});
