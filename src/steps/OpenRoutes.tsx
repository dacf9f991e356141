import type { OpenRoute } from '../rules/resultView';

/** After "check the remaining routes too": every route open, the recommended one first. */
export function OpenRoutes({ routes }: { routes: OpenRoute[] }) {
  const others = routes.length - 1;
  return (
    <section className="open-routes" aria-labelledby="open-routes-heading">
      <h2 className="heading-m" id="open-routes-heading">
        Every route open to you
      </h2>
      <p className="body">
        {others === 0
          ? 'We checked the remaining routes: none of them is open to you, so the recommended route is the only one.'
          : `We checked the remaining routes. ${routes.length} routes are open to you; the first is the one we recommend.`}
      </p>
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
