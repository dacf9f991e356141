// The vocabulary of the decision spec. Ids and values here are a contract shared
// by the URL, saved progress, the decision record and the tests.

export const REGIME_IDS = ['pa2023', 'pcr2015', 'psr', 'psr-wales', 'pcsr2015'] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

export const ROUTE_IDS = [
  'no-contract',
  'below-threshold',
  'framework-call-off',
  'modify-contract',
  'user-choice',
  'light-touch',
  'existing-provider',
  'patient-choice',
  'most-suitable-provider',
  'direct-award',
  'co-investment',
  'innovation-partnership',
  'competitive-tender',
] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

/**
 * Every question id: the vocabulary of links, saved progress and the record.
 * The order in which they are asked lives in flow.ts.
 */
export const QUESTION_IDS = [
  'arrangement',
  'authorityType',
  'buying',
  'buysOutputs',
  'changeProvided',
  'changeSmall',
  'changeUnforeseen',
  'coInvestment',
  'concession',
  'contractValue',
  'frameworkDirect',
  'healthCare',
  'incumbent',
  'incumbentSatisfactory',
  'initiator',
  'innovationNeed',
  'mixedMainlyHealth',
  'mostSuitable',
  'mutual',
  'nation',
  'noAlternative',
  'onFramework',
  'onlyCapable',
  'patientChoice',
  'proportionate',
  'purchaseAfter',
  'serviceKind',
  'startedBefore2025',
  'supportedEmployment',
  'transparent',
  'uniqueSupplier',
  'userChoice',
  'userPreference',
  'willing',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/**
 * Answers as canonical strings: an option value, or for `contractValue` whole
 * pounds as digits. Only answers the parser accepted ever get here.
 */
export type Answers = Partial<Record<QuestionId, string>>;

export type Role = 'authority' | 'social-enterprise';

export interface Citation {
  /** How the provision is cited, e.g. "Procurement Act 2023, s.41 and Sch 5 para 5". */
  label: string;
  url: string;
}


export const isRouteId = (value: unknown): value is RouteId =>
  typeof value === 'string' && (ROUTE_IDS as readonly string[]).includes(value);
export const isRegimeId = (value: unknown): value is RegimeId =>
  typeof value === 'string' && (REGIME_IDS as readonly string[]).includes(value);
export const isQuestionId = (value: unknown): value is QuestionId =>
  typeof value === 'string' && (QUESTION_IDS as readonly string[]).includes(value);
