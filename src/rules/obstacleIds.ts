/**
 * The ids of the obstacles a group can tick, and how they travel in a URL.
 * Kept apart from their wording (obstacles.ts) so the first screen, which only
 * carries ticks along in links, does not download the text.
 */
export const OBSTACLE_IDS = [
  'everything-is-procurement',
  'talking-is-improper',
  'capability-doubts',
  'risk-aversion',
  'never-done-it',
  'colleague-objections',
  'poor-practice',
] as const;
export type ObstacleId = (typeof OBSTACLE_IDS)[number];

/** The URL query key that carries ticked obstacles: a setting, never an answer. */
export const OBSTACLES_KEY = 'obstacles';

/** Reads ticked obstacles from their URL value (`id1,id2`), ignoring anything unknown, in catalogue order. */
export function parseObstacles(value: string | null | undefined): ObstacleId[] {
  const given = new Set((value ?? '').split(','));
  return OBSTACLE_IDS.filter((id) => given.has(id));
}

export const serialiseObstacles = (ids: readonly ObstacleId[]): string => parseObstacles(ids.join(',')).join(',');
