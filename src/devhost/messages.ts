// Owns validation of what the page bridge sends the server.
import { z } from 'zod';

export const ClientMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('invoke'), id: z.number().int().nonnegative(), request: z.unknown() }),
  z.strictObject({ type: z.literal('cancel'), id: z.number().int().nonnegative(), jobId: z.string().max(64) }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;
