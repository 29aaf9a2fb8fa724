/**
 * Where API requests go. The H5 build is served by the API server itself, so it calls its own
 * origin (relative URLs, no CORS). The mini-program has no origin of its own and uses API_BASE,
 * set at build time (LINLI_API_BASE, see config/index.ts).
 */
export const API_ORIGIN: string = process.env.TARO_ENV === 'h5' ? '' : API_BASE;
