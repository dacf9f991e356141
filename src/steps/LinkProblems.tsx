import type { AnswerProblem } from '../rules';

/** Enough to say what was wrong; a link stuffed with junk should not bury the page. */
const SHOWN = 8;

/** Tells a person what was wrong with the link they opened, and that nothing else was lost. */
export function LinkProblems({ problems }: { problems: AnswerProblem[] }) {
  if (problems.length === 0) return null;
  const hidden = problems.length - SHOWN;
  return (
    <div className="notice notice--warning" role="status">
      <h2 className="heading-s">We could not use all of the link you opened</h2>
      <ul className="list">
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={index}>{problem.message}</li>
        ))}
        {hidden > 0 && <li>…and {hidden} more {hidden === 1 ? 'thing' : 'things'} we could not use.</li>}
      </ul>
      <p className="body">We kept every answer we could. Check them before you rely on a result.</p>
    </div>
  );
}
