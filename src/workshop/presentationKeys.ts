import { isPageKey, type KeyPress } from '../journey/pageKeys';

/** What a key does in presentation mode; the facilitator drives the room from the keyboard. */
export type KeyAction =
  | { type: 'choose'; index: number }
  | { type: 'continue' }
  | { type: 'back' }
  | { type: 'map' }
  | { type: 'whatIf' }
  | { type: 'restart' }
  | { type: 'fullscreen' }
  | { type: 'help' };

export interface KeyHelp {
  /** Each key on its own, so each can be drawn as a key cap. */
  keys: readonly string[];
  /** How two keys relate: a range of keys, or either key. */
  between?: 'to' | 'or';
  does: string;
}

/** The keys, as the help overlay and the README list them. */
export const PRESENTATION_KEYS: readonly KeyHelp[] = [
  { keys: ['1', '9'], between: 'to', does: 'Choose that option on the question shown' },
  { keys: ['Enter'], does: 'Continue' },
  { keys: ['Backspace', '←'], between: 'or', does: 'Go back' },
  { keys: ['M'], does: 'Open the decision map' },
  { keys: ['W'], does: 'What if? On a result, try another answer' },
  { keys: ['R'], does: 'Start again (asks first; Enter confirms, Escape keeps your answers)' },
  { keys: ['F'], does: 'Full screen on or off' },
  { keys: ['?'], does: 'Show these keys' },
];

const activatesItself = (target: EventTarget | null) =>
  target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement || (target instanceof HTMLElement && target.tagName === 'SUMMARY');

const isRadio = (target: EventTarget | null) => target instanceof HTMLInputElement && target.type === 'radio';

export function keyAction(press: KeyPress): KeyAction | undefined {
  if (!isPageKey(press)) return undefined;
  const { key, target } = press;
  if (/^[1-9]$/.test(key)) return { type: 'choose', index: Number(key) - 1 };
  switch (key) {
    // A focused button or link already does its own thing on Enter.
    case 'Enter':
      return activatesItself(target) ? undefined : { type: 'continue' };
    case 'Backspace':
      return { type: 'back' };
    // On a radio, the arrow keys move between options, which keyboard users rely on.
    case 'ArrowLeft':
      return isRadio(target) ? undefined : { type: 'back' };
    case 'm':
    case 'M':
      return { type: 'map' };
    case 'w':
    case 'W':
      return { type: 'whatIf' };
    case 'r':
    case 'R':
      return { type: 'restart' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case '?':
      return { type: 'help' };
    default:
      return undefined;
  }
}
