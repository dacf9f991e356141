import type { Answers, QuestionId, RegimeId } from './types';
import { regimeFor } from './regimes';

export interface AnswerOption {
  value: string;
  label: string;
  hint?: string;
}

/**
 * Words that depend on the law or the nation: the regime's own entry, else the
 * nation's, else the default. Only answers before the question are known.
 */
export type Varying = { default: string } & Partial<Record<RegimeId | 'england' | 'wales' | 'scotland' | 'northern-ireland', string>>;

interface QuestionBase {
  id: QuestionId;
  /** The question, asked as the page heading. */
  text: string;
  /** A short line of help under the heading; some depend on the law that applies. */
  hint: string | Varying;
  /** How the answer is read back on "check your answers" and in the record. */
  shortLabel: string;
  /** What to do to settle an "unsure" answer. */
  resolveUnsure?: string;
}

export interface ChoiceQuestion extends QuestionBase {
  kind: 'choice';
  /** The error when Continue is pressed with nothing chosen: says what to choose. */
  missing: string;
  options: readonly AnswerOption[];
}

export interface MoneyQuestion extends QuestionBase {
  kind: 'money';
}

export type Question = ChoiceQuestion | MoneyQuestion;

const yes = (hint?: string): AnswerOption => ({ value: 'yes', label: 'Yes', hint });
const no = (hint?: string): AnswerOption => ({ value: 'no', label: 'No', hint });
const unsure = (hint = 'We will show what to check and what it could change.'): AnswerOption => ({
  value: 'unsure',
  label: 'Not sure yet',
  hint,
});

export const QUESTIONS: Record<QuestionId, Question> = {
  initiator: {
    id: 'initiator',
    kind: 'choice',
    missing: 'Select who is proposing the partnership.',
    text: 'Who is proposing the partnership?',
    hint: 'This changes the next steps we suggest, not the route.',
    shortLabel: 'Proposed by',
    options: [
      { value: 'authority', label: 'A public authority', hint: 'For example a council, NHS body or government department.' },
      { value: 'social-enterprise', label: 'A social enterprise', hint: 'Or another purpose-led organisation approaching an authority.' },
    ],
  },
  nation: {
    id: 'nation',
    kind: 'choice',
    missing: 'Select where the public authority is.',
    text: 'Where is the public authority?',
    hint: 'Each nation has its own procurement law.',
    shortLabel: 'Nation',
    options: [
      { value: 'england', label: 'England' },
      { value: 'wales', label: 'Wales' },
      { value: 'northern-ireland', label: 'Northern Ireland' },
      { value: 'scotland', label: 'Scotland' },
    ],
  },
  healthCare: {
    id: 'healthCare',
    kind: 'choice',
    missing: 'Select whether these are health care services, a mix, or “Not sure yet”.',
    text: 'Are these health care services?',
    // Who counts as the buyer differs between England and Wales. Social care being
    // outside, and public health inside, are unverified in our sources, so both are hedged.
    hint: {
      default: 'Health care services arranged for the health service by an NHS body or a local authority.',
      england:
        'Health care services arranged by NHS England, an integrated care board, an NHS trust or foundation trust, or a local or combined authority — usually including public health services such as sexual health or substance misuse services (check). Social care on its own is generally not health care. Research and development only is not health care.',
      wales:
        'Health services arranged by a Welsh council, a local health board, an NHS trust or a special health authority — usually including public health services for individuals (check). Social care on its own is generally not health care. Research and development only is not health care.',
    },
    shortLabel: 'Health care services',
    resolveUnsure:
      'Ask your commissioning lead whether the service is arranged as health care for the health service. If it is, the health regime applies instead of the general rules, and the route can change completely.',
    options: [
      yes(),
      no('For example social care on its own.'),
      { value: 'mixed', label: 'A mix of health care and other services', hint: 'For example a package of health and social care.' },
      unsure('We will use the general rules for now, and show what to check.'),
    ],
  },
  mixedMainlyHealth: {
    id: 'mixedMainlyHealth',
    kind: 'choice',
    missing: 'Select whether the health care is the main part, or “Not sure yet”.',
    text: 'Is the health care the main part of the package, and would buying the rest separately cause real harm?',
    hint: {
      default:
        'Answer yes only if both are true: over the contract’s whole life the health care is worth more than everything else, and buying the rest separately would harm your ability to meet people’s needs, improve quality and efficiency, and act openly, fairly and proportionately.',
      wales:
        'Answer yes only if both are true: over the contract’s whole life the health services are worth more than everything else, and buying the rest separately would harm your ability to meet people’s needs, improve quality and efficiency, act openly, fairly and proportionately, and have regard to the Wales Procurement Policy Statement.',
    },
    shortLabel: 'Health care is the main part',
    resolveUnsure:
      'Estimate the whole-life value of the health care and of the rest, and write down what would go wrong if the rest were bought separately. Both tests must be met for the whole package to come under the health regime.',
    options: [
      yes('The whole package follows the health regime.'),
      no('The general rules apply; the health care part may need its own process.'),
      unsure('We will use the general rules for now.'),
    ],
  },
  startedBefore2025: {
    id: 'startedBefore2025',
    kind: 'choice',
    missing: 'Select whether the procurement formally began before 24 February 2025.',
    text: 'Did this procurement formally begin before 24 February 2025?',
    hint:
      'It began if, before that date, a notice was sent for publication, a voluntary transparency (VEAT) notice was published, the opportunity was advertised on Contracts Finder, or negotiation with a single supplier had started. To change a contract you already have, or to call off from a framework: answer yes if the contract was awarded, or the framework set up, before that date, or came from a procurement that formally began before it in one of those ways.',
    shortLabel: 'Began before 24 February 2025',
    options: [
      yes('The older 2015 Regulations still apply to it.'),
      no('Including anything you have not started yet.'),
    ],
  },
  buying: {
    id: 'buying',
    kind: 'choice',
    missing: 'Select whether there is a procurement issue, or “Not sure yet”.',
    text: 'Is there a procurement issue?',
    hint:
      'In other words: will the partner be legally bound to deliver services, goods or works to the authority, or on its behalf, in return for payment or something else of value — such as the use of a building?',
    shortLabel: 'A procurement issue',
    resolveUnsure:
      'Write down what each side will give and get, and whether the authority could enforce delivery. Legally binding delivery in return for payment or other value makes it a contract, whatever it is called.',
    options: [
      yes('The partner must deliver, and is paid or rewarded for it.'),
      no('For example a grant with no binding delivery obligation.'),
      unsure('We will ask whether it is a joint investment, then treat it as a contract to be safe.'),
    ],
  },
  coInvestment: {
    id: 'coInvestment',
    kind: 'choice',
    missing: 'Select whether both of you will invest in a joint project, or “Not sure yet”.',
    text: 'Will both of you put money or other essential resources into a joint project, sharing its risks and rewards?',
    hint: 'A genuine joint venture, where each side can gain or lose — not the authority paying for a service.',
    shortLabel: 'Joint investment, shared risk and reward',
    resolveUnsure:
      'Set out what each side puts in, what risk each carries and what each gets back. If the authority mainly pays and receives services, it is a contract.',
    options: [yes(), no(), unsure()],
  },
  buysOutputs: {
    id: 'buysOutputs',
    kind: 'choice',
    missing: 'Select whether the authority will also pay the partner for services.',
    text: 'Apart from its investment, will the authority pay the partner to provide services to it or on its behalf?',
    hint: 'Paying for services turns a joint project into a contract.',
    shortLabel: 'Authority also pays for services',
    options: [yes(), no()],
  },
  arrangement: {
    id: 'arrangement',
    kind: 'choice',
    missing: 'Select whether this is a new contract, a change to a contract you have, or a call-off from a framework.',
    text: 'Is this a new contract, a change to a contract you already have, or a call-off from a framework?',
    hint: 'Extending a contract you already have with this partner counts as a change.',
    shortLabel: 'New contract, change or call-off',
    options: [
      { value: 'new', label: 'A new contract' },
      { value: 'change', label: 'A change to a contract we already have with this partner', hint: 'Including an extension, or adding to what it delivers.' },
      { value: 'framework', label: 'A call-off from a framework or dynamic market the partner is on' },
    ],
  },
  onFramework: {
    id: 'onFramework',
    kind: 'choice',
    missing: 'Select whether the partner is on a framework or dynamic market your authority may use for this.',
    text: 'Is the partner on a framework, or a member of a dynamic market, that your authority is allowed to use for exactly this?',
    hint: 'Check the framework’s documents: they must name your authority (or a group it belongs to) as able to use it, and cover what you need.',
    shortLabel: 'Partner on a framework you may use',
    options: [yes(), no('We will treat it as a new contract.')],
  },
  frameworkDirect: {
    id: 'frameworkDirect',
    kind: 'choice',
    missing: 'Select whether the framework lets you award to this partner without a further competition, or “Not sure yet”.',
    text: 'Does the framework’s own call-off method let you award to this partner without a further competition?',
    // PA s.45(4), (9) and s.34; PCR reg 33(7)–(8) and reg 34; PCSR regs 34–35; PSR reg 18; Welsh regs 18–21.
    hint: {
      default:
        'Under the Act: only if the partner is the framework’s only supplier, or the framework sets the core terms and an objective way to choose the supplier (s.45(4)); a light touch framework may set its own method (s.45(9)). A dynamic market is always a competition among its members: answer “No”.',
      pcr2015:
        'Under the 2015 Regulations that is so when the partner is the framework’s only operator, or when the framework sets out all the terms and objective conditions for choosing the operator (reg 33(7)–(8)). For a dynamic purchasing system (reg 34), answer “No”.',
      pcsr2015:
        'Only if the framework’s own terms say how to award without reopening competition (Scottish Regulations, reg 34) — check them. For a dynamic purchasing system (reg 35), answer “No”.',
      psr: 'The regime lets you call off with or without a competition, as the framework provides (reg 18). Check the framework’s terms.',
      'psr-wales': 'The regime lets you call off with or without a competition, as the framework provides (regs 18–21). Check the framework’s terms.',
    },
    shortLabel: 'Call-off without a further competition',
    resolveUnsure: 'Read the framework’s call-off procedure, or ask the body that runs it, whether it allows a direct award to one supplier and on what conditions.',
    options: [yes(), no(), unsure('We will assume a competition among the framework’s suppliers, to be safe.')],
  },
  changeProvided: {
    id: 'changeProvided',
    kind: 'choice',
    missing: 'Select whether the original contract provided for this change, or “Not sure yet”.',
    text: 'Did the original contract provide for this change?',
    // PA Sch 8 para 1; PCR and PCSR reg 72(1)(a); PSR reg 13(1)(a), Welsh reg 13 (spec-v2 review M1).
    hint: {
      default:
        'Yes only if the contract, and its tender or transparency notice, provided for it unambiguously — for example an option to extend — and the change does not alter the contract’s overall nature.',
      pcr2015:
        'Yes only if the original procurement documents had a clear, precise and unequivocal review clause or option — for example an option to extend — setting out its scope and conditions, and the change does not alter the contract’s overall nature.',
      pcsr2015:
        'Yes only if the original procurement documents had a clear, precise and unequivocal review clause or option — for example an option to extend — setting out its scope and conditions, and the change does not alter the contract’s overall nature.',
      psr: 'Yes only if the contract (or the framework) provided for it clearly and unambiguously — for example an option to extend.',
      'psr-wales': 'Yes only if the contract (or the framework) provided for it clearly and unambiguously — for example an option to extend.',
    },
    shortLabel: 'Change provided for in the contract',
    resolveUnsure: 'Read the contract’s extension and variation clauses, and the notice it was advertised with. The option must be written down clearly, with its scope and conditions.',
    options: [yes(), no(), unsure()],
  },
  changeSmall: {
    id: 'changeSmall',
    kind: 'choice',
    missing: 'Select whether the change is small enough in the law’s terms, or “Not sure yet”.',
    text: 'Is the change small enough, in the law’s terms, to make without a new contract?',
    // PA s.74(1)(b)–(c), (3)–(4) (spec-v2 review O2: either ground); PCR and PCSR reg 72(5)–(6);
    // PSR reg 13(1)(d), (2)–(3); Welsh reg 13(1), (3)–(5) (review M2: counting earlier changes).
    hint: {
      default:
        'Yes if either is true. (a) The term changes by no more than 10% of its maximum term, nothing of a new kind is added, and the economic balance of the contract does not shift materially in the partner’s favour. Or (b) the value changes by no more than 10% (15% for works), all such small changes together stay below the threshold, and nothing of a new kind is added.',
      pcr2015:
        'Yes only if, counting earlier changes, the changes in total are worth less than the threshold and less than 10% of the original value (15% for works), and the contract’s overall nature does not change.',
      pcsr2015:
        'Yes only if, counting earlier changes, the changes in total are worth less than the threshold and less than 10% of the original value (15% for works), and the contract’s overall nature does not change.',
      psr: 'Yes only if the change is your own decision, does not make the contract materially different in character, and, counting earlier changes since the award, changes its lifetime value by less than £500,000 or by less than 25%. For a contract awarded by Direct Award Process A or B, it is enough that the change does not make it materially different in character.',
      'psr-wales':
        'Yes only if the change is your own decision, does not make the contract materially different in character, and, counting earlier changes since the award, changes its lifetime value by less than £500,000 or by less than 25%. For a contract awarded by Direct Award Process 1, it is enough that the change does not make it materially different in character.',
    },
    shortLabel: 'A small change in the law’s terms',
    resolveUnsure: 'Work out what the change does to the term and the value, adding up every earlier change since the award, and whether it adds anything of a new kind.',
    options: [yes(), no(), unsure()],
  },
  changeUnforeseen: {
    id: 'changeUnforeseen',
    kind: 'choice',
    missing: 'Select whether the change is needed because of unforeseeable circumstances or outside factors, or “Not sure yet”.',
    text: 'Is the change needed because of circumstances you could not foresee, or factors outside your control?',
    // PA Sch 8 para 4; PCR and PCSR reg 72(1)(c); PSR reg 13(1)(c), Welsh reg 13 (review M3: external factors, not foreseeability).
    hint: {
      default:
        'Yes only if the change is needed because of circumstances you could not reasonably have foreseen when the contract was awarded, it does not change the contract’s overall nature, and it adds no more than 50% to the contract’s value.',
      psr: 'Yes only if the change responds to external factors beyond your and the provider’s control — such as the number of patients or service users, or prices set by a formula — and does not make the contract materially different in character. Whether the factors could have been foreseen does not matter.',
      'psr-wales':
        'Yes only if the change responds to external factors beyond your and the provider’s control — such as the number of patients or service users, or prices set by a formula — and does not make the contract materially different in character. Whether the factors could have been foreseen does not matter.',
    },
    shortLabel: 'Unforeseeable circumstances or outside factors',
    resolveUnsure: 'Write down what caused the need for the change, when it became known, and what it adds to the contract’s value.',
    options: [yes(), no(), unsure()],
  },
  serviceKind: {
    id: 'serviceKind',
    kind: 'choice',
    missing: 'Select what you are buying.',
    text: 'What are you buying?',
    hint:
      'Social care, education and community services follow more flexible rules (“light touch”). If unsure, check the service’s CPV code (its standard code) against the light touch list: Procurement Regulations 2024, Sch 1; for the 2015 or Scottish Regulations, Sch 3.',
    shortLabel: 'What is bought',
    options: [
      { value: 'social-care', label: 'Social care', hint: 'For example adult or children’s social care.' },
      { value: 'education', label: 'Education or training' },
      {
        value: 'community',
        label: 'Community, cultural or other social services',
        hint: 'For example social, cultural, health-related or legal services, employment support, rehabilitation of offenders, catering, or health services no health regime covers.',
      },
      { value: 'other', label: 'Other services or goods' },
      {
        value: 'works',
        label: 'Building or civil engineering work',
        hint: 'Building, refurbishing or demolishing, when that work is what you mainly pay for.',
      },
    ],
  },
  concession: {
    id: 'concession',
    kind: 'choice',
    missing: 'Select whether the partner will be paid mainly by running the service and charging for it, or “Not sure yet”.',
    text: 'Will the partner be paid mainly by the right to run the service and charge its users?',
    hint:
      'That is a concession: the partner earns its income from running the service (for example user charges) and carries a real risk of not covering its costs. A contract where you pay for the service is not a concession.',
    shortLabel: 'A concession',
    resolveUnsure:
      'Work out where the partner’s income will come from and who carries the loss if it falls short. If the partner mostly earns from users and carries that risk, it is a concession, with a much higher threshold.',
    options: [yes(), no(), unsure('We will treat it as not a concession for now, to be safe.')],
  },
  authorityType: {
    id: 'authorityType',
    kind: 'choice',
    missing: 'Select whether your body is on the central government list, or “Not sure yet”.',
    text: 'Is your body on the central government list?',
    hint: {
      default:
        'The list (Procurement Regulations 2024, Schedule 2) includes UK government departments and agencies, NHS England, and NHS trusts and foundation trusts in England. It changes some thresholds. If unsure, we use the central figure, which is the lower one.',
      scotland:
        'The list is in the Public Contracts (Scotland) Regulations 2015, Schedule 1. It changes the threshold. If unsure, we use the central figure, which is the lower one.',
    },
    shortLabel: 'On the central government list',
    resolveUnsure:
      'Check the central government list (Procurement Regulations 2024, Schedule 2; in Scotland, the Public Contracts (Scotland) Regulations 2015, Schedule 1), or ask your procurement team.',
    options: [
      { value: 'central', label: 'Yes, central government', hint: 'For example a government department, NHS England or an NHS trust in England.' },
      { value: 'sub-central', label: 'No, another authority', hint: 'For example a council, a combined authority or a police body.' },
      unsure('We will use the lower, central government threshold to be safe.'),
    ],
  },
  contractValue: {
    id: 'contractValue',
    kind: 'money',
    text: 'What is the estimated value of the contract?',
    hint:
      'In whole pounds, including VAT, over the whole life of the contract including any extensions. For a change to a contract you already have: its value after the change. For a concession: the income the partner expects over the term, including from users. For example 800,000.',
    shortLabel: 'Estimated value',
  },
  supportedEmployment: {
    id: 'supportedEmployment',
    kind: 'choice',
    missing: 'Select whether the partner employs or supports disabled or disadvantaged people as the law describes, or “Not sure yet”.',
    text: 'Does the partner work, wholly or partly, to employ or support disabled or disadvantaged people, who make up at least 30% of its workforce?',
    // PA s.32(4); PCR reg 20; PCSR reg 21 (spec-v2 review O7: the tests differ).
    hint: {
      default:
        'Yes if it works, wholly or partly, to give jobs or support into work to disabled or disadvantaged people, who are at least 30% of its workforce — or of the part, or group of organisations, that would do this work.',
      pcr2015:
        'Yes only if its main aim is the social and professional integration of disabled or disadvantaged people, and at least 30% of all its employees are disabled or disadvantaged.',
      pcsr2015:
        'Yes only if its main aim is the social and professional integration of disabled or disadvantaged people, and at least 30% of all its employees are disabled or disadvantaged (a “supported business”).',
    },
    shortLabel: 'Supported employment provider',
    resolveUnsure: 'Ask the partner for its purpose, as its governing documents state it, and the share of its workforce who are disabled or disadvantaged.',
    options: [yes(), no(), unsure()],
  },
  userChoice: {
    id: 'userChoice',
    kind: 'choice',
    missing: 'Select whether the service is for one particular person whose views you must take into account.',
    text: 'Is the service for one particular person, where the law requires you to take account of their views on who provides it?',
    hint: 'For example care for one individual under their care and support plan. A block contract for many people is “No”.',
    shortLabel: 'For one particular person',
    options: [yes(), no()],
  },
  userPreference: {
    id: 'userPreference',
    kind: 'choice',
    missing: 'Select whether the person has a preference and a competition would not be in their interests, or “Not sure yet”.',
    text: 'Has the person (or their carer) said who they want to provide it — or can only one supplier provide it — and would a competition not be in their best interests?',
    hint: 'Both parts must be true. Write down the person’s preference in their own words, and why a competition would not serve them.',
    shortLabel: 'Stated preference; competition not in their interests',
    resolveUnsure:
      'Ask the person or their carer, through their social worker or care co-ordinator, whether they prefer a provider, and record why a competition would or would not be in their best interests.',
    options: [yes(), no(), unsure()],
  },
  proportionate: {
    id: 'proportionate',
    kind: 'choice',
    missing: 'Select whether what you ask of bidders will be in proportion to the contract, or “Not sure yet”.',
    text: 'Can you keep what you ask of bidders in proportion to the contract’s value and complexity?',
    hint: 'The law requires this in every procedure. Your answer does not change the route; it tells us what to warn you about.',
    shortLabel: 'Proportionate process',
    resolveUnsure:
      'Compare the effort you will ask of bidders (forms, evidence, presentations) with the contract’s value, and cut anything that does not help you choose.',
    options: [yes(), no(), unsure()],
  },
  willing: {
    id: 'willing',
    kind: 'choice',
    missing: 'Select how many other organisations could deliver this, or “Not sure yet”.',
    text: 'Apart from this partner, are other organisations able and willing to deliver this?',
    hint: 'Your market engagement is the best evidence. Whatever the answer, the opportunity is still advertised so that others can come forward.',
    shortLabel: 'Other able and willing providers',
    resolveUnsure:
      'Run some market engagement: ask who could deliver and who would want to, and keep a note. It also shows you acted reasonably.',
    options: [
      { value: 'few', label: 'A few others' },
      { value: 'many', label: 'Many others' },
      { value: 'none', label: 'None: only this partner', hint: 'We will check whether a direct award could be justified.' },
      unsure(),
    ],
  },
  transparent: {
    id: 'transparent',
    kind: 'choice',
    missing: 'Select whether you will publish your plans and treat everyone equally, or “Not sure yet”.',
    text: 'Will you publish your intentions and process, and treat every interested organisation equally and fairly?',
    hint: 'The law requires this in every procedure. Your answer does not change the route; it tells us what to warn you about.',
    shortLabel: 'Open and fair process',
    resolveUnsure:
      'Decide now how you will advertise the opportunity, explain the process, and answer everyone’s questions the same way.',
    options: [yes(), no(), unsure()],
  },
  mutual: {
    id: 'mutual',
    kind: 'choice',
    missing: 'Select whether the partner meets the test for a reserved contract, or “Not sure yet”.',
    text: 'Does the partner meet the test for a contract reserved for organisations like it?',
    // Each regime has its own test (PA s.33; PCR reg 77; PCSR reg 76A).
    hint: {
      default:
        'All must be true: it works mainly to deliver light touch services that can be reserved; it is not for profit, or shares profits only among its members; it is managed and controlled by its employees; and it has not won a contract reserved this way from you for the same kind of services in the last 3 years.',
      pcr2015:
        'All must be true: its purpose is a public service mission linked to the services; it reinvests its profits for that purpose; it is owned or run on employee-ownership or participatory principles; and you have not given it a contract reserved for mutuals (reg 77) for these services in the last 3 years.',
      pcsr2015:
        'All must be true: it exists only to benefit society or the environment; it was not set up by law and is not controlled by a body that was; and it spends its profits only on those benefits or shares them with the community it serves.',
    },
    shortLabel: 'Partner qualifies for a reserved contract',
    resolveUnsure:
      'Check the partner’s governing documents: its purpose, how it uses profits, and who manages and controls it. The contract has conditions too; the result lists them.',
    options: [yes(), no(), unsure()],
  },
  incumbent: {
    id: 'incumbent',
    kind: 'choice',
    missing: 'Select whether a provider currently holds a contract with you for these services.',
    text: 'Does a provider currently hold a contract with you for these services?',
    hint: 'A contract that has not expired or ended. It does not need to be ending soon.',
    shortLabel: 'Current provider',
    options: [yes(), no('For example a new service.')],
  },
  onlyCapable: {
    id: 'onlyCapable',
    kind: 'choice',
    missing: 'Select whether only the current provider is capable of providing the services, or “Not sure yet”.',
    text: 'Because of the nature of the services, is the current provider the only one capable of providing them?',
    hint: 'About capability, not preference. If yes, the law requires a direct award to the current provider.',
    shortLabel: 'Only the current provider is capable',
    resolveUnsure:
      'Test it: could any other provider deliver these services, now or with reasonable notice? Record the evidence. If only the current provider is capable, the direct award to it is mandatory, not a choice.',
    options: [yes(), no(), unsure()],
  },
  patientChoice: {
    id: 'patientChoice',
    kind: 'choice',
    missing: 'Select whether patients choose their provider among every provider that qualifies.',
    text: 'Do patients choose their provider, with every provider that meets the requirements offered a contract?',
    hint: 'All must be true: patients are offered a choice of provider; you do not cap the number of providers; you offer a contract to every provider that meets the requirements; and providers have a way to express interest.',
    shortLabel: 'Patients choose among all qualifying providers',
    options: [yes(), no()],
  },
  incumbentSatisfactory: {
    id: 'incumbentSatisfactory',
    kind: 'choice',
    missing: 'Select whether the current contract will be renewed with a provider that is doing well, or “Not sure yet”.',
    text: 'Will the current contract be replaced at the end of its term, without a considerable change, and is the provider doing well enough to carry on?',
    hint:
      'A considerable change means the new contract is materially different in character, or your changes raise its lifetime value by at least £500,000 and at least 25%. “Doing well” means satisfying the current contract and likely to satisfy the new one, judged against the key criteria.',
    shortLabel: 'Renewal with a provider doing well',
    resolveUnsure:
      'Assess the provider against the key criteria using performance data, and compare the new contract with the current one for a considerable change.',
    options: [yes(), no(), unsure()],
  },
  mostSuitable: {
    id: 'mostSuitable',
    kind: 'choice',
    missing: 'Select whether you can identify the most suitable provider without a competition, or “Not sure yet”.',
    text: 'Taking into account the likely providers and all you know, can you identify the most suitable provider without a competition?',
    hint: {
      default:
        'By assessing the likely providers against the key criteria: quality and innovation; value; integration, collaboration and service sustainability; improving access, reducing health inequalities and facilitating choice; social value.',
      'psr-wales':
        'By assessing the likely providers against the Welsh key criteria: quality; value; collaboration and service sustainability; improving access and reducing health inequalities; social responsibility.',
    },
    shortLabel: 'Most suitable provider identifiable',
    resolveUnsure:
      'List the likely providers and assess them against the key criteria. If one clearly stands out, you may use the Most Suitable Provider Process; if not, the Competitive Process is required.',
    options: [yes(), no(), unsure()],
  },
  uniqueSupplier: {
    id: 'uniqueSupplier',
    kind: 'choice',
    missing: 'Select whether only one organisation can deliver, for objective reasons.',
    text: 'Can only one organisation deliver these services or outcomes, for objective reasons?',
    hint:
      'Objective reasons are technical ability, exclusive rights such as intellectual property, or an artistic work only they can make. Preferring them does not count.',
    shortLabel: 'Only one organisation can deliver',
    resolveUnsure:
      'Gather evidence of why no one else could deliver: rights they hold, unique skills or assets. Without it, a direct award is open to challenge.',
    options: [yes(), no(), unsure()],
  },
  noAlternative: {
    id: 'noAlternative',
    kind: 'choice',
    missing: 'Select whether you have checked that there is no reasonable alternative.',
    text: 'Have you checked that there is no reasonable alternative, and that the requirement was not narrowed to fit them?',
    hint: 'For example through market engagement. Shaping the need around one supplier makes a direct award unlawful.',
    shortLabel: 'No reasonable alternative',
    options: [yes(), no()],
  },
  innovationNeed: {
    id: 'innovationNeed',
    kind: 'choice',
    missing: 'Select whether something new has to be developed, or “Not sure yet”.',
    text: 'Does something new have to be developed, because nothing on the market meets the need?',
    hint: 'A new service, product or way of working that does not exist yet.',
    shortLabel: 'Something new must be developed',
    resolveUnsure: 'Look at what is already available, and record why it does or does not meet the need.',
    options: [yes(), no(), unsure()],
  },
  purchaseAfter: {
    id: 'purchaseAfter',
    kind: 'choice',
    missing: 'Select whether you intend to buy the result once it is developed.',
    text: 'Once it is developed, do you intend to buy the resulting service?',
    hint: 'Answer “No” if you only want it developed and tested — a prototype or research.',
    shortLabel: 'Buy the result afterwards',
    options: [yes('Develop it, then buy it.'), no('Develop and test it only.')],
  },
};

/** The question's help text for the law and nation these answers give. */
export function hintFor(question: QuestionId, answers: Answers): string {
  const { hint } = QUESTIONS[question];
  if (typeof hint === 'string') return hint;
  const regime = regimeFor(answers);
  return (regime && hint[regime]) ?? (answers.nation && hint[answers.nation as keyof Varying]) ?? hint.default;
}
