// @cifer/core: the CIFER network's wire formats and a light HTTP client.
export const VERSION = '0.1.0';
