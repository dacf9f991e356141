import type { RouteContent, RouteInRegime } from './types';
import { OTHER, PA, PCR, PCSR, PSR } from './sources';
import { KEY_CRITERIA } from './psr-shared';

// legal-facts: "Open competition" — PA open procedure or competitive flexible
// procedure (s.20), most advantageous tender (s.23), contract award notice and
// 8-working-day standstill (ss.50–51), minimum time limits (s.54, light touch
// exempt under s.54(3)); PCR regs 27–28 and reg 67; PCSR open/restricted and
// MEAT (no regulation numbers in legal-facts, so the whole instrument is
// cited); PSR competitive process (reg 11); National Procurement Policy
// Statement; Social Value Act 2012 s.1.

const PROPORTION_RISK =
  'Long or demanding bidding requirements can shut out social enterprises and small organisations. Keep what you ask for in proportion to the contract.';

const CRITERIA_RISK =
  'Evaluate only against the criteria you published, in the way you said you would. Departing from them invites challenge.';

const SE_STEPS = [
  'Ask to be told when the opportunity is advertised, watch for the notice, and go to any briefing.',
  'For larger contracts, consider bidding with other organisations as a partnership or consortium.',
  'Answer each published criterion directly, and back up your social value with evidence.',
  'Ask for feedback after the award, and raise any concerns promptly — time limits for challenges can be short.',
];

const pa2023: RouteInRegime = {
  name: 'Open procedure or competitive flexible procedure',
  allows:
    'You advertise the contract and award it to the most advantageous tender — the best overall offer judged against your published criteria, which can include social value. You can use the open procedure, where anyone can bid, or a competitive flexible procedure, whose stages you design (s.20).',
  when:
    'When no other route fits, or when an open competition is the best way to find the right partner.',
  basis: [PA.s20, PA.s23, PA.s50, PA.s51, OTHER.socialValue],
  risks: [
    PROPORTION_RISK,
    CRITERIA_RISK,
    'The National Procurement Policy Statement, in effect since 24 February 2025, stresses opportunities for SMEs and VCSEs and delivering social value. Check how it applies to your authority.',
    'Signing before the 8-working-day standstill ends leaves the contract exposed to challenge.',
  ],
  nextSteps: {
    authority: [
      'Engage the market early, including social enterprises, and share your plans so organisations can get ready to bid.',
      'Before you procure, consider how the contract could improve economic, social and environmental well-being (Public Services (Social Value) Act 2012, s.1), and reflect it in your award criteria.',
      'Choose the procedure and publish a tender notice with the criteria and timetable. Allow at least the minimum time limits the Act sets for bids; check them with your procurement team.',
      'Evaluate the bids against the published criteria and award to the most advantageous tender (s.23).',
      'Publish a contract award notice and wait at least the 8-working-day standstill before signing (ss.50–51).',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale:
    'Typically three to six months from notice to contract, depending on the procedure. Allow for the Act’s minimum time limits for bids and the 8-working-day standstill.',
};

const pcr2015: RouteInRegime = {
  name: 'Open or restricted procedure',
  allows:
    'You advertise the contract and award it on the most economically advantageous tender: the best price-quality ratio, which can include social and environmental criteria linked to what you are buying. In the open procedure anyone can bid; in the restricted procedure you first choose a shortlist of who may bid.',
  when:
    'When the procurement began before 24 February 2025 and no other route fits, or an open competition is the best way to find the right partner.',
  basis: [PCR.reg27, PCR.reg28, PCR.reg67, OTHER.socialValue, PCR.transitional],
  risks: [
    PROPORTION_RISK,
    CRITERIA_RISK,
    'Social and environmental criteria must be linked to what you are buying (reg 67). Criteria that are not linked can be challenged.',
  ],
  nextSteps: {
    authority: [
      'Confirm the procurement began before 24 February 2025. If it did not, the Procurement Act 2023 applies.',
      'Before you procure, consider how the contract could improve economic, social and environmental well-being (Public Services (Social Value) Act 2012, s.1).',
      'Run the open or restricted procedure you advertised, with the criteria and timetable you published.',
      'Evaluate against the published criteria and award on the most economically advantageous tender (reg 67).',
      'Check with your legal team the standstill period that applies before you sign, and record every decision.',
    ],
    'social-enterprise': [
      'Ask the authority to confirm which rules apply. The 2015 Regulations only govern procurements that began before 24 February 2025.',
      ...SE_STEPS,
    ],
  },
  timescale:
    'Typically three to six months from notice to contract, depending on the procedure and the time limits and standstill period that apply.',
};

const pcsr2015: RouteInRegime = {
  name: 'Open or restricted procedure',
  allows:
    'You advertise the contract and award it on the most economically advantageous tender — the best balance of price and quality. In the open procedure anyone can bid; in the restricted procedure you first choose a shortlist of who may bid.',
  when: 'When no other route fits, or an open competition is the best way to find the right partner.',
  basis: [PCSR.regs, PCSR.reg88],
  risks: [
    PROPORTION_RISK,
    CRITERIA_RISK,
    'There is a 30-day time limit for bringing a challenge (reg 88(4)–(5)). Check with your legal team how it runs in your case.',
  ],
  nextSteps: {
    authority: [
      'Engage the market early, including social enterprises, and share your plans so organisations can get ready to bid.',
      'Choose the open or restricted procedure and advertise the contract with its criteria and timetable, following the Scottish Regulations.',
      'Evaluate against the published criteria and award on the most economically advantageous tender.',
      'Check with your legal team the standstill period that applies before you sign, and record every decision.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale:
    'Typically three to six months from notice to contract, depending on the procedure and the time limits and standstill period that apply.',
};

const psr: RouteInRegime = {
  name: 'Competitive process',
  allows: `You invite providers to compete and choose the best offer, judged against ${KEY_CRITERIA}.`,
  when: 'When no direct award process fits, or a competition is the best way to find the right provider for health care services.',
  basis: [PSR.reg11, PSR.reg5],
  risks: [
    PROPORTION_RISK,
    CRITERIA_RISK,
    'Decisions must be recorded, and you must wait out the 8-working-day standstill before the contract is awarded.',
  ],
  nextSteps: {
    authority: [
      'Engage providers early, including social enterprises, and share your plans.',
      'Decide how you will weigh the key criteria and publish them with the opportunity.',
      'Run the competitive process (reg 11) and evaluate the bids against the key criteria as published.',
      'Record your decision, publish it as the regulations require and wait out the 8-working-day standstill before awarding.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale:
    'Typically two to five months, depending on the size of the service, then at least the 8-working-day standstill.',
};

export const competitiveTender: RouteContent = {
  id: 'competitive-tender',
  title: 'Open competition',
  summary: 'Advertise the contract and choose the best offer, with social value among the criteria.',
  regimes: { pa2023, pcr2015, pcsr2015, psr },
};
