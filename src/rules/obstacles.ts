import type { Citation } from './types';
import { OTHER, PA, PCR } from './routes/sources';
import { parseObstacles, type ObstacleId } from './obstacleIds';

export * from './obstacleIds';

/**
 * The cultural obstacles that most often stall a partnership, with a short,
 * practical response to each. Content only: ticking one never changes the
 * route, so none of this reaches decide(). Every legal point traces to the
 * legal facts the rules are built on.
 */

export interface Obstacle {
  id: ObstacleId;
  /** How a group would name it. */
  title: string;
  /** What to do about it, in two or three sentences. */
  response: string;
  /** The provisions the response leans on, if it makes a legal point. */
  basis: Citation[];
}

export const OBSTACLES: Record<ObstacleId, Obstacle> = {
  'everything-is-procurement': {
    id: 'everything-is-procurement',
    title: 'Assuming every partnership needs a tender',
    response:
      'Procurement law covers contracts in which the authority gets goods, services or works in return for payment or other value, with obligations it can enforce. A grant with no enforceable delivery duty, or a joint venture where both sides invest and share the risk, can fall outside it. Check the facts of your arrangement before assuming a tender is the only way.',
    basis: [PA.s3],
  },
  'talking-is-improper': {
    id: 'talking-is-improper',
    title: 'Worry that early talks with providers are off-limits',
    response:
      'Good commissioning starts with conversations, and the Procurement Act expressly allows early market engagement. Be open about what you are exploring, give every interested organisation the same information, and keep a note of who you spoke to and what was shared. If one partner helped shape the service, take steps so it gains no unfair advantage: one that cannot be neutralised means it must be excluded (s.16). Publish a preliminary market engagement notice, or give reasons in the tender notice for not doing so (s.17).',
    basis: [PA.s16, PA.s17],
  },
  'capability-doubts': {
    id: 'capability-doubts',
    title: 'Doubts that a social enterprise can deliver',
    response:
      'Test capability on evidence, not assumption: ask for track record, meet the people who would deliver, and set requirements in proportion to the contract. Over-sized financial tests shut out capable smaller organisations without reducing the real risk.',
    basis: [],
  },
  'risk-aversion': {
    id: 'risk-aversion',
    title: 'Fear of legal challenge and other risks',
    response:
      'No route is free of risk, including a tender. Name the specific risks, decide who owns each one, and act reasonably: record why you chose the route, and use the notices the law provides, such as a transparency notice (Procurement Act) or a VEAT notice (2015 Regulations) before a direct award.',
    basis: [PA.s44, PCR.reg99],
  },
  'never-done-it': {
    id: 'never-done-it',
    title: 'No one here has done it like this before',
    response:
      'Others have. Leicestershire County Council used the light touch rules to choose a partner to co-design and co-deliver children’s services, and Oldham re-awarded its social prescribing partnership under the health Provider Selection Regime. Start small, learn, and write it up for the next team.',
    basis: [],
  },
  'colleague-objections': {
    id: 'colleague-objections',
    title: 'Pushback from procurement or legal colleagues',
    response:
      'Bring them in early, as partners rather than gatekeepers. Share the route, its legal basis and the reasons drawn from your answers, and ask what would need to be true for them to support it. Their questions usually show what to record.',
    basis: [],
  },
  'poor-practice': {
    id: 'poor-practice',
    title: 'Weak commissioning habits',
    response:
      'Sometimes the process is simply not good enough: requirements copied from an old contract, price weighted over outcomes, no one asking what the community needs. Go back to the outcome you want, and consider economic, social and environmental well-being before you buy services. In England, and for bodies in Wales whose functions are not mainly devolved, the Public Services (Social Value) Act 2012 requires you to; Welsh devolved bodies have their own duties.',
    basis: [OTHER.socialValue],
  },
};

/** What a decision record shows for the ticked obstacles, from the URL value alone. */
export function obstaclesForRecord(ticked: string | null | undefined | readonly ObstacleId[]): { title: string; response: string }[] {
  const ids = typeof ticked === 'string' || ticked == null ? parseObstacles(ticked) : ticked;
  return ids.map((id) => ({ title: OBSTACLES[id].title, response: OBSTACLES[id].response }));
}
