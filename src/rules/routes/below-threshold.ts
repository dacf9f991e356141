import type { RouteContent, RouteInRegime } from './types';
import { PA, PCR, PCSR } from './sources';

// legal-facts: "Thresholds (including VAT)" — the table, "not less than",
// PA ss.84–88 (notice from £12,000 / £30,000; no separate pre-qualification
// stage), England guidance of 3 Dec 2025, Scotland Reform Act from £50,000.
// Scotland's sub-central and light touch figures for 2026 are unverified (⚠):
// never state them, say "check the current figure".

const VALUE_RISK =
  'If the value estimate is too low — for example it leaves out VAT, extensions or the full length of the contract — the contract may really be above the threshold, and the full rules would apply. A value exactly equal to the threshold counts as above it.';

const SPLIT_RISK =
  'Splitting one need into several smaller contracts just to stay below the threshold is risky. Take advice before you divide a requirement.';

const ESTIMATE_STEP =
  'Estimate the whole-life value of the contract, including VAT, extensions and options, and record how you worked it out.';

const STANDING_ORDERS_STEP =
  'Check your authority’s own contract rules (often called standing orders). They may ask for quotes or a competition at this value even where the law does not.';

const SE_COMMON = {
  ask: 'Ask the authority for its estimate of the contract value and which process it plans to follow.',
  offer: 'Prepare a short, clear offer: what you will deliver, the price, and the social value you will add, with evidence.',
  open: 'Keep early conversations open and written down. The authority cannot promise you the contract before it has followed its process.',
};

const pa2023: RouteInRegime = {
  name: 'Below-threshold contract',
  allows:
    'You can use a simpler process than the full Act requires, within the below-threshold rules. If your authority is in England, guidance of 3 December 2025 also lets you reserve the competition to local or UK suppliers, or to small and medium-sized businesses (SMEs) and voluntary, community and social enterprises (VCSEs).',
  when:
    'When the whole-life value, including VAT, is below the threshold for this kind of contract. From 1 January 2026 the thresholds are £135,018 for central government and £207,720 for other authorities (goods and services), £663,540 for light touch services and £5,193,000 for works. From £12,000 (central government) or £30,000 (other authorities), including VAT, the Act requires you to publish a notice. You cannot add a separate pre-qualification stage — a first round that narrows the field before anyone bids.',
  basis: [PA.ss84to88, PA.thresholds],
  risks: [
    VALUE_RISK,
    SPLIT_RISK,
    'Missing a notice the Act requires breaks the rules, even for a small contract.',
    'The 3 December 2025 guidance on reserving competitions is for England. In Wales or Northern Ireland, check the current position before you reserve a competition.',
  ],
  nextSteps: {
    authority: [
      ESTIMATE_STEP,
      STANDING_ORDERS_STEP,
      'If the value is £12,000 or more (central government) or £30,000 or more (other authorities), including VAT, publish the notices the Act requires for below-threshold contracts (ss.84–88). Your procurement team will know which notices apply and where they go.',
      'If you invite bids, do it in one round. Do not run a separate pre-qualification stage.',
      'In England, decide whether to reserve the competition to local or UK suppliers, or to SMEs and VCSEs, under the guidance of 3 December 2025. Record why.',
      'Keep a short record of who you asked, how you chose and why.',
    ],
    'social-enterprise': [
      SE_COMMON.ask,
      'Ask whether and when the opportunity will be advertised, so you do not miss it. If the authority is in England, ask whether it will be reserved for SMEs, VCSEs or local suppliers.',
      SE_COMMON.offer,
      SE_COMMON.open,
    ],
  },
  timescale:
    'Often a few weeks from deciding to buy to signing. It depends on your own contract rules and on whether you invite bids.',
};

const pcr2015: RouteInRegime = {
  name: 'Below-threshold contract (under the 2015 Regulations)',
  allows:
    'The full procedures in the 2015 Regulations apply only at or above the threshold, so below it you can use a simpler process, following your authority’s own contract rules.',
  when:
    'When the procurement began before 24 February 2025 and the whole-life value, including VAT, is below the threshold. From 1 January 2024 the thresholds are £139,688 for central government and £214,904 for other authorities (goods and services), £663,540 for light touch services and £5,372,609 for works.',
  basis: [PCR.regs, PCR.transitional],
  risks: [
    VALUE_RISK,
    SPLIT_RISK,
    'Your procurement team can tell you whether any duties still apply below the threshold.',
  ],
  nextSteps: {
    authority: [
      'Confirm the procurement really began before 24 February 2025 (a notice sent, a VEAT notice published, or negotiation with a single supplier begun). If it did not, the Procurement Act 2023 applies instead.',
      ESTIMATE_STEP,
      STANDING_ORDERS_STEP,
      'Ask your procurement team which below-threshold duties, such as advertising, still apply, and follow them.',
      'Keep a short record of who you asked, how you chose and why.',
    ],
    'social-enterprise': [
      'Ask the authority to confirm which rules apply. The 2015 Regulations only govern procurements that began before 24 February 2025.',
      SE_COMMON.ask,
      SE_COMMON.offer,
      SE_COMMON.open,
    ],
  },
  timescale:
    'Often a few weeks. It depends on your authority’s own contract rules and on how many quotes or bids you seek.',
};

const pcsr2015: RouteInRegime = {
  name: 'Below-threshold contract (Procurement Reform (Scotland) Act 2014 duties from £50,000)',
  allows:
    'The full procedures in the Scottish Regulations do not apply below the threshold, so you can use a simpler process. From £50,000 for goods and services (excluding VAT), the duties in the Procurement Reform (Scotland) Act 2014 apply.',
  when:
    'When the whole-life value, including VAT, is below the threshold for this kind of contract. For central government goods and services it is £135,018 from 1 January 2026, and for works £5,193,000. For other authorities, and for social and other specific services, check the current figure before you rely on it.',
  basis: [PCSR.reformAct, PCSR.regs],
  risks: [
    VALUE_RISK,
    'The £50,000 figure in the 2014 Act excludes VAT, but the thresholds in the Scottish Regulations include it. Compare each figure on the right basis.',
    SPLIT_RISK,
    'The threshold for other authorities and for social and other specific services has not been confirmed for 2026 here. Check the current figure before relying on this route.',
  ],
  nextSteps: {
    authority: [
      ESTIMATE_STEP,
      'Check the current threshold for your kind of authority and contract in the Public Contracts (Scotland) Regulations 2015.',
      'If the value is £50,000 or more for goods or services (excluding VAT), ask your procurement team what the Procurement Reform (Scotland) Act 2014 duties require of you, and follow them.',
      STANDING_ORDERS_STEP,
      'Keep a short record of who you asked, how you chose and why.',
    ],
    'social-enterprise': [
      SE_COMMON.ask,
      'Ask whether the value is £50,000 or more (excluding VAT), and if so how the authority will meet its duties under the Procurement Reform (Scotland) Act 2014.',
      SE_COMMON.offer,
      SE_COMMON.open,
    ],
  },
  timescale:
    'Often a few weeks. It depends on the value, your authority’s own contract rules and the 2014 Act duties where they apply.',
};

export const belowThreshold: RouteContent = {
  id: 'below-threshold',
  title: 'Below-threshold process',
  summary: 'The contract is worth less than the threshold, so lighter rules apply instead of the full procedures.',
  regimes: { pa2023, pcr2015, pcsr2015 },
};
