import type { RouteContent, RouteInRegime } from './types';
import { PA, PCR, PCSR } from './sources';
import { PCSR_SUPPORTED_BUSINESS_BELOW_THRESHOLD } from './reservations';

// legal-facts "Thresholds" and routes.md §3, §5, §6 (routes.md wins):
// PA Part 6 (ss.84–88) does not apply to schools, transferred Northern Ireland
// authorities or concessions (s.84); a below-threshold tender notice only if
// you advertise, from £12,000 (central, not devolved Welsh) or £30,000
// (others) including VAT, and a contract details notice after award (s.87);
// no pre-selection, except devolved Welsh authorities and works from
// £135,018/£207,720 (s.85). PPN 005 (17 Feb 2025): reservation by location,
// SMEs/VCSEs only with it (official summary) — the "3 Dec 2025" date is ⚠
// and is not shown. PCR Part 4 (regs 105–112); its 2022 values are ⚠ (the
// amending SI was not read), so they are given as "check". Scotland: Reform
// Act from £50,000 / £2m excluding VAT (s.3), s.11 supported businesses,
// s.12 health or social care without seeking offers; every Scottish 2026
// threshold is at best secondary-source, so each is "check".

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

const PPN005 = {
  label: 'Procurement Policy Note 005: reserving below-threshold procurements (Cabinet Office)',
  url: 'https://www.gov.uk/government/publications/ppn-005-reserving-below-threshold-procurements',
};

const pa2023: RouteInRegime = {
  name: 'Below-threshold contract',
  allows:
    'You can use a simpler process than the full Act requires. The Act’s below-threshold rules (Part 6) set a few duties: notices, no separate pre-qualification stage, and 30-day payment terms.',
  when:
    'When the whole-life value, including VAT, is below the threshold for this kind of contract. From 1 January 2026 the thresholds are £135,018 for central government and £207,720 for other authorities (goods and services), £663,540 for light touch services, £5,193,000 for works and concessions, and £5,372,609 for light touch concessions. If you advertise a contract worth £12,000 or more (central government) or £30,000 or more (other authorities, and devolved Welsh central government bodies), including VAT, you must first publish a below-threshold tender notice; none is needed if you invite only particular suppliers. After you award such a contract, publish a contract details notice. If you invite bids you cannot add a separate pre-qualification stage — a first round that narrows the field before anyone bids — except for works contracts worth at least £135,018 (central government) or £207,720 (others), and for devolved Welsh authorities. Part 6 does not apply at all to schools or to concession contracts.',
  basis: [PA.ss84to88, PA.s84, PA.s85, PA.s87, PA.sch1, PA.thresholds],
  risks: [
    VALUE_RISK,
    SPLIT_RISK,
    'Missing a notice the Act requires breaks the rules, even for a small contract.',
  ],
  nextSteps: {
    authority: [
      ESTIMATE_STEP,
      STANDING_ORDERS_STEP,
      'If you advertise, and the value is £12,000 or more (central government) or £30,000 or more (other authorities), including VAT, publish a below-threshold tender notice before you do (s.87). Inviting only particular suppliers needs no tender notice.',
      'If you invite bids, do it in one round, without a separate pre-qualification stage (s.85), unless an exception applies to you.',
      'After the award, publish a contract details notice (s.87), and keep a short record of who you asked, how you chose and why.',
    ],
    'social-enterprise': [
      SE_COMMON.ask,
      'Ask whether and when the opportunity will be advertised, so you do not miss it, and whether it will be reserved for local suppliers, SMEs or VCSEs.',
      SE_COMMON.offer,
      SE_COMMON.open,
    ],
  },
  timescale:
    'Often a few weeks from deciding to buy to signing. It depends on your own contract rules and on whether you invite bids.',
  notes: [
    {
      when: { nation: ['england', 'wales'] },
      text: 'Cabinet Office guidance, PPN 005 (published 17 February 2025), lets central government bodies — and other authorities that choose to follow it — reserve a below-threshold competition to suppliers in a location (the UK, or a single county or London borough). According to the official summary, a reservation for small and medium-sized businesses (SMEs) or voluntary, community and social enterprises (VCSEs) can only be used together with a location reservation. In Wales, Welsh guidance adopts PPN 005 for devolved Welsh authorities. Check the current PPN 005 before you reserve a competition.',
      basis: [PPN005],
    },
    {
      when: { nation: ['wales'] },
      text: 'If your body is a devolved Welsh authority, the ban on a separate pre-qualification stage does not apply to you (s.85(5)), and the notice figure for a devolved Welsh central government body is £30,000, not £12,000. Welsh Government guidance gives the same 2026 thresholds for devolved Welsh authorities, set by separate Welsh regulations.',
      basis: [PA.s85, PA.s87],
    },
    {
      when: { nation: ['northern-ireland'] },
      text: 'The Act’s below-threshold rules (Part 6) do not apply to a transferred Northern Ireland authority (s.84(2)), unless it procures under a reserved or Welsh arrangement. If your body is one, the notice and pre-qualification duties above do not apply to it; a UK-wide body buying in Northern Ireland must follow them. Check which you are, and which Northern Ireland policy applies, with your procurement team.',
      basis: [PA.s84],
    },
  ],
};

const pcr2015: RouteInRegime = {
  name: 'Below-threshold contract (under the 2015 Regulations)',
  allows:
    'The full procedures in the 2015 Regulations apply only at or above the threshold. Below it, Part 4 of the Regulations sets a few duties: advertise on Contracts Finder if you advertise at all, no separate pre-qualification stage, and publish the award.',
  when:
    'When the procurement began before 24 February 2025 and the whole-life value, including VAT, is below the threshold. For procurements begun from 1 January 2024 the thresholds are £139,688 for central government and £214,904 for other authorities (goods and services), £663,540 for light touch services and £5,372,609 for works; a procurement begun earlier used the thresholds in force when it began.',
  basis: [PCR.part4, PCR.regs, PCR.transitional],
  risks: [
    VALUE_RISK,
    SPLIT_RISK,
    'Part 4 does not apply below lower values set in reg 109 (official guidance gives £12,000 for central government and £30,000 for others, including VAT) — check the current figures. Most of it does not apply to a body whose functions are wholly or mainly devolved in Wales or Northern Ireland.',
  ],
  nextSteps: {
    authority: [
      'Confirm the procurement really began before 24 February 2025 (for example a notice sent, a VEAT notice published, a Contracts Finder advert, or negotiation with a single supplier begun). If it did not, the Procurement Act 2023 applies instead.',
      ESTIMATE_STEP,
      'If you advertise the opportunity, publish it on Contracts Finder (reg 110). Inviting only selected suppliers is not advertising.',
      'Do not run a separate pre-qualification stage (reg 111), and publish the award on Contracts Finder (reg 112).',
      STANDING_ORDERS_STEP,
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
    'The full procedures in the Scottish Regulations do not apply below the threshold, so you can use a simpler process. From £50,000 for goods and services, or £2,000,000 for works, excluding VAT (about £60,000 including VAT for goods and services — check), the duties in the Procurement Reform (Scotland) Act 2014 apply: treat suppliers equally, openly and in proportion, and meet the sustainable procurement duty.',
  when:
    'When the whole-life value, including VAT, is below the threshold for this kind of contract. Every Scottish threshold for 2026 should be checked: official confirmation was not available when these rules were written. We use the lowest plausible figure, so that no contract is wrongly called below threshold: £135,018 for central government bodies, £207,720 for other authorities, £663,540 for social and other specific services, and £5,193,000 for works and for concessions.',
  basis: [PCSR.reformS3, PCSR.reformS11, PCSR.reformS12, PCSR.reformAct, PCSR.regs],
  risks: [
    VALUE_RISK,
    'The £50,000 and £2,000,000 figures in the 2014 Act exclude VAT, but the thresholds in the Scottish Regulations include it. Compare each figure on the right basis, and check the 2014 Act’s figures have not been raised by order since (s.3(3)).',
    SPLIT_RISK,
    'The Scottish thresholds for 2026 are not confirmed here. Check the current figure before relying on this route.',
  ],
  nextSteps: {
    authority: [
      ESTIMATE_STEP,
      'Check the current threshold for your kind of authority and contract in the Public Contracts (Scotland) Regulations 2015.',
      'If the value is £50,000 or more for goods or services, or £2,000,000 for works (excluding VAT), follow the Procurement Reform (Scotland) Act 2014 duties. A contract for health or social care services may be awarded without seeking offers (s.12), and you may reserve a contract for supported businesses (s.11).',
      STANDING_ORDERS_STEP,
      'Keep a short record of who you asked, how you chose and why.',
    ],
    'social-enterprise': [
      SE_COMMON.ask,
      'Ask whether the value is £50,000 or more (excluding VAT), and if so how the authority will meet its duties under the Procurement Reform (Scotland) Act 2014. If you are a supported business, ask whether the contract could be reserved for supported businesses (s.11).',
      SE_COMMON.offer,
      SE_COMMON.open,
    ],
  },
  timescale:
    'Often a few weeks. It depends on the value, your authority’s own contract rules and the 2014 Act duties where they apply.',
  options: [PCSR_SUPPORTED_BUSINESS_BELOW_THRESHOLD],
};

export const belowThreshold: RouteContent = {
  id: 'below-threshold',
  title: 'Below-threshold process',
  summary: 'The contract is worth less than the threshold, so lighter rules apply instead of the full procedures.',
  regimes: { pa2023, pcr2015, pcsr2015 },
};
