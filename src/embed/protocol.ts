/**
 * The messages the app in an iframe sends to the partner page around it, shared
 * by both sides so they cannot drift apart. Only the app talks; the partner page
 * listens. Everything that arrives is untrusted: any window may post anything,
 * so a message counts only if it comes from our own frame, from the app's
 * origin, in this protocol and version, with data of the right shape.
 */
import { isQuestionId, isRegimeId, isRouteId, type RegimeId, type RouteId } from '../rules/types';

export const PROTOCOL = 'partnership-pathfinder';
export const PROTOCOL_VERSION = 1;

/** Taller than any real screen; a larger figure is a bug or an attack on the host's layout. */
export const MAX_HEIGHT = 100_000;

export type FrameMessage =
  /** The height of the app's document in CSS pixels: the frame should be exactly this tall. */
  | { type: 'height'; height: number }
  /** The person is now on this step (a step id, which is also its URL path). */
  | { type: 'step'; step: string }
  /** The journey reached a route under a regime. */
  | { type: 'result'; route: RouteId; regime: RegimeId };

export interface Envelope {
  protocol: typeof PROTOCOL;
  version: typeof PROTOCOL_VERSION;
  message: FrameMessage;
}

export const envelope = (message: FrameMessage): Envelope => ({ protocol: PROTOCOL, version: PROTOCOL_VERSION, message });

const isStep = (value: unknown): value is string =>
  value === 'start' || value === 'check-answers' || value === 'result' || isQuestionId(value);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The message inside posted data, or undefined if it is not exactly one of ours. */
export function readMessage(data: unknown): FrameMessage | undefined {
  if (!isRecord(data) || data.protocol !== PROTOCOL || data.version !== PROTOCOL_VERSION) return undefined;
  const message = data.message;
  if (!isRecord(message)) return undefined;
  switch (message.type) {
    case 'height': {
      const { height } = message;
      return typeof height === 'number' && Number.isFinite(height) && height >= 0 && height <= MAX_HEIGHT
        ? { type: 'height', height: Math.ceil(height) }
        : undefined;
    }
    case 'step':
      return isStep(message.step) ? { type: 'step', step: message.step } : undefined;
    case 'result':
      return isRouteId(message.route) && isRegimeId(message.regime)
        ? { type: 'result', route: message.route, regime: message.regime }
        : undefined;
    default:
      return undefined;
  }
}

/** What the partner page knows about one frame it made. */
export interface KnownFrame {
  window: unknown;
  origin: string;
}

/** A message event is ours only if our frame's window sent it from the app's origin. */
export function acceptMessage(
  event: { data: unknown; origin: string; source: unknown },
  frame: KnownFrame,
): FrameMessage | undefined {
  if (event.source === null || event.source !== frame.window || event.origin !== frame.origin) return undefined;
  return readMessage(event.data);
}

/**
 * The partner page's origin as passed in the frame's URL, if it is a plain
 * http(s) origin and nothing more. The app posts only there, never to `*`.
 */
export function parseParentOrigin(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.origin === value ? value : undefined;
}
