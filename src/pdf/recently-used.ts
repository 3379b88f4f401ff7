/** A map that keeps its `limit` most recently used entries: what the PDF worker keeps between prints. */
export class RecentlyUsed<Value> {
  private readonly entries = new Map<string, Value>();

  constructor(private readonly limit: number) {}

  /** The value kept for `key`, or a new one from `create`; either way now the most recently used. */
  get(key: string, create: () => Value): Value {
    const value = this.entries.has(key) ? (this.entries.get(key) as Value) : create();
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limit) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  forget(key: string): void {
    this.entries.delete(key);
  }
}
