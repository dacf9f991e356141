// Citations shared by the route files. Every entry traces to a line in the
// project's legal facts (legal-facts.md and its legal/ detail files); the
// comment on each names the section. Deep links use legislation.gov.uk's
// standard form (/section/N, /regulation/N, /schedule/N, /schedule/N/paragraph/M).
// Do not add a provision here unless the legal facts name it.

import type { Citation } from '../types';
import { LEGISLATION } from '../regimes';

const cite = (label: string, url: string): Citation => ({ label, url });
const paSection = (n: number | string): string => `${LEGISLATION.pa2023}/section/${n}`;
const paSchedule = (n: number): string => `${LEGISLATION.pa2023}/schedule/${n}`;
const paParagraph = (schedule: number, paragraph: number): string => `${paSchedule(schedule)}/paragraph/${paragraph}`;
const pcrReg = (n: number): string => `${LEGISLATION.pcr2015}/regulation/${n}`;
const pcsrReg = (n: number | string): string => `${LEGISLATION.pcsr2015}/regulation/${n}`;
const psrReg = (n: number): string => `${LEGISLATION.psr}/regulation/${n}`;
const walesReg = (n: number): string => `${LEGISLATION['psr-wales']}/regulation/${n}`;

// ── Procurement Act 2023 ──────────────────────────────────────────────────
export const PA = {
  /** LF "Which regime applies". */
  act: cite('Procurement Act 2023', LEGISLATION.pa2023),
  /** LF "Not a public contract"; routes.md §3: s.3 incl. s.3(4) concessions. */
  s3: cite('Procurement Act 2023, s.3 (meaning of public contract)', paSection(3)),
  /** routes.md §3: concession contracts. */
  s8: cite('Procurement Act 2023, s.8 (concession contracts)', paSection(8)),
  /** LF "Flexible light-touch process": s.9 light touch contracts. */
  s9: cite('Procurement Act 2023, s.9 (light touch contracts)', paSection(9)),
  /** routes.md §8: the National Procurement Policy Statement and who it binds. */
  s13: cite('Procurement Act 2023, s.13 (National Procurement Policy Statement)', paSection(13)),
  /** routes.md §8: the Wales Procurement Policy Statement, s.14(8). */
  s14: cite('Procurement Act 2023, s.14 (Wales Procurement Policy Statement)', paSection(14)),
  /** routes.md §4 and §7: the covered procurement objectives, including equal treatment, s.12(2)–(3). */
  s12: cite('Procurement Act 2023, s.12 (covered procurement objectives; equal treatment)', paSection(12)),
  /** routes.md §7: conflicts of interest and the conflicts assessment before any notice. */
  s83: cite('Procurement Act 2023, s.83 (conflicts assessments)', paSection(83)),
  /** routes.md §7: preliminary market engagement and its safeguards. */
  s16: cite('Procurement Act 2023, s.16 (preliminary market engagement; unfair advantage)', paSection(16)),
  s17: cite('Procurement Act 2023, s.17 (preliminary market engagement notice)', paSection(17)),
  /** LF / routes.md corrections: the most advantageous tender is s.19; s.23 is award criteria. */
  s19: cite('Procurement Act 2023, s.19 (award to the most advantageous tender)', paSection(19)),
  /** LF "Flexible light-touch process" / "Innovation" / "Open competition": s.20. */
  s20: cite('Procurement Act 2023, s.20 (competitive tendering procedures)', paSection(20)),
  /** routes.md §4: tender notice. */
  s21: cite('Procurement Act 2023, s.21 (tender notices)', paSection(21)),
  s23: cite('Procurement Act 2023, s.23 (award criteria)', paSection(23)),
  /** routes.md §1: supported employment providers, only within a competitive flexible procedure; the 30% test in s.32(4). */
  s32: cite('Procurement Act 2023, s.32 (contracts reserved for supported employment providers)', paSection(32)),
  /** routes.md §2 "Dynamic markets under the PA": ss.34–39; awards are a competitive flexible procedure among members. */
  s34: cite('Procurement Act 2023, s.34 (awarding contracts by reference to dynamic markets)', paSection(34)),
  /** routes.md §2 "Call-off from a framework under the PA": s.45(3)–(4), (9) light touch frameworks. */
  s45: cite('Procurement Act 2023, s.45 (frameworks: how call-offs are awarded; s.45(4) without competition; s.45(9) light touch frameworks)', paSection(45)),
  /** routes.md §2: the competitive selection process among the framework's suppliers. */
  s46: cite('Procurement Act 2023, s.46 (frameworks: competitive selection process)', paSection(46)),
  /** routes.md §2: contract details notice, also for call-offs. */
  s53: cite('Procurement Act 2023, s.53 (contract details notices)', paSection(53)),
  /** routes.md §2 "Modifying or extending a contract under the PA": s.74(1)–(5), s.74(2) light touch contracts. */
  s74: cite('Procurement Act 2023, s.74 (modifying a public contract; s.74(2) light touch contracts)', paSection(74)),
  /** routes.md §2: contract change notices and their exceptions, s.75(2) and (6). */
  s75: cite('Procurement Act 2023, s.75 (contract change notices)', paSection(75)),
  /** routes.md §2: voluntary standstill after a change notice, at least 8 working days. */
  s76: cite('Procurement Act 2023, s.76 (voluntary standstill on modification)', paSection(76)),
  /** routes.md §2: publishing qualifying modifications to contracts over £5m within 90 days; not devolved Welsh authorities. */
  s77: cite('Procurement Act 2023, s.77 (publication of modified contracts over £5 million)', paSection(77)),
  /** routes.md §2: the Sch 8 permitted modifications. */
  sch8: cite('Procurement Act 2023, Sch 8 (permitted modifications)', paSchedule(8)),
  sch8Para1: cite('Procurement Act 2023, Sch 8 para 1 (modification provided for in the contract)', paParagraph(8, 1)),
  sch8Para4: cite('Procurement Act 2023, Sch 8 para 4 (unforeseeable circumstances)', paParagraph(8, 4)),
  /** routes.md §2 "Repeat or similar supplies": Sch 5 paras 7–8, still a s.41 direct award. */
  sch5Repeat: cite('Procurement Act 2023, Sch 5 paras 7–8 (extension or partial replacement; similar goods, services or works)', paParagraph(5, 7)),
  /** routes.md §1: public service mutuals. */
  s33: cite('Procurement Act 2023, s.33 (contracts reserved for public service mutuals)', paSection(33)),
  /** LF "Unique proposition": s.41 with Sch 5 paras 4–6. */
  s41UniqueSupplier: cite('Procurement Act 2023, s.41 and Sch 5 paras 4–6', paSection(41)),
  /** LF "Unique proposition": legal-facts gives this schedule URL. */
  sch5UniqueSupplier: cite('Procurement Act 2023, Sch 5 paras 4–6 (unique supplier)', paSchedule(5)),
  /** LF "User choice": Sch 5 paras 15–17, a direct award under s.41. */
  s41UserChoice: cite('Procurement Act 2023, s.41 and Sch 5 paras 15–17 (user choice contracts)', paSchedule(5)),
  /** routes.md §10: Sch 5 paras 2–3, prototypes and novel goods or services. */
  sch5Prototypes: cite('Procurement Act 2023, Sch 5 paras 2–3 (prototypes and development)', paParagraph(5, 2)),
  /** routes.md §3: the R&D services exemption. */
  sch2Para22: cite('Procurement Act 2023, Sch 2 para 22 (research and development services exemption)', paParagraph(2, 22)),
  /** LF "Unique proposition": s.44 transparency notice. */
  s44: cite('Procurement Act 2023, s.44 (transparency notices)', paSection(44)),
  /** LF "User choice": s.44(3). */
  s44_3: cite('Procurement Act 2023, s.44(3) (no transparency notice for user choice contracts)', paSection(44)),
  /** LF "Unique proposition": ss.50–51. */
  s50: cite('Procurement Act 2023, s.50 (contract award notice)', paSection(50)),
  /** LF: 8 working days, none mandatory for light touch contracts (s.51(3)(f)), voluntary at least 8 (s.51(4)–(5)). */
  s51: cite('Procurement Act 2023, s.51 (standstill period; none required for call-offs under a framework, s.51(3)(d), or a dynamic market, s.51(3)(e), or for light touch contracts, s.51(3)(f))', paSection(51)),
  /** LF "User choice": ss.50(6)(b) and 53(6)(b). */
  s50_6b: cite('Procurement Act 2023, s.50(6)(b) (no contract award notice for user choice contracts)', paSection(50)),
  s53_6b: cite('Procurement Act 2023, s.53(6)(b) (no contract details notice for user choice contracts)', paSection(53)),
  /** LF / routes.md §4: no minimum participation or tendering period for light touch, s.54(3)–(4). */
  s54: cite('Procurement Act 2023, s.54(3)–(4) (no minimum participation or tendering periods for light touch contracts)', paSection(54)),
  /** routes.md §5: Part 6, ss.84–88. */
  ss84to88: cite('Procurement Act 2023, ss.84–88 (below-threshold contracts)', paSection(84)),
  s84: cite('Procurement Act 2023, s.84 (which below-threshold contracts Part 6 covers; not schools, transferred Northern Ireland authorities or concessions)', paSection(84)),
  s85: cite('Procurement Act 2023, s.85 (no pre-selection below threshold; exceptions incl. devolved Welsh authorities)', paSection(85)),
  s87: cite('Procurement Act 2023, s.87 (below-threshold tender and contract details notices)', paSection(87)),
  /** routes.md §3, §6: thresholds in Sch 1. */
  sch1: cite('Procurement Act 2023, Sch 1 (threshold amounts)', paSchedule(1)),
  /** LF "Thresholds": SI 2025/1200. */
  thresholds: cite('SI 2025/1200 (thresholds from 1 January 2026)', LEGISLATION.thresholds2026),
} as const;

// ── Procurement Regulations 2024 ──────────────────────────────────────────
export const PR2024 = {
  /** routes.md §1, §4: the light touch services list; "R" marks the reservable ones. */
  sch1: cite('Procurement Regulations 2024, Sch 1 (light touch services; “R” marks those that can be reserved)', LEGISLATION.pr2024Sch1),
} as const;

// ── Public Contracts Regulations 2015 ─────────────────────────────────────
export const PCR = {
  regs: cite('Public Contracts Regulations 2015', LEGISLATION.pcr2015),
  /** LF "Which regime applies": transitional rules. */
  transitional: cite('SI 2024/716, reg 5 (transitional rules: which procurements stay under the 2015 Regulations)', LEGISLATION.transitional),
  /** routes.md §3: R&D services outside the Regulations unless benefits accrue exclusively to the authority. */
  reg14: cite('Public Contracts Regulations 2015, reg 14 (research and development services)', pcrReg(14)),
  reg27: cite('Public Contracts Regulations 2015, reg 27 (open procedure)', pcrReg(27)),
  reg28: cite('Public Contracts Regulations 2015, reg 28 (restricted procedure)', pcrReg(28)),
  /** routes.md §1: reserved contracts for sheltered workshops and operators integrating disabled or disadvantaged people (30%). */
  reg20: cite('Public Contracts Regulations 2015, reg 20 (reserved contracts)', pcrReg(20)),
  reg31: cite('Public Contracts Regulations 2015, reg 31 (innovation partnership)', pcrReg(31)),
  reg32: cite('Public Contracts Regulations 2015, reg 32(2)(b) (only one supplier can deliver)', pcrReg(32)),
  /** routes.md §7 (legacy): market consultation, and a bidder that helped prepare the procurement. */
  /** routes.md §2 "Call-off from a framework under the PCR": reg 33(7)–(8), (11); DPS reg 34 until 23 Feb 2029. */
  reg33: cite('Public Contracts Regulations 2015, reg 33 (framework agreements and call-offs)', pcrReg(33)),
  reg34: cite('Public Contracts Regulations 2015, reg 34 (dynamic purchasing systems)', pcrReg(34)),
  reg40: cite('Public Contracts Regulations 2015, reg 40 (preliminary market consultations)', pcrReg(40)),
  reg41: cite('Public Contracts Regulations 2015, reg 41 (prior involvement of candidates or tenderers)', pcrReg(41)),
  /** routes.md §2 "Modifying or extending a contract under the PCR": reg 72(1)(a), (c), (3), (5). */
  reg72: cite('Public Contracts Regulations 2015, reg 72 (modifying contracts during their term)', pcrReg(72)),
  reg67: cite('Public Contracts Regulations 2015, reg 67 (most economically advantageous tender)', pcrReg(67)),
  reg74: cite('Public Contracts Regulations 2015, regs 74–76 (Light Touch Regime)', pcrReg(74)),
  reg75: cite('Public Contracts Regulations 2015, reg 75 (notices under the Light Touch Regime)', pcrReg(75)),
  reg76: cite('Public Contracts Regulations 2015, reg 76 (designing the procedure)', pcrReg(76)),
  reg77: cite('Public Contracts Regulations 2015, reg 77 (contracts reserved for mutuals)', pcrReg(77)),
  reg99: cite('Public Contracts Regulations 2015, reg 99(3) (VEAT notice and 10-day wait)', pcrReg(99)),
  /** routes.md §5: Part 4, regs 105–112 (Contracts Finder, no pre-qualification stage). */
  part4: cite('Public Contracts Regulations 2015, Part 4 (regs 105–112: below-threshold procurement)', `${LEGISLATION.pcr2015}/part/4`),
  sch3: cite('Public Contracts Regulations 2015, Schedule 3 (social and other specific services)', `${LEGISLATION.pcr2015}/schedule/3`),
} as const;

// ── Public Contracts (Scotland) Regulations 2015 ──────────────────────────
export const PCSR = {
  regs: cite('Public Contracts (Scotland) Regulations 2015', LEGISLATION.pcsr2015),
  reg5_1d: cite('Public Contracts (Scotland) Regulations 2015, reg 5(1)(d) (light touch threshold)', pcsrReg(5)),
  /** routes.md §1: supported businesses and supported employment programmes (30%). */
  reg21: cite('Public Contracts (Scotland) Regulations 2015, reg 21 (reserved contracts for supported businesses)', pcsrReg(21)),
  reg32: cite('Public Contracts (Scotland) Regulations 2015, reg 32 (innovation partnership)', pcsrReg(32)),
  reg33: cite('Public Contracts (Scotland) Regulations 2015, reg 33(1)(b) (only one supplier can deliver)', pcsrReg(33)),
  /** spec-v2 review M7 (read there): frameworks are reg 34, dynamic purchasing systems reg 35. */
  reg34: cite('Public Contracts (Scotland) Regulations 2015, reg 34 (framework agreements)', pcsrReg(34)),
  reg35: cite('Public Contracts (Scotland) Regulations 2015, reg 35 (dynamic purchasing systems)', pcsrReg(35)),
  /** spec-v2 review M8 (read there): the same grounds as the 2015 Regulations' reg 72. */
  reg72: cite('Public Contracts (Scotland) Regulations 2015, reg 72 (modifying contracts during their term)', pcsrReg(72)),
  reg74: cite('Public Contracts (Scotland) Regulations 2015, regs 74–76 (social and other specific services)', pcsrReg(74)),
  /** routes.md §1: reg 76A in force since 7 Jan 2026 (Care Reform (Scotland) Act 2025 s.16; SSI 2025/388). */
  reg76A: cite('Public Contracts (Scotland) Regulations 2015, reg 76A (contracts reserved for qualifying organisations)', pcsrReg('76A')),
  careReform: cite('Care Reform (Scotland) Act 2025, s.16 (inserts reg 76A; in force 7 January 2026)', LEGISLATION.careReformS16),
  sch3: cite('Public Contracts (Scotland) Regulations 2015, Schedule 3 (social and other specific services)', `${LEGISLATION.pcsr2015}/schedule/3`),
  reg88: cite('Public Contracts (Scotland) Regulations 2015, reg 88(4)–(5) (30-day limit for challenges)', pcsrReg(88)),
  reg91: cite('Public Contracts (Scotland) Regulations 2015, reg 91(7) (VEAT notice protection)', pcsrReg(91)),
  reformAct: cite('Procurement Reform (Scotland) Act 2014', LEGISLATION.procurementReformScotland),
  /** routes.md §5: regulated contracts from £50,000 / £2,000,000, excluding VAT. */
  reformS3: cite('Procurement Reform (Scotland) Act 2014, s.3 (regulated procurements)', `${LEGISLATION.procurementReformScotland}/section/3`),
  /** routes.md §1: supported businesses below the PCSR thresholds. */
  reformS11: cite('Procurement Reform (Scotland) Act 2014, s.11 (reserving contracts for supported businesses)', `${LEGISLATION.procurementReformScotland}/section/11`),
  /** routes.md §5: health or social care contracts without seeking offers. */
  reformS12: cite('Procurement Reform (Scotland) Act 2014, s.12 (health or social care services)', `${LEGISLATION.procurementReformScotland}/section/12`),
} as const;

// ── Provider Selection Regime (England, SI 2023/1348) ─────────────────────
// health.md §1. The process conditions are in reg 6; regs 7–11 are the steps.
export const PSR = {
  regs: cite('Health Care Services (Provider Selection Regime) Regulations 2023 (SI 2023/1348)', LEGISLATION.psr),
  reg5: cite('Provider Selection Regime, reg 5 (the key criteria)', psrReg(5)),
  reg6: cite('Provider Selection Regime, reg 6 (which process must or may be used)', psrReg(6)),
  reg6Change: cite('Provider Selection Regime, reg 6(10)–(12) (considerable change)', psrReg(6)),
  reg7: cite('Provider Selection Regime, reg 7 (Direct Award Process A)', psrReg(7)),
  reg8: cite('Provider Selection Regime, reg 8 (Direct Award Process B)', psrReg(8)),
  reg9: cite('Provider Selection Regime, reg 9 (Direct Award Process C)', psrReg(9)),
  reg10: cite('Provider Selection Regime, reg 10 (Most Suitable Provider Process)', psrReg(10)),
  reg11: cite('Provider Selection Regime, reg 11 (Competitive Process)', psrReg(11)),
  reg12: cite('Provider Selection Regime, reg 12 (standstill period)', psrReg(12)),
  /** health.md "Modifications (reg 13)": grounds 13(1)(a)–(d), (2); A and B contracts 13(3); notice 13(4)–(5). */
  reg13: cite('Provider Selection Regime, reg 13 (modifying contracts and frameworks)', psrReg(13)),
  /** health.md "Urgent award or modification (reg 14)". */
  reg14: cite('Provider Selection Regime, reg 14 (urgent award or modification)', psrReg(14)),
  /** health-order.md step 6: call-offs with or without competition, as the framework provides; reg 29(3). */
  reg18: cite('Provider Selection Regime, reg 18 (call-offs from framework agreements)', psrReg(18)),
  reg24: cite('Provider Selection Regime, reg 24 (records)', psrReg(24)),
} as const;

// ── Provider Selection Regime (Wales, WSI 2025/99) ────────────────────────
// health.md §2: made under NHS (Wales) Act 2006 s.10A; read as made.
export const WALES = {
  regs: cite('Health Services (Provider Selection Regime) (Wales) Regulations 2025 (WSI 2025/99)', LEGISLATION['psr-wales']),
  reg6: cite('Welsh Provider Selection Regime, reg 6 (the key criteria)', walesReg(6)),
  reg7: cite('Welsh Provider Selection Regime, reg 7 (which process must or may be used)', walesReg(7)),
  reg7Change: cite('Welsh Provider Selection Regime, reg 7(9)–(12) (considerable change)', walesReg(7)),
  reg8: cite('Welsh Provider Selection Regime, reg 8 (Direct Award Process 1)', walesReg(8)),
  reg9: cite('Welsh Provider Selection Regime, reg 9 (Direct Award Process 2)', walesReg(9)),
  reg10: cite('Welsh Provider Selection Regime, reg 10 (Most Suitable Provider Process)', walesReg(10)),
  reg11: cite('Welsh Provider Selection Regime, reg 11 (Competitive Process)', walesReg(11)),
  reg12: cite('Welsh Provider Selection Regime, reg 12 (standstill period)', walesReg(12)),
  /** health.md §2 "Modifications (reg 13)": Process 1 contracts 13(1); others 13(3)–(5); notice 13(6)–(7). */
  reg13: cite('Welsh Provider Selection Regime, reg 13 (modifying contracts and frameworks)', walesReg(13)),
  /** health-order.md (Wales side routes): call-offs regs 18–21; a multi-provider call-off needs a notice of intention and standstill. */
  reg18: cite('Welsh Provider Selection Regime, regs 18–21 (call-offs from framework agreements)', walesReg(18)),
  /** health.md §2 "Urgent award or modification (reg 14)": the same three conditions as England. */
  reg14: cite('Welsh Provider Selection Regime, reg 14 (urgent award or modification)', walesReg(14)),
  reg30: cite('Welsh Provider Selection Regime, reg 30 (records, kept for 3 years)', walesReg(30)),
} as const;

// ── Other Acts ────────────────────────────────────────────────────────────
export const OTHER = {
  /** LF "Not a public contract": Subsidy Control Act 2022 ss.2, 7. */
  subsidy: cite('Subsidy Control Act 2022, ss.2 and 7 (what counts as a subsidy)', `${LEGISLATION.subsidyControl}/section/2`),
  /** LF "Not a public contract": s.36(1) Minimal Financial Assistance. */
  mfa: cite('Subsidy Control Act 2022, s.36(1) (Minimal Financial Assistance)', `${LEGISLATION.subsidyControl}/section/36`),
  /** routes.md §8: England and Wales only; not wholly or mainly Welsh devolved authorities. */
  socialValue: cite('Public Services (Social Value) Act 2012, s.1', LEGISLATION.socialValue),
  /** routes.md §8: the socially responsible procurement duty (s.24), in force 25 March 2026. */
  walesSocialPartnership: cite('Social Partnership and Public Procurement (Wales) Act 2023, Part 3 (socially responsible procurement)', LEGISLATION.walesSocialPartnership),
} as const;

/** The subsidy-control risk, worded once for the grant and co-investment routes. */
export const SUBSIDY_RISK =
  'Money or other help from the authority can be a subsidy if the social enterprise sells goods or services in a market (Subsidy Control Act 2022, ss.2 and 7). Small amounts can fall under Minimal Financial Assistance: up to £315,000 in total over the current and the two previous financial years (s.36(1)). If the total could be higher, or you are not sure, take advice before you commit.';
