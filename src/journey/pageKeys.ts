/** A key press as the page's own keys read it: the key, where it was pressed, and any modifier held. */
export interface KeyPress {
  key: string;
  target: EventTarget | null;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const NOT_TYPED = new Set(['radio', 'checkbox', 'button', 'submit', 'reset']);

/** Keys must never act while someone is typing: the contract value is a text field. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TYPED.has(target.type);
}

/** A key the page may act on: not a shortcut with Ctrl, Cmd or Alt held, and not typing in a field. */
export const isPageKey = ({ target, ctrlKey, metaKey, altKey }: KeyPress): boolean => !(ctrlKey || metaKey || altKey) && !isTyping(target);
