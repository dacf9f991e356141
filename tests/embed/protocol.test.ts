import { describe, expect, it } from 'vitest';
import {
  MAX_HEIGHT,
  PROTOCOL,
  PROTOCOL_VERSION,
  acceptMessage,
  envelope,
  parseParentOrigin,
  readMessage,
  type FrameMessage,
} from '../../src/embed/protocol';

const APP_ORIGIN = 'https://tools.example.org';
const frameWindow = { name: 'our frame' };
const frame = { window: frameWindow, origin: APP_ORIGIN };
const fromFrame = (data: unknown) => ({ data, origin: APP_ORIGIN, source: frameWindow });

describe('messages between the app and the partner page', () => {
  const messages: FrameMessage[] = [
    { type: 'height', height: 812 },
    { type: 'step', step: 'start' },
    { type: 'step', step: 'contractValue' },
    { type: 'step', step: 'check-answers' },
    { type: 'result', route: 'co-investment', regime: 'pcsr2015' },
  ];

  it.each(messages)('a %o sent by the app is read back unchanged', (message) => {
    expect(acceptMessage(fromFrame(envelope(message)), frame)).toEqual(message);
  });

  it('survives the structured clone postMessage makes', () => {
    expect(readMessage(structuredClone(envelope({ type: 'height', height: 10 })))).toEqual({ type: 'height', height: 10 });
  });

  it('rounds a fractional height up, so nothing is clipped', () => {
    expect(readMessage(envelope({ type: 'height', height: 640.2 }))).toEqual({ type: 'height', height: 641 });
  });
});

describe('what the partner page ignores', () => {
  const good = envelope({ type: 'result', route: 'direct-award', regime: 'pa2023' });

  it('a message from any window but our frame', () => {
    expect(acceptMessage({ data: good, origin: APP_ORIGIN, source: { name: 'another frame' } }, frame)).toBeUndefined();
    expect(acceptMessage({ data: good, origin: APP_ORIGIN, source: null }, { window: null, origin: APP_ORIGIN })).toBeUndefined();
  });

  it('a message from our frame at another origin (it was navigated away)', () => {
    expect(acceptMessage({ data: good, origin: 'https://evil.example', source: frameWindow }, frame)).toBeUndefined();
    expect(acceptMessage({ data: good, origin: 'http://tools.example.org', source: frameWindow }, frame)).toBeUndefined();
  });

  it.each([
    ['another version', { ...good, version: PROTOCOL_VERSION + 1 }],
    ['a version as text', { ...good, version: String(PROTOCOL_VERSION) }],
    ['another protocol', { ...good, protocol: 'iframe-resizer' }],
    ['no protocol', { message: good.message }],
    ['a string', JSON.stringify(good)],
    ['null', null],
    ['a number', 42],
    ['no message', { protocol: PROTOCOL, version: PROTOCOL_VERSION }],
    ['an unknown type', envelope({ type: 'navigate', url: 'https://evil.example' } as unknown as FrameMessage)],
  ])('%s', (_, data) => {
    expect(acceptMessage(fromFrame(data), frame)).toBeUndefined();
  });

  it.each([
    ['a negative height', { type: 'height', height: -1 }],
    ['an endless height', { type: 'height', height: Number.POSITIVE_INFINITY }],
    ['a height that is not a number', { type: 'height', height: Number.NaN }],
    ['a height as text', { type: 'height', height: '500px' }],
    ['a height taller than any screen', { type: 'height', height: MAX_HEIGHT + 1 }],
    ['a step that is not one', { type: 'step', step: '<img src=x onerror=alert(1)>' }],
    ['a step missing', { type: 'step' }],
    ['a route that is not one', { type: 'result', route: 'bribery', regime: 'pa2023' }],
    ['a regime that is not one', { type: 'result', route: 'direct-award', regime: 'eu-directive' }],
  ])('%s', (_, message) => {
    expect(readMessage({ protocol: PROTOCOL, version: PROTOCOL_VERSION, message })).toBeUndefined();
  });
});

describe('the parent origin the app will post to', () => {
  it.each(['https://council.example.gov.uk', 'http://localhost:4173', 'http://127.0.0.1:8080'])('accepts %s', (origin) => {
    expect(parseParentOrigin(origin)).toBe(origin);
  });

  it.each([
    ['nothing', null],
    ['empty', ''],
    ['a wildcard', '*'],
    ['the opaque origin of a file page', 'null'],
    ['a path after the origin', 'https://council.example.gov.uk/page'],
    ['a trailing slash', 'https://council.example.gov.uk/'],
    ['credentials', 'https://user:pass@council.example.gov.uk'],
    ['a script URL', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,hi'],
    ['a file URL', 'file:///etc/passwd'],
    ['not a URL', 'council.example.gov.uk'],
  ])('refuses %s', (_, value) => {
    expect(parseParentOrigin(value)).toBeUndefined();
  });
});
