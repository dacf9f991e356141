// Wording shared by the health routes, England (SI 2023/1348) and Wales
// (WSI 2025/99). health.md §1–§2: key criteria (reg 5; Welsh reg 6),
// standstill (reg 12 in both), records (reg 24; Welsh reg 30).

import type { RouteNote } from './types';
import { PSR, WALES } from './sources';

/** England's key criteria (reg 5), with a one-line gloss. */
export const KEY_CRITERIA =
  'the key criteria — the five things every decision must weigh: quality and innovation; value; integration, collaboration and service sustainability; improving access, reducing health inequalities and facilitating choice; and social value';

/** Wales's key criteria (Welsh reg 6): no innovation, no integration, no choice; social responsibility. */
export const WELSH_KEY_CRITERIA =
  'the key criteria — the five things every decision must weigh: quality; value; collaboration and service sustainability; improving access and reducing health inequalities; and social responsibility (economic, social, environmental and cultural well-being in the area)';

/** England's standstill (reg 12(2)–(10)). */
export const STANDSTILL_ENGLAND =
  'The standstill starts the day after the notice of intention is published. Providers can make written representations until midnight at the end of the 8th working day. If they do, you must review your decision, and the standstill ends only when at least 5 working days have passed since you told them your further decision.';

/** Wales's standstill (Welsh reg 12(4), (6)–(15)): it starts on the day the notice is submitted. */
export const STANDSTILL_WALES =
  'The standstill starts on the day the notice of intention is submitted for publication (in England it starts the day after publication). Providers can make written representations until midnight at the end of the 8th working day. If they do, you must review your decision before it ends.';

/**
 * Every health result (spec-v2 review M15): an urgent award is not a route the
 * journey offers, but a commissioner facing one must know it exists (reg 14 in
 * both regimes overrides the processes).
 */
export const urgentAwardNote = (wales: boolean): RouteNote => ({
  when: {},
  text: 'If the award cannot wait — the urgency was not foreseeable by you or caused by you, and delay would be likely to put patients or the public at risk — the regulations let you award or change a contract without following these processes. A notice must follow within 30 days. Take advice before you rely on it.',
  basis: [wales ? WALES.reg14 : PSR.reg14],
});

/** Which step of the regime the record entry is for: it changes reg 24(e)–(f). */
type RecordedProcess = 'direct' | 'assessed' | 'competitive';

/**
 * What the regime requires the authority to record (reg 24; Welsh reg 30), as
 * a list for the decision record. `direct`: Process A, B or Welsh Process 1;
 * `assessed`: Process C / Welsh Process 2 or Most Suitable Provider.
 */
export function recordRequirements(wales: boolean, process: RecordedProcess): string[] {
  const criteria = wales ? 'the Welsh key criteria' : 'the key criteria';
  return [
    'The name of the provider awarded the contract, and its registered office or principal place of business.',
    'The decision-making process you followed, including who made each decision.',
    ...(process === 'assessed'
      ? [`How you took ${criteria} into account, and how you assessed the basic selection criteria.`]
      : []),
    ...(process === 'competitive'
      ? [`How you took ${criteria} into account, how you assessed the basic selection criteria, and how you evaluated the award criteria.`]
      : []),
    'The reasons for each decision you made under the regulations.',
    'Any conflicts or potential conflicts of interest that were declared, and how each was managed for each decision.',
    'The date, if you abandon the procurement.',
    ...(wales
      ? [
          'Details of any excluded or excludable providers; your reasons for excluding, or not excluding, an excludable provider; and your reasons for any award to an excluded provider on public-health grounds.',
          'Keep these records for 3 years from the award (or from the abandonment notice).',
        ]
      : []),
  ];
}
