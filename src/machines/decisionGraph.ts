import {
  FLOW_NODE,
  GATES,
  QUESTIONS,
  answersGiven,
  answersThrough,
  isQuestionId,
  isRouteId,
  questionsOnPath,
  regimeFor,
  routeApplies,
  walk,
  type Answers,
  type GateId,
  type JourneyStep,
  type QuestionId,
  type RegimeId,
  type RouteId,
} from '../rules';
import { ROUTES, routeIn } from '../rules/routes';
import type { AnyStateMachine } from 'xstate';
import { journeyMachine } from './journey';
import { routeOf, stepOf, type JourneySnapshot } from './steps';

export type MapNodeId = 'start' | QuestionId | RouteId;

export interface MapNode {
  id: MapNodeId;
  kind: 'start' | 'question' | 'route';
}

export interface MapEdge {
  from: MapNodeId;
  to: MapNodeId;
}

export interface DecisionGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

/** The events that move a journey forward; BACK, CHANGE and RESTART only revisit steps. */
const FORWARD_EVENTS = ['START', 'ANSWER'] as const;

const nodeKind = (id: string): MapNode['kind'] => (isRouteId(id) ? 'route' : isQuestionId(id) ? 'question' : 'start');

/**
 * The decision map, read from the statechart itself so the drawing cannot
 * drift from the journey: every start, question and route state is a node,
 * every forward transition between them an edge.
 */
export function decisionGraph(machine: AnyStateMachine = journeyMachine): DecisionGraph {
  // The map shows the decision itself: the start, the questions and the routes. The
  // "check the remaining routes" loop after a result is an extra, not a decision step.
  const states = Object.values(machine.root.states).filter(
    (state) => state.key === 'start' || isQuestionId(state.key) || isRouteId(state.key),
  );
  const ids = states.map((state) => state.key as MapNodeId);
  const edges: MapEdge[] = [];
  for (const state of states) {
    for (const event of FORWARD_EVENTS) {
      for (const transition of state.transitions.get(event) ?? []) {
        for (const target of transition.target ?? []) {
          const to = target.key as MapNodeId;
          if (!ids.includes(to)) continue;
          if (!edges.some((edge) => edge.from === state.key && edge.to === to)) edges.push({ from: state.key as MapNodeId, to });
        }
      }
    }
  }
  return { nodes: ids.map((id) => ({ id, kind: nodeKind(id) })), edges };
}

/**
 * The nodes a journey has passed through: the start, the questions answered
 * on its path, the step on screen and, once reached, the route.
 */
export function pathOnMap(answers: Answers, step: JourneyStep, route: RouteId | undefined): MapNodeId[] {
  const questions = questionsOnPath(answers).filter((question) => answers[question] !== undefined || question === step);
  return ['start', ...questions, ...(route ? [route] : [])];
}

/** A route by the name the result gives it under this law; by its plain name while the law is not known or it does not apply. */
export function routeName(route: RouteId, regime: RegimeId | undefined): string {
  return regime !== undefined && routeApplies(route, regime) ? routeIn(route, regime).name : ROUTES[route].title;
}

/** A question, or the route reached, as the map labels it. */
export function nodeLabel(id: MapNodeId, regime: RegimeId | undefined): string {
  if (id === 'start') return 'Start';
  return isQuestionId(id) ? QUESTIONS[id].shortLabel : routeName(id, regime);
}

/** Where answers to a question lead: the next question, or the route they open. */
export interface MapBranch {
  /** The answers, in words, that lead there, in the order the question offers them. */
  answers: string[];
  to: QuestionId | RouteId;
  /** This journey's answer is among them. */
  taken: boolean;
}

/**
 * Where each answer to a question leads, given the answers before it, by
 * following the flow table; answers that lead to the same place share one
 * branch. An amount has no fixed answers, so no branches.
 */
export function branchesOf(question: QuestionId, answers: Answers): MapBranch[] {
  const q = QUESTIONS[question];
  if (q.kind !== 'choice') return [];
  const before = answersThrough(answers, question);
  delete before[question];
  const branches: MapBranch[] = [];
  for (const option of q.options) {
    const after = walk({ ...before, [question]: option.value });
    const to = after.route ?? after.next;
    if (to === undefined) continue;
    const taken = answers[question] === option.value;
    const branch = branches.find((existing) => existing.to === to);
    if (branch) {
      branch.answers.push(option.label);
      branch.taken ||= taken;
    } else branches.push({ answers: [option.label], to, taken });
  }
  return branches;
}

/** The routes in the order the stages can open them, each once, read from the flow and kept to the chart's route states. */
export function routesInStageOrder(graph: DecisionGraph): RouteId[] {
  const charted = new Set(graph.nodes.filter((node) => node.kind === 'route').map((node) => node.id));
  return [...new Set(GATES.flatMap((gate) => gate.routes))].filter((route) => charted.has(route));
}

/** A run of consecutive steps of the path in one stage. */
export interface StageOnPath {
  gate: GateId;
  questions: QuestionId[];
}

/** The path's questions grouped into the stages they belong to, in the order the journey met them. */
export function stagesOnPath(path: readonly MapNodeId[]): StageOnPath[] {
  const stages: StageOnPath[] = [];
  for (const id of path) {
    if (!isQuestionId(id)) continue;
    const gate = FLOW_NODE[id].gate;
    const last = stages[stages.length - 1];
    if (last?.gate === gate) last.questions.push(id);
    else stages.push({ gate, questions: [id] });
  }
  return stages;
}

export interface MapPosition {
  /** The nodes passed through, in order. */
  path: MapNodeId[];
  /** The node on screen now: the start, a question or the route reached. */
  current?: MapNodeId;
  /** Each answer given, in words, by question. */
  given: Map<QuestionId, string>;
  /** The law, once the answers decide it: routes are named as its result names them. */
  regime?: RegimeId;
  /** The question whose answers the map spells out: the one on screen, or the last one answered. */
  opened?: { question: QuestionId; branches: MapBranch[] };
}

/** Where this journey stands on the map. */
export function mapPositionOf(snapshot: JourneySnapshot): MapPosition {
  const answers = snapshot.context.answers;
  const step = stepOf(snapshot);
  const route = routeOf(snapshot);
  const path = pathOnMap(answers, step, route);
  const questions = path.filter(isQuestionId);
  const opened = isQuestionId(step) ? step : questions[questions.length - 1];
  return {
    path,
    current: step === 'start' || isQuestionId(step) ? step : route,
    given: new Map(answersGiven(Object.keys(answers) as QuestionId[], answers).map((entry) => [entry.question, entry.label])),
    regime: regimeFor(answers),
    opened: opened && { question: opened, branches: branchesOf(opened, answers) },
  };
}
