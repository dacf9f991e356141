import type { RegimeId, RouteId } from '../rules';
import { ROUTES, routeIn } from '../rules/routes';

/** After "check the remaining routes too": every route open, the recommended one first. */
export function OpenRoutes({ regime, route, alsoOpen }: { regime: RegimeId; route: RouteId; alsoOpen: RouteId[] }) {
  return (
    <section className="open-routes" aria-labelledby="open-routes-heading">
      <h2 className="heading-m" id="open-routes-heading">
        Every route open to you
      </h2>
      <p className="body">
        {alsoOpen.length === 0
          ? 'We checked the remaining routes: none of them is open to you, so the recommended route is the only one.'
          : `We checked the remaining routes. ${alsoOpen.length + 1} routes are open to you; the first is the one we recommend.`}
      </p>
      <ol className="list list--number">
        {[route, ...alsoOpen].map((id, index) => (
          <li key={id} data-open-route={id}>
            <strong>{routeIn(id, regime).name}</strong>
            {index === 0 && ' (recommended)'}: {ROUTES[id].summary}
          </li>
        ))}
      </ol>
    </section>
  );
}
