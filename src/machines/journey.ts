import { and, assign, enqueueActions, setup } from 'xstate';
import {
  FIRST_QUESTION,
  FLOW,
  ROUTE_IDS,
  answersThrough,
  hasRemainingRoutes,
  holds,
  parseAnswer,
  pruneToPath,
  questionsOnPath,
  stepBefore,
  type Answers,
  type Branch,
  type JourneyStep,
  type QuestionId,
  type QuestionNode,
} from '../rules';

export interface JourneyContext {
  answers: Answers;
  /** The person chose to check the remaining routes too: the walk goes on past the recommendation. */
  remaining: boolean;
  /** Set by CHANGE: once the changed answer is given, carry on to check-answers past every answer still on the path. */
  changing: boolean;
  /**
   * Only while one event is being handled: the step the journey is being carried
   * to, through answers it already has (BACK, CHANGE and LOAD all travel this way).
   */
  travelTo?: JourneyStep;
  /** A result is on screen: the only step BACK and CHECK_REMAINING are handled by the root for. */
  showingResult: boolean;
}

export type JourneyEvent =
  | { type: 'START' }
  | { type: 'ANSWER'; value: string }
  | { type: 'BACK' }
  | { type: 'CHANGE'; question: QuestionId }
  | { type: 'CONFIRM' }
  | { type: 'RESTART' }
  /** From a result: carry on through the gates that were skipped. */
  | { type: 'CHECK_REMAINING' }
  /** Rebuilds the journey from answers alone (a link, a reload, saved progress), as far as `step` or as far as they reach. */
  | { type: 'LOAD'; answers: Answers; step: JourneyStep; remaining?: boolean };

type AnsweringParams = { answering: QuestionId };

const walkOptions = (context: JourneyContext) => ({ remaining: context.remaining });

/** The answers on the path through this question, once the event's answer is recorded: guards run before actions. */
function answersAfter(context: JourneyContext, event: JourneyEvent, question: QuestionId): Answers | undefined {
  if (event.type !== 'ANSWER') return undefined;
  const parsed = parseAnswer(question, event.value);
  if (!('value' in parsed)) return undefined;
  return answersThrough({ ...context.answers, [question]: parsed.value }, question, walkOptions(context));
}

const positionOf = (context: JourneyContext, step: JourneyStep) => ({ step, remaining: context.remaining });

export const journeyMachine = setup({
  types: {
    context: {} as JourneyContext,
    events: {} as JourneyEvent,
  },
  guards: {
    /** The answer is one the question accepts; anything else leaves the journey where it is. */
    isValidAnswer: ({ context, event }, { answering }: AnsweringParams) =>
      answersAfter(context, event, answering) !== undefined,
    /**
     * With this answer, the branch's condition holds. While checking the remaining
     * routes only a route after which nothing else is open ends the walk.
     */
    branchHolds: ({ context, event }, { answering, branch }: AnsweringParams & { branch: Branch }) => {
      const answers = answersAfter(context, event, answering);
      if (answers === undefined || branch.when === undefined) return answers !== undefined;
      const passedBy = 'opens' in branch.when && context.remaining && !branch.final;
      return !passedBy && holds(branch.when, answers);
    },
    isOnPath: ({ context, event }) =>
      event.type === 'CHANGE' && questionsOnPath(context.answers, walkOptions(context)).includes(event.question),
    canCheckRemaining: ({ context }) => !context.remaining && hasRemainingRoutes(context.answers),
    loadsStart: ({ event }) => event.type === 'LOAD' && event.step === 'start',
    isShowingResult: ({ context }) => context.showingResult,
  },
  actions: {
    recordAnswer: assign(({ context, event }, { answering }: AnsweringParams) => {
      if (event.type !== 'ANSWER') return {};
      const parsed = parseAnswer(answering, event.value);
      if (!('value' in parsed)) return {};
      return { answers: pruneToPath({ ...context.answers, [answering]: parsed.value }, walkOptions(context)) };
    }),
    /** A person's own answer (not one travelled through) after CHANGE heads back to check-answers. */
    followChange: assign(({ context }) => (context.changing && context.travelTo === undefined ? { travelTo: 'check-answers' as const } : {})),
    /**
     * On reaching a question while travelling: stop if it is the destination or
     * has no answer yet, otherwise answer it again and move on.
     */
    travel: enqueueActions(({ context, enqueue }, { question }: { question: QuestionId }) => {
      if (context.travelTo === undefined) return;
      const answer = context.answers[question];
      if (context.travelTo === question || answer === undefined) enqueue.assign({ travelTo: undefined });
      else enqueue.raise({ type: 'ANSWER', value: answer });
    }),
    /** On reaching a route: the journey has arrived, at its result if that is where it was going. */
    arrive: enqueueActions(({ context, enqueue }) => {
      if (context.travelTo === 'result') enqueue.raise({ type: 'CONFIRM' });
      enqueue.assign({ travelTo: undefined, changing: false });
    }),
    travelBack: assign(({ context }, { from }: { from: JourneyStep }) => {
      const before = stepBefore(context.answers, positionOf(context, from));
      if (before === undefined) return {};
      // Leaving the remaining-routes check keeps only the answers on the recommendation's path.
      const answers = before.remaining ? context.answers : pruneToPath(context.answers);
      return { answers, remaining: before.remaining, changing: false, travelTo: before.step };
    }),
    travelToChange: assign(({ event }) => (event.type === 'CHANGE' ? { changing: true, travelTo: event.question } : {})),
    beginRemaining: assign({ remaining: true, changing: false, travelTo: 'check-answers' as const }),
    showResult: assign({ showingResult: true }),
    leaveResult: assign({ showingResult: false }),
    load: assign(({ event }) => {
      if (event.type !== 'LOAD') return {};
      const main = pruneToPath(event.answers);
      const remaining = event.remaining === true && hasRemainingRoutes(main);
      return {
        answers: remaining ? pruneToPath(event.answers, { remaining }) : main,
        remaining,
        changing: false,
        travelTo: event.step === 'start' ? undefined : event.step,
      };
    }),
    forgetAnswers: assign({ answers: {}, remaining: false, changing: false, travelTo: undefined }),
  },
}).createMachine({
  id: 'journey',
  context: { answers: {}, remaining: false, changing: false, showingResult: false },
  initial: 'start',
  // One pair of result transitions for every route, rather than a pair per route.
  on: {
    BACK: { guard: 'isShowingResult', target: `.${FIRST_QUESTION}`, actions: { type: 'travelBack', params: { from: 'result' } } },
    CHECK_REMAINING: {
      guard: and(['isShowingResult', 'canCheckRemaining']),
      target: `.${FIRST_QUESTION}`,
      actions: 'beginRemaining',
    },
    RESTART: { target: '.start', actions: 'forgetAnswers' },
    CHANGE: { guard: 'isOnPath', target: `.${FIRST_QUESTION}`, actions: 'travelToChange' },
    LOAD: [
      { guard: 'loadsStart', target: '.start', actions: 'load' },
      { target: `.${FIRST_QUESTION}`, actions: 'load' },
    ],
  },
  states: {
    start: { on: { START: FIRST_QUESTION } },
    ...Object.fromEntries(FLOW.map((node) => [node.id, ask(node)])),
    ...Object.fromEntries(ROUTE_IDS.map((route) => [route, outcome()])),
  },
});

/**
 * BACK from a step: from the first question to the start, from any other back
 * to the first question and on through the answers to the step before this one.
 */
function back(from: JourneyStep) {
  if (from === FIRST_QUESTION) return { target: '#journey.start' };
  return { target: `#journey.${FIRST_QUESTION}`, actions: { type: 'travelBack' as const, params: { from } } };
}

/** A question step: ANSWER records the answer and follows the first branch of the flow whose condition holds. */
function ask(node: QuestionNode) {
  const answering = node.id;
  return {
    entry: { type: 'travel' as const, params: { question: answering } },
    on: {
      ANSWER: node.next.map((branch) => ({
        target: `#journey.${branch.to}`,
        guard: { type: 'branchHolds' as const, params: { answering, branch } },
        actions: [{ type: 'recordAnswer' as const, params: { answering } }, 'followChange' as const],
      })),
      BACK: back(answering),
    },
  };
}

/** Where a route is reached: first the answers are checked, then the result is shown. */
function outcome() {
  return {
    initial: 'review' as const,
    states: {
      review: { entry: 'arrive' as const, on: { CONFIRM: 'result', BACK: back('check-answers') } },
      result: { entry: 'showResult' as const, exit: 'leaveResult' as const },
    },
  };
}
