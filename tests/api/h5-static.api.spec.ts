/**
 * The H5 build as the server delivers it: compressed (brotli, else gzip) from the files the build
 * precompressed, content-hashed assets cached for good, index.html revalidated each visit.
 * A small fake build in a temp folder, precompressed by the build's own script.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describeApi, startTestApp, TestApp } from '../support/test-app';

const PRECOMPRESS = join(__dirname, '../../miniprogram/scripts/precompress.mjs');
const APP_JS = `console.log(${JSON.stringify('邻里 '.repeat(2000))});\n`;
const INDEX_HTML = `<!doctype html><html lang="zh-CN"><head><script src="/js/app.1a2b3c4d.js"></script></head><body>${'<div></div>'.repeat(200)}</body></html>`;

describeApi('the H5 build as delivered', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'linli-h5-'));
    mkdirSync(join(dist, 'js'));
    writeFileSync(join(dist, 'index.html'), INDEX_HTML);
    writeFileSync(join(dist, 'js/app.1a2b3c4d.js'), APP_JS);
    execFileSync(process.execPath, [PRECOMPRESS, dist]);
    t = await startTestApp({ H5_DIST: dist });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  // Fastify's inject, not supertest: supertest unpacks compressed bodies, and the bytes on the wire are the point.
  const get = (url: string, acceptEncoding: string) => t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': acceptEncoding } });

  it('sends a hashed script brotli-compressed to a browser that accepts it, cached for a year', async () => {
    const res = await get('/js/app.1a2b3c4d.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(APP_JS) / 10);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(APP_JS);
  });

  it('falls back to gzip, then to the plain file, by what the browser accepts', async () => {
    const gz = await get('/js/app.1a2b3c4d.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(APP_JS);
    const plain = await get('/js/app.1a2b3c4d.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.payload).toBe(APP_JS);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('makes the browser revalidate index.html, so a new deploy is picked up on the next open', async () => {
    const res = await get('/', 'br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-encoding']).toBe('br');
  });

  it('still answers the API under the same server', async () => {
    await t.http().get('/api/v1/health').expect(200);
  });
});
