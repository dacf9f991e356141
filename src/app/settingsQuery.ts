import { OBSTACLES_KEY, parseObstacles, serialiseObstacles } from '../rules/obstacleIds';

/**
 * A step's query carries answers and, beside them, a few settings that are
 * not answers (the obstacles a group ticked). Settings are split off before
 * the answers are parsed, so they never reach the journey or decide(), and
 * are put back on every URL the journey moves to.
 */
export const SETTING_KEYS = [OBSTACLES_KEY] as const;

export interface SplitQuery {
  /** Everything that is not a setting: the answers, to be parsed as untrusted input. */
  answers: URLSearchParams;
  /** The settings in canonical form (`obstacles=a,b`), or '' when there are none. */
  settings: string;
}

export function splitQuery(search: string): SplitQuery {
  const answers = new URLSearchParams(search);
  const obstacles = serialiseObstacles(parseObstacles(answers.get(OBSTACLES_KEY)));
  for (const key of SETTING_KEYS) answers.delete(key);
  return { answers, settings: obstacles ? `${OBSTACLES_KEY}=${obstacles}` : '' };
}

/** Adds settings to an in-app path that may already have answers in its query. */
export function withSettings(path: string, settings: string): string {
  if (!settings) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${settings}`;
}
