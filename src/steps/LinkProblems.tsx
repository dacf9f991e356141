import type { AnswerProblem } from '../rules';

/** Tells a person what was wrong with the link they opened, and that nothing else was lost. */
export function LinkProblems({ problems }: { problems: AnswerProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice notice--warning" role="status">
      <h2 className="heading-s">We could not use all of the link you opened</h2>
      <ul className="list">
        {problems.map((problem, index) => (
          <li key={index}>{problem.message}</li>
        ))}
      </ul>
      <p className="body">We kept every answer we could. Check them before you rely on a result.</p>
    </div>
  );
}
