/**
 * The heading of the step on screen, so a feature outside the screens (presentation
 * mode, say) can put focus on it without knowing any screen's markup.
 */
let heading: HTMLElement | null = null;

export function holdStepHeading(element: HTMLElement | null): void {
  heading = element;
}

export function focusStepHeading(): void {
  heading?.focus();
}
