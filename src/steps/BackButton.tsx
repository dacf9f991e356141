import { useJourney } from '../journey/context';

export function BackButton() {
  const { send } = useJourney();
  return (
    <button type="button" className="back-link" onClick={() => send({ type: 'BACK' })}>
      Back
    </button>
  );
}
