import { useId, useRef, useState } from 'react';
import { obstaclesForRecord } from '../rules/obstacles';
import { useObstacles } from '../journey/useObstacles';
import { obstaclesSetting, withSettings } from '../journey/settingsQuery';
import { useJourney, useJourneySnapshot } from '../journey/context';
import { shareLink } from '../journey/paths';
import { checkingRemaining } from '../machines/steps';
import { decisionOf } from '../machines/result';

type Format = 'md' | 'json';
const MEDIA_TYPE: Record<Format, string> = { md: 'text/markdown;charset=utf-8', json: 'application/json;charset=utf-8' };

/** Hands a file to the browser's downloads. */
function saveFile(name: string, contents: string, format: Format) {
  const url = URL.createObjectURL(new Blob([contents], { type: MEDIA_TYPE[format] }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = `${name}.${format}`;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Released later: some browsers read the file after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The address that reproduces this result anywhere; the ticked obstacles travel with it, as on every step's URL. */
export function useResultLink(): string {
  const [ticked] = useObstacles();
  const answers = useJourneySnapshot((snapshot) => snapshot.context.answers);
  const remaining = useJourneySnapshot(checkingRemaining);
  return withSettings(shareLink('result', answers, { remaining }), obstaclesSetting(ticked));
}

/** What a person can do with a result: check other routes, share it, keep a record, print it, or start again. */
export function ResultActions() {
  const { actor, send, restart } = useJourney();
  const remaining = useJourneySnapshot(checkingRemaining);
  const canCheckRemaining = useJourneySnapshot((snapshot) => snapshot.can({ type: 'CHECK_REMAINING' }));
  const [status, setStatus] = useState('');
  const [showLink, setShowLink] = useState(false);
  const linkField = useRef<HTMLInputElement>(null);
  const linkId = useId();
  const [ticked] = useObstacles();
  const link = useResultLink();

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setShowLink(false);
      setStatus('Link copied. Anyone who opens it sees this result.');
    } catch {
      // No clipboard (permission refused, older browser, insecure page): show the link to copy by hand.
      setShowLink(true);
      setStatus('');
      window.setTimeout(() => linkField.current?.focus(), 0);
    }
  }

  async function download(format: Format) {
    try {
      // Loaded on demand: most people never export, so it stays out of the first screens.
      const { decisionRecord } = await import('../rules/record');
      const snapshot = actor.getSnapshot();
      const decision = decisionOf(snapshot);
      if (!decision) return;
      const record = decisionRecord(decision, snapshot.context.answers, new Date(), { remaining, link, obstacles: obstaclesForRecord(ticked) });
      saveFile(record.fileName, format === 'md' ? record.markdown : record.json, format);
      setStatus(`Your decision record has been downloaded as ${record.fileName}.${format}.`);
    } catch {
      setStatus('We could not create the decision record. Try again, or print this page instead.');
    }
  }

  return (
    <div className="result-actions no-print">
      {canCheckRemaining && (
        <>
          <h2 className="heading-m">Other routes</h2>
          <p className="body">
            We stopped at the first route that fits. You can answer a few more questions to see every route open to you.
          </p>
          <button type="button" className="button button--secondary" onClick={() => send({ type: 'CHECK_REMAINING' })}>
            Check the remaining routes too
          </button>
        </>
      )}
      <h2 className="heading-m">Share and keep a record</h2>
      <p className="body">
        The link opens this result in any browser. The decision record is a file to keep on your case: the answers,
        the route, the reasons and the legal basis.
      </p>
      <div className="button-group">
        <button type="button" className="button" onClick={copyLink}>
          Copy link
        </button>
        <button type="button" className="button button--secondary" onClick={() => download('md')}>
          Download decision record
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this result
        </button>
      </div>
      <details className="details">
        <summary className="details__summary">Other formats</summary>
        <div className="details__text">
          <p className="body">For case-management systems: the same record as structured data.</p>
          <button type="button" className="button button--secondary" onClick={() => download('json')}>
            Download decision record as data (JSON)
          </button>
        </div>
      </details>
      {showLink && (
        <div className="form-group share-link">
          <label className="label" htmlFor={linkId}>
            Copy this link to share the result
          </label>
          <input id={linkId} ref={linkField} className="input" type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
        </div>
      )}
      <p className="body" role="status">
        {status}
      </p>
      {/* The result stays one Back away in the browser's history, so starting again needs no extra confirmation. */}
      <button type="button" className="button button--secondary start-again" onClick={restart}>
        Start again
      </button>
    </div>
  );
}
