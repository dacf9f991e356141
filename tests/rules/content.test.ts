// The legal content of each route, checked the way a procurement lawyer would
// read it. Each block names the legal-review finding (#n) or spec-v2 review
// point it guards.
import { REGIMES, ROUTES_IN_REGIME, type Answers, type RegimeId, type RouteId } from '../../src/rules';
import { ROUTES, notesFor, routeIn, type RouteInRegime } from '../../src/rules/routes';
import { PA } from '../../src/rules/routes/sources';

const textOf = (entry: RouteInRegime): string[] => [
  entry.name,
  entry.allows,
  entry.when,
  entry.timescale,
  ...entry.risks,
  ...entry.nextSteps.authority,
  ...entry.nextSteps['social-enterprise'],
  ...entry.basis.map((c) => c.label),
  ...(entry.options ?? []).flatMap((o) => [o.title, o.text, ...o.basis.map((c) => c.label)]),
  ...(entry.notes ?? []).flatMap((n) => [n.text, ...n.basis.map((c) => c.label)]),
  ...(entry.mayChooseBetween ?? []),
  ...(entry.mustRecord ?? []),
];

/** What the person sees for these facts: the route's own text plus the notes that apply. */
const shown = (route: RouteId, regime: RegimeId, answers: Answers): string[] => {
  const entry = routeIn(route, regime);
  const { notes: _notes, ...base } = entry;
  return [...textOf(base), ...notesFor(entry, answers).flatMap((n) => [n.text, ...n.basis.map((c) => c.label)])];
};

const sentences = (texts: string[]): string[] => texts.flatMap((t) => t.split(/(?<=[.!?])\s+/));

const entriesOf = (regime: RegimeId): [RouteId, RouteInRegime][] =>
  ROUTES_IN_REGIME[regime].map((route) => [route, routeIn(route, regime)]);

const LIGHT_TOUCH: Answers = { nation: 'england', serviceKind: 'social-care' };
const OTHER_SERVICE: Answers = { nation: 'england', serviceKind: 'other' };

describe('the Welsh health regime (#2, #21)', () => {
  it('has its own regime, named after WSI 2025/99 and linked to it', () => {
    expect(REGIMES['psr-wales'].source.url).toBe('https://www.legislation.gov.uk/wsi/2025/99');
    expect(REGIMES['psr-wales'].source.label).toMatch(/WSI 2025\/99/);
  });

  it('in Wales no route content ever names Process B or a patient-choice process', () => {
    expect(ROUTES_IN_REGIME['psr-wales']).not.toContain('patient-choice');
    for (const [, entry] of entriesOf('psr-wales')) {
      expect(textOf(entry).join(' ')).not.toMatch(/Process B|patient choice/i);
    }
  });

  it('the Welsh health regime lists social responsibility among its key criteria and never innovation', () => {
    for (const route of ['existing-provider', 'most-suitable-provider', 'competitive-tender'] as const) {
      expect(textOf(routeIn(route, 'psr-wales')).join(' ')).toMatch(/social responsibility/);
    }
    for (const [, entry] of entriesOf('psr-wales')) {
      expect(textOf(entry).join(' ')).not.toMatch(/innovation|integration/i);
      expect(`${entry.allows} ${entry.when}`).not.toMatch(/social value/i);
    }
  });

  it('cites the Welsh regulations for every Welsh health process, never the English ones', () => {
    for (const route of ['existing-provider', 'most-suitable-provider', 'competitive-tender', 'direct-award'] as const) {
      const urls = routeIn(route, 'psr-wales').basis.map((c) => c.url);
      expect(urls.every((url) => url.startsWith('https://www.legislation.gov.uk/wsi/2025/99/regulation/'))).toBe(true);
    }
  });

  it('Welsh Direct Award Process 1 has a notice of intention and a standstill, unlike England’s Process A', () => {
    const wales = textOf(routeIn('direct-award', 'psr-wales')).join(' ');
    expect(wales).toMatch(/notice of intention/);
    expect(wales).toMatch(/8-working-day standstill/);
    expect(textOf(routeIn('direct-award', 'psr')).join(' ')).toMatch(/No standstill period applies to Process A/);
  });

  it('the Welsh standstill starts on the day the notice is submitted', () => {
    expect(textOf(routeIn('existing-provider', 'psr-wales')).join(' ')).toMatch(/starts on the day/);
  });

  it('has no innovation route, no below-threshold route and no light touch or user choice route', () => {
    for (const route of ['innovation-partnership', 'below-threshold', 'light-touch', 'user-choice'] as const) {
      expect(ROUTES_IN_REGIME['psr-wales']).not.toContain(route);
    }
  });
});

describe('the order and force of the health processes (#1, #8; spec-v2 W3, W5)', () => {
  it.each([
    ['direct-award', 'psr'],
    ['patient-choice', 'psr'],
    ['direct-award', 'psr-wales'],
  ] as const)('%s under %s is described as mandatory where it applies', (route, regime) => {
    const entry = routeIn(route, regime);
    expect(entry.allows).toMatch(/you must use this process/);
    expect(entry.risks.join(' ')).toMatch(/mandatory/);
  });

  it('Direct Award Process A needs only an existing provider whose contract has not ended, not one that is ending', () => {
    const when = routeIn('direct-award', 'psr').when;
    expect(when).toMatch(/has not expired or ended/);
    expect(when).not.toMatch(/coming to an end|is ending/);
  });

  it.each([
    ['existing-provider', 'psr', ['Direct Award Process C', 'the Most Suitable Provider Process', 'the Competitive Process']],
    ['existing-provider', 'psr-wales', ['Direct Award Process 2', 'the Most Suitable Provider Process', 'the Competitive Process']],
    ['most-suitable-provider', 'psr', ['the Most Suitable Provider Process', 'the Competitive Process']],
    ['most-suitable-provider', 'psr-wales', ['the Most Suitable Provider Process', 'the Competitive Process']],
  ] as const)('%s under %s says which processes the authority may choose between', (route, regime, processes) => {
    const entry = routeIn(route, regime);
    expect(entry.mayChooseBetween).toEqual(processes);
    expect(entry.allows).toMatch(/option, not a duty/);
    for (const process of processes) expect(entry.allows).toContain(process.replace(/^the /, ''));
  });

  it('Process C and Process 2 are open only once the mandatory processes are ruled out', () => {
    expect(routeIn('existing-provider', 'psr').when).toMatch(/^Only when Direct Award Process A .* and Process B .* are not required/);
    expect(routeIn('existing-provider', 'psr-wales').when).toMatch(/^Only when Direct Award Process 1 .* is not required/);
  });

  it.each(['psr', 'psr-wales'] as const)('the Most Suitable Provider Process under %s starts with an intention notice and a 14-day wait', (regime) => {
    const steps = routeIn('most-suitable-provider', regime).nextSteps.authority;
    expect(steps[0]).toMatch(/notice of intention to follow the Most Suitable Provider Process/);
    expect(steps[1]).toMatch(/at least 14 days/);
  });

  it.each(['psr', 'psr-wales'] as const)('the health regime %s has no separate innovation route', (regime) => {
    expect(ROUTES_IN_REGIME[regime]).not.toContain('innovation-partnership');
  });

  it.each(['psr', 'psr-wales'] as const)('the Competitive Process under %s may be run in stages', (regime) => {
    expect(routeIn('competitive-tender', regime).allows).toMatch(/in stages/);
  });
});

describe('what a health decision record must hold (reg 24; Welsh reg 30)', () => {
  const healthEntries = (['psr', 'psr-wales'] as const).flatMap((regime) =>
    ROUTES_IN_REGIME[regime]
      .filter((route) => route !== 'no-contract' && route !== 'co-investment')
      .map((route): [RouteId, RegimeId] => [route, regime]),
  );

  it.each(healthEntries)('%s under %s lists the decision-makers, the reasons and conflicts of interest', (route, regime) => {
    const record = routeIn(route, regime).mustRecord ?? [];
    expect(record.join(' ')).toMatch(/who made each decision/);
    expect(record.join(' ')).toMatch(/reasons for each decision/);
    expect(record.join(' ')).toMatch(/conflicts/);
  });

  it('Process C and MSP record how the key criteria were taken into account; the Competitive Process adds the award criteria', () => {
    expect(routeIn('existing-provider', 'psr').mustRecord!.join(' ')).toMatch(/key criteria into account/);
    expect(routeIn('competitive-tender', 'psr').mustRecord!.join(' ')).toMatch(/award criteria/);
    expect(routeIn('direct-award', 'psr').mustRecord!.join(' ')).not.toMatch(/key criteria/);
  });

  it('the Welsh record adds excluded providers and is kept for 3 years', () => {
    const record = routeIn('existing-provider', 'psr-wales').mustRecord!.join(' ');
    expect(record).toMatch(/excluded or excludable providers/);
    expect(record).toMatch(/3 years/);
    expect(routeIn('existing-provider', 'psr').mustRecord!.join(' ')).not.toMatch(/3 years/);
  });
});

describe('light touch contracts under the Act (#4, #15)', () => {
  const reachableByLightTouch = ['direct-award', 'light-touch', 'competitive-tender', 'innovation-partnership'] as const;

  it.each(reachableByLightTouch)('a light touch contract’s %s under the Act never says a standstill is mandatory', (route) => {
    for (const sentence of sentences(shown(route, 'pa2023', LIGHT_TOUCH)).filter((s) => /standstill/i.test(s))) {
      expect(sentence).toMatch(/light touch|not required|no standstill|voluntar|If you allow one|if you choose|that applies/i);
    }
  });

  it('a light touch contract’s direct award under the Act cites the s.51(3)(f) exemption', () => {
    expect(shown('direct-award', 'pa2023', LIGHT_TOUCH).join(' ')).toMatch(/s\.51\(3\)\(f\)/);
  });

  it('a direct award of other services under the Act states the 8-working-day standstill as a duty', () => {
    expect(shown('direct-award', 'pa2023', OTHER_SERVICE).join(' ')).toMatch(/you must wait at least 8 working days/);
    expect(shown('direct-award', 'pa2023', OTHER_SERVICE).join(' ')).not.toMatch(/s\.51\(3\)\(f\)\)\./);
  });

  it.each(reachableByLightTouch)('a light touch contract’s %s under the Act never promises minimum time limits without the exception', (route) => {
    for (const sentence of sentences(shown(route, 'pa2023', LIGHT_TOUCH)).filter((s) => /minimum time limits/i.test(s))) {
      expect(sentence).toMatch(/light touch|no minimum|sets no/i);
    }
  });

  it('cites s.54(3)–(4) for the absence of minimum participation and tendering periods', () => {
    expect(PA.s54.label).toMatch(/s\.54\(3\)–\(4\)/);
    expect(PA.s54.label).toMatch(/participation or tendering periods/);
  });
});

describe('award criteria and the most advantageous tender (#14)', () => {
  it('cites s.19 for the most advantageous tender and s.23 only for award criteria', () => {
    expect(PA.s19.label).toMatch(/s\.19 \(award to the most advantageous tender\)/);
    expect(PA.s23.label).toMatch(/s\.23 \(award criteria\)/);
    for (const route of Object.values(ROUTES)) {
      for (const entry of Object.values(route.regimes)) {
        expect(textOf(entry!).join(' ')).not.toMatch(/most advantageous tender \(s\.23\)/);
      }
    }
  });
});

describe('reserved contracts (#3, #12; spec-v2 O6)', () => {
  const option = (regime: RegimeId) => routeIn('light-touch', regime).options!.find((o) => o.id === 'mutual-reservation')!;

  it('the Act’s mutual reservation uses the s.33 test: employee control, reservable services, a 3-year bar, 5 years', () => {
    const text = option('pa2023').text;
    expect(text).toMatch(/managed and controlled by its employees/);
    expect(text).toMatch(/mainly to deliver reservable light touch services/);
    expect(text).toMatch(/last 3 years/);
    expect(text).toMatch(/at most 5 years/);
    expect(text).toMatch(/marked “R”/);
  });

  it('under the Act no text defines a mutual by users or “others who take part in its work”', () => {
    for (const [, entry] of entriesOf('pa2023')) {
      expect(textOf(entry).join(' ')).not.toMatch(/others who take part in (its|their) work/);
    }
  });

  it.each(['pa2023', 'pcr2015', 'pcsr2015'] as const)('a reservation under %s restricts a competition and never permits a direct award', (regime) => {
    expect(option(regime).text).toMatch(/restricts a competition; it never lets you award to one organisation directly/);
  });

  it.each(['pa2023', 'pcr2015', 'pcsr2015'] as const)('the reservation’s conditions under %s are stated as conditions to check, never as met', (regime) => {
    expect(option(regime).text).toMatch(/Check every condition before you rely on it/);
  });

  it('Scotland’s reg 76A reservation is in force and has no term limit or repeat bar', () => {
    expect(option('pcsr2015').text).toMatch(/Since 7 January 2026/);
    expect(option('pcsr2015').text).toMatch(/no term limit and no bar on repeat awards/);
  });
});

describe('policy duties only where they apply (#16, #17)', () => {
  const paProcurementRoutes = ['light-touch', 'competitive-tender'] as const;
  const shownIn = (route: RouteId, nation: string) => shown(route, 'pa2023', { nation, serviceKind: 'social-care' }).join(' ');

  it.each(paProcurementRoutes)('under the Act the %s text names the Social Value Act only in England and Wales', (route) => {
    expect(shownIn(route, 'england')).toMatch(/Social Value\) Act 2012/);
    expect(shownIn(route, 'northern-ireland')).not.toMatch(/consider how the contract could improve/);
    expect(shownIn(route, 'northern-ireland')).toMatch(/does not extend to Northern Ireland/);
  });

  it.each(paProcurementRoutes)('under the Act the %s text tells a devolved Welsh authority to follow the WPPS, not the NPPS', (route) => {
    const wales = shownIn(route, 'wales');
    expect(wales).toMatch(/Wales Procurement Policy Statement \(s\.14\(8\)\)/);
    expect(wales).toMatch(/devolved Welsh authority .* the Social Value Act and the National Procurement Policy Statement do not apply/);
  });

  it.each(paProcurementRoutes)('under the Act the %s text never tells an English authority about the WPPS', (route) => {
    expect(shownIn(route, 'england')).not.toMatch(/Wales Procurement Policy Statement/);
  });

  it('no route’s own text (outside its conditional notes) names the Social Value Act under the Act', () => {
    for (const [, entry] of entriesOf('pa2023')) {
      const { notes: _notes, ...base } = entry;
      expect(textOf(base).join(' ')).not.toMatch(/Social Value\) Act/);
    }
  });
});

describe('below-threshold duties (#5, #19, #20, #21; spec-v2 M9, M17, W4; issue item 4)', () => {
  const pa = () => routeIn('below-threshold', 'pa2023');

  it('a below-threshold tender notice is needed only if you advertise, and a contract details notice after award', () => {
    expect(pa().when).toMatch(/If you advertise .* you must first publish a below-threshold tender notice; none is needed if you invite only particular suppliers/);
    expect(pa().when).toMatch(/contract details notice/);
  });

  it('Part 6 does not apply to schools or concession contracts', () => {
    expect(pa().when).toMatch(/does not apply at all to schools or to concession contracts/);
  });

  it('a Northern Ireland authority is told Part 6 may not apply to it, and is not told it must publish notices', () => {
    const ni = notesFor(pa(), { nation: 'northern-ireland' }).map((n) => n.text).join(' ');
    expect(ni).toMatch(/do not apply to a transferred Northern Ireland authority \(s\.84\(2\)\)/);
  });

  it('a devolved Welsh authority is told the pre-qualification ban does not apply to it', () => {
    const wales = notesFor(pa(), { nation: 'wales' }).map((n) => n.text).join(' ');
    expect(wales).toMatch(/ban on a separate pre-qualification stage does not apply to you \(s\.85\(5\)\)/);
    expect(notesFor(pa(), { nation: 'england' }).map((n) => n.text).join(' ')).not.toMatch(/s\.85\(5\)/);
  });

  it('the reservation guidance is PPN 005, linked, with the SME/VCSE reservation tied to location; the unverified 3 December 2025 date is gone', () => {
    const all = textOf(pa()).join(' ');
    expect(all).not.toMatch(/3 December 2025/);
    const note = pa().notes!.find((n) => /PPN 005/.test(n.text))!;
    expect(note.basis[0]?.url).toBe('https://www.gov.uk/government/publications/ppn-005-reserving-below-threshold-procurements');
    expect(note.text).toMatch(/only be used together with a location reservation/);
    expect(note.text).toMatch(/Check the current PPN 005/);
  });

  it('the 2015 Regulations’ thresholds are those in force when the procurement began, and Part 4 is cited', () => {
    const pcr = routeIn('below-threshold', 'pcr2015');
    expect(pcr.when).toMatch(/a procurement begun earlier used the thresholds in force when it began/);
    expect(pcr.basis[0]?.label).toMatch(/Part 4/);
    expect(pcr.nextSteps.authority.join(' ')).toMatch(/Contracts Finder/);
  });

  it('Scotland’s Reform Act figures exclude VAT and the result says about £60,000 including VAT — check', () => {
    const scot = routeIn('below-threshold', 'pcsr2015');
    expect(scot.allows).toMatch(/about £60,000 including VAT for goods and services — check/);
    expect(scot.nextSteps.authority.join(' ')).toMatch(/without seeking offers \(s\.12\)/);
    expect(scot.nextSteps.authority.join(' ')).toMatch(/supported businesses \(s\.11\)/);
  });
});

describe('not a contract, and co-investment, are hedged (#6, #13)', () => {
  it.each(['no-contract', 'co-investment'] as const)('the %s summary never says flatly that procurement law does not apply', (route) => {
    expect(ROUTES[route].summary).toMatch(/unlikely to apply/);
    expect(ROUTES[route].summary).not.toMatch(/procurement law does not apply/);
  });

  it('under the Act both warn that a concession is still a public contract', () => {
    for (const route of ['no-contract', 'co-investment'] as const) {
      expect(routeIn(route, 'pa2023').risks.join(' ')).toMatch(/concession/);
    }
  });

  it.each(['psr', 'psr-wales'] as const)('exists under %s in the regime’s own name', (regime) => {
    expect(routeIn('no-contract', regime).name).toMatch(regime === 'psr' ? /^Outside the Provider/ : /Welsh Provider Selection Regime/);
  });
});

describe('developing something new (spec-v2 W3, M11)', () => {
  it('under the Act offers a prototype direct award with no intention to buy, and the R&D services exemption', () => {
    const entry = routeIn('innovation-partnership', 'pa2023');
    expect(entry.allows).toMatch(/needs no intention to buy afterwards/);
    expect(entry.basis.map((c) => c.label).join(' ')).toMatch(/Sch 2 para 22/);
  });

  it('under the 2015 Regulations says research and development services are usually outside them (reg 14)', () => {
    expect(routeIn('innovation-partnership', 'pcr2015').risks.join(' ')).toMatch(/reg 14/);
  });

  it('in Scotland treats a develop-and-test-only route as something to check', () => {
    expect(routeIn('innovation-partnership', 'pcsr2015').risks.join(' ')).toMatch(/Check the Scottish rules for research and development/);
  });
});

describe('light touch services in the 2015 and Scottish Regulations (spec-v2 W2)', () => {
  it.each(['pcr2015', 'pcsr2015'] as const)('the open competition under %s says a Schedule 3 service at or above the threshold must use regs 74–76', (regime) => {
    expect(routeIn('competitive-tender', regime).risks.join(' ')).toMatch(/must be awarded under (the Light Touch Regime \()?regs 74–76/);
  });

  it.each(['pa2023', 'pcr2015', 'pcsr2015'] as const)('the small-market variant under %s is still advertised to all', (regime) => {
    const option = routeIn('light-touch', regime).options!.find((o) => o.id === 'targeted-engagement')!;
    expect(option.title).toBe('A process designed for a small market (still advertised to all)');
  });
});
