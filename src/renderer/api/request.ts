// Owns the one promise every store relies on: a call to main always settles with an envelope.
// A transport failure (bridge missing, host gone) becomes an ERR_INTERNAL envelope instead of a
// rejection, so screens have a single error path.
import type { AppContract, ChannelName, Envelope, InputOf, OutputOf } from '../../shared/contract';
import { call } from './client';

export const NO_ANSWER_MESSAGE =
  'The application did not answer. Try again; if this keeps happening, restart Residency Scheduler.';

export async function request<K extends ChannelName>(
  channel: K,
  input: InputOf<AppContract, K>,
): Promise<Envelope<OutputOf<AppContract, K>>> {
  try {
    return await call(channel, input);
  } catch {
    return { ok: false, error: { code: 'ERR_INTERNAL', message: NO_ANSWER_MESSAGE } };
  }
}
