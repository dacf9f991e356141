import type { FormEvent } from 'react';
import { useJourney } from '../journey/context';
import { StepHeading } from './StepHeading';
import { BackButton } from './BackButton';
import { AnswerList } from './AnswerList';
import { LinkProblems } from './LinkProblems';

export function CheckAnswersStep() {
  const { send, linkProblems } = useJourney();

  function confirm(event: FormEvent) {
    event.preventDefault();
    send({ type: 'CONFIRM' });
  }

  return (
    <>
      <BackButton />
      <LinkProblems problems={linkProblems} />
      <StepHeading>Check your answers</StepHeading>
      <p className="body">Your route depends on these answers. Change any that are not right before you see it.</p>
      <AnswerList />
      <form onSubmit={confirm}>
        <button type="submit" className="button">
          Continue to your route
        </button>
      </form>
    </>
  );
}
