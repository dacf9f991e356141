/**
 * Where saved progress lives in localStorage. Its own module so the first-paint
 * script (src/firstPaint/) can read it without pulling in the store.
 */
export const STORAGE_KEY = 'partnership-pathfinder';
