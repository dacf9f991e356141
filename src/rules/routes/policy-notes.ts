// Policy duties under the Procurement Act that depend on where the authority
// is (spec §4). routes.md §8: the Social Value Act 2012 extends to England and
// Wales only and does not bind authorities with wholly or mainly Welsh
// devolved functions (s.1(11), s.4(4)); the NPPS (PA s.13) does not bind
// devolved Welsh or transferred Northern Ireland authorities (s.13(10)); devolved
// Welsh authorities must have regard to the Wales Procurement Policy Statement
// (s.14(8)); the Welsh socially responsible procurement duty is in force from
// 25 March 2026. Northern Ireland's own policy is unverified (⚠), so it is a
// "check", never a statement.

import type { RouteNote } from './types';
import { OTHER, PA } from './sources';

const SOCIAL_VALUE =
  'Before you procure services, consider how the contract could improve the economic, social and environmental well-being of the area, and whether to consult on it (Public Services (Social Value) Act 2012, s.1).';

/** Notes for a route that runs a procurement under the Act (light-touch, competitive-tender). */
export const PA_POLICY_NOTES: RouteNote[] = [
  {
    when: { nation: ['england'] },
    text: `${SOCIAL_VALUE} You must also have regard to the National Procurement Policy Statement, which stresses social value and opportunities for small businesses and voluntary, community and social enterprises (s.13).`,
    basis: [OTHER.socialValue, PA.s13],
  },
  {
    when: { nation: ['wales'] },
    text: 'If your body is a devolved Welsh authority (its functions are wholly or mainly devolved Welsh functions), the Social Value Act and the National Procurement Policy Statement do not apply to it. Instead you must have regard to the Wales Procurement Policy Statement (s.14(8)), and, if your body is listed in the Social Partnership and Public Procurement (Wales) Act 2023, meet its socially responsible procurement duty. A UK-wide body buying in Wales follows the Social Value Act and the National Procurement Policy Statement instead. Check which applies to you.',
    basis: [PA.s14, OTHER.walesSocialPartnership, OTHER.socialValue, PA.s13],
  },
  {
    when: { nation: ['northern-ireland'] },
    text: 'The Social Value Act does not extend to Northern Ireland. The National Procurement Policy Statement does not bind transferred Northern Ireland authorities (s.13(10)), though a UK-wide body buying in Northern Ireland must have regard to it. Check with your procurement team which social value policy your body follows.',
    basis: [PA.s13],
  },
];

/** PA s.51(3)(f) and s.54(3)–(4): what a light touch contract is spared on every route. */
export const PA_LIGHT_TOUCH_NOTE: RouteNote = {
  when: { lightTouch: true },
  text: 'For a light touch service the Act sets no minimum participation or tendering periods (s.54(3)–(4)) and requires no standstill period before you sign (s.51(3)(f)). Set time limits that are reasonable for the organisations you expect to bid; if you allow a standstill voluntarily, it must be at least 8 working days (s.51(4)–(5)).',
  basis: [PA.s54, PA.s51],
};
