import { useId, useState, type ReactNode } from 'react';
import { GATES, QUESTIONS, isQuestionId, routeApplies, type GateId } from '../rules';
import {
  decisionGraph,
  mapPositionOf,
  nodeLabel,
  routeName,
  routesInStageOrder,
  stagesOnPath,
  type MapNodeId,
} from '../machines/decisionGraph';
import { useJourneySnapshot } from '../journey/context';
import { usePresentation } from './presentation';
import { Dialog } from '../ui/Dialog';

// Read once: the chart does not change while the app runs.
const ROUTES_ON_MAP = routesInStageOrder(decisionGraph());
const STAGE_TITLE = Object.fromEntries(GATES.map((gate) => [gate.id, gate.title])) as Record<GateId, string>;

// A path longer than this packs tighter on a projected slide (still at least 16px), so the longest journey fits 1280×720.
const DENSE_FROM = 20;

// On a phone the ordered list leads and the drawing follows it.
const NARROW = '(max-width: 640px)';
const isNarrow = () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches;

interface NodeProps {
  id: MapNodeId;
  kind: 'start' | 'question' | 'route';
  onPath: boolean;
  current: boolean;
  className?: string;
  children: ReactNode;
}

function MapNode({ id, kind, onPath, current, className = '', children }: NodeProps) {
  return (
    <span
      className={`map__node map__node--${kind} ${className}`.trim()}
      data-node={id}
      data-kind={kind}
      data-on-path={onPath ? 'true' : undefined}
      data-current={current ? 'true' : undefined}
    >
      {children}
    </span>
  );
}

/**
 * The decision as the room needs it on one screen: the path taken, stage by
 * stage, with each answer on the arrow it stands for; what each answer to the
 * latest question leads to; and every route, named as the result names it.
 */
export default function DecisionMap({ onClose }: { onClose(): void }) {
  const { path, current, given, regime, opened } = useJourneySnapshot(mapPositionOf);
  const present = usePresentation((state) => state.present);
  // Decided when the map opens: a phone turned sideways keeps the order it opened with.
  const [narrow] = useState(isNarrow);
  const headingId = useId();
  const stages = stagesOnPath(path);
  const reached = path.find((id) => !isQuestionId(id) && id !== 'start');
  const lastQuestion = stages[stages.length - 1]?.questions.at(-1);

  const drawing: ReactNode = (
    <div className="map__drawing">
      <h3 className="map__heading map__heading--path" id={`${headingId}-path`}>
        The path
      </h3>
      <ol className="map__stages" aria-labelledby={`${headingId}-path`}>
        <li className="map__stage">
          <ol className="map__chain">
            <li className="map__step">
              <MapNode id="start" kind="start" onPath current={current === 'start'}>
                Start
              </MapNode>
              {stages.length > 0 && <span className="map__edge" aria-hidden="true" />}
            </li>
          </ol>
        </li>
        {stages.map(({ gate, questions }) => (
          <li className="map__stage" key={`${gate}-${questions[0]}`} data-stage={gate}>
            <span className="map__stage-title">{STAGE_TITLE[gate]}</span>
            <ol className="map__chain">
              {questions.map((question) => {
                const answer = given.get(question);
                return (
                  <li className="map__step" key={question}>
                    <MapNode id={question} kind="question" onPath current={question === current}>
                      {QUESTIONS[question].shortLabel}
                    </MapNode>
                    {answer !== undefined && (
                      <span
                        className={question === lastQuestion && reached ? 'map__edge map__edge--to-route' : 'map__edge'}
                        data-edge-from={question}
                      >
                        <span className="visually-hidden">answered </span>
                        {answer}
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>

      {opened && opened.branches.length > 0 && (
        <div className="map__branches">
          <h3 className="map__heading" id={`${headingId}-branches`}>
            Each answer to “{QUESTIONS[opened.question].shortLabel}”
          </h3>
          <ul className="map__branch-list" aria-labelledby={`${headingId}-branches`}>
            {opened.branches.map((branch) => (
              <li
                key={branch.to}
                className={branch.taken ? 'map__branch map__branch--taken' : 'map__branch'}
                data-branch-from={opened.question}
                data-branch-to={branch.to}
              >
                <span className="map__branch-answer">{branch.answers.join(' or ')}</span>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden"> leads to </span>
                {nodeLabel(branch.to, regime)}
                {branch.taken && <span className="visually-hidden"> (this journey’s way)</span>}
              </li>
            ))}
          </ul>
        </div>
      )}

      <h3 className="map__heading" id={`${headingId}-routes`}>
        Every route
      </h3>
      <ul className="map__routes" aria-labelledby={`${headingId}-routes`}>
        {ROUTES_ON_MAP.map((route) => {
          const elsewhere = regime !== undefined && !routeApplies(route, regime);
          return (
            <li key={route}>
              <MapNode
                id={route}
                kind="route"
                onPath={route === reached}
                current={route === current}
                className={elsewhere ? 'map__node--elsewhere' : ''}
              >
                <span className="map__route-name">{routeName(route, regime)}</span>
                {route === reached && <span className="visually-hidden"> (the route reached)</span>}
                {elsewhere && <span className="visually-hidden"> (not under this law)</span>}
              </MapNode>
            </li>
          );
        })}
      </ul>
    </div>
  );

  const pathSoFar: ReactNode = (
    <ol className="list list--number" data-map-path>
      {path.map((id) => (
        <li key={id}>
          {id === 'start' ? (
            'Start'
          ) : isQuestionId(id) ? (
            <>
              {QUESTIONS[id].text} <strong>{given.get(id) ?? (id === current ? '(on screen now)' : '')}</strong>
            </>
          ) : (
            <>
              Route: <strong>{routeName(id, regime)}</strong>
            </>
          )}
        </li>
      ))}
    </ol>
  );

  // In presentation mode the drawing is the slide; the same path in words stays one keypress away.
  const pathAsText: ReactNode = present ? (
    <details className="details map__path">
      <summary className="details__summary">The path so far, in words</summary>
      {pathSoFar}
    </details>
  ) : (
    <div className="map__path">
      <h3 className="heading-s">The path so far</h3>
      {pathSoFar}
    </div>
  );

  return (
    <Dialog title="Decision map" onClose={onClose} wide>
      <p className="body map__intro" id={`${headingId}-intro`}>
        The path taken, stage by stage, with each answer on its arrow; then every route.{' '}
        <span className="map-key map-key--path">Highlighted</span> is this journey.
      </p>
      {narrow ? (
        <div className="map map--narrow">
          {pathAsText}
          {drawing}
        </div>
      ) : (
        <div className={path.length > DENSE_FROM ? 'map map--dense' : 'map'}>
          {drawing}
          {pathAsText}
        </div>
      )}
    </Dialog>
  );
}
