// Security policy shared by every host of the renderer.
export { buildCsp, securityHeaders } from './csp';
export type { CspOptions } from './csp';
