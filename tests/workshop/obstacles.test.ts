import { describe, expect, it } from 'vitest';
import { OBSTACLES, OBSTACLE_IDS, obstaclesForRecord, parseObstacles, serialiseObstacles } from '../../src/rules/obstacles';
import { splitQuery, withSettings } from '../../src/journey/settingsQuery';
import { decide, parseAnswers } from '../../src/rules';
import scenarioFile from '../fixtures/scenarios.json';
import type { Journey } from '../rules/builders';

const scenarios = scenarioFile as Journey[];

describe('obstacle catalogue', () => {
  it('gives every obstacle a title, a response and legislation links only', () => {
    for (const id of OBSTACLE_IDS) {
      const obstacle = OBSTACLES[id];
      expect(obstacle.id).toBe(id);
      expect(obstacle.title.length).toBeGreaterThan(5);
      expect(obstacle.response.split(' ').length).toBeGreaterThan(15);
      for (const citation of obstacle.basis) expect(citation.url).toMatch(/^https:\/\/www\.legislation\.gov\.uk\//);
    }
  });

  it('reads ticked obstacles from a URL value, dropping unknown and repeated ids, in catalogue order', () => {
    expect(parseObstacles('never-done-it,everything-is-procurement')).toEqual(['everything-is-procurement', 'never-done-it']);
    expect(parseObstacles('never-done-it,<script>,never-done-it,')).toEqual(['never-done-it']);
    expect(parseObstacles(null)).toEqual([]);
    expect(serialiseObstacles(['poor-practice', 'risk-aversion'])).toBe('risk-aversion,poor-practice');
  });

  it('gives a decision record the title and response of each ticked obstacle', () => {
    expect(obstaclesForRecord('risk-aversion,nonsense')).toEqual([
      { title: OBSTACLES['risk-aversion'].title, response: OBSTACLES['risk-aversion'].response },
    ]);
    expect(obstaclesForRecord('')).toEqual([]);
  });
});

describe('settings beside answers in the URL', () => {
  it('splits obstacles off, so the answers parse exactly as without them and decide the same route', () => {
    for (const scenario of scenarios) {
      const answersOnly = new URLSearchParams(scenario.answers as Record<string, string>).toString();
      const { answers, settings } = splitQuery(`${answersOnly}&obstacles=never-done-it,poor-practice`);
      expect(settings).toBe('obstacles=never-done-it,poor-practice');
      const parsed = parseAnswers(answers);
      expect(parsed).toEqual(parseAnswers(new URLSearchParams(answersOnly)));
      expect(JSON.stringify(parsed.problems)).not.toMatch(/obstacles/);
      const decision = decide(parsed.answers);
      expect(decision.status === 'complete' && decision.route).toBe(scenario.route);
    }
  });

  it('drops an obstacles value with nothing we know, and puts settings back after any answers', () => {
    expect(splitQuery('initiator=authority&obstacles=bogus').settings).toBe('');
    expect(withSettings('/nation?initiator=authority', 'obstacles=risk-aversion')).toBe('/nation?initiator=authority&obstacles=risk-aversion');
    expect(withSettings('/', 'obstacles=risk-aversion')).toBe('/?obstacles=risk-aversion');
    expect(withSettings('/nation', '')).toBe('/nation');
  });
});
