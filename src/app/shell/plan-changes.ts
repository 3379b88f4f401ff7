import { useEffect, useRef } from 'react';
import { PlanBroadcast, type PlanChange } from '../../persistence';

/** This tab's one channel to the others: what it sends never comes back to it. */
export const planBroadcast = new PlanBroadcast();

/** Calls `listener` whenever another tab or window stores or deletes a plan. */
export function usePlanChanges(listener: (change: PlanChange) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  }, [listener]);
  useEffect(() => planBroadcast.subscribe((change) => latest.current(change)), []);
}
