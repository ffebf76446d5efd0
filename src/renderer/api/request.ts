// Owns the one promise every store relies on: a call to main always settles with an envelope.
// A transport failure (bridge missing, host gone) becomes an ERR_INTERNAL envelope instead of a
// rejection, so screens have a single error path. Every refusal is also told to the refusal
// listeners, so the app can follow what it implies (a locked session, a locked vault) whichever
// store made the call.
import type { AppContract, ChannelName, Envelope, InputOf, IpcError, OutputOf } from '../../shared/contract';
import { call } from './client';

export const NO_ANSWER_MESSAGE =
  'The application did not answer. Try again; if this keeps happening, restart Residency Scheduler.';

export type RefusalListener = (error: IpcError, channel: ChannelName) => void;
const refusalListeners = new Set<RefusalListener>();

/** Hears every refused call. Returns the unsubscribe. */
export function onRefusal(listener: RefusalListener): () => void {
  refusalListeners.add(listener);
  return () => {
    refusalListeners.delete(listener);
  };
}

export async function request<K extends ChannelName>(
  channel: K,
  input: InputOf<AppContract, K>,
): Promise<Envelope<OutputOf<AppContract, K>>> {
  let envelope: Envelope<OutputOf<AppContract, K>>;
  try {
    envelope = await call(channel, input);
  } catch {
    envelope = { ok: false, error: { code: 'ERR_INTERNAL', message: NO_ANSWER_MESSAGE } };
  }
  if (!envelope.ok) {
    for (const listener of refusalListeners) listener(envelope.error, channel);
  }
  return envelope;
}
