// The reservation for supported employment providers, which the answers add to
// the competitive routes (spec §3 gate 1). routes.md §1: PA s.32 (only within a
// competitive flexible procedure; the 30% test of s.32(4)(a)–(c); "disadvantaged"
// is not defined ⚠, so it is hedged); PCR reg 20 (main aim plus 30% of
// employees; the call for competition refers to it; post-Brexit wording ⚠);
// PCSR reg 21 (supported businesses; the contract notice says so) and, below
// the Scottish thresholds, the Procurement Reform (Scotland) Act 2014 s.11. A
// reservation restricts who may take part in a competition: it never permits a
// direct award, and no text here may say it does.

import type { RouteOption } from './types';
import { PA, PCR, PCSR } from './sources';

const RESTRICTS = 'This restricts who may take part in a competition; it never lets you award to one organisation directly.';

export const PA_SUPPORTED_EMPLOYMENT: RouteOption = {
  id: 'supported-employment-reservation',
  title: 'Reserve the competition for supported employment providers (s.32)',
  text: `Only within a competitive flexible procedure — not the open procedure — you may exclude suppliers that are not supported employment providers, and then disregard their tenders. ${RESTRICTS} A supported employment provider operates wholly or partly to provide employment, or support into employment, to disabled or disadvantaged people, who make up at least 30% of its workforce, of the part of it that will do the work, or of the group of organisations that will do it. There is no limit on the kind of contract or its term. The Act does not define “disadvantaged”: check the government’s guidance before you rely on it.`,
  basis: [PA.s32, PA.s20],
};

export const PCR_SUPPORTED_EMPLOYMENT: RouteOption = {
  id: 'supported-employment-reservation',
  title: 'Reserve the competition for supported employment (reg 20)',
  text: `You may reserve the right to take part to sheltered workshops and organisations whose main aim is the social and professional integration of disabled or disadvantaged people, or have the contract performed within sheltered employment programmes. At least 30% of their employees must be disabled or disadvantaged. Your call for competition must refer to the reservation. ${RESTRICTS} Check the current wording of reg 20 before you rely on it.`,
  basis: [PCR.reg20],
};

export const PCSR_SUPPORTED_EMPLOYMENT: RouteOption = {
  id: 'supported-employment-reservation',
  title: 'Reserve the competition for supported businesses (reg 21)',
  text: `You may reserve the right to take part to supported businesses, or have the contract performed within a supported employment programme: their main aim must be the social and professional integration of disabled or disadvantaged people, and at least 30% of their employees (or of the programme’s participants) must be disabled or disadvantaged. Your contract notice must say so. ${RESTRICTS}`,
  basis: [PCSR.reg21],
};

export const PCSR_SUPPORTED_BUSINESS_BELOW_THRESHOLD: RouteOption = {
  id: 'supported-employment-reservation',
  title: 'Reserve the contract for supported businesses (Reform Act s.11)',
  text: `If this is a regulated procurement — £50,000 or more excluding VAT for goods and services, £2,000,000 for works — you may reserve it for supported businesses (Procurement Reform (Scotland) Act 2014, s.11), and your contract notice must say so. ${RESTRICTS} Below £50,000 excluding VAT the 2014 Act’s duties do not apply, so check the value on that basis. These are the figures in s.3(2): check they have not been raised by order since.`,
  basis: [PCSR.reformS11, PCSR.reformS3],
};
