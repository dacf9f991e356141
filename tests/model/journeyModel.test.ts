import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, ROUTE_IDS, decide } from '../../src/rules';
import { browserJourneys, journeyPaths } from './journeyModel';
import { routeOf, stepOf } from '../../src/machines/steps';

describe('journeys generated for the browser', () => {
  const journeys = browserJourneys();

  it('cover every route under every regime the statechart reaches it in', () => {
    const reachable = new Set(
      journeyPaths()
        .filter((path) => stepOf(path.state) === 'result')
        .map((path) => `${routeOf(path.state)}@${decide(path.state.context.answers).regime}`),
    );
    const covered = new Set(journeys.map((journey) => `${journey.route}@${journey.regime}`));
    expect([...covered].sort()).toEqual([...reachable].sort());
    for (const route of ROUTE_IDS) expect(journeys.some((journey) => journey.route === route), route).toBe(true);
  });

  it('show every screen at least once', () => {
    const shown = new Set(journeys.flatMap((journey) => journey.moves.map((move) => move.step)));
    for (const step of ['start', ...QUESTION_IDS, 'check-answers']) expect(shown.has(step as never), step).toBe(true);
  });

  it('each end where decide() says, by answering exactly the questions decide() asks', () => {
    for (const journey of journeys) {
      const decision = decide(journey.answers);
      if (decision.status !== 'complete') throw new Error(`no decision for ${journey.name}`);
      expect([decision.route, decision.regime]).toEqual([journey.route, journey.regime]);
      const answered = journey.moves.flatMap((move) => ('value' in move ? [move.step] : []));
      expect(answered).toEqual(decision.asked);
    }
  });
});
