// @cifer/core: the CIFER network's wire formats and a light HTTP client.
export const VERSION = '0.1.0';
export * from './bytes.js';
export * from './errors.js';
export * from './envelope.js';
export * from './file.js';
export * from './request.js';
export * from './eip191.js';
export * from './cid.js';
export * from './xwing.js';
export * from './chain.js';
export * from './client.js';
export * from './shamir.js';
