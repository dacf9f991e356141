/** Bump the version whenever a rule, threshold or citation changes; update the review date when the law is re-checked. */
export const RULES_VERSION = '2026.11.1';
export const RULES_REVIEWED = '2026-11-25';
export const RULES_REVIEWED_LABEL = '25 November 2026';

export const DISCLAIMER =
  'This tool gives general information to help you think through your options. It is not legal advice. Check your situation with your own legal or procurement advisers before you act.';
