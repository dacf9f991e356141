import { linkNotice, type AnswerProblem } from '../rules';

/** Enough to say what was wrong; a link stuffed with junk should not bury the page. */
const SHOWN = 8;

/** Tells a person what was wrong with the link they opened, and that nothing else was lost. */
export function LinkProblems({ problems }: { problems: AnswerProblem[] }) {
  const notice = linkNotice(problems);
  if (!notice) return null;
  const hidden = notice.lines.length - SHOWN;
  return (
    <div className="notice notice--warning" role="status">
      <h2 className="heading-s">{notice.title}</h2>
      <ul className="list">
        {notice.lines.slice(0, SHOWN).map((line) => (
          <li key={line}>{line}</li>
        ))}
        {hidden > 0 && <li>…and {hidden} more {hidden === 1 ? 'thing' : 'things'} we could not use.</li>}
      </ul>
      <p className="body">We kept every answer we could. Check them before you rely on a result.</p>
    </div>
  );
}
