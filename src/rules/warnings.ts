// What the law requires whatever the route, said when the answers suggest it is
// at risk (spec §4). Content for the result and the record; decide() only says
// which apply. Sources: legal-facts.md "Flexible light-touch process";
// legal/routes.md §4 (what stays mandatory for light touch contracts) and §7.

import type { Answers, Citation, RegimeId } from './types';
import type { WarningId } from './decide';
import { PA, PCR, PCSR } from './routes/sources';

export interface Warning {
  id: WarningId;
  text: string;
  basis: Citation[];
}

/** The Act's duty, or the Light Touch Regime's (reg 76) under the 2015 and Scottish Regulations. */
const byRegime = (regime: RegimeId, act: Citation[]): Citation[] =>
  regime === 'pa2023' ? act : regime === 'pcr2015' ? [PCR.reg76] : [PCSR.reg74];

function proportion(answers: Answers, regime: RegimeId): Warning {
  const text =
    answers.proportionate === 'no'
      ? 'The law requires the procedure to be proportionate to the contract’s nature, complexity and cost. Asking more of bidders than that would be unlawful, and it shuts out small organisations: cut it down before you advertise.'
      : 'Check that what you ask of bidders is proportionate to the contract’s nature, complexity and cost: the law requires it in every procedure.';
  return { id: 'proportion', text, basis: byRegime(regime, [PA.s20]) };
}

function equalTreatment(answers: Answers, regime: RegimeId): Warning {
  const text =
    answers.transparent === 'no'
      ? 'The law requires you to treat every supplier equally and to run the process you published. A process that is not open and even-handed would be unlawful, whichever route you use.'
      : 'Decide how you will advertise and explain the process, and give everyone the same information: equal treatment is a legal duty, not an option.';
  return { id: 'equal-treatment', text, basis: byRegime(regime, [PA.s12, PA.s21]) };
}

function marketEngagement(regime: RegimeId): Warning {
  return regime === 'pa2023'
    ? {
        id: 'market-engagement',
        text: 'Because the social enterprise proposed this partnership, make sure its early involvement gives it no unfair advantage. The authority must take steps to avoid one, and a supplier whose advantage cannot be removed must be excluded. Publish a preliminary market engagement notice before the tender notice, or give reasons in the tender notice for not doing so, and assess conflicts of interest before any notice.',
        basis: [PA.s16, PA.s17, PA.s83],
      }
    : {
        id: 'market-engagement',
        text: 'Because the social enterprise proposed this partnership, share what it told you with every other bidder and give them enough time. Excluding it is a last resort, only if there is no other way to treat everyone equally, and only after it has had the chance to show its involvement does not distort competition.',
        basis: [PCR.reg40, PCR.reg41],
      };
}

export function warningFor(id: WarningId, answers: Answers, regime: RegimeId): Warning {
  switch (id) {
    case 'proportion':
      return proportion(answers, regime);
    case 'equal-treatment':
      return equalTreatment(answers, regime);
    case 'market-engagement':
      return marketEngagement(regime);
  }
}
