import { decide, type Answers } from '../../src/rules';
import { resultView } from '../../src/rules/resultView';
import { ROUTES } from '../../src/rules/routes';
import { decideComplete, generalJourney, healthJourney } from './builders';

const viewOf = (answers: Answers, remaining = false) => {
  const decision = decide(answers, { remaining });
  if (decision.status !== 'complete') throw new Error('journey not complete');
  return resultView(decision, answers);
};

describe('resultView: what the result screen and the record both say', () => {
  it('names the route in its regime, and gives the next steps of the person’s own role first', () => {
    const answers = generalJourney('pcr2015', 'other', { uniqueSupplier: 'yes', noAlternative: 'yes', initiator: 'social-enterprise' });
    const view = viewOf(answers);
    expect(view.route).toBe('direct-award');
    expect(view.name).toMatch(/VEAT/);
    expect(view.you).toBe('the social enterprise');
    expect(view.nextSteps.yours).toEqual(ROUTES['direct-award'].regimes.pcr2015!.nextSteps['social-enterprise']);
    expect(view.nextSteps.theirs).toEqual(ROUTES['direct-award'].regimes.pcr2015!.nextSteps.authority);
  });

  it('names the Welsh process in Wales and the English one in England, each saying what the authority may choose between', () => {
    const renewal = { incumbent: 'yes', onlyCapable: 'no', incumbentSatisfactory: 'yes' };
    const wales = viewOf(healthJourney('psr-wales', renewal));
    expect(wales.name).toMatch(/Direct Award Process 2/);
    expect(wales.mayChooseBetween?.join(' ')).toMatch(/Most Suitable Provider/);
    const england = viewOf(healthJourney('psr', renewal));
    expect(england.name).toMatch(/Direct Award Process C/);
    expect(england.mayChooseBetween?.join(' ')).toMatch(/Competitive/);
  });

  it.each(['psr', 'psr-wales'] as const)('every %s result says an urgent award may bypass the processes (reg 14), and a grant does not', (regime) => {
    const note = viewOf(healthJourney(regime)).notes.find((entry) => /cannot wait/.test(entry.text));
    expect(note?.basis[0]!.label).toMatch(/reg 14/);
    expect(viewOf({ initiator: 'authority', nation: regime === 'psr' ? 'england' : 'wales', healthCare: 'yes', buying: 'no' }).notes.some((entry) => /cannot wait/.test(entry.text))).toBe(false);
  });

  it('gives each warning its words and the provision it rests on', () => {
    const view = viewOf(generalJourney('pa2023', 'light-touch', { initiator: 'social-enterprise', willing: 'many', proportionate: 'no' }));
    expect(view.warnings.map((warning) => warning.id)).toEqual(['proportion', 'market-engagement']);
    expect(view.warnings[0]!.basis[0]!.label).toMatch(/s\.20/);
    expect(view.warnings[1]!.basis.map((citation) => citation.label).join(' ')).toMatch(/s\.16.*s\.17/);
  });

  it('warns about an unconfirmed threshold with the figure used and where to check', () => {
    const scottish = viewOf(generalJourney('pcsr2015', 'other', { contractValue: '150000' }));
    expect(scottish.route).toBe('below-threshold');
    expect(scottish.unconfirmedThreshold?.used).toContain('£207,720');
    expect(scottish.unconfirmedThreshold?.source.url).toMatch(/^https:\/\/www\.legislation\.gov\.uk\/ssi\/2015\/446/);
    expect(viewOf(generalJourney('pa2023', 'other', { contractValue: '150000' })).unconfirmedThreshold).toBeUndefined();
  });

  it('turns each open question into sentences saying what a firm answer could open', () => {
    const view = viewOf(generalJourney('pa2023', 'other', { uniqueSupplier: 'unsure' }));
    const unique = view.openQuestions.find((open) => /only one organisation/i.test(open.question));
    expect(unique?.outcomes).toEqual(['If the answer is “yes”, this could open: direct award to a unique partner.']);
  });

  it('lists the recommended route first among every open route', () => {
    const answers = generalJourney('pa2023', 'other', { uniqueSupplier: 'yes', noAlternative: 'yes', innovationNeed: 'yes', purchaseAfter: 'no' });
    expect(decideComplete(answers).route).toBe('direct-award');
    const routes = viewOf(answers, true).openRoutes.map((route) => route.id);
    expect(routes).toEqual(['direct-award', 'innovation-partnership', 'competitive-tender']);
  });
});
