import type { RouteContent, RouteInRegime } from './types';
import { PA, PCR, PCSR, PSR } from './sources';

// legal-facts: "Unique proposition" — PA s.41 with Sch 5 paras 4–6,
// transparency notice (s.44), contract award notice and 8-working-day
// standstill (ss.50–51); PCR reg 32(2)(b), VEAT notice and 10-day wait
// (reg 99(3)), Fastweb C-19/13; PCSR reg 33(1)(b), VEAT reg 91(7), 30-day
// challenge limit reg 88(4)–(5); PSR Direct Award process A, reg 7.
// legal-facts does not give the Scottish waiting period after a VEAT notice,
// nor whether a standstill applies to PSR process A: both say "check".

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

const pa2023: RouteInRegime = {
  name: 'Direct award with a transparency notice',
  allows:
    'You can award the contract to one supplier without a competition, because only that supplier can deliver what you need.',
  when:
    'When only one supplier can deliver because (a) it is a unique work of art or artistic performance, (b) the supplier holds intellectual property or other exclusive rights you need, or (c) there is no competition for technical reasons. For (b) and (c) there must be no reasonable alternatives. You first publish a transparency notice (a public notice that you plan to award directly), then a contract award notice, then wait at least 8 working days — the standstill period, a pause before signing so others can raise concerns.',
  basis: [PA.s41UniqueSupplier, PA.sch5UniqueSupplier, PA.s44, PA.s50, PA.s51],
  risks: [
    OBJECTIVE_RISK,
    NARROWING_RISK,
    'If you cannot show that you looked for reasonable alternatives, for example through market engagement, the justification is weak.',
    'Skipping the transparency notice or signing before the standstill ends leaves the contract exposed to challenge.',
  ],
  nextSteps: {
    authority: [
      MARKET_CHECK_STEP,
      'Write down which ground you rely on (Sch 5 para 4, 5 or 6) and the objective evidence for it, including why there is no reasonable alternative.',
      'Ask your legal or procurement colleagues to review the justification before you go further.',
      'Publish a transparency notice before you award (s.44).',
      'Publish a contract award notice, then wait at least the 8-working-day standstill period before you sign (ss.50–51).',
      'Keep the full record with the contract.',
    ],
    'social-enterprise': [
      SE_EVIDENCE_STEP,
      SE_MARKET_STEP,
      'Be ready for the transparency notice: it is public, and other suppliers may come forward or object.',
      'Expect to wait at least 8 working days after the contract award notice before the contract is signed.',
    ],
  },
  timescale:
    'Often four to eight weeks, depending on how quickly the uniqueness can be evidenced. Allow at least the 8-working-day standstill after the contract award notice.',
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
  name: 'Direct Award process A',
  allows:
    'You can award a contract for health care services to the existing provider without a competition, because it is the only provider capable of providing them.',
  when:
    'When there is an existing provider for these services and it is the only one capable of providing them. This is about capability, not preference: you must be able to show that no other provider could do it.',
  basis: [PSR.reg7, PSR.regs],
  risks: [
    'If another provider could deliver the services, process A is not available. Consider the Most Suitable Provider process (reg 10) or the competitive process (reg 11) instead.',
    'Process A is only for an existing provider. A new organisation cannot be appointed this way.',
    'Decisions must be recorded. Check which notices and waiting periods the regulations set for process A.',
  ],
  nextSteps: {
    authority: [
      'Confirm who provides the services now.',
      MARKET_CHECK_STEP,
      'Record why the existing provider is the only one capable of providing the services, with the evidence.',
      'Record your decision and publish the notices the regulations require for process A.',
    ],
    'social-enterprise': [
      'Process A only applies if you already provide the services. If you do not, ask the authority about the Most Suitable Provider process or the competitive process instead.',
      'If you are the existing provider, set out with evidence why no other provider could deliver the services.',
      'Ask the commissioner when the decision is due and how it will be published.',
    ],
  },
  timescale:
    'Depends on how quickly you can show that only this provider is capable; often a few weeks.',
};

export const directAward: RouteContent = {
  id: 'direct-award',
  title: 'Direct award to a unique partner',
  summary: 'Award without a competition because, for objective reasons, only one organisation can deliver what is needed.',
  regimes: { pa2023, pcr2015, pcsr2015, psr },
};
