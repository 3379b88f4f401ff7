/** The channel every tab of the app on this device listens to. */
export const PLANS_CHANNEL = 'bcp-builder-plans';

/** A plan was stored (at `revision`) or deleted by this tab. */
export interface PlanChange {
  planId: string;
  revision: number;
  deleted?: boolean;
}

type Channel = Pick<BroadcastChannel, 'postMessage' | 'close' | 'addEventListener' | 'removeEventListener'>;

function isPlanChange(data: unknown): data is PlanChange {
  if (typeof data !== 'object' || data === null) return false;
  const change = data as Record<string, unknown>;
  return typeof change.planId === 'string' && typeof change.revision === 'number';
}

/**
 * Tells the other tabs and windows of the app which plan changed, so that they show the new
 * version without a reload. A message never reaches the tab that sent it. Browsers without
 * BroadcastChannel keep working: each tab still refuses stale writes through the revision.
 */
export class PlanBroadcast {
  private readonly channel: Channel | null;

  constructor(channel: Channel | null = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(PLANS_CHANNEL)) {
    this.channel = channel;
  }

  announce(change: PlanChange): void {
    this.channel?.postMessage(change);
  }

  /** Calls `listener` for every change made in another tab; returns the way to stop. */
  subscribe(listener: (change: PlanChange) => void): () => void {
    const channel = this.channel;
    if (!channel) return () => undefined;
    const onMessage = (event: Event) => {
      const { data } = event as MessageEvent<unknown>;
      if (isPlanChange(data)) listener(data);
    };
    channel.addEventListener('message', onMessage);
    return () => channel.removeEventListener('message', onMessage);
  }

  close(): void {
    this.channel?.close();
  }
}
