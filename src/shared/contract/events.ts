// Owns the events main pushes to every renderer without being asked: things that happen elsewhere
// (the OS locked the screen, an idle timer fired) and that the UI must follow at once.
import { z } from 'zod';
import { VaultState } from './vault.schemas';

export const AppEvent = z.discriminatedUnion('type', [z.strictObject({ type: z.literal('vault.stateChanged'), state: VaultState })]);
export type AppEvent = z.infer<typeof AppEvent>;
