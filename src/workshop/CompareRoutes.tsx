import { REGIMES, ROUTES_IN_REGIME, type RegimeId, type RouteId } from '../rules';
import { ROUTES, routeIn } from '../rules/routes';
import { Dialog } from '../ui/Dialog';

interface CompareRoutesProps {
  regime: RegimeId;
  /** The route the journey reached, if it has. */
  chosen?: RouteId;
  onClose(): void;
}

/** Every route the law allows here, side by side, for a room to weigh up. */
export default function CompareRoutes({ regime, chosen, onClose }: CompareRoutesProps) {
  return (
    <Dialog title="Compare routes" onClose={onClose} wide>
      <p className="body">
        The routes open under the {REGIMES[regime].name}. Which one fits depends on your answers; this is for discussing
        the options.
      </p>
      <ul className="compare" data-regime={regime}>
        {ROUTES_IN_REGIME[regime].map((route) => {
          const content = routeIn(route, regime);
          return (
            <li className={`compare__route${route === chosen ? ' compare__route--chosen' : ''}`} key={route} data-compare-route={route}>
              <h3 className="heading-s compare__name">
                {content.name}
                {route === chosen && <strong className="tag tag--green">Your route</strong>}
              </h3>
              <p className="compare__summary">{ROUTES[route].summary}</p>
              <dl className="compare__facts">
                <dt>What it allows</dt>
                <dd>{content.allows}</dd>
                <dt>When it can be used</dt>
                <dd>{content.when}</dd>
                <dt>Risks</dt>
                <dd>
                  <ul className="list list--bullet">
                    {content.risks.map((risk) => (
                      <li key={risk}>{risk}</li>
                    ))}
                  </ul>
                </dd>
                <dt>Typical timescale</dt>
                <dd>{content.timescale}</dd>
              </dl>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
