import type { QuestionId } from './types';

export interface AnswerOption {
  value: string;
  label: string;
  hint?: string;
}

interface QuestionBase {
  id: QuestionId;
  /** The question, asked as the page heading. */
  text: string;
  /** A short line of help under the heading. */
  hint: string;
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
    missing: 'Select whether these are health care services, or “Not sure yet”.',
    text: 'Are these health care services?',
    hint:
      'Health care arranged by an NHS body or a local authority, including public health such as social prescribing. Adult social care on its own does not count; a package mixing health and social care does.',
    shortLabel: 'Health care services',
    resolveUnsure:
      'Ask your commissioning lead whether the service is arranged as health care. If it is, the Provider Selection Regime applies instead of the general rules.',
    options: [yes(), no(), unsure()],
  },
  startedBefore2025: {
    id: 'startedBefore2025',
    kind: 'choice',
    missing: 'Select whether the procurement formally began before 24 February 2025.',
    text: 'Did this procurement formally begin before 24 February 2025?',
    hint:
      'It began if a notice was sent for publication, a voluntary transparency (VEAT) notice was published, or negotiation with a single supplier had started. Also answer yes if you are calling off from a framework set up under the 2015 Regulations, or changing a contract awarded under them.',
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
      'In other words: will the authority receive services, goods or works that the partner is legally bound to deliver, in return for payment or something else of value?',
    shortLabel: 'Authority is buying',
    resolveUnsure:
      'Write down what each side will give and get, and whether the partner could be sued for failing to deliver. Legally binding delivery in return for payment makes it a contract.',
    options: [
      yes('The partner must deliver, and is paid or rewarded for it.'),
      no('For example a grant with no binding delivery obligation.'),
      unsure('We will treat it as a contract for now, to be safe.'),
    ],
  },
  serviceKind: {
    id: 'serviceKind',
    kind: 'choice',
    missing: 'Select the kind of service.',
    text: 'What kind of service is it?',
    hint: 'Social, education and community services follow lighter, more flexible rules.',
    shortLabel: 'Kind of service',
    options: [
      { value: 'social-care', label: 'Social care', hint: 'For example adult or children’s social care.' },
      { value: 'education', label: 'Education or training' },
      { value: 'community', label: 'Community, cultural or other social services', hint: 'For example health-related, legal or cultural services for the community.' },
      { value: 'other', label: 'Something else', hint: 'Any other services or goods.' },
    ],
  },
  authorityType: {
    id: 'authorityType',
    kind: 'choice',
    missing: 'Select the kind of authority that is buying.',
    text: 'What kind of authority is buying?',
    hint: 'Central government has a lower threshold than other authorities.',
    shortLabel: 'Type of authority',
    options: [
      { value: 'central', label: 'Central government or an NHS trust' },
      { value: 'sub-central', label: 'Another authority', hint: 'For example a council, a combined authority or a police body.' },
    ],
  },
  contractValue: {
    id: 'contractValue',
    kind: 'money',
    text: 'What is the estimated value of the contract?',
    hint: 'In whole pounds, including VAT, over the whole life of the contract including any extensions. For example 800,000.',
    shortLabel: 'Estimated value',
  },
  userChoice: {
    id: 'userChoice',
    kind: 'choice',
    missing: 'Select whether the service is for a particular person whose choice of provider you must respect.',
    text: 'Is the service for a particular person whose choice of provider you must respect?',
    hint:
      'For example care for one individual where the law requires you to take account of their views, or their carer’s, on who provides it.',
    shortLabel: 'A person’s choice of provider',
    options: [yes(), no()],
  },
  proportionate: {
    id: 'proportionate',
    kind: 'choice',
    missing: 'Select whether what you ask of bidders will be in proportion to the contract.',
    text: 'Will what you ask of bidders be in proportion to the contract?',
    hint: 'The effort of taking part should match the value and complexity of the work.',
    shortLabel: 'Proportionate process',
    resolveUnsure:
      'Compare the effort you will ask of bidders (forms, evidence, presentations) with the contract’s value, and cut anything that does not help you choose.',
    options: [yes(), no(), unsure()],
  },
  willing: {
    id: 'willing',
    kind: 'choice',
    missing: 'Select whether only a few organisations are able and willing to deliver this.',
    text: 'Are only a few organisations able and willing to deliver this?',
    hint: 'If only a handful of organisations could do this, you can keep the process short and simple. You still advertise it, so others can come forward.',
    shortLabel: 'Few willing providers',
    resolveUnsure:
      'Run some market engagement: ask who could deliver and who would want to. It also shows you acted reasonably.',
    options: [yes(), no(), unsure()],
  },
  transparent: {
    id: 'transparent',
    kind: 'choice',
    missing: 'Select whether you will publish your plans and treat everyone equally.',
    text: 'Will you publish your plans and process, and treat every interested organisation equally?',
    hint: 'Being open and even-handed is one of the conditions for a lawful flexible process.',
    shortLabel: 'Open and fair process',
    resolveUnsure:
      'Decide now how you will advertise the opportunity, explain the process, and answer everyone’s questions the same way.',
    options: [yes(), no(), unsure()],
  },
  mutual: {
    id: 'mutual',
    kind: 'choice',
    missing: 'Select whether the partner is a public service mutual.',
    text: 'Is the partner a public service mutual?',
    hint:
      'An organisation with a public service mission that puts its profits back into its work and is owned by its staff or by others who take part in its work.',
    shortLabel: 'Partner is a public service mutual',
    resolveUnsure: 'Check the partner’s governing documents for its mission, profit use and ownership.',
    options: [yes(), no(), unsure()],
  },
  existingProvider: {
    id: 'existingProvider',
    kind: 'choice',
    missing: 'Select whether an existing provider’s contract is ending with that provider doing well.',
    text: 'Is an existing provider’s contract ending, with that provider doing well and the service not changing much?',
    hint: 'A considerable change means the service would be different in character, or changes you make would raise its lifetime value by at least £500,000 and at least 25%.',
    shortLabel: 'Existing provider, performing well',
    options: [yes(), no()],
  },
  patientChoice: {
    id: 'patientChoice',
    kind: 'choice',
    missing: 'Select whether patients choose their provider.',
    text: 'Do patients choose their provider, with every capable provider able to offer the service?',
    hint: 'For example services where patients pick which provider to use, and any provider that meets the requirements can take part.',
    shortLabel: 'Patients choose their provider',
    options: [yes(), no()],
  },
  mostSuitable: {
    id: 'mostSuitable',
    kind: 'choice',
    missing: 'Select whether you can pick the most suitable provider without a competition.',
    text: 'Can you pick the most suitable provider by assessing the key criteria, without a competition?',
    hint:
      'The key criteria are quality and innovation; value; integration, collaboration and sustainability; access, inequalities and choice; and social value.',
    shortLabel: 'Most suitable provider identifiable',
    resolveUnsure:
      'Assess the likely providers against the key criteria and record the result. If one clearly stands out, this process may fit.',
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
  coInvestment: {
    id: 'coInvestment',
    kind: 'choice',
    missing: 'Select whether both of you will invest in a joint project.',
    text: 'Will both of you invest money or other essential resources in a joint project, sharing its risks and rewards?',
    hint: 'A genuine joint venture, not the authority paying for a service.',
    shortLabel: 'Joint investment, shared risk and reward',
    resolveUnsure:
      'Set out what each side puts in and what each gets back. If the authority mainly pays and receives services, it is a contract.',
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
  innovationNeed: {
    id: 'innovationNeed',
    kind: 'choice',
    missing: 'Select whether something new has to be developed.',
    text: 'Does something new have to be developed, because nothing on the market meets the need?',
    hint: 'A new service, product or way of working that does not exist yet.',
    shortLabel: 'Something new must be developed',
    resolveUnsure: 'Look at what is already available, and record why it does or does not meet the need.',
    options: [yes(), no(), unsure()],
  },
  purchaseAfter: {
    id: 'purchaseAfter',
    kind: 'choice',
    missing: 'Select whether you mean to buy the result without a fresh competition.',
    text: 'Once it is developed, do you mean to buy the result without a fresh competition?',
    hint: 'Developing and then buying from the same partner is what an innovation partnership is for.',
    shortLabel: 'Buy the result afterwards',
    options: [yes(), no()],
  },
};
