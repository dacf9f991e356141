/** Largest value we accept: beyond this a figure is almost certainly a typing slip. */
export const MAX_CONTRACT_VALUE = 100_000_000_000;

export type MoneyParse = { ok: true; value: number } | { ok: false; error: string };

/**
 * Reads an amount of whole pounds as a person types it: `800000`, `800,000`,
 * `£800,000` and `£ 800 000` are all £800,000. Anything else gets a message
 * that says what to type instead.
 */
export function parseMoney(input: string): MoneyParse {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: 'Enter the estimated value of the contract, in pounds.' };
  const compact = trimmed.replace(/^£\s*/, '').replace(/[,\s]/g, '');
  if (/^-/.test(compact) || /^£?-/.test(trimmed)) {
    return { ok: false, error: 'The value cannot be negative. Enter an amount of £0 or more.' };
  }
  if (/^\d+\.\d+$/.test(compact)) {
    return { ok: false, error: 'Enter whole pounds without pence, for example 800,000.' };
  }
  if (!/^\d+$/.test(compact)) {
    return { ok: false, error: 'Enter the value as a number of pounds, for example 800,000.' };
  }
  // Separators must group thousands: "1,50" is more likely £1.50 mistyped than £150.
  const digits = trimmed.replace(/^£\s*/, '');
  if (/[,\s]/.test(digits) && !/^\d{1,3}([,\s]\d{3})+$/.test(digits)) {
    return { ok: false, error: 'Check the commas: enter the value like 800,000 or 800000.' };
  }
  const value = Number(compact);
  if (!Number.isSafeInteger(value) || value > MAX_CONTRACT_VALUE) {
    return { ok: false, error: 'That is more than £100 billion. Check the figure and enter it in pounds.' };
  }
  return { ok: true, value };
}

// Made on first use: a currency formatter loads locale data, which the first screen does not need.
let pounds: Intl.NumberFormat | undefined;

export const formatMoney = (value: number): string =>
  (pounds ??= new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 })).format(value);
