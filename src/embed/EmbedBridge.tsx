import { useEffect, useRef, useState } from 'react';
import { outcomeOf, stepOf } from '../machines/steps';
import { useJourney, useJourneySnapshot } from '../journey/context';
import { readEmbedSettings } from './settings';
import { envelope, type FrameMessage } from './protocol';

/** How to reach the partner page, if the app is in a frame that was told its parent's origin. */
function parentPost(): ((message: FrameMessage) => void) | undefined {
  const parentOrigin = readEmbedSettings()?.parentOrigin;
  if (!parentOrigin || window.parent === window) return undefined;
  // Delivered only if the parent really is at that origin; never to `*`.
  return (message) => window.parent.postMessage(envelope(message), parentOrigin);
}

/** The document's own height: not the frame's, which would never let it shrink. */
const documentHeight = () => Math.ceil(document.documentElement.getBoundingClientRect().height);

/**
 * In embed mode, tells the partner page how tall the app is whenever that
 * changes (any screen, error, font load or resize), which step the person is
 * on, and the route once they reach it. Renders nothing.
 */
export function EmbedBridge() {
  const [post] = useState(parentPost);
  const { inSync, actor } = useJourney();
  const step = useJourneySnapshot(stepOf);
  const lastStep = useRef<string>(undefined);

  useEffect(() => {
    if (!post) return;
    let lastHeight = -1;
    const report = () => {
      const height = documentHeight();
      if (height === lastHeight) return;
      lastHeight = height;
      post({ type: 'height', height });
    };
    report();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(report) : undefined;
    observer?.observe(document.documentElement);
    window.addEventListener('resize', report);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', report);
    };
  }, [post]);

  useEffect(() => {
    if (!post || !inSync || step === lastStep.current) return;
    lastStep.current = step;
    post({ type: 'step', step });
    if (step !== 'result') return;
    // The same route and law the result screen shows.
    const outcome = outcomeOf(actor.getSnapshot());
    if (outcome) post({ type: 'result', route: outcome.route, regime: outcome.regime });
  }, [post, inSync, step, actor]);

  return null;
}
