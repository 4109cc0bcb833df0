/**
 * Tells listeners that the recruiter changed records (a write that sync must push), once the write
 * has committed: in this context directly, and in the extension's other contexts (the background,
 * another workspace tab) through a BroadcastChannel of the database's name, opened only while
 * someone listens. Sync's own writes are not announced (see sync-state.ts).
 */
export class LocalChanges {
  private readonly listeners = new Set<() => void>();
  private channel: BroadcastChannel | null = null;

  constructor(private readonly name: string) {}

  emit(): void {
    this.channel?.postMessage('changed');
    if (!this.channel && typeof BroadcastChannel !== 'undefined') {
      const once = new BroadcastChannel(this.name);
      once.postMessage('changed');
      once.close();
    }
    this.call();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    if (!this.channel && typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(this.name);
      this.channel.onmessage = () => this.call();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.channel?.close();
        this.channel = null;
      }
    };
  }

  private call(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // One listener's failure is not the writer's.
      }
    }
  }
}
