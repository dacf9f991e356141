// Why each gate opened or closed, in plain words built from the person's own
// answers. Every statement traces to legal-facts.md and legal/ (health.md,
// health-order.md, routes.md); what those files mark as unverified is hedged.

import type { Answers, QuestionId, RegimeId, RouteId } from './types';
import type { GateId } from './flow';
import { REGIMES, changeBecomesNewContract, contractRegimeFor, isHealthRegime, newContractInstead } from './regimes';
import { isBelowThreshold, thresholdCheck } from './thresholds';
import { changeGround } from './flow';
import { answerLabel } from './answers';
import { formatMoney } from './money';

const said = (question: QuestionId, answers: Answers): string =>
  answers[question] === undefined ? 'not asked' : answerLabel(question, answers[question]!).toLowerCase();

const THRESHOLD_KIND_WORDS = {
  'light-touch': 'light touch services (social, education and community services)',
  central: 'goods and services bought by central government',
  'sub-central': 'goods and services bought by other authorities',
  works: 'works (building and civil engineering)',
  concession: 'concession contracts',
  'light-touch-concession': 'light touch concession contracts',
} as const;

/** Direct Award Process A in England is Process 1 in Wales, and C is 2 (WSI 2025/99 regs 8–9). */
const processName = (regime: RegimeId, england: 'A' | 'C'): string =>
  regime === 'psr-wales' ? (england === 'A' ? 'Direct Award Process 1' : 'Direct Award Process 2') : `Direct Award Process ${england}`;

function explainContext(answers: Answers, regime: RegimeId): string {
  const place = answers.nation === undefined ? '' : answerLabel('nation', answers.nation);
  const general = regime === 'pcr2015' ? REGIMES.pcr2015.name : REGIMES.pa2023.name;
  const reasons: Record<RegimeId, string> = {
    pcsr2015: `The authority is in Scotland, so the ${REGIMES.pcsr2015.name} apply.`,
    psr: `These are health care services in England arranged by a relevant authority, so the ${REGIMES.psr.name} applies, whatever the value.`,
    'psr-wales': `These are health services in Wales arranged by a relevant Welsh authority, so the ${REGIMES['psr-wales'].name} apply, whatever the value.`,
    pcr2015:
      answers.arrangement === 'change' || (answers.arrangement === 'framework' && answers.onFramework === 'yes')
        ? `The contract or framework was awarded or set up before 24 February 2025, or came from a procurement that began before then, so changes to it and call-offs under it still follow the ${REGIMES.pcr2015.name}.`
        : `The procurement formally began before 24 February 2025, so the ${REGIMES.pcr2015.name} still govern it.`,
    pa2023: newContractInstead(answers) && contractRegimeFor(answers) === 'pcr2015'
      ? `${changeBecomesNewContract(answers) ? `Your current contract stays under the ${REGIMES.pcr2015.name}, but the change needs a new contract` : `The framework you asked about is under the ${REGIMES.pcr2015.name}, but the partner is not on it, so this is a new contract`}, and a contract procured now comes under the ${REGIMES.pa2023.name}.`
      : `The authority is in ${place} and the procurement began on or after 24 February 2025 (or has not begun yet), so the ${REGIMES.pa2023.name} applies.`,
  };
  const healthRegime = answers.nation === 'wales' ? REGIMES['psr-wales'].name : REGIMES.psr.name;
  const mixed: Record<string, string> = {
    yes: ' The health care is the main part of the package and buying the rest separately would harm the regime’s principles, so the whole package comes under it.',
    no: ` The package is not mainly health care (or the rest can be bought separately), so the ${general} apply to it. The health care part may need to be arranged separately under the ${healthRegime} — check before you combine them.`,
    unsure: ' You were not sure whether the health care is the main part of the package, so we used the general rules: see the open questions.',
  };
  const doubt =
    answers.healthCare === 'unsure'
      ? ' You were not sure whether these are health care services, so we used the general rules: see the open questions.'
      : answers.healthCare === 'mixed'
        ? (mixed[answers.mixedMainlyHealth ?? ''] ?? '')
        : '';
  return reasons[regime] + doubt;
}

function explainProcurement(answers: Answers, opened: RouteId | undefined): string {
  if (opened === 'no-contract') {
    return 'You said the partner will not be legally bound to deliver anything to the authority, or on its behalf, in return for payment or other value. Without that, it is unlikely to be a public contract, so procurement rules are unlikely to apply. It depends on the facts, and other rules such as subsidy control may still apply.';
  }
  return answers.buying === 'unsure'
    ? 'You were not sure whether this is a contract, so we checked whether it is a joint investment, and otherwise treated it as a contract, to be safe.'
    : 'The partner will be bound to deliver to the authority, or on its behalf, in return for value, so this is a contract and the procurement rules apply.';
}

function explainCoInvestment(answers: Answers, opened: RouteId | undefined): string {
  if (opened) {
    return 'You were not sure whether the partner is bound to deliver anything for payment. Both sides will invest and share the risks and rewards, and the authority will not pay for services, so this may sit outside procurement law — it depends on the facts. A right to run a service and earn from it at the partner’s own risk can be a concession, which is still a contract.';
  }
  if (answers.coInvestment === 'no') return 'This is not a joint investment by both sides, so we treated it as a contract, to be safe.';
  if (answers.coInvestment === 'unsure') return 'You were not sure both sides will invest and share risk and reward, so we treated it as a contract, to be safe.';
  return 'The authority would also pay the partner for services, which makes it a contract that must be procured.';
}

function explainThreshold(answers: Answers, routeRegime: RegimeId): string {
  // A change is measured against the threshold of the law the contract is under, even if a new contract would not be.
  const regime = answers.arrangement === 'change' ? (contractRegimeFor(answers) ?? routeRegime) : routeRegime;
  const check = thresholdCheck(answers, regime);
  if (!check) return 'We could not compare the value with a threshold.';
  const { threshold, value } = check;
  const below = isBelowThreshold(value, threshold);
  const concession =
    answers.concession === 'yes' ? 'The partner will be paid mainly by running the service and carries the risk, so this is a concession, valued at its expected income over the term. ' : '';
  const unsureType =
    answers.authorityType === 'unsure' && threshold.kind === 'central'
      ? ' You were not sure whether your body is on the central government list, so we used the lower central government threshold, to be safe.'
      : '';
  const unconfirmed = threshold.confirmed ? '' : ` This figure is not confirmed: we used the lowest likely figure (${threshold.basis}), so that no contract is wrongly called below threshold.`;
  const figure = `${formatMoney(value)} is ${below ? 'below' : 'at or above'} the ${formatMoney(threshold.amount)} threshold for ${THRESHOLD_KIND_WORDS[threshold.kind]} under ${REGIMES[regime].short}`;
  const outcome = answers.arrangement === 'change'
    ? below
      ? ', so the rules on changing contracts do not apply to it.'
      : changeGround(answers) === 'light-touch'
        ? ', and as a light touch contract it may be changed without the usual legal grounds (s.74(2)).'
        : ', so the change needs a legal ground.'
    : below
    ? regime === 'pa2023' && answers.concession === 'yes'
      ? ', so the Act’s below-threshold rules do not apply to it at all (s.84(1)(b)); other duties, such as subsidy control, may.'
      : ', so the lighter below-threshold rules apply.'
    : `, so the rules for this kind of contract apply${threshold.kind === 'light-touch' || threshold.kind === 'light-touch-concession' ? ' (for these services, the more flexible light touch rules)' : ''}.`;
  const reserved =
    answers.supportedEmployment === 'yes'
      ? ' The partner may qualify as a supported employment provider: if you run a competition, you may be able to reserve it for organisations like it. That only limits who may bid; it never allows a direct award.'
      : '';
  return `${concession}${figure}${outcome}${unsureType}${unconfirmed}${reserved}`;
}

function explainExisting(answers: Answers, regime: RegimeId, opened: RouteId | undefined): string {
  if (opened === 'framework-call-off') {
    // Dynamic markets are the Act's; the health regimes have none.
    const dynamicMarket = regime === 'pa2023' ? ' A dynamic market never allows that: it is always a competition among its members.' : '';
    return answers.frameworkDirect === 'yes'
      ? `The partner is on a framework your authority may use for this, and its call-off method lets you award to the partner without a further competition.${dynamicMarket}`
      : `The partner is on a framework (or dynamic market) your authority may use for this. ${answers.frameworkDirect === 'unsure' ? 'You were not sure the framework allows a call-off without a competition, so we assumed a competition among its suppliers, to be safe.' : 'Its call-off method needs a competition among its suppliers or members.'}`;
  }
  if (answers.arrangement === 'framework') {
    return 'The partner is not on a framework or dynamic market your authority may use for exactly this, so we treated it as a new contract.';
  }
  return 'This is a new contract.';
}

/** The grounds the journey did not ask about, per regime (spec §3; spec-v2 review O3): check them before starting again. */
const OTHER_CHANGE_GROUNDS: Record<RegimeId, string> = {
  pa2023:
    'urgency or protection of life (Sch 8 paras 2–3), a risk identified in the tender or transparency notice that has materialised (paras 5–7), additional goods, services or works that a different supplier could not provide without disproportionate difficulty and duplicated costs (para 8), or a restructuring of the supplier (para 9)',
  pcr2015:
    'additional works, services or supplies that a change of contractor could not provide (reg 72(1)(b)), a new contractor by review clause or corporate succession (reg 72(1)(d)), or a change that is not substantial (reg 72(1)(e))',
  pcsr2015:
    'additional works, services or supplies that a change of contractor could not provide (reg 72(1)(b)), a new contractor by review clause or corporate succession (reg 72(1)(d)), or a change that is not substantial (reg 72(1)(e))',
  psr: 'a change of provider by corporate succession (reg 13(1)(b)), or an urgent change (reg 14)',
  'psr-wales': 'a change of provider by corporate succession, or an urgent change (reg 14)',
};

/** After a change no ground allows, the new contract and the direct awards that may follow one (routes.md §2). */
/** Sch 5 paras 7–8: when a new contract may go straight to the existing supplier (routes.md §2). */
const REPEAT_AWARDS =
  'Under the Act a new contract may sometimes go to the existing supplier directly, with a transparency notice: to extend or partly replace what it supplies, where a different supplier would cause disproportionate technical difficulties (Sch 5 para 7); or for similar services or works, where the earlier contract was awarded by competitive tendering in the 5 years before your transparency notice and its tender notice or tender documents said a later award like this might be made (Sch 5 para 8).';

const NEW_CONTRACT_AFTER_CHANGE: Record<RegimeId, string> = {
  pa2023: ` ${REPEAT_AWARDS}`,
  pcr2015: ` A new contract starts now, so it comes under the Procurement Act 2023, and the route below is the Act’s. ${REPEAT_AWARDS} For an earlier contract under the 2015 Regulations, para 8 is read as needing that contract to have been awarded under reg 26(1) and (2) and the repeat award to have been disclosed when it was first put out to tender (SI 2024/716 reg 6); a light touch contract may not qualify, so check.`,
  pcsr2015: '',
  psr: ' The new contract is under the same regime, and the processes below decide how it may be awarded.',
  'psr-wales': ' The new contract is under the same regime, and the processes below decide how it may be awarded.',
};

const GROUND_WORDS = {
  'below-threshold': 'Even after the change the contract is worth less than the threshold, so the change needs no legal ground (if the contract was at or above the threshold when awarded, check): keep a record of it and your reasons.',
  'light-touch': 'This is a light touch contract, which the Act lets you change without meeting the usual grounds (s.74(2)); no contract change notice is needed.',
  'provided-for': 'The original contract provided for this change, which the law allows.',
  small: 'The change is small enough, in the law’s terms, to make without a new contract.',
  unforeseen: 'The change is needed because of circumstances that allow it: unforeseeable circumstances, or in the health regimes factors outside your and the provider’s control.',
} as const;

function explainChange(answers: Answers, opened: RouteId | undefined): string {
  const ground = changeGround(answers);
  // The grounds are those of the law the existing contract is under, even when the new contract is not.
  const regime = contractRegimeFor(answers);
  if (regime === undefined) return '';
  if (opened && ground) return `You want to change or extend a contract you already have with this partner. ${GROUND_WORDS[ground]}`;
  return `None of the grounds you were asked about allows the change (provided for in the contract — ${said('changeProvided', answers)}; small in the law’s terms — ${said('changeSmall', answers)}; unforeseeable or outside factors — ${said('changeUnforeseen', answers)}). Other grounds may: ${OTHER_CHANGE_GROUNDS[regime]}. Check them before you start a new contract. Otherwise the change needs a new contract, so we went on as for one.${NEW_CONTRACT_AFTER_CHANGE[regime]}`;
}

/** How many others could deliver shapes a light touch process (the `willing` answer). */
const FIELD_SIZE: Record<string, string> = {
  few: ' Only a few others could deliver, so you can design a process for a small market. You still advertise it to everyone, and anyone who comes forward takes part on the same terms.',
  many: ' Many others could deliver, so open the light touch process to all of them.',
  unsure: ' You are not sure how many others could deliver, so open the light touch process to all of them until market engagement tells you more.',
};

const RESERVATION: Partial<Record<RegimeId, string>> = {
  pa2023: 'a public service mutual (s.33)',
  pcr2015: 'mutuals (reg 77)',
  pcsr2015: 'qualifying social-benefit organisations (reg 76A)',
};

function explainGeneralFlexible(answers: Answers, regime: RegimeId, opened: RouteId | undefined): string {
  if (opened === 'user-choice') {
    return 'The service is for one particular person whose views on who provides it the law requires you to take into account. They (or their carer) have said who they want, or only one supplier can provide it, and a competition would not be in their best interests. So you can award directly, with no transparency notice.';
  }
  const userChoice =
    answers.userChoice === 'yes' && answers.userPreference !== 'yes'
      ? 'The service is for one particular person, but you did not confirm both a stated preference (or only one capable supplier) and that a competition would not be in their best interests, so a user choice award is not available on your answers. '
      : '';
  if (opened === 'light-touch') {
    const field = FIELD_SIZE[answers.willing ?? 'unsure'] ?? '';
    const reserved =
      answers.mutual === 'yes' && RESERVATION[regime]
        ? ` The partner may qualify for a competition reserved for ${RESERVATION[regime]}. That only limits who may bid; it does not let you award to the partner directly, and the contract has conditions of its own.`
        : '';
    return `${userChoice}This is a light touch service at or above the light touch threshold, so you can design your own proportionate process. Being proportionate and treating everyone equally are duties in every procedure; they do not decide the route.${field}${reserved}`;
  }
  if (answers.willing === 'none') {
    return `${userChoice}You said only this partner could deliver. That belief must be tested, and it does not by itself allow a direct award, so we checked whether one could be justified.`;
  }
  return `${userChoice}Flexible light touch processes are only for the listed light touch services. You said this is: ${said('serviceKind', answers)}.`;
}

function explainHealthFlexible(answers: Answers, regime: RegimeId, opened: RouteId | undefined): string {
  switch (opened) {
    case 'direct-award':
      return `There is a current provider and, because of the nature of the services, only it is capable of providing them. The law requires ${processName(regime, 'A')} in this case.`;
    case 'patient-choice':
      return 'Patients choose among every provider that meets the requirements, so the law requires Direct Award Process B.';
    case 'existing-provider':
      return `The current provider is not the only one capable of providing the services${regime === 'psr' ? ', and patients do not choose among all qualifying providers' : ''}. The current contract will be replaced at the end of its term without a considerable change, by a provider that is doing well. So you may use ${processName(regime, 'C')} — or, if you prefer, the Most Suitable Provider Process or the Competitive Process.`;
    case 'most-suitable-provider':
      return 'No direct award process applies, and you can identify the most suitable provider without a competition, so you may use the Most Suitable Provider Process — or the Competitive Process if you prefer.';
  }
  const patients = regime === 'psr' ? `; patients choose among all qualifying providers — ${said('patientChoice', answers)}` : '';
  return `No direct award process applies: current provider — ${said('incumbent', answers)}; only it is capable — ${said('onlyCapable', answers)}${patients}; renewal with a provider doing well — ${said('incumbentSatisfactory', answers)}; most suitable provider identifiable — ${said('mostSuitable', answers)}.`;
}

function explainUnique(answers: Answers, opened: RouteId | undefined): string {
  if (opened) return 'Only one organisation can deliver, for objective reasons, and you have checked that no reasonable alternative exists and the need was not narrowed to fit them.';
  if (answers.uniqueSupplier === 'no') return 'More than one organisation could deliver, so a direct award to one of them would not be justified.';
  if (answers.uniqueSupplier === 'unsure') return 'You were not sure that only one organisation can deliver. A direct award needs that to be clear and objective.';
  return 'You have not confirmed that no reasonable alternative exists, so a direct award would be open to challenge.';
}

const DEVELOP_AND_TEST: Partial<Record<RegimeId, string>> = {
  pa2023:
    ' A direct award for a prototype may be possible (Sch 5 paras 2–3), or, for research and development services for public benefit with no goods or works, the Act does not apply (Sch 2 para 22).',
  pcr2015: ' Research and development services are usually outside the 2015 Regulations (reg 14).',
  pcsr2015: ' Check the Scottish rules for research and development before you rely on either.',
};

function explainInnovation(answers: Answers, regime: RegimeId, opened: RouteId | undefined): string {
  if (opened) {
    return answers.purchaseAfter === 'yes'
      ? 'Something new must be developed because nothing on the market meets the need, and you intend to buy the result, so design the development phases into your procedure and then buy.'
      : `Something new must be developed and you only want it developed and tested.${DEVELOP_AND_TEST[regime] ?? ''}`;
  }
  if (answers.innovationNeed === 'no') return 'Existing solutions could meet the need, so there is nothing new to develop.';
  return 'You were not sure whether something new has to be developed.';
}

function explainLastResort(regime: RegimeId, opened: RouteId | undefined): string {
  if (opened === 'light-touch') {
    const rules = regime === 'pa2023' ? 'the Act requires' : `the ${REGIMES[regime].name} require (regs 74–76)`;
    return `Nothing else allows a direct award on your answers, and this is a light touch service at or above the threshold, so ${rules} a light touch procedure open to all. Start with market engagement to test whether others can deliver.`;
  }
  if (isHealthRegime(regime)) {
    return 'No direct award process applies and you cannot identify the most suitable provider without a competition, so the law requires the Competitive Process. If the service has to be developed, you can run it in stages.';
  }
  return 'No other route fitted, so run a competition. It is always available, and you can still give real weight to social value.';
}

/** Why a gate was not asked at all on this path. */
function explainNotAsked(gate: GateId, answers: Answers, regime: RegimeId): string {
  switch (gate) {
    case 'coInvestment':
      return 'Only asked when you are not sure there is a contract: once the partner is bound to deliver for payment, a joint investment cannot take it out of procurement law.';
    case 'threshold':
      return isHealthRegime(regime)
        ? 'The health regimes have no value threshold: they apply whatever the value.'
        : 'Not needed for a call-off: the framework’s own terms apply.';
    case 'flexible':
      return answers.contractValue !== undefined && !isHealthRegime(regime)
        ? `Flexible light touch processes are only for the listed light touch services. You said this is: ${said('serviceKind', answers)}.`
        : 'Not relevant on your answers.';
    case 'unique':
      return 'The health regimes have their own direct award processes (above), so this gate is not used.';
    case 'innovation':
      return 'The health regimes have no separate innovation procedure: the Competitive Process can be run in development stages.';
    default:
      return 'Not relevant on your answers.';
  }
}

/** The reason a gate gives, from the answers on the path and the route it opened, if any. */
export function explainGate(gate: GateId, answers: Answers, regime: RegimeId, opened: RouteId | undefined, asked: boolean): string {
  if (!asked && gate !== 'context' && gate !== 'competition') return explainNotAsked(gate, answers, regime);
  switch (gate) {
    case 'context':
      return explainContext(answers, regime);
    case 'procurement':
      return explainProcurement(answers, opened);
    case 'coInvestment':
      return explainCoInvestment(answers, opened);
    case 'existing':
      return answers.arrangement === 'change' ? explainChange(answers, opened) : explainExisting(answers, regime, opened);
    case 'threshold':
      return explainThreshold(answers, regime);
    case 'flexible':
      return isHealthRegime(regime) ? explainHealthFlexible(answers, regime, opened) : explainGeneralFlexible(answers, regime, opened);
    case 'unique':
      return explainUnique(answers, opened);
    case 'innovation':
      return explainInnovation(answers, regime, opened);
    case 'competition':
      return explainLastResort(regime, opened);
  }
}
