// A module of its own: vite.config.ts imports journey.ts to work the figure out,
// and defines it for everything Vite builds or tests.
import { mostQuestions } from './journey';

declare const __MOST_QUESTIONS__: number | undefined;

/**
 * mostQuestions(), as the build worked it out (vite.config.ts): the start page's
 * "up to N questions". Code that Vite does not compile (the browser tests'
 * own Node process) works it out here instead, once.
 */
export const MOST_QUESTIONS: number = typeof __MOST_QUESTIONS__ === 'number' ? __MOST_QUESTIONS__ : mostQuestions();
