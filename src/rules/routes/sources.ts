// Citations shared by the route files. Every entry traces to a line in
// shared/legal-facts.md; the comment on each says which section of that file.
// Deep links use legislation.gov.uk's standard form. Do not add a provision
// here unless legal-facts names it.

import type { Citation } from '../types';
import { LEGISLATION } from '../regimes';

const cite = (label: string, url: string): Citation => ({ label, url });
const paSection = (n: number): string => `${LEGISLATION.pa2023}/section/${n}`;
const paSchedule = (n: number): string => `${LEGISLATION.pa2023}/schedule/${n}`;
const pcrReg = (n: number): string => `${LEGISLATION.pcr2015}/regulation/${n}`;
const pcsrReg = (n: number): string => `${LEGISLATION.pcsr2015}/regulation/${n}`;
const psrReg = (n: number): string => `${LEGISLATION.psr}/regulation/${n}`;

// ── Procurement Act 2023 ──────────────────────────────────────────────────
export const PA = {
  /** "Which regime applies". */
  act: cite('Procurement Act 2023', LEGISLATION.pa2023),
  /** "Not a public contract": s.3, pecuniary interest. */
  s3: cite('Procurement Act 2023, s.3 (meaning of public contract)', paSection(3)),
  /** "Flexible light-touch process": s.9 light touch contracts. */
  s9: cite('Procurement Act 2023, s.9 (light touch contracts)', paSection(9)),
  /** "Flexible light-touch process" / "Innovation" / "Open competition": s.20. */
  s20: cite('Procurement Act 2023, s.20 (competitive tendering procedures)', paSection(20)),
  /** "Flexible light-touch process" / "Open competition": s.23. */
  s23: cite('Procurement Act 2023, s.23 (most advantageous tender)', paSection(23)),
  /** "Flexible light-touch process": reserved contracts for mutuals, s.33. */
  s33: cite('Procurement Act 2023, s.33 (contracts reserved for public service mutuals)', paSection(33)),
  /** "Unique proposition": s.41 with Sch 5 paras 4–6. */
  s41UniqueSupplier: cite('Procurement Act 2023, s.41 and Sch 5 paras 4–6', paSection(41)),
  /** "Unique proposition": legal-facts gives this schedule URL. */
  sch5UniqueSupplier: cite('Procurement Act 2023, Sch 5 paras 4–6 (unique supplier)', paSchedule(5)),
  /** "User choice": Sch 5 paras 15–17, a direct award under s.41. */
  s41UserChoice: cite('Procurement Act 2023, s.41 and Sch 5 paras 15–17 (user choice contracts)', paSchedule(5)),
  /** "Innovation": Sch 5 paras 2–3, prototypes and novel goods or services. */
  sch5Prototypes: cite('Procurement Act 2023, Sch 5 paras 2–3 (prototypes and development)', paSchedule(5)),
  /** "Unique proposition": s.44 transparency notice. */
  s44: cite('Procurement Act 2023, s.44 (transparency notices)', paSection(44)),
  /** "User choice": s.44(3). */
  s44_3: cite('Procurement Act 2023, s.44(3) (no transparency notice for user choice contracts)', paSection(44)),
  /** "Unique proposition": ss.50–51. */
  s50: cite('Procurement Act 2023, s.50 (contract award notice)', paSection(50)),
  s51: cite('Procurement Act 2023, s.51 (standstill period of 8 working days)', paSection(51)),
  /** "User choice": ss.50(6)(b) and 53(6)(b). */
  s50_6b: cite('Procurement Act 2023, s.50(6)(b) (no contract award notice for user choice contracts)', paSection(50)),
  s53_6b: cite('Procurement Act 2023, s.53(6)(b) (no contract details notice for user choice contracts)', paSection(53)),
  /** "Flexible light-touch process": s.54(3). */
  s54_3: cite('Procurement Act 2023, s.54(3) (no minimum time limits for light touch contracts)', paSection(54)),
  /** "Thresholds": below threshold, ss.84–88. */
  ss84to88: cite('Procurement Act 2023, ss.84–88 (below-threshold contracts)', paSection(84)),
  /** "Thresholds": SI 2025/1200. */
  thresholds: cite('SI 2025/1200 (thresholds from 1 January 2026)', LEGISLATION.thresholds2026),
} as const;

// ── Public Contracts Regulations 2015 ─────────────────────────────────────
export const PCR = {
  regs: cite('Public Contracts Regulations 2015', LEGISLATION.pcr2015),
  /** "Which regime applies": transitional rules. */
  transitional: cite('SI 2024/716, reg 5 (transitional rules: which procurements stay under the 2015 Regulations)', LEGISLATION.transitional),
  reg27: cite('Public Contracts Regulations 2015, reg 27 (open procedure)', pcrReg(27)),
  reg28: cite('Public Contracts Regulations 2015, reg 28 (restricted procedure)', pcrReg(28)),
  reg31: cite('Public Contracts Regulations 2015, reg 31 (innovation partnership)', pcrReg(31)),
  reg32: cite('Public Contracts Regulations 2015, reg 32(2)(b) (only one supplier can deliver)', pcrReg(32)),
  reg67: cite('Public Contracts Regulations 2015, reg 67 (most economically advantageous tender)', pcrReg(67)),
  reg74: cite('Public Contracts Regulations 2015, regs 74–76 (Light Touch Regime)', pcrReg(74)),
  reg75: cite('Public Contracts Regulations 2015, reg 75 (notices under the Light Touch Regime)', pcrReg(75)),
  reg76: cite('Public Contracts Regulations 2015, reg 76 (designing the procedure)', pcrReg(76)),
  reg77: cite('Public Contracts Regulations 2015, reg 77 (contracts reserved for mutuals)', pcrReg(77)),
  reg99: cite('Public Contracts Regulations 2015, reg 99(3) (VEAT notice and 10-day wait)', pcrReg(99)),
  sch3: cite('Public Contracts Regulations 2015, Schedule 3 (social and other specific services)', `${LEGISLATION.pcr2015}/schedule/3`),
} as const;

// ── Public Contracts (Scotland) Regulations 2015 ──────────────────────────
export const PCSR = {
  regs: cite('Public Contracts (Scotland) Regulations 2015', LEGISLATION.pcsr2015),
  reg5_1d: cite('Public Contracts (Scotland) Regulations 2015, reg 5(1)(d) (light touch threshold)', pcsrReg(5)),
  reg32: cite('Public Contracts (Scotland) Regulations 2015, reg 32 (innovation partnership)', pcsrReg(32)),
  reg33: cite('Public Contracts (Scotland) Regulations 2015, reg 33(1)(b) (only one supplier can deliver)', pcsrReg(33)),
  reg74: cite('Public Contracts (Scotland) Regulations 2015, regs 74–76 (social and other specific services)', pcsrReg(74)),
  sch3: cite('Public Contracts (Scotland) Regulations 2015, Schedule 3 (social and other specific services)', `${LEGISLATION.pcsr2015}/schedule/3`),
  reg88: cite('Public Contracts (Scotland) Regulations 2015, reg 88(4)–(5) (30-day limit for challenges)', pcsrReg(88)),
  reg91: cite('Public Contracts (Scotland) Regulations 2015, reg 91(7) (VEAT notice protection)', pcsrReg(91)),
  reformAct: cite('Procurement Reform (Scotland) Act 2014', LEGISLATION.procurementReformScotland),
} as const;

// ── Provider Selection Regime (England, SI 2023/1348) ─────────────────────
// Welsh regulation numbers are not in legal-facts; the app shows WELSH_PSR.
export const PSR = {
  regs: cite('Health Care Services (Provider Selection Regime) Regulations 2023 (SI 2023/1348)', LEGISLATION.psr),
  reg5: cite('Provider Selection Regime, reg 5 (the key criteria)', psrReg(5)),
  reg6: cite('Provider Selection Regime, reg 6(10)–(12) (considerable change)', psrReg(6)),
  reg7: cite('Provider Selection Regime, reg 7 (Direct Award process A)', psrReg(7)),
  reg8: cite('Provider Selection Regime, reg 8 (Direct Award process B)', psrReg(8)),
  reg9: cite('Provider Selection Regime, reg 9 (Direct Award process C)', psrReg(9)),
  reg10: cite('Provider Selection Regime, reg 10 (Most Suitable Provider process)', psrReg(10)),
  reg11: cite('Provider Selection Regime, reg 11 (competitive process)', psrReg(11)),
} as const;

// ── Other Acts ────────────────────────────────────────────────────────────
export const OTHER = {
  /** "Not a public contract": Subsidy Control Act 2022 ss.2, 7. */
  subsidy: cite('Subsidy Control Act 2022, ss.2 and 7 (what counts as a subsidy)', `${LEGISLATION.subsidyControl}/section/2`),
  /** "Not a public contract": s.36(1) Minimal Financial Assistance. */
  mfa: cite('Subsidy Control Act 2022, s.36(1) (Minimal Financial Assistance)', `${LEGISLATION.subsidyControl}/section/36`),
  /** "Flexible light-touch process": Social Value Act 2012 s.1. */
  socialValue: cite('Public Services (Social Value) Act 2012, s.1', LEGISLATION.socialValue),
} as const;

/** The subsidy-control risk, worded once for the grant and co-investment routes. */
export const SUBSIDY_RISK =
  'Money or other help from the authority can be a subsidy if the social enterprise sells goods or services in a market (Subsidy Control Act 2022, ss.2 and 7). Small amounts can fall under Minimal Financial Assistance: up to £315,000 in total over the current and the two previous financial years (s.36(1)). If the total could be higher, or you are not sure, take advice before you commit.';
