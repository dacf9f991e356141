import { create } from 'zustand';

/**
 * Whether "What if?" is open on the result. The panel belongs to the result
 * screen, but presentation mode's W key opens it too, and the room's other keys
 * rest while it is open: a shared switch lets both sides see it without
 * importing each other.
 */
export const useWhatIfPanel = create<{ open: boolean }>()(() => ({ open: false }));

export const openWhatIf = (): void => useWhatIfPanel.setState({ open: true });
export const closeWhatIf = (): void => useWhatIfPanel.setState({ open: false });
