import { OBSTACLES } from '../rules/obstacles';
import { useObstacles } from '../journey/useObstacles';

/** On the result: what the group said was holding it back, and what to do about each. */
export function TickedObstacles() {
  const [ticked] = useObstacles();
  if (ticked.length === 0) return null;
  return (
    <section className="obstacles" aria-labelledby="ticked-obstacles">
      <h2 className="heading-m" id="ticked-obstacles">
        What is holding you back
      </h2>
      {ticked.map((id) => (
        <div className="option" key={id} data-obstacle={id}>
          <h3 className="heading-s">{OBSTACLES[id].title}</h3>
          <p className="body">{OBSTACLES[id].response}</p>
          {OBSTACLES[id].basis.length > 0 && (
            <p className="small">
              See{' '}
              {OBSTACLES[id].basis.map((citation) => (
                <a key={citation.url} href={citation.url} className="print-url" rel="noopener" target="_blank">
                  {citation.label}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              ))}
              .
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
