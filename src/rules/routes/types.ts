import type { Citation, RegimeId, Role, RouteId } from '../types';

/** Extra parts of a route that the answers switch on (e.g. reserving a contract for a mutual). */
export type RouteOptionId = 'targeted-engagement' | 'open-competition' | 'mutual-reservation';

export interface RouteOption {
  id: RouteOptionId;
  title: string;
  text: string;
  basis: Citation[];
}

/** One route as it stands under one regime. Plain English, reading age about 12. */
export interface RouteInRegime {
  /** The route's name in this regime's own terms. */
  name: string;
  /** What it lets the authority do, in one or two sentences. */
  allows: string;
  /** When it can be used: the conditions, in plain words. */
  when: string;
  /** Legal basis; the first citation is the main one. Every entry traces to legal-facts. */
  basis: Citation[];
  risks: string[];
  nextSteps: Record<Role, string[]>;
  /** A rough, hedged indication of how long it usually takes. */
  timescale: string;
  options?: RouteOption[];
}

export interface RouteContent {
  id: RouteId;
  /** Short plain name, the same in every regime (used in lists and the map). */
  title: string;
  /** One line saying what the route is, regardless of regime. */
  summary: string;
  regimes: Partial<Record<RegimeId, RouteInRegime>>;
}
