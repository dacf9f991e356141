import type { RouteContent, RouteInRegime } from './types';
import { PA } from './sources';

// legal-facts: "User choice (PA only)" — Sch 5 paras 15–17; no transparency
// notice (s.44(3)); no contract award or contract details notice
// (ss.50(6)(b), 53(6)(b)).

const pa2023: RouteInRegime = {
  name: 'Direct award of a user choice contract (no transparency notice)',
  allows:
    'You can award a light touch service straight to the provider a particular person, or their carer, has chosen — without a competition. You do not publish a transparency notice, a contract award notice or a contract details notice. (Light touch services are the listed social, health, education and community services that have more flexible rules.)',
  when:
    'All of these must be true. The service is a light touch service for the benefit of one particular person. The law requires you to have regard to that person’s or their carer’s views on who provides it. The person or carer has said which provider they prefer, or only one supplier can provide it. And a competition would not be in the person’s best interests.',
  basis: [PA.s41UserChoice, PA.s44_3, PA.s50_6b, PA.s53_6b, PA.s9],
  risks: [
    'This is for a service for a particular person. A contract covering many people, or a whole service, is unlikely to fit.',
    'If no law requires you to have regard to the person’s views on who provides the service, this ground is not available. Identify the duty you rely on.',
    'Because nothing is published, your own record is the only evidence. Without a written note of the person’s preference (or why only one supplier can provide the service) and why a competition is not in their best interests, the award is hard to defend.',
    'The person’s choice must be their own. If a provider has pressed them to choose it, the preference may not hold up.',
  ],
  nextSteps: {
    authority: [
      'Identify the legal duty that requires you to have regard to the person’s or carer’s views on who provides the service, and note it on the file.',
      'Record the person’s or carer’s stated preference in their own words, or your evidence that only one supplier can provide the service.',
      'Record why a competitive award would not be in the person’s best interests.',
      'Check the chosen provider can deliver the service safely and to the standard needed, then agree the contract for that person’s service.',
      'Keep the record with the person’s care or support plan so it can be reviewed later. No transparency notice, contract award notice or contract details notice is needed.',
    ],
    'social-enterprise': [
      'If a person or their carer wants you to provide their service, ask them to tell the authority directly — for example through their social worker or care co-ordinator.',
      'Give the authority what it needs to check you can deliver: what you offer, your price, and any registration or quality evidence.',
      'Leave the choice to the person. Give clear information, but do not pressure anyone to choose you.',
      'Expect a contract for that person’s service only. For wider work, ask the authority which route it will use.',
    ],
  },
  timescale:
    'Because no notices are needed, it can be quick: often days to a few weeks, depending on the person’s assessment and your internal approvals.',
};

export const userChoice: RouteContent = {
  id: 'user-choice',
  title: 'Direct award for a person’s choice',
  summary: 'Award a person’s care or support directly to the provider they, or their carer, have chosen.',
  regimes: { pa2023 },
};
