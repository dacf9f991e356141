/**
 * MAJOR.MINOR.PATCH. MAJOR follows the decision spec (version 2 from
 * 29 November 2026, which replaced the first rules, 2026.11.1); MINOR for a
 * changed rule, threshold or citation; PATCH for wording only. Update the
 * review date whenever the law is re-checked.
 */
export const RULES_VERSION = '2.1.0';
export const RULES_REVIEWED = '2026-11-29';
export const RULES_REVIEWED_LABEL = '29 November 2026';

export const DISCLAIMER =
  'This tool gives general information to help you think through your options. It is not legal advice. Check your situation with your own legal or procurement advisers before you act.';
