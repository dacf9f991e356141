import { REGIME_IDS, ROUTE_IDS, type RegimeId, type Role, type RouteId } from '../types';
import { ROUTES_IN_REGIME } from '../regimes';
import { ROUTES, routeIn } from './index';
import { lightTouch } from './light-touch';
import { directAward } from './direct-award';
import type { RouteInRegime, RouteOption } from './types';

const LEGISLATION_PREFIX = 'https://www.legislation.gov.uk/';
/** legislation.gov.uk's URL shape: type/year/number, then optionally one provision (e.g. /wsi/2025/99/regulation/8). */
const LEGISLATION_URL =
  /^https:\/\/www\.legislation\.gov\.uk\/(ukpga|uksi|ssi|wsi|asp|asc)\/\d{4}\/\d+(\/(section|regulation|schedule|part)\/\d+[A-Z]?(\/paragraph\/\d+)?)?$/;
const ROLES: Role[] = ['authority', 'social-enterprise'];

const applicable: [RouteId, RegimeId][] = REGIME_IDS.flatMap((regime) =>
  ROUTES_IN_REGIME[regime].map((route): [RouteId, RegimeId] => [route, regime]),
);
const notApplicable: [RouteId, RegimeId][] = REGIME_IDS.flatMap((regime) =>
  ROUTE_IDS.filter((route) => !ROUTES_IN_REGIME[regime].includes(route)).map(
    (route): [RouteId, RegimeId] => [route, regime],
  ),
);

/** Every piece of text in an entry, for checks that apply to all wording. */
const allText = (entry: RouteInRegime): string[] => [
  entry.name,
  entry.allows,
  entry.when,
  entry.timescale,
  ...entry.risks,
  ...ROLES.flatMap((role) => entry.nextSteps[role]),
  ...entry.basis.map((c) => c.label),
  ...(entry.options ?? []).flatMap((o: RouteOption) => [o.title, o.text, ...o.basis.map((c) => c.label)]),
  ...(entry.notes ?? []).flatMap((n) => [n.text, ...n.basis.map((c) => c.label)]),
  ...(entry.mayChooseBetween ?? []),
  ...(entry.mustRecord ?? []),
];

describe('route catalogue', () => {
  it('has one entry per route id, keyed by its own id', () => {
    expect(Object.keys(ROUTES).sort()).toEqual([...ROUTE_IDS].sort());
    for (const id of ROUTE_IDS) {
      expect(ROUTES[id].id).toBe(id);
      expect(ROUTES[id].title.trim()).not.toBe('');
      expect(ROUTES[id].summary.trim()).not.toBe('');
    }
  });

  describe.each(applicable)('%s under %s', (route, regime) => {
    const entry = routeIn(route, regime);

    it('has a name, what it allows, when it applies and a timescale', () => {
      expect(entry.name.trim()).not.toBe('');
      expect(entry.allows.trim()).not.toBe('');
      expect(entry.when.trim()).not.toBe('');
      expect(entry.timescale.trim()).not.toBe('');
    });

    it('cites at least one provision on legislation.gov.uk, and every citation is well formed', () => {
      expect(entry.basis.length).toBeGreaterThan(0);
      expect(entry.basis.some((c) => c.url.startsWith(LEGISLATION_PREFIX))).toBe(true);
      for (const c of [...entry.basis, ...(entry.options ?? []).flatMap((o) => o.basis)]) {
        expect(c.label.trim()).not.toBe('');
        expect(c.url).toMatch(LEGISLATION_URL);
      }
      // Notes may also link official guidance (PPN 005 on gov.uk).
      for (const c of (entry.notes ?? []).flatMap((n) => n.basis)) {
        expect(c.url).toMatch(new RegExp(`${LEGISLATION_URL.source}|^https://www\\.gov\\.uk/government/publications/\\S+$`));
      }
    });

    it('names at least one risk', () => {
      expect(entry.risks.length).toBeGreaterThan(0);
      for (const risk of entry.risks) expect(risk.trim()).not.toBe('');
    });

    it.each(ROLES)('gives 3 to 6 next steps for the %s', (role) => {
      const steps = entry.nextSteps[role];
      expect(steps.length).toBeGreaterThanOrEqual(3);
      expect(steps.length).toBeLessThanOrEqual(6);
      for (const step of steps) expect(step.trim()).not.toBe('');
    });

    it('never shows an unverified marker or a placeholder', () => {
      for (const text of allText(entry)) {
        expect(text).not.toMatch(/⚠|TODO|TBC|XXX|lorem/i);
      }
    });
  });

  it.each(notApplicable)('has no entry for %s under %s', (route, regime) => {
    expect(ROUTES[route].regimes[regime]).toBeUndefined();
    expect(() => routeIn(route, regime)).toThrow();
  });

  it('covers every regime where each route applies, and no other', () => {
    for (const route of ROUTE_IDS) {
      const expected = REGIME_IDS.filter((regime) => ROUTES_IN_REGIME[regime].includes(route)).sort();
      expect(Object.keys(ROUTES[route].regimes).sort()).toEqual(expected);
    }
  });
});

describe('light-touch options', () => {
  const optionIds = (regime: RegimeId): string[] =>
    (lightTouch.regimes[regime]?.options ?? []).map((o) => o.id);

  it.each(['pa2023', 'pcr2015', 'pcsr2015'] as const)('offers reserving the competition for a mutual or qualifying organisation under %s', (regime) => {
    expect(optionIds(regime)).toContain('mutual-reservation');
  });

  it('offers the Scottish reg 76A reservation, in force since 7 January 2026', () => {
    const option = lightTouch.regimes.pcsr2015?.options?.find((o) => o.id === 'mutual-reservation');
    expect(option?.basis.map((c) => c.label).join(' ')).toMatch(/reg 76A/);
    expect(option?.text).toMatch(/7 January 2026/);
    expect(option?.text).toMatch(/no term limit/i);
  });

  it.each(['pa2023', 'pcr2015', 'pcsr2015'] as const)(
    'offers both the targeted and the open variants under %s',
    (regime) => {
      expect(optionIds(regime)).toEqual(expect.arrayContaining(['targeted-engagement', 'open-competition']));
    },
  );

  it('gives the reserved-contract term limits: 5 years under the Act, 3 under the 2015 Regulations', () => {
    const mutual = (regime: RegimeId) =>
      lightTouch.regimes[regime]?.options?.find((o) => o.id === 'mutual-reservation');
    expect(mutual('pa2023')?.text).toMatch(/5 years/);
    expect(mutual('pa2023')?.basis.map((c) => c.label).join(' ')).toMatch(/s\.33/);
    expect(mutual('pcr2015')?.text).toMatch(/3 years/);
    expect(mutual('pcr2015')?.basis.map((c) => c.label).join(' ')).toMatch(/reg 77/);
  });

  it('says under the Act that the opportunity is still advertised by a tender notice', () => {
    const targeted = lightTouch.regimes.pa2023?.options?.find((o) => o.id === 'targeted-engagement');
    expect(targeted?.text).toMatch(/tender notice/);
  });

  it('only routes the answers can shape have options: light touch, the competitions a reservation restricts, call-offs and changes', () => {
    const shaped: string[] = ['light-touch', 'competitive-tender', 'innovation-partnership', 'below-threshold', 'framework-call-off', 'modify-contract'];
    for (const route of ROUTE_IDS.filter((r) => !shaped.includes(r))) {
      for (const entry of Object.values(ROUTES[route].regimes)) expect(entry?.options).toBeUndefined();
    }
  });
});

describe('direct award names', () => {
  it('is a direct award with a transparency notice under the Procurement Act', () => {
    expect(directAward.regimes.pa2023?.name).toMatch(/transparency notice/i);
  });

  it('uses a VEAT notice under the 2015 Regulations and the Scottish Regulations', () => {
    expect(directAward.regimes.pcr2015?.name).toMatch(/VEAT notice/);
    expect(directAward.regimes.pcsr2015?.name).toMatch(/VEAT notice/);
  });

  it('is Direct Award Process A under the Provider Selection Regime, and Direct Award Process 1 in Wales', () => {
    expect(directAward.regimes.psr?.name).toBe('Direct Award Process A');
    expect(directAward.regimes['psr-wales']?.name).toBe('Direct Award Process 1');
  });
});

describe('health process names, in each regime’s own terms', () => {
  it.each([
    ['existing-provider', 'psr', 'Direct Award Process C'],
    ['patient-choice', 'psr', 'Direct Award Process B'],
    ['most-suitable-provider', 'psr', 'Most Suitable Provider Process'],
    ['competitive-tender', 'psr', 'Competitive Process'],
    ['existing-provider', 'psr-wales', 'Direct Award Process 2'],
    ['most-suitable-provider', 'psr-wales', 'Most Suitable Provider Process'],
    ['competitive-tender', 'psr-wales', 'Competitive Process'],
  ] as const)('%s under %s is %s', (route, regime, name) => {
    expect(routeIn(route, regime).name).toBe(name);
  });
});

describe('legal time limits', () => {
  it('states the 8-working-day standstill for a direct award under the Act, unless light touch', () => {
    expect(routeIn('direct-award', 'pa2023').timescale).toMatch(/Unless it is a light touch contract, allow at least the 8-working-day standstill/);
  });

  it('states the 10-day wait after a VEAT notice under the 2015 Regulations', () => {
    expect(routeIn('direct-award', 'pcr2015').timescale).toMatch(/10-day/);
  });

  it('states the below-threshold notice figures under the Act', () => {
    const entry = routeIn('below-threshold', 'pa2023');
    expect(entry.when).toMatch(/£12,000/);
    expect(entry.when).toMatch(/£30,000/);
  });

  it('states the £50,000 and £2,000,000 Reform Act figures in Scotland, excluding VAT', () => {
    expect(routeIn('below-threshold', 'pcsr2015').allows).toMatch(/£50,000 for goods and services, or £2,000,000 for works, excluding VAT/);
  });

  it('names the subsidy-control limit on the grant and co-investment routes', () => {
    for (const route of ['no-contract', 'co-investment'] as const) {
      for (const regime of REGIME_IDS) {
        expect(routeIn(route, regime).risks.join(' ')).toMatch(/£315,000/);
      }
    }
  });
});
