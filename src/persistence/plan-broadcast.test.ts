import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlan } from '../domain';
import { openPlansDatabase } from './database';
import { PlanBroadcast, type PlanChange } from './plan-broadcast';
import { PlansRepository } from './plans-repository';

const opened: { close: () => void }[] = [];
afterEach(() => opened.splice(0).forEach((item) => item.close()));

function nextChange(broadcast: PlanBroadcast): Promise<PlanChange> {
  return new Promise((resolve) => {
    const stop = broadcast.subscribe((change) => {
      stop();
      resolve(change);
    });
  });
}

describe('PlanBroadcast between two tabs', () => {
  it('tells the other tab about every stored change and deletion, with its revision', async () => {
    const thisTab = new PlanBroadcast();
    const otherTab = new PlanBroadcast();
    const db = await openPlansDatabase(`broadcast-${crypto.randomUUID()}`);
    opened.push(thisTab, otherTab, db);
    const repository = new PlansRepository(db, undefined, (change) => thisTab.announce(change));

    const added = repository.add(createPlan('Warung Bu Sari', 'quick'));
    const plan = await added;
    expect(await nextChange(otherTab)).toEqual({ planId: plan.id, revision: 1 });

    const saved = repository.save({ ...plan, company: { ...plan.company, name: 'Warung Bu Sari 2' } });
    expect(await nextChange(otherTab)).toEqual({ planId: plan.id, revision: 2 });
    await saved;

    void repository.delete(plan.id);
    expect(await nextChange(otherTab)).toEqual({ planId: plan.id, revision: 2, deleted: true });
  });

  it('ignores messages that are not plan changes', async () => {
    const listener = new PlanBroadcast();
    const stranger = new BroadcastChannel('bcp-builder-plans');
    const sender = new PlanBroadcast();
    opened.push(listener, stranger, sender);
    const received = nextChange(listener);
    stranger.postMessage({ hello: 'world' });
    stranger.postMessage('text');
    sender.announce({ planId: 'p1', revision: 4 });
    expect(await received).toEqual({ planId: 'p1', revision: 4 });
  });
});
