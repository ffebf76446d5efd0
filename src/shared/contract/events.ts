// Owns the events main pushes to every renderer without being asked: things that happen elsewhere
// (the OS locked the screen, an idle timer fired) and that the UI must follow at once.
import { z } from 'zod';
import { VaultState } from './vault.schemas';

export const AppEvent = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('vault.stateChanged'), state: VaultState }),
  // Some sessions were locked (idle time, OS lock screen): each renderer re-reads its own status.
  z.strictObject({ type: z.literal('session.locked') }),
]);
export type AppEvent = z.infer<typeof AppEvent>;
