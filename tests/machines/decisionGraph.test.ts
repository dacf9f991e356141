import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { journeyMachine } from '../../src/machines/journey';
import { branchesOf, decisionGraph, pathOnMap, routeName, routesInStageOrder, stagesOnPath } from '../../src/machines/decisionGraph';
import { FLOW_NODE, GATES, QUESTION_IDS, ROUTE_IDS, questionsOnPath, regimeFor, walk } from '../../src/rules';
import { ROUTES, routeIn } from '../../src/rules/routes';
import { SCENARIOS } from '../fixtures/scenarios';
import type { Journey } from '../rules/builders';

const graph = decisionGraph();
const scenarios: Journey[] = SCENARIOS;

describe('decision map, read from the statechart', () => {
  it('has a node for the start and every question and route state of the journey, and nothing else', () => {
    const decisionStates = Object.keys(journeyMachine.root.states).filter((key) => key !== 'remaining');
    expect(graph.nodes.map((node) => node.id).sort()).toEqual(decisionStates.sort());
    expect(decisionStates.sort()).toEqual(['start', ...QUESTION_IDS, ...ROUTE_IDS].sort());
  });

  it('covers every question and every route in the spec', () => {
    const ids = new Set(graph.nodes.map((node) => node.id));
    for (const id of [...QUESTION_IDS, ...ROUTE_IDS]) expect(ids.has(id)).toBe(true);
    expect(graph.nodes.filter((node) => node.kind === 'route').map((node) => node.id).sort()).toEqual([...ROUTE_IDS].sort());
  });

  it('has an edge for every ANSWER transition target, and no edge leads back', () => {
    for (const [key, state] of Object.entries(journeyMachine.root.states)) {
      if (key === 'remaining') continue;
      for (const transition of state.transitions.get('ANSWER') ?? []) {
        for (const target of transition.target ?? []) {
          expect(graph.edges).toContainEqual({ from: key, to: target.key });
        }
      }
    }
    // Forward transitions never loop: peeling off nodes nothing leads to empties the chart.
    let left = graph.nodes.map((node) => node.id);
    while (left.length > 0) {
      const sources = left.filter((id) => !graph.edges.some((edge) => edge.to === id && left.includes(edge.from)));
      expect(sources.length, 'a loop among the forward transitions').toBeGreaterThan(0);
      left = left.filter((id) => !sources.includes(id));
    }
  });

  it('follows whatever chart it is given: a changed chart gives a changed map', () => {
    const smaller = createMachine({
      id: 'journey',
      initial: 'start',
      states: {
        start: { on: { START: 'initiator' } },
        initiator: { on: { ANSWER: [{ target: 'no-contract', guard: () => false }, { target: 'nation' }], BACK: 'start' } },
        nation: { on: { ANSWER: 'competitive-tender' } },
        'no-contract': {},
        'competitive-tender': {},
      },
    });
    const map = decisionGraph(smaller);
    expect(map.edges).toEqual([
      { from: 'start', to: 'initiator' },
      { from: 'initiator', to: 'no-contract' },
      { from: 'initiator', to: 'nation' },
      { from: 'nation', to: 'competitive-tender' },
    ]);
    expect(Object.fromEntries(map.nodes.map((node) => [node.id, node.kind]))).toEqual({
      start: 'start',
      initiator: 'question',
      nation: 'question',
      'no-contract': 'route',
      'competitive-tender': 'route',
    });
    expect(routesInStageOrder(map)).toEqual(['no-contract', 'competitive-tender']);
  });

  it('every route is reachable from the start by following edges', () => {
    const reached = new Set(['start']);
    for (let pass = 0; pass < graph.nodes.length; pass += 1) {
      for (const { from, to } of graph.edges) if (reached.has(from)) reached.add(to);
    }
    for (const route of ROUTE_IDS) expect(reached.has(route)).toBe(true);
  });
});

describe('the path marked on the map', () => {
  it('is the start, the answered questions in order, and the route once reached', () => {
    for (const scenario of scenarios) {
      const path = pathOnMap(scenario.answers, 'result', scenario.route as never);
      expect(path).toEqual(['start', ...questionsOnPath(scenario.answers), scenario.route]);
    }
  });

  it('includes the question on screen but not questions not yet reached', () => {
    expect(pathOnMap({ initiator: 'authority' }, 'nation', undefined)).toEqual(['start', 'initiator', 'nation']);
    expect(pathOnMap({}, 'start', undefined)).toEqual(['start']);
  });

  it('each step of the path is an edge of the map, so the highlighted line is unbroken', () => {
    for (const scenario of scenarios) {
      const path = pathOnMap(scenario.answers, 'result', scenario.route as never);
      path.slice(1).forEach((to, index) => expect(graph.edges).toContainEqual({ from: path[index], to }));
    }
  });
});

describe('the overview drawn for the room', () => {
  it('lists every route of the chart once, in the order the stages open them', () => {
    const routes = routesInStageOrder(graph);
    expect([...routes].sort()).toEqual([...ROUTE_IDS].sort());
    const firstStage = (route: string) => GATES.findIndex((gate) => (gate.routes as readonly string[]).includes(route));
    routes.slice(1).forEach((route, index) => expect(firstStage(route)).toBeGreaterThanOrEqual(firstStage(routes[index] as string)));
  });

  it('groups the path into runs of one stage, in order, losing no step', () => {
    for (const scenario of scenarios) {
      const path = pathOnMap(scenario.answers, 'result', scenario.route as never);
      const stages = stagesOnPath(path);
      expect(stages.flatMap((stage) => stage.questions)).toEqual(questionsOnPath(scenario.answers));
      for (const stage of stages) for (const question of stage.questions) expect(FLOW_NODE[question].gate).toBe(stage.gate);
      stages.slice(1).forEach((stage, index) => expect(stage.gate).not.toBe(stages[index]?.gate));
    }
  });

  it('names a route as the result does once the law is known, and plainly before', () => {
    for (const scenario of scenarios) {
      const regime = regimeFor(scenario.answers);
      expect(regime).toBe(scenario.regime);
      expect(routeName(scenario.route as never, regime)).toBe(routeIn(scenario.route as never, scenario.regime as never).name);
    }
    expect(routeName('user-choice', undefined)).toBe(ROUTES['user-choice'].title);
    // A route the law does not have keeps its plain name.
    expect(routeName('user-choice', 'psr')).toBe(ROUTES['user-choice'].title);
  });

  it('labels each branch of a question with the answers that lead along it, as the flow walks them', () => {
    expect(branchesOf('buying', { initiator: 'authority', nation: 'scotland' })).toEqual([
      { answers: ['Yes'], to: 'arrangement', taken: false },
      { answers: ['No'], to: 'no-contract', taken: false },
      { answers: ['Not sure yet'], to: 'coInvestment', taken: false },
    ]);
    for (const scenario of scenarios) {
      for (const question of questionsOnPath(scenario.answers)) {
        const branches = branchesOf(question, scenario.answers);
        const taken = branches.filter((branch) => branch.taken);
        if (scenario.answers[question] === undefined || branches.length === 0) continue;
        expect(taken).toHaveLength(1);
        // The branch this journey took leads where its walk went next.
        const path = [...questionsOnPath(scenario.answers), walk(scenario.answers).route];
        expect(taken[0]?.to).toBe(path[path.indexOf(question) + 1]);
      }
    }
  });

  it('gives an amount no branches: its answers are not a fixed list', () => {
    expect(branchesOf('contractValue', {})).toEqual([]);
  });
});
