// A module of its own: vite.config.ts imports journey.ts to work the figure out,
// and this constant only exists once the build has defined it.

declare const __MOST_QUESTIONS__: number;

/** mostQuestions(), as the build worked it out (vite.config.ts): the start page's "up to N questions". */
export const MOST_QUESTIONS: number = __MOST_QUESTIONS__;
