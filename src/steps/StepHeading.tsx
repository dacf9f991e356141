import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { holdStepHeading } from '../journey/stepHeading';

let firstScreen = true;

/**
 * The page's h1. When a person moves to a new step, focus lands here so a
 * screen-reader user hears the new question; on the very first page load
 * focus stays where the browser put it.
 */
export function StepHeading({ children, className = 'heading-l' }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    // A screen that finishes loading behind an open dialog (the map, say) must not pull focus out of it.
    if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
    ref.current?.focus();
  }, []);
  const hold = useCallback((element: HTMLHeadingElement | null) => {
    ref.current = element;
    holdStepHeading(element);
  }, []);
  return (
    <h1 className={className} tabIndex={-1} ref={hold} data-step-heading>
      {children}
    </h1>
  );
}
