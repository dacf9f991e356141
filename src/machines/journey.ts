import { assign, setup } from 'xstate';
import {
  ASKED_WHEN,
  QUESTION_IDS,
  ROUTE_IDS,
  ROUTE_OPENS,
  parseAnswer,
  pruneToPath,
  questionBefore,
  questionsOnPath,
  remainingQuestions,
  hasRemainingRoutes,
  REMAINING,
  walk,
  type Answers,
  type QuestionId,
  type RouteId,
} from '../rules';

export interface JourneyContext {
  answers: Answers;
  /**
   * While checking the remaining routes (the `remaining` state), the question on
   * screen: that check is one generic state, so it needs this pointer.
   */
  asking?: QuestionId;
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
  /** Restores answers from a link or saved progress; replaying ANSWERs then finds the step. */
  | { type: 'LOAD'; answers: Answers };

type AnsweringParams = { answering: QuestionId };

/** While checking the remaining routes: the answers and next question once this answer is recorded. */
function remainingAfter(context: JourneyContext, event: JourneyEvent): { answers: Answers; asking?: QuestionId } | undefined {
  if (event.type !== 'ANSWER' || context.asking === undefined) return undefined;
  const parsed = parseAnswer(context.asking, event.value);
  if (!('value' in parsed)) return undefined;
  const answers = pruneToPath({ ...context.answers, [context.asking]: parsed.value }, REMAINING);
  const questions = remainingQuestions(answers);
  return { answers, asking: questions[questions.indexOf(context.asking) + 1] };
}

const previousRemaining = (context: JourneyContext): QuestionId | undefined => {
  const questions = remainingQuestions(context.answers);
  return context.asking === undefined ? questions.at(-1) : questions[questions.indexOf(context.asking) - 1];
};

/** The answers as they will be once the event's answer is recorded: guards run before actions. */
function answersAfter(context: JourneyContext, event: JourneyEvent, question: QuestionId): Answers | undefined {
  if (event.type !== 'ANSWER') return undefined;
  const parsed = parseAnswer(question, event.value);
  return 'value' in parsed ? { ...context.answers, [question]: parsed.value } : undefined;
}

export const journeyMachine = setup({
  types: {
    context: {} as JourneyContext,
    events: {} as JourneyEvent,
  },
  guards: {
    /** The answer is one the question accepts; anything else leaves the journey where it is. */
    isValidAnswer: ({ context, event }, { answering }: AnsweringParams) =>
      answersAfter(context, event, answering) !== undefined,
    /** With this answer, the route's gate opens. */
    opens: ({ context, event }, { answering, route }: AnsweringParams & { route: RouteId }) => {
      const answers = answersAfter(context, event, answering);
      return answers !== undefined && ROUTE_OPENS[route](answers);
    },
    /** With this answer, the question is asked next. */
    asks: ({ context, event }, { answering, question }: AnsweringParams & { question: QuestionId }) => {
      const answers = answersAfter(context, event, answering);
      return answers !== undefined && ASKED_WHEN[question](answers);
    },
    isPreviousStep: ({ context }, { question, from }: { question: QuestionId; from: QuestionId | 'end' }) =>
      questionBefore(context.answers, from) === question,
    isOnPath: ({ context, event }, { question }: { question: QuestionId }) =>
      event.type === 'CHANGE' && event.question === question && questionsOnPath(context.answers).includes(question),
    canCheckRemaining: ({ context }) => hasRemainingRoutes(context.answers),
    isValidRemainingAnswer: ({ context, event }) => remainingAfter(context, event) !== undefined,
    isLastRemainingAnswer: ({ context, event }) => {
      const after = remainingAfter(context, event);
      return after !== undefined && after.asking === undefined;
    },
    hasNothingToAsk: ({ context }) => context.asking === undefined,
    /** Back from the first remaining question (or an empty check) returns to this route's result. */
    isBackToRecommendation: ({ context }, { route }: { route: RouteId }) =>
      previousRemaining(context) === undefined && walk(context.answers).route === route,
    isRemainingQuestion: ({ context, event }) =>
      event.type === 'CHANGE' && remainingQuestions(context.answers).includes(event.question),
  },
  actions: {
    recordAnswer: assign(({ context, event }, { answering }: AnsweringParams) => ({
      answers: pruneToPath(answersAfter(context, event, answering) ?? context.answers),
    })),
    loadAnswers: assign(({ event }) => ({
      answers: event.type === 'LOAD' ? pruneToPath(event.answers) : {},
    })),
    forgetAnswers: assign({ answers: {}, asking: undefined }),
    beginRemaining: assign(({ context }) => ({ asking: remainingQuestions(context.answers)[0] })),
    recordRemainingAnswer: assign(({ context, event }) => remainingAfter(context, event) ?? {}),
    askPrevious: assign(({ context }) => ({ asking: previousRemaining(context) })),
    askChanged: assign(({ event }) => (event.type === 'CHANGE' ? { asking: event.question } : {})),
    /** Leaving the remaining check keeps only the answers on the recommendation's path. */
    stopRemaining: assign(({ context }) => ({ asking: undefined, answers: pruneToPath(context.answers) })),
  },
}).createMachine({
  id: 'journey',
  context: { answers: {} },
  initial: 'start',
  on: {
    RESTART: { target: '.start', actions: 'forgetAnswers' },
  },
  states: {
    start: {
      on: {
        START: 'initiator',
        LOAD: { actions: 'loadAnswers' },
      },
    },
    initiator: ask('initiator', [{ to: 'nation' }]),
    nation: ask('nation', [
      { to: 'healthCare', when: asks('healthCare') },
      { to: 'startedBefore2025', when: asks('startedBefore2025') },
      { to: 'buying' },
    ]),
    healthCare: ask('healthCare', [{ to: 'startedBefore2025', when: asks('startedBefore2025') }, { to: 'buying' }]),
    startedBefore2025: ask('startedBefore2025', [{ to: 'buying' }]),
    buying: ask('buying', [
      { to: 'no-contract', when: opens('no-contract') },
      { to: 'existingProvider', when: asks('existingProvider') },
      { to: 'serviceKind' },
    ]),
    serviceKind: ask('serviceKind', [{ to: 'authorityType', when: asks('authorityType') }, { to: 'contractValue' }]),
    authorityType: ask('authorityType', [{ to: 'contractValue' }]),
    contractValue: ask('contractValue', [
      { to: 'below-threshold', when: opens('below-threshold') },
      { to: 'userChoice', when: asks('userChoice') },
      { to: 'proportionate', when: asks('proportionate') },
      { to: 'uniqueSupplier' },
    ]),
    userChoice: ask('userChoice', [{ to: 'user-choice', when: opens('user-choice') }, { to: 'proportionate' }]),
    proportionate: ask('proportionate', [{ to: 'willing' }]),
    willing: ask('willing', [{ to: 'transparent' }]),
    transparent: ask('transparent', [
      { to: 'mutual', when: asks('mutual') },
      { to: 'light-touch', when: opens('light-touch') },
      { to: 'uniqueSupplier' },
    ]),
    mutual: ask('mutual', [{ to: 'light-touch', when: opens('light-touch') }, { to: 'uniqueSupplier' }]),
    existingProvider: ask('existingProvider', [
      { to: 'existing-provider', when: opens('existing-provider') },
      { to: 'patientChoice' },
    ]),
    patientChoice: ask('patientChoice', [{ to: 'patient-choice', when: opens('patient-choice') }, { to: 'mostSuitable' }]),
    mostSuitable: ask('mostSuitable', [
      { to: 'most-suitable-provider', when: opens('most-suitable-provider') },
      { to: 'uniqueSupplier' },
    ]),
    uniqueSupplier: ask('uniqueSupplier', [{ to: 'noAlternative', when: asks('noAlternative') }, { to: 'coInvestment' }]),
    noAlternative: ask('noAlternative', [{ to: 'direct-award', when: opens('direct-award') }, { to: 'coInvestment' }]),
    coInvestment: ask('coInvestment', [{ to: 'buysOutputs', when: asks('buysOutputs') }, { to: 'innovationNeed' }]),
    buysOutputs: ask('buysOutputs', [{ to: 'co-investment', when: opens('co-investment') }, { to: 'innovationNeed' }]),
    innovationNeed: ask('innovationNeed', [
      { to: 'purchaseAfter', when: asks('purchaseAfter') },
      { to: 'competitive-tender' },
    ]),
    purchaseAfter: ask('purchaseAfter', [
      { to: 'innovation-partnership', when: opens('innovation-partnership') },
      { to: 'competitive-tender' },
    ]),
    ...Object.fromEntries(ROUTE_IDS.map((route) => [route, outcome()])),
    remaining: {
      initial: 'asking',
      on: {
        CHANGE: [
          { guard: 'isRemainingQuestion', target: '.asking', actions: 'askChanged' },
          ...QUESTION_IDS.map((question) => ({
            guard: { type: 'isOnPath' as const, params: { question } },
            target: `#journey.${question}`,
            actions: 'stopRemaining' as const,
          })),
        ],
      },
      states: {
        asking: {
          always: { guard: 'hasNothingToAsk', target: 'review' },
          on: {
            ANSWER: [
              { guard: 'isLastRemainingAnswer', target: 'review', actions: 'recordRemainingAnswer' },
              { guard: 'isValidRemainingAnswer', target: 'asking', reenter: true, actions: 'recordRemainingAnswer' },
            ],
            BACK: [...backToRecommendation(), { target: 'asking', reenter: true, actions: 'askPrevious' }],
          },
        },
        review: {
          on: {
            CONFIRM: 'result',
            BACK: [...backToRecommendation(), { target: 'asking', actions: 'askPrevious' }],
          },
        },
        result: { on: { BACK: 'review' } },
      },
    },
  },
});

function backToRecommendation() {
  return ROUTE_IDS.map((route) => ({
    guard: { type: 'isBackToRecommendation' as const, params: { route } },
    target: `#journey.${route}.result`,
    actions: 'stopRemaining' as const,
  }));
}

type Condition = { type: 'opens'; route: RouteId } | { type: 'asks'; question: QuestionId };
interface Branch {
  to: QuestionId | RouteId;
  /** Omitted on the last branch: where the journey goes when nothing before it applies. */
  when?: Condition;
}

function opens(route: RouteId): Condition {
  return { type: 'opens', route };
}
function asks(question: QuestionId): Condition {
  return { type: 'asks', question };
}

/** BACK from a step goes to whichever question came before it on this path. */
function backFrom(from: QuestionId | 'end') {
  const earlier = from === 'end' ? QUESTION_IDS : QUESTION_IDS.slice(0, QUESTION_IDS.indexOf(from));
  return earlier.map((question) => ({
    guard: { type: 'isPreviousStep' as const, params: { question, from } },
    target: `#journey.${question}`,
  }));
}

/** A question step: ANSWER records the answer and follows the first branch whose condition holds. */
function ask(question: QuestionId, branches: Branch[]) {
  const answering = question;
  return {
    on: {
      ANSWER: branches.map(({ to, when }) => ({
        target: `#journey.${to}`,
        guard:
          when === undefined
            ? { type: 'isValidAnswer' as const, params: { answering } }
            : when.type === 'opens'
              ? { type: 'opens' as const, params: { answering, route: when.route } }
              : { type: 'asks' as const, params: { answering, question: when.question } },
        actions: { type: 'recordAnswer' as const, params: { answering } },
      })),
      BACK: question === 'initiator' ? [{ target: '#journey.start' }] : backFrom(question),
    },
  };
}

/** Where a route is reached: first the answers are checked, then the result is shown. */
function outcome() {
  return {
    initial: 'review' as const,
    on: {
      CHANGE: QUESTION_IDS.map((question) => ({
        guard: { type: 'isOnPath' as const, params: { question } },
        target: `#journey.${question}`,
      })),
    },
    states: {
      review: { on: { CONFIRM: 'result', BACK: backFrom('end') } },
      result: {
        on: {
          BACK: 'review',
          CHECK_REMAINING: { guard: 'canCheckRemaining', target: '#journey.remaining', actions: 'beginRemaining' },
        },
      },
    },
  };
}
