import { describe, expect, it } from 'vitest';
import { keyAction, PRESENTATION_KEYS } from '../../src/workshop/presentationKeys';
import { isTyping } from '../../src/journey/pageKeys';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

describe('presentation keys', () => {
  const heading = element('h1');

  it('1 to 9 choose the nth option; 0 and letters without a meaning do nothing', () => {
    expect(keyAction({ key: '1', target: heading })).toEqual({ type: 'choose', index: 0 });
    expect(keyAction({ key: '9', target: heading })).toEqual({ type: 'choose', index: 8 });
    expect(keyAction({ key: '0', target: heading })).toBeUndefined();
    expect(keyAction({ key: 'x', target: heading })).toBeUndefined();
  });

  it('Enter continues, except on a button or link, which already act on Enter', () => {
    expect(keyAction({ key: 'Enter', target: heading })).toEqual({ type: 'continue' });
    expect(keyAction({ key: 'Enter', target: element('input', { type: 'radio' }) })).toEqual({ type: 'continue' });
    expect(keyAction({ key: 'Enter', target: element('button') })).toBeUndefined();
    expect(keyAction({ key: 'Enter', target: element('a', { href: '#x' }) })).toBeUndefined();
  });

  it('Backspace and the left arrow go back, but the arrow still moves between radios', () => {
    expect(keyAction({ key: 'Backspace', target: heading })).toEqual({ type: 'back' });
    expect(keyAction({ key: 'ArrowLeft', target: heading })).toEqual({ type: 'back' });
    expect(keyAction({ key: 'ArrowLeft', target: element('input', { type: 'radio' }) })).toBeUndefined();
  });

  it('M, R, F and ? open the map, ask to restart, toggle full screen and show help, in either case', () => {
    expect(keyAction({ key: 'm', target: heading })).toEqual({ type: 'map' });
    expect(keyAction({ key: 'M', target: heading })).toEqual({ type: 'map' });
    expect(keyAction({ key: 'R', target: heading })).toEqual({ type: 'restart' });
    expect(keyAction({ key: 'f', target: heading })).toEqual({ type: 'fullscreen' });
    expect(keyAction({ key: '?', target: heading })).toEqual({ type: 'help' });
  });

  it('W opens "What if?", in either case, and the keys screen lists it', () => {
    expect(keyAction({ key: 'w', target: heading })).toEqual({ type: 'whatIf' });
    expect(keyAction({ key: 'W', target: heading })).toEqual({ type: 'whatIf' });
    expect(PRESENTATION_KEYS.some((help) => help.keys.includes('W'))).toBe(true);
  });

  it('no key acts while someone types in a text field, or with Ctrl, Cmd or Alt held', () => {
    const money = element('input', { type: 'text', inputmode: 'numeric' });
    expect(isTyping(money)).toBe(true);
    expect(isTyping(element('textarea'))).toBe(true);
    expect(isTyping(element('input', { type: 'checkbox' }))).toBe(false);
    for (const key of ['1', 'Enter', 'Backspace', 'ArrowLeft', 'm', 'w', 'r', 'f', '?']) {
      expect(keyAction({ key, target: money })).toBeUndefined();
    }
    expect(keyAction({ key: 'r', target: heading, ctrlKey: true })).toBeUndefined();
    expect(keyAction({ key: '1', target: heading, metaKey: true })).toBeUndefined();
    expect(keyAction({ key: 'f', target: heading, altKey: true })).toBeUndefined();
  });
});
