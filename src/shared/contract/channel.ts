// Owns the shape of one IPC channel definition and the envelopes that answer it.
import { z } from 'zod';
import { IpcError } from './errors';
import type { Permission } from './permissions';

export interface ChannelDef<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  P extends z.ZodType | undefined = z.ZodType | undefined,
> {
  readonly input: I;
  readonly output: O;
  readonly permission: Permission;
  /** Present for long work: the schema of progress events, and the promise that it can be cancelled. */
  readonly progress?: P;
  /** Tighter bound than MAX_PAYLOAD_BYTES, when a channel's input is known to be small. */
  readonly maxPayloadBytes?: number;
}

export const defineChannel = <I extends z.ZodType, O extends z.ZodType, P extends z.ZodType | undefined = undefined>(
  def: ChannelDef<I, O, P>,
): ChannelDef<I, O, P> => def;

export type Contract = Record<string, ChannelDef>;

export type InputOf<C extends Contract, K extends keyof C> = z.input<C[K]['input']>;
export type ParsedInputOf<C extends Contract, K extends keyof C> = z.output<C[K]['input']>;
export type OutputOf<C extends Contract, K extends keyof C> = z.output<C[K]['output']>;
export type ProgressOf<C extends Contract, K extends keyof C> =
  NonNullable<C[K]['progress']> extends z.ZodType ? z.output<NonNullable<C[K]['progress']>> : never;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const envelopeSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: IpcError }),
  ]);

/** A request as it crosses any transport (Electron IPC or the browser host's WebSocket). */
export const RequestFrame = z.strictObject({
  channel: z.string().max(100),
  input: z.unknown(),
  /** Chosen by the caller for long work so it can cancel and match progress events. */
  jobId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional(),
});
export type RequestFrame = z.infer<typeof RequestFrame>;

export const ProgressFrame = z.strictObject({
  jobId: z.string(),
  channel: z.string(),
  progress: z.unknown(),
});
export type ProgressFrame = z.infer<typeof ProgressFrame>;
