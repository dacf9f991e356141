import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { journeyMachine } from '../../src/machines/journey';
import { decisionGraph, pathOnMap } from '../../src/machines/decisionGraph';
import { QUESTION_IDS, ROUTE_IDS, questionsOnPath } from '../../src/rules';
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

  it('has an edge for every ANSWER transition target, and every edge leads down the page', () => {
    for (const [key, state] of Object.entries(journeyMachine.root.states)) {
      if (key === 'remaining') continue;
      for (const transition of state.transitions.get('ANSWER') ?? []) {
        for (const target of transition.target ?? []) {
          expect(graph.edges).toContainEqual({ from: key, to: target.key });
        }
      }
    }
    const layer = new Map(graph.nodes.map((node) => [node.id, node.layer]));
    for (const { from, to } of graph.edges) expect(layer.get(to)).toBeGreaterThan(layer.get(from) as number);
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
    expect(Object.fromEntries(map.nodes.map((node) => [node.id, [node.kind, node.layer]]))).toEqual({
      start: ['start', 0],
      initiator: ['question', 1],
      nation: ['question', 2],
      'no-contract': ['route', 2],
      'competitive-tender': ['route', 3],
    });
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
