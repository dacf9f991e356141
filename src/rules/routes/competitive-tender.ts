import type { RouteContent, RouteInRegime } from './types';
import { PA, PCR, PCSR, PSR, WALES } from './sources';
import { PA_LIGHT_TOUCH_NOTE, PA_POLICY_NOTES } from './policy-notes';
import { PA_SUPPORTED_EMPLOYMENT, PCR_SUPPORTED_EMPLOYMENT, PCSR_SUPPORTED_EMPLOYMENT } from './reservations';
import { KEY_CRITERIA, STANDSTILL_ENGLAND, STANDSTILL_WALES, WELSH_KEY_CRITERIA, recordRequirements } from './psr-shared';

// legal-facts: "Open competition" — PA open procedure or competitive flexible
// procedure (s.20), most advantageous tender (s.19) on award criteria (s.23),
// contract award notice and 8-working-day standstill (ss.50–51), minimum time
// limits (s.54; none for light touch, s.54(3)–(4), and no standstill,
// s.51(3)(f)); PCR regs 27–28 and reg 67; PCSR open/restricted and MEAT (no
// regulation numbers in legal-facts, so the whole instrument is cited).
// Light touch services at or above the threshold must be awarded under
// regs 74–76 in the 2015 and Scottish Regulations (spec-v2 review W2).
// Policy duties by nation: policy-notes.ts. Health: the Competitive Process
// (reg 6(7) / Welsh reg 7(7)) is mandatory when nothing else applies, and may
// be run in stages (reg 11); there is no separate innovation procedure.

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
    'You advertise the contract and award it to the most advantageous tender (s.19) — the best overall offer judged against your published award criteria (s.23), which can include social value. You can use the open procedure, where anyone can bid, or a competitive flexible procedure, whose stages you design (s.20).',
  when:
    'When no other route fits, or when an open competition is the best way to find the right partner.',
  basis: [PA.s20, PA.s19, PA.s23, PA.s21, PA.s50, PA.s51, PA.s54],
  risks: [
    PROPORTION_RISK,
    CRITERIA_RISK,
    'Unless the contract is a light touch contract, signing before the 8-working-day standstill ends leaves the contract exposed to challenge.',
    'If the service is a light touch service worth at least the light touch threshold, the flexible light touch route fits it better: check the light touch list (Procurement Regulations 2024, Sch 1).',
  ],
  nextSteps: {
    authority: [
      'Engage the market early, including social enterprises, and share your plans so organisations can get ready to bid. Publish a preliminary market engagement notice, or give your reasons for not doing so in the tender notice (s.17).',
      'Choose the procedure and publish a tender notice with the award criteria and timetable (s.21). Allow at least the minimum time limits the Act sets for bids (s.54), unless this is a light touch contract; check them with your procurement team.',
      'Evaluate the bids against the published criteria and award to the most advantageous tender (s.19).',
      'Publish a contract award notice (s.50) and, unless this is a light touch contract, wait at least the 8-working-day standstill before signing (s.51).',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale:
    'Typically three to six months from notice to contract, depending on the procedure. Allow for the Act’s minimum time limits for bids and the 8-working-day standstill, which do not apply to a light touch contract.',
  notes: [PA_LIGHT_TOUCH_NOTE, ...PA_POLICY_NOTES],
  options: [PA_SUPPORTED_EMPLOYMENT],
};

const pcr2015: RouteInRegime = {
  name: 'Open or restricted procedure',
  allows:
    'You advertise the contract and award it on the most economically advantageous tender: the best price-quality ratio, which can include social and environmental criteria linked to what you are buying. In the open procedure anyone can bid; in the restricted procedure you first choose a shortlist of who may bid.',
  when:
    'When the procurement began before 24 February 2025, the service is not a light touch (Schedule 3) service, and no other route fits — or an open competition is the best way to find the right partner.',
  basis: [PCR.reg27, PCR.reg28, PCR.reg67, PCR.transitional],
  risks: [
    PROPORTION_RISK,
    CRITERIA_RISK,
    'Social and environmental criteria must be linked to what you are buying (reg 67). Criteria that are not linked can be challenged.',
    'A social or other specific service listed in Schedule 3, worth at least the light touch threshold, must be awarded under the Light Touch Regime (regs 74–76), not this procedure.',
  ],
  nextSteps: {
    authority: [
      'Confirm the procurement began before 24 February 2025. If it did not, the Procurement Act 2023 applies.',
      'In England and Wales, before you procure services, consider how the contract could improve economic, social and environmental well-being (Public Services (Social Value) Act 2012, s.1). The Act does not extend to Northern Ireland, nor bind a body whose functions are wholly or mainly Welsh devolved functions.',
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
  options: [PCR_SUPPORTED_EMPLOYMENT],
};

const pcsr2015: RouteInRegime = {
  name: 'Open or restricted procedure',
  allows:
    'You advertise the contract and award it on the most economically advantageous tender — the best balance of price and quality. In the open procedure anyone can bid; in the restricted procedure you first choose a shortlist of who may bid.',
  when:
    'When the service is not a social or other specific service listed in Schedule 3, and no other route fits — or an open competition is the best way to find the right partner.',
  basis: [PCSR.regs, PCSR.reg88],
  risks: [
    PROPORTION_RISK,
    CRITERIA_RISK,
    'A social or other specific service listed in Schedule 3, worth at least the threshold for those services, must be awarded under regs 74–76, not this procedure.',
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
  options: [PCSR_SUPPORTED_EMPLOYMENT],
};

const HEALTH_STAGES =
  'The regime has no separate procedure for developing a new service: if the service has to be developed, you can run this process in stages and assess offers stage by stage.';

const psr: RouteInRegime = {
  name: 'Competitive Process',
  allows: `You invite providers to compete and choose the best offer, judged against award criteria that take into account ${KEY_CRITERIA}. ${HEALTH_STAGES}`,
  when:
    'You must use it when Direct Award Processes A and B are not required and neither Process C nor the Most Suitable Provider Process applies. You may also choose it instead of Process C or the Most Suitable Provider Process, and you must use it to set up a framework agreement.',
  basis: [PSR.reg6, PSR.reg11, PSR.reg5, PSR.reg12, PSR.reg24],
  risks: [
    PROPORTION_RISK,
    CRITERIA_RISK,
    'Skipping the notice of intention, or awarding before the standstill ends, leaves the award open to challenge.',
  ],
  nextSteps: {
    authority: [
      'Engage providers early, including social enterprises, and share your plans.',
      'Set award criteria that take the key criteria into account, applying the basic selection criteria, and publish a notice inviting offers.',
      'Assess the offers (in stages if you need to) and decide; tell successful and unsuccessful providers in writing.',
      `Publish a notice of intention to award. ${STANDSTILL_ENGLAND}`,
      'Enter the contract, publish the award notice within 30 days, and keep the record reg 24 requires.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale:
    'Typically two to five months, depending on the size of the service, then at least the 8-working-day standstill.',
  mustRecord: recordRequirements(false, 'competitive'),
};

const psrWales: RouteInRegime = {
  name: 'Competitive Process',
  allows: `You invite providers to compete and choose the best offer, judged against award criteria that take into account ${WELSH_KEY_CRITERIA}. ${HEALTH_STAGES}`,
  when:
    'You must use it when Direct Award Process 1 is not required and neither Direct Award Process 2 nor the Most Suitable Provider Process applies. You may also choose it instead of Process 2 or the Most Suitable Provider Process, and you must use it to set up a framework agreement.',
  basis: [WALES.reg7, WALES.reg11, WALES.reg6, WALES.reg12, WALES.reg30],
  risks: [
    PROPORTION_RISK,
    CRITERIA_RISK,
    'In Wales the standstill starts on the day you submit the notice of intention. Awarding before it ends leaves the award open to challenge.',
  ],
  nextSteps: {
    authority: [
      'Engage providers early, including social enterprises, and share your plans.',
      'Set award criteria that take the Welsh key criteria into account, applying the basic selection criteria, and submit a notice inviting offers.',
      'Assess the offers (in stages if you need to) and decide; tell successful and unsuccessful providers in writing.',
      `Submit a notice of intention to award. ${STANDSTILL_WALES}`,
      'Enter the contract, publish the award notice within 30 days, and keep the reg 30 record for 3 years.',
    ],
    'social-enterprise': SE_STEPS,
  },
  timescale:
    'Typically two to five months, depending on the size of the service, then at least the 8-working-day standstill.',
  mustRecord: recordRequirements(true, 'competitive'),
};

export const competitiveTender: RouteContent = {
  id: 'competitive-tender',
  title: 'Open competition',
  summary: 'Advertise the contract and choose the best offer, with social value among the criteria.',
  regimes: { pa2023, pcr2015, pcsr2015, psr, 'psr-wales': psrWales },
};
