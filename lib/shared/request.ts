import { browser } from 'wxt/browser';
import type { MessageOf, Message, Reply } from './protocol';

/** Sends one message and returns its Result; a dead background or lost channel becomes an error Result. */
export async function request<T extends Message['type']>(message: MessageOf<T>): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
    return reply ?? { ok: false, error: 'Skillmark did not answer; try again' };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
