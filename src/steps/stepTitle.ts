import { QUESTIONS, type JourneyStep } from '../rules';

/** The page title's first part for each step: what a screen reader announces and a browser tab shows. */
export const stepTitle = (step: JourneyStep): string =>
  step === 'start'
    ? 'Find your partnership route'
    : step === 'check-answers'
      ? 'Check your answers'
      : step === 'result'
        ? 'Your route'
        : QUESTIONS[step].text;
