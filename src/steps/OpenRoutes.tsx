import type { OpenRoute } from '../rules/resultView';

/** After "check the remaining routes too": every route open, the recommended one first. */
export function OpenRoutes({ routes, summary }: { routes: OpenRoute[]; summary: string }) {
  return (
    <section className="open-routes" aria-labelledby="open-routes-heading">
      <h2 className="heading-m" id="open-routes-heading">
        Every route open to you
      </h2>
      <p className="body">{summary}</p>
      <ol className="list list--number">
        {routes.map((route, index) => (
          <li key={route.id} data-open-route={route.id}>
            <strong>{route.name}</strong>
            {index === 0 && ' (recommended)'}: {route.summary}
          </li>
        ))}
      </ol>
    </section>
  );
}
