import type { Answers, Role } from './types';

/** Whose next steps come first: the person's own role, from who proposed the partnership. */
export const roleOf = (answers: Answers): Role => (answers.initiator === 'social-enterprise' ? 'social-enterprise' : 'authority');

export const ROLE_WORDS: Record<Role, { you: string; other: string; otherRole: Role }> = {
  authority: { you: 'the public authority', other: 'the social enterprise', otherRole: 'social-enterprise' },
  'social-enterprise': { you: 'the social enterprise', other: 'the public authority', otherRole: 'authority' },
};
