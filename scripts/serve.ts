/** Serves out/ the way a plain static host does: index.html for folders, a slash redirect, 404.html for anything else. */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { env } from '@/lib/env';

const root = resolve(process.argv.find((a) => a.startsWith('--dir='))?.slice(6) ?? 'out');
const port = Number(process.argv.find((a) => a.startsWith('--port='))?.slice(7) ?? env.PORT ?? 3000);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve: ${root} has no index.html. Run "npm run build" first.`);
  process.exit(1);
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/__invalid__';
  }
  const target = normalize(join(root, pathname));
  if (!target.startsWith(root)) {
    response.writeHead(400).end('Bad request');
    return;
  }
  const headers = { 'Access-Control-Allow-Origin': '*', 'X-Content-Type-Options': 'nosniff' };
  if (!pathname.endsWith('/') && !isFile(target) && isFile(join(target, 'index.html'))) {
    response.writeHead(308, { ...headers, Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = pathname.endsWith('/') ? join(target, 'index.html') : target;
  if (isFile(file)) {
    response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
    return;
  }
  response.writeHead(404, { ...headers, 'Content-Type': TYPES['.html']! });
  response.end(readFileSync(join(root, '404.html')));
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://localhost:${port}/`));
