import { useRef, useState, type ReactNode } from 'react';
import { QUESTIONS, isQuestionId } from '../rules';
import { ROUTES } from '../rules/routes';
import { decisionGraph, mapPositionOf, type MapNode, type MapNodeId } from '../machines/decisionGraph';
import { useJourneySnapshot } from '../journey/context';
import { Dialog } from '../ui/Dialog';

const COLUMN = 280;
const NODE_WIDTH = 228;
const NODE_HEIGHT = 48;
const ROW = 72;
const MARGIN = 70;
// Bold 17px text on the path: about 21 characters fill a 228px box.
const LINE_LENGTH = 21;

// Drawn once: the chart does not change while the app runs.
const GRAPH = decisionGraph();
const WIDEST_ROW = Math.max(...Array.from({ length: GRAPH.layers }, (_, row) => GRAPH.nodes.filter((node) => node.layer === row).length));
const WIDTH = WIDEST_ROW * COLUMN + 2 * MARGIN;
const HEIGHT = GRAPH.layers * ROW + 2 * 12;

const label = (id: MapNodeId): string => (id === 'start' ? 'Start' : isQuestionId(id) ? QUESTIONS[id].shortLabel : ROUTES[id].title);

/** Splits a label over at most two lines so it fits its box. */
function lines(text: string): string[] {
  const words = text.split(' ');
  const first: string[] = [];
  while (words.length > 0 && [...first, words[0]].join(' ').length <= LINE_LENGTH) first.push(words.shift() as string);
  return words.length === 0 ? [first.join(' ')] : [first.join(' '), words.join(' ')];
}

function centre(node: MapNode): { x: number; y: number } {
  const inRow = GRAPH.nodes.filter((other) => other.layer === node.layer).length;
  return { x: WIDTH / 2 + (node.order - (inRow - 1) / 2) * COLUMN, y: 12 + node.layer * ROW + NODE_HEIGHT / 2 };
}

const byId = new Map(GRAPH.nodes.map((node) => [node.id, node]));

// Below this the drawing would need sideways scrolling, so the ordered list leads and the drawing folds away.
const NARROW = '(max-width: 640px)';
const isNarrow = () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches;

function edgePath(from: MapNode, to: MapNode): string {
  const a = centre(from);
  const b = centre(to);
  if (a.x === b.x && to.layer - from.layer > 1) {
    // A line that skips rows in the same column runs round the right-hand side, clear of the boxes it passes.
    const x = a.x + NODE_WIDTH / 2;
    const bulge = x + 28 + 14 * (to.layer - from.layer);
    return `M${x},${a.y} C${bulge},${a.y} ${bulge},${b.y} ${x},${b.y}`;
  }
  const y1 = a.y + NODE_HEIGHT / 2;
  const y2 = b.y - NODE_HEIGHT / 2;
  const middle = Math.min(y1 + ROW / 2, (y1 + y2) / 2);
  return `M${a.x},${y1} C${a.x},${middle} ${b.x},${y2 - (middle - y1)} ${b.x},${y2}`;
}

/** The whole decision, drawn from the statechart, with this journey's path picked out. */
export default function DecisionMap({ onClose }: { onClose(): void }) {
  const { path, current, given } = useJourneySnapshot(mapPositionOf);
  const onPath = new Set<MapNodeId>(path);
  const pathEdges = new Set(path.slice(1).map((to, index) => `${path[index]}→${to}`));

  // Decided when the map opens: a phone turned sideways later still has the drawing one tap away.
  const [narrow] = useState(isNarrow);
  const drawingRef = useRef<HTMLDivElement>(null);

  // The path starts in the middle column, so a drawing wider than the phone opens scrolled to its middle.
  function centreDrawing(event: React.SyntheticEvent<HTMLDetailsElement>) {
    const region = drawingRef.current;
    if (event.currentTarget.open && region) region.scrollLeft = (region.scrollWidth - region.clientWidth) / 2;
  }

  const drawing: ReactNode = (
    <div className="map__drawing" role="region" aria-label="Decision map drawing" tabIndex={0} ref={drawingRef}>
      <svg
        className="map__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        role="img"
        aria-label={`Decision map: ${GRAPH.nodes.filter((node) => node.kind === 'question').length} questions leading to ${GRAPH.nodes.filter((node) => node.kind === 'route').length} routes. The path taken is also listed as text.`}
      >
        <g className="map__edges">
          {GRAPH.edges.map(({ from, to }) => {
            const a = byId.get(from);
            const b = byId.get(to);
            if (!a || !b) return null;
            const taken = pathEdges.has(`${from}→${to}`);
            return <path key={`${from}→${to}`} d={edgePath(a, b)} className={taken ? 'map__edge map__edge--path' : 'map__edge'} />;
          })}
        </g>
        {GRAPH.nodes.map((node) => {
          const { x, y } = centre(node);
          const text = lines(label(node.id));
          return (
            <g
              key={node.id}
              data-node={node.id}
              data-kind={node.kind}
              data-on-path={onPath.has(node.id) ? 'true' : undefined}
              data-current={node.id === current ? 'true' : undefined}
              className={`map__node map__node--${node.kind}`}
            >
              <rect x={x - NODE_WIDTH / 2} y={y - NODE_HEIGHT / 2} width={NODE_WIDTH} height={NODE_HEIGHT} rx={node.kind === 'route' ? 0 : 10} />
              <text x={x} y={y + (text.length === 1 ? 6 : -4)} textAnchor="middle">
                {text.map((line, index) => (
                  <tspan key={line} x={x} dy={index === 0 ? 0 : 20}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );

  const pathSoFar: ReactNode = (
    <div className="map__path">
      <h3 className="heading-s">The path so far</h3>
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
                Route: <strong>{ROUTES[id].title}</strong>
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );

  return (
    <Dialog title="Decision map" onClose={onClose} wide>
      <p className="body">
        Every question and every route, top to bottom. <span className="map-key map-key--path">Highlighted</span> is the
        path taken so far.
      </p>
      {narrow ? (
        <div className="map map--narrow">
          {pathSoFar}
          <details className="details map__details" onToggle={centreDrawing}>
            <summary className="details__summary">Show the drawing</summary>
            {drawing}
          </details>
        </div>
      ) : (
        <div className="map">
          {drawing}
          {pathSoFar}
        </div>
      )}
    </Dialog>
  );
}
