import { answersGiven, isQuestionId, isRouteId, questionsOnPath, type Answers, type JourneyStep, type QuestionId, type RouteId } from '../rules';
import type { AnyStateMachine } from 'xstate';
import { journeyMachine } from './journey';
import { routeOf, stepOf, type JourneySnapshot } from './steps';

export type MapNodeId = 'start' | QuestionId | RouteId;

export interface MapNode {
  id: MapNodeId;
  kind: 'start' | 'question' | 'route';
  /** Row in a top-to-bottom drawing: the longest way down from the start. */
  layer: number;
  /** Position within its row, left to right. */
  order: number;
}

export interface MapEdge {
  from: MapNodeId;
  to: MapNodeId;
}

export interface DecisionGraph {
  nodes: MapNode[];
  edges: MapEdge[];
  layers: number;
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

  // Forward transitions never loop, so the longest path down gives each node a row
  // below everything that leads to it.
  const layer = new Map<MapNodeId, number>(ids.map((id) => [id, 0]));
  for (let pass = 0; pass < ids.length; pass += 1) {
    for (const { from, to } of edges) layer.set(to, Math.max(layer.get(to) ?? 0, (layer.get(from) ?? 0) + 1));
  }

  // Within a row, nodes sit under the average position of what leads to them, which keeps lines short.
  const position = new Map<MapNodeId, number>();
  const layers = Math.max(...layer.values()) + 1;
  const nodes: MapNode[] = [];
  for (let row = 0; row < layers; row += 1) {
    const inRow = ids.filter((id) => layer.get(id) === row);
    const weight = (id: MapNodeId) => {
      const above = edges.filter((edge) => edge.to === id).map((edge) => position.get(edge.from) ?? 0);
      return above.length === 0 ? 0 : above.reduce((sum, value) => sum + value, 0) / above.length;
    };
    const sorted = inRow
      .map((id, index) => ({ id, weight: weight(id), index }))
      .sort((a, b) => a.weight - b.weight || a.index - b.index);
    sorted.forEach(({ id }, order) => {
      position.set(id, (order + 0.5) / sorted.length);
      nodes.push({ id, kind: nodeKind(id), layer: row, order });
    });
  }
  return { nodes, edges, layers };
}

/**
 * The nodes a journey has passed through: the start, the questions answered
 * on its path, the step on screen and, once reached, the route.
 */
export function pathOnMap(answers: Answers, step: JourneyStep, route: RouteId | undefined): MapNodeId[] {
  const questions = questionsOnPath(answers).filter((question) => answers[question] !== undefined || question === step);
  return ['start', ...questions, ...(route ? [route] : [])];
}

export interface MapPosition {
  /** The nodes passed through, in order. */
  path: MapNodeId[];
  /** The node on screen now: the start, a question or the route reached. */
  current?: MapNodeId;
  /** Each answer given, in words, by question. */
  given: Map<QuestionId, string>;
}

/** Where this journey stands on the map. */
export function mapPositionOf(snapshot: JourneySnapshot): MapPosition {
  const answers = snapshot.context.answers;
  const step = stepOf(snapshot);
  const route = routeOf(snapshot);
  return {
    path: pathOnMap(answers, step, route),
    current: step === 'start' || isQuestionId(step) ? step : route,
    given: new Map(answersGiven(Object.keys(answers) as QuestionId[], answers).map((entry) => [entry.question, entry.label])),
  };
}
