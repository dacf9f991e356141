import type { RouteContent, RouteInRegime, RouteNote } from './types';
import { PA, PCR, PCSR, PSR, WALES } from './sources';
import { recordRequirements } from './psr-shared';

// legal-facts: "Unique proposition" — PA s.41 with Sch 5 paras 4–6,
// transparency notice (s.44), contract award notice and an 8-working-day
// standstill (ss.50–51) unless a light touch contract (s.51(3)(f)); PCR
// reg 32(2)(b), VEAT notice and 10-day wait (reg 99(3)), Fastweb C-19/13;
// PCSR reg 33(1)(b), VEAT reg 91(7), 30-day challenge limit reg 88(4)–(5).
// legal-facts does not give the Scottish waiting period after a VEAT notice:
// say "check". Health: health.md — Process A, reg 6(3) + reg 7, MANDATORY,
// award notice within 30 days, no standstill; Wales Process 1, reg 7(4) +
// reg 8, MANDATORY, notice of intention and an 8-working-day standstill.

const OBJECTIVE_RISK =
  'Uniqueness must be objective. Preferring a partner for its values, its track record or your relationship with it is not enough, and an award made on that basis is open to challenge.';

const NARROWING_RISK =
  'If the requirement was written so that only this supplier could meet it, the award is open to challenge. The lack of competition must come from the need itself, not from how you described it.';

const MARKET_CHECK_STEP =
  'Test the market and record what you found: could anyone else deliver the outcome, or offer a reasonable alternative?';

const SE_EVIDENCE_STEP =
  'Set out, with evidence, what makes your offer the only one that can work — for example intellectual property you own, or a technical capability no one else has. Values and track record alone will not be enough.';

const SE_MARKET_STEP =
  'Expect the authority to check the market before it decides. That check protects you too, because it makes the award harder to overturn.';

const VEAT_GLOSS =
  'a VEAT notice (voluntary ex ante transparency notice: a public notice saying you intend to award a contract without advertising it first)';

/** PA s.51(3)(f): the standstill depends on whether the contract is light touch, so it is a note. */
const PA_STANDSTILL_NOTES: RouteNote[] = [
  {
    when: { lightTouch: true },
    text: 'This is a light touch service, so no standstill period is required before you sign (s.51(3)(f)). If you choose to allow one, it must be at least 8 working days (s.51(4)–(5)).',
    basis: [PA.s51],
  },
  {
    when: { lightTouch: false },
    text: 'After the contract award notice you must wait at least 8 working days — the standstill period, a pause before signing so others can raise concerns — before you enter into the contract (s.51).',
    basis: [PA.s50, PA.s51],
  },
];

const pa2023: RouteInRegime = {
  name: 'Direct award with a transparency notice',
  allows:
    'You can award the contract to one supplier without a competition, because only that supplier can deliver what you need.',
  when:
    'When only one supplier can deliver because (a) it is a unique work of art or artistic performance, (b) the supplier holds intellectual property or other exclusive rights you need, or (c) there is no competition for technical reasons. For (b) and (c) there must be no reasonable alternatives. You first publish a transparency notice (a public notice that you plan to award directly), then a contract award notice. Unless the contract is a light touch contract, you then wait at least 8 working days before signing — the standstill period, a pause so others can raise concerns.',
  basis: [PA.s41UniqueSupplier, PA.sch5UniqueSupplier, PA.s44, PA.s50, PA.s51],
  risks: [
    OBJECTIVE_RISK,
    NARROWING_RISK,
    'If you cannot show that you looked for reasonable alternatives, for example through market engagement, the justification is weak.',
    'Skipping the transparency notice, or signing before a standstill that applies has ended, leaves the contract exposed to challenge.',
  ],
  nextSteps: {
    authority: [
      MARKET_CHECK_STEP,
      'Write down which ground you rely on (Sch 5 para 4, 5 or 6) and the objective evidence for it, including why there is no reasonable alternative.',
      'Ask your legal or procurement colleagues to review the justification before you go further.',
      'Publish a transparency notice before you award (s.44).',
      'Publish a contract award notice (s.50). Unless this is a light touch contract, wait at least the 8-working-day standstill before you sign (s.51).',
      'Keep the full record with the contract.',
    ],
    'social-enterprise': [
      SE_EVIDENCE_STEP,
      SE_MARKET_STEP,
      'Be ready for the transparency notice: it is public, and other suppliers may come forward or object.',
      'Unless the service is a light touch service, expect to wait at least 8 working days after the contract award notice before the contract is signed.',
    ],
  },
  timescale:
    'Often four to eight weeks, depending on how quickly the uniqueness can be evidenced. Unless it is a light touch contract, allow at least the 8-working-day standstill after the contract award notice.',
  notes: PA_STANDSTILL_NOTES,
};

const pcr2015: RouteInRegime = {
  name: 'Negotiated procedure without prior publication, with a VEAT notice',
  allows: `You can negotiate with one supplier without advertising first, because only that supplier can deliver. Publishing ${VEAT_GLOSS} and then waiting at least 10 days protects the contract from being declared ineffective (cancelled by a court).`,
  when:
    'When the procurement began before 24 February 2025 and only one supplier can deliver because (i) it is a unique work of art, (ii) there is no competition for technical reasons, or (iii) of exclusive rights, including intellectual property. For (ii) and (iii) there must be no reasonable alternative or substitute, and the lack of competition must not come from artificially narrowing what you asked for.',
  basis: [PCR.reg32, PCR.reg99, PCR.transitional],
  risks: [
    OBJECTIVE_RISK,
    NARROWING_RISK,
    'The VEAT notice must give clear reasons and show you checked carefully; the courts have said it only protects you if it does (Fastweb, C-19/13).',
    'Without a VEAT notice and a wait of at least 10 days, the contract can be declared ineffective.',
  ],
  nextSteps: {
    authority: [
      'Confirm the procurement began before 24 February 2025 (for example, negotiation with this supplier or the VEAT notice began before then). If it did not, the Procurement Act 2023 applies and you need a transparency notice instead.',
      MARKET_CHECK_STEP,
      'Write down which ground in reg 32(2)(b) you rely on and the objective evidence, including why there is no reasonable alternative or substitute.',
      'Publish a VEAT notice with clear, specific reasons for the award.',
      'Wait at least 10 days after the VEAT notice before you enter into the contract (reg 99(3)), and keep the full record.',
    ],
    'social-enterprise': [
      SE_EVIDENCE_STEP,
      SE_MARKET_STEP,
      'Expect the VEAT notice to be public: other suppliers may come forward or object.',
      'Expect to wait at least 10 days after the VEAT notice before the contract is signed.',
    ],
  },
  timescale:
    'Usually a few weeks. Allow at least the 10-day wait after the VEAT notice (reg 99(3)).',
};

const pcsr2015: RouteInRegime = {
  name: 'Negotiated procedure without prior publication, with a VEAT notice',
  allows: `You can negotiate with one supplier without advertising first, because only that supplier can deliver. Publishing ${VEAT_GLOSS} and following reg 91(7), including any waiting period it sets, can protect the contract from being declared ineffective (cancelled by a court).`,
  when:
    'When only one supplier can deliver because it is a unique work of art, because there is no competition for technical reasons, or because of exclusive rights such as intellectual property. For technical reasons and exclusive rights, there must be no reasonable alternative or substitute, and the lack of competition must not come from artificially narrowing what you asked for (reg 33(1)(b)).',
  basis: [PCSR.reg33, PCSR.reg91, PCSR.reg88],
  risks: [
    OBJECTIVE_RISK,
    NARROWING_RISK,
    'The VEAT notice only protects you if you follow reg 91(7), including any waiting period it sets before the contract is made. Check it with your legal team.',
    'There is a 30-day time limit for bringing a challenge (reg 88(4)–(5)). Check with your legal team how it runs in your case.',
  ],
  nextSteps: {
    authority: [
      MARKET_CHECK_STEP,
      'Write down which ground in reg 33(1)(b) you rely on and the objective evidence, including why there is no reasonable alternative or substitute.',
      'Ask your legal or procurement colleagues to review the justification.',
      'Publish a VEAT notice with clear, specific reasons for the award.',
      'Wait the period reg 91(7) requires before entering into the contract, and keep the full record.',
    ],
    'social-enterprise': [
      SE_EVIDENCE_STEP,
      SE_MARKET_STEP,
      'Expect the VEAT notice to be public: other suppliers may come forward or object.',
      'Ask the authority when it expects to sign, allowing for the waiting period after the VEAT notice.',
    ],
  },
  timescale:
    'Usually a few weeks. Check the waiting period after the VEAT notice under reg 91(7). A challenge must be brought within the 30-day limit in reg 88(4)–(5).',
};

const psr: RouteInRegime = {
  name: 'Direct Award Process A',
  allows:
    'You award a contract for health care services to the existing provider without a competition, because it is the only provider capable of providing them. Where its conditions are met, you must use this process.',
  when:
    'When there is an existing provider of these services — one whose contract with you has not expired or ended — and you are satisfied that, because of the nature of the services, only that provider is capable of providing them. This is about capability, not preference. It cannot be used for a new service, because a new service has no existing provider.',
  basis: [PSR.reg6, PSR.reg7, PSR.reg24],
  risks: [
    'This process is mandatory where its conditions hold: if only the existing provider is capable, you may not run another process instead.',
    'If another provider could deliver the services, Process A is not available. Test Process B (patient choice), then Process C, the Most Suitable Provider Process or the Competitive Process in that order.',
    'A new organisation cannot be appointed this way: Process A is only for an existing provider.',
  ],
  nextSteps: {
    authority: [
      'Confirm who provides the services now, under a contract that has not expired or ended.',
      MARKET_CHECK_STEP,
      'Record why, because of the nature of the services, the existing provider is the only one capable of providing them, with the evidence.',
      'Award the contract. No standstill period applies to Process A.',
      'Publish an award notice within 30 days of the award, and keep the record reg 24 requires.',
    ],
    'social-enterprise': [
      'Process A only applies if you already provide the services. If you do not, ask the authority which other process it will use.',
      'If you are the existing provider, set out with evidence why no other provider could deliver the services.',
      'Ask the commissioner when the decision is due; the award notice will be published within 30 days of the award.',
    ],
  },
  timescale:
    'Depends on how quickly you can show that only this provider is capable; often a few weeks. No standstill applies, and the award notice follows within 30 days.',
  mustRecord: recordRequirements(false, 'direct'),
};

const psrWales: RouteInRegime = {
  name: 'Direct Award Process 1',
  allows:
    'You award a contract for health services to the existing provider without a competition, because it is the only provider capable of providing them. Where its conditions are met, you must use this process.',
  when:
    'When there is an existing provider of these services — one whose contract with you has not expired or ended — and you are satisfied that, because of the nature of the services, only that provider is capable of providing them. It cannot be used for a new service. Unlike England’s Process A, it needs a notice of intention and a standstill period before you award.',
  basis: [WALES.reg7, WALES.reg8, WALES.reg12, WALES.reg30],
  risks: [
    'This process is mandatory where its conditions hold: if only the existing provider is capable, you may not run another process instead.',
    'If another provider could deliver the services, Process 1 is not available. Test Direct Award Process 2, the Most Suitable Provider Process or the Competitive Process instead.',
    'Awarding before the standstill ends, or without the notice of intention, leaves the award open to challenge.',
  ],
  nextSteps: {
    authority: [
      'Confirm who provides the services now, under a contract that has not expired or ended.',
      MARKET_CHECK_STEP,
      'Record why, because of the nature of the services, the existing provider is the only one capable of providing them, with the evidence.',
      'Submit a notice of intention to award to the existing provider, saying why only it can provide the services. The 8-working-day standstill starts on the day you submit it.',
      'Deal with any representations, enter the contract, publish the award notice within 30 days, and keep the reg 30 record for 3 years.',
    ],
    'social-enterprise': [
      'Process 1 only applies if you already provide the services. If you do not, ask the authority which other process it will use.',
      'If you are the existing provider, set out with evidence why no other provider could deliver the services.',
      'Watch for the notice of intention: the standstill that follows is when concerns can be raised.',
    ],
  },
  timescale:
    'Depends on how quickly you can show that only this provider is capable; often a few weeks, then at least the 8-working-day standstill.',
  mustRecord: recordRequirements(true, 'direct'),
};

export const directAward: RouteContent = {
  id: 'direct-award',
  title: 'Direct award to a unique partner',
  summary: 'Award without a competition because, for objective reasons, only one organisation can deliver what is needed.',
  regimes: { pa2023, pcr2015, pcsr2015, psr, 'psr-wales': psrWales },
};
