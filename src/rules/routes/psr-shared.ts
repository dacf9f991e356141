// Wording shared by the Provider Selection Regime routes.
// legal-facts: "PSR processes" — key criteria (reg 5); decisions recorded;
// standstill 8 working days.

/** One-line gloss of the key criteria, listed as legal-facts gives them. */
export const KEY_CRITERIA =
  'the key criteria — the five things every decision must weigh: quality and innovation; value; integration, collaboration and service sustainability; improving access, reducing health inequalities and facilitating choice; and social value';
