// Transport-agnostic IPC dispatch: the one validated path from a caller to a core service.
export { createDispatcher } from './dispatcher';
export type { Authorize, Caller, Dispatcher, DispatcherOptions, HandlerContext, Handlers } from './dispatcher';
