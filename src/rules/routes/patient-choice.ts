import type { RouteContent, RouteInRegime } from './types';
import { PSR } from './sources';

// legal-facts: "PSR processes" — Direct Award process B, reg 8. legal-facts
// gives the 8-working-day standstill for the PSR generally; whether it applies
// to process B is not stated there, so the steps say to check.

const psr: RouteInRegime = {
  name: 'Direct Award process B',
  allows:
    'You can give a contract to every provider that meets your requirements, without a competition, so that patients can choose which of them to use.',
  when:
    'When patients choose their provider for this service, and every provider that meets the requirements can be awarded a contract.',
  basis: [PSR.reg8, PSR.regs],
  risks: [
    'Every provider that meets the requirements must be able to get a contract. Turning away one that qualifies is open to challenge.',
    'Requirements should reflect what the service needs. Setting them to suit one provider undermines the process.',
    'Check which notices and waiting periods the regulations set for process B; do not assume they match the other processes.',
  ],
  nextSteps: {
    authority: [
      'Confirm that patients choose their provider for this service.',
      'Write clear requirements that every provider must meet, such as quality, safety and capacity, and make them available to providers.',
      'Check each provider that comes forward against the requirements, and offer a contract to every one that meets them.',
      'Record each decision and publish the notices the regulations require for process B.',
    ],
    'social-enterprise': [
      'Ask the commissioner for the requirements providers must meet, and how to apply.',
      'Show, with evidence, how you meet each requirement.',
      'Once you hold a contract, help patients understand their choice — without pressing them to choose you.',
    ],
  },
  timescale:
    'Depends on how many providers come forward. Checking each against the requirements often takes a few weeks.',
};

export const patientChoice: RouteContent = {
  id: 'patient-choice',
  title: 'Patients choose their provider',
  summary: 'Give a health care contract to every provider that meets the requirements, so patients can choose between them.',
  regimes: { psr },
};
