import { OBSTACLES_KEY, parseObstacles, serialiseObstacles, type ObstacleId } from '../rules/obstacleIds';

/**
 * A step's query carries answers and, beside them, a few settings that are
 * not answers (the obstacles a group ticked). Settings are split off before
 * the answers are parsed, so they never reach the journey or decide(), and
 * are put back on every URL the journey moves to.
 */
export interface SplitQuery {
  /** Everything that is not a setting: the answers, to be parsed as untrusted input. */
  answers: URLSearchParams;
  /** The obstacles ticked, in catalogue order. */
  obstacles: ObstacleId[];
  /** The settings in canonical form (`obstacles=a,b`), or '' when there are none. */
  settings: string;
}

/** The settings part of a query for these ticked obstacles (`obstacles=a,b`), or '' for none. */
export function obstaclesSetting(ticked: readonly ObstacleId[]): string {
  const value = serialiseObstacles(ticked);
  return value ? `${OBSTACLES_KEY}=${value}` : '';
}

export function splitQuery(search: string): SplitQuery {
  const answers = new URLSearchParams(search);
  const obstacles = parseObstacles(answers.get(OBSTACLES_KEY));
  answers.delete(OBSTACLES_KEY);
  return { answers, obstacles, settings: obstaclesSetting(obstacles) };
}

/** Adds settings to an in-app path that may already have answers in its query. */
export function withSettings(path: string, settings: string): string {
  if (!settings) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${settings}`;
}
