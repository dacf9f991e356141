import type { RouteContent, RouteInRegime } from './types';
import { PSR } from './sources';
import { recordRequirements } from './psr-shared';

// health.md / health-order.md: Direct Award Process B, reg 6(4) + reg 8, is
// MANDATORY where its conditions hold; England only (Wales has no
// patient-choice process). Award notice within 30 days; no standstill
// (reg 12(1) covers only C, MSP and Competitive).

const psr: RouteInRegime = {
  name: 'Direct Award Process B',
  allows:
    'You give a contract to every provider that meets your requirements, without a competition, so that patients can choose which of them to use. Where its conditions are met, you must use this process.',
  when:
    'When all of these hold: patients are offered a choice of provider for these services; you do not limit the number of providers; you will offer a contract to every provider that meets all the requirements; and providers have a way to express interest. It does not need an existing provider, so it can be used for a new service. It applies only in England: the Welsh regime has no such process.',
  basis: [PSR.reg6, PSR.reg8, PSR.reg24],
  risks: [
    'This process is mandatory where its conditions hold. Using another process for a patient-choice service is open to challenge.',
    'Every provider that meets the requirements must be able to get a contract. Turning away one that qualifies is open to challenge.',
    'Requirements should reflect what the service needs. Setting them to suit one provider undermines the process.',
  ],
  nextSteps: {
    authority: [
      'Confirm that patients are offered a choice of provider for this service and that you will not cap the number of providers.',
      'Write clear requirements that every provider must meet, such as quality, safety and capacity, and set up a way for providers to express interest.',
      'Check each provider that comes forward against the requirements, and offer a contract to every one that meets them.',
      'Publish an award notice within 30 days of each award. No standstill period applies to this process.',
      'Keep the record reg 24 requires for each decision.',
    ],
    'social-enterprise': [
      'Ask the commissioner for the requirements providers must meet, and how to express interest.',
      'Show, with evidence, how you meet each requirement.',
      'Once you hold a contract, help patients understand their choice — without pressing them to choose you.',
    ],
  },
  timescale:
    'Depends on how many providers come forward. Checking each against the requirements often takes a few weeks; the award notice follows within 30 days of each award.',
  mustRecord: recordRequirements(false, 'direct'),
};

export const patientChoice: RouteContent = {
  id: 'patient-choice',
  title: 'Patients choose their provider',
  summary: 'Give a health care contract to every provider that meets the requirements, so patients can choose between them.',
  regimes: { psr },
};
