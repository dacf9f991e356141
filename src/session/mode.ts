/**
 * How the app was opened, read once from the page's own query string (before
 * the hash, so it survives every step): `?embed` for partner sites, `?present`
 * for workshops. Modes are settings, not answers: they never enter the journey.
 */
export interface AppMode {
  embed: boolean;
  present: boolean;
}

export function readMode(search: string = globalThis.location?.search ?? ''): AppMode {
  const params = new URLSearchParams(search);
  return { embed: params.has('embed'), present: params.has('present') };
}
