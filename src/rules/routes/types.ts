import type { Citation, RegimeId, Role, RouteId } from '../types';

/**
 * Extra parts of a route that the answers switch on: how to run it (e.g. a
 * direct call-off or a competition among a framework's suppliers), the legal
 * ground used (for a change), or a reservation that restricts a competition.
 */
export type RouteOptionId =
  | 'targeted-engagement'
  | 'open-competition'
  | 'mutual-reservation'
  | 'supported-employment-reservation'
  | 'direct-call-off'
  | 'call-off-competition'
  | 'change-below-threshold'
  | 'change-light-touch'
  | 'change-provided-for'
  | 'change-small'
  | 'change-unforeseen';

export interface RouteOption {
  id: RouteOptionId;
  title: string;
  text: string;
  basis: Citation[];
}

export type Nation = 'england' | 'wales' | 'northern-ireland' | 'scotland';

/**
 * Facts beyond the route and the regime that change what the law requires
 * (spec §4). A note applies when every fact it names matches; a fact it does
 * not name does not matter.
 */
export interface NoteCondition {
  /** Where the contracting authority is (the `nation` answer). */
  nation?: readonly Nation[];
  /** True: only for a light touch service (social care, education, community); false: only for other kinds. */
  lightTouch?: boolean;
}

/** Content shown only when its condition holds, e.g. the Social Value Act only in England and Wales. */
export interface RouteNote {
  when: NoteCondition;
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
  /** Content that depends on facts beyond the route and regime; pick with `notesFor`. */
  notes?: RouteNote[];
  /**
   * Where the law lets the authority choose its process (health Process C /
   * Process 2, Most Suitable Provider): every process it may choose between,
   * this route's own first.
   */
  mayChooseBetween?: string[];
  /**
   * What the regime requires the authority to record for this process (PSR
   * reg 24; Welsh reg 30): the start of the statutory record.
   */
  mustRecord?: string[];
}

export interface RouteContent {
  id: RouteId;
  /** Short plain name, the same in every regime (used in lists and the map). */
  title: string;
  /** One line saying what the route is, regardless of regime. */
  summary: string;
  regimes: Partial<Record<RegimeId, RouteInRegime>>;
}
