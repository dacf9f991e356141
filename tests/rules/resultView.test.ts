import { decide, type Answers } from '../../src/rules';
import { resultView } from '../../src/rules/resultView';
import { ROUTES } from '../../src/rules/routes';
import { decideComplete, generalJourney, psrJourney } from './builders';

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

  it('adds the Welsh note only when the Welsh Provider Selection Regime applies', () => {
    expect(viewOf({ ...psrJourney({ existingProvider: 'yes' }), nation: 'wales' }).welshNote).toMatch(/Wales/);
    expect(viewOf(psrJourney({ existingProvider: 'yes' })).welshNote).toBeUndefined();
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
    const answers = generalJourney('pa2023', 'other', { uniqueSupplier: 'yes', noAlternative: 'yes', coInvestment: 'yes', buysOutputs: 'no' });
    expect(decideComplete(answers).route).toBe('direct-award');
    const routes = viewOf(answers, true).openRoutes.map((route) => route.id);
    expect(routes[0]).toBe('direct-award');
    expect(routes).toContain('co-investment');
  });
});
