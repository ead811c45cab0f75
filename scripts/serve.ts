/** `npm start`: serves out/ (or --dir=) on localhost the way a plain static host does; lib/serve/respond.ts decides every answer. */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { env } from '@/lib/env';
import { respond } from '@/lib/serve/respond';

const root = resolve(process.argv.find((a) => a.startsWith('--dir='))?.slice(6) ?? 'out');
const port = Number(process.argv.find((a) => a.startsWith('--port='))?.slice(7) ?? env.PORT ?? 3000);

if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve: ${root} has no index.html. Run "npm run build" first.`);
  process.exit(1);
}

createServer((request, response) => {
  try {
    const answer = respond(root, request.method ?? 'GET', request.url ?? '/');
    response.writeHead(answer.status, answer.headers).end(answer.file ? readFileSync(answer.file) : answer.text);
  } catch (error) {
    console.error(`serve: ${request.method} ${request.url}:`, error);
    if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Internal server error');
  }
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://localhost:${port}/`));
