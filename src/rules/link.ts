import { parseAnswers, serialiseAnswers, type ParsedAnswers } from './parse';
import type { Answers } from './types';
import type { WalkOptions } from './journey';

/** The one query key that is a setting, not an answer: "check the remaining routes too". */
export const REMAINING_KEY = 'remaining';

export interface ParsedLink extends ParsedAnswers {
  remaining: boolean;
}

/**
 * Reads a link's query. URLSearchParams decodes leniently (a broken escape such
 * as `%E0%A4%A` stays as text rather than throwing), so this never throws.
 */
export function parseLink(query: string): ParsedLink {
  const params = new URLSearchParams(query);
  const setting = params.get(REMAINING_KEY);
  params.delete(REMAINING_KEY);
  const remaining = setting === 'yes';
  const parsed = parseAnswers(params, { remaining });
  if (setting !== null && !remaining) {
    parsed.problems.push({ message: 'We ignored the request to check the remaining routes: it was not written as we expected.' });
  }
  return { ...parsed, remaining };
}

/** The query of a link: the answers, sorted and readable, then the setting if chosen. */
export function linkQuery(answers: Answers, options: WalkOptions = {}): string {
  const query = serialiseAnswers(answers);
  if (!options.remaining) return query;
  return query ? `${query}&${REMAINING_KEY}=yes` : `${REMAINING_KEY}=yes`;
}
