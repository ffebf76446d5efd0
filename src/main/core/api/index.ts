// The core as a whole: services, handlers for every contract channel, and the dispatcher.
export { createCore } from './create-core';
export type { Core, CoreOptions } from './create-core';
export type { AppIdentity, CoreServices } from './services';
