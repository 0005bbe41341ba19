import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

/**
 * Serves a built site the way a static host (e.g. GitHub Pages) does: `/questions/x` from
 * `questions/x.html`, and anything unknown from `404.html` with status 404.
 * Usage: tsx src/build/cli/serve-static.ts [dir]   (PORT sets the port, default 4173; BASE_PATH the
 * URL path the site is served under, default /)
 */
const dir = path.resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4173);
const base = (process.env.BASE_PATH ?? '/').replace(/\/$/, '');
const notFoundPage = path.join(dir, '404.html');

if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}. Run "npm run build" first.`);
  process.exit(1);
}

// `gzip: true` serves the build's precompressed `.gz` files to clients that accept gzip.
const serve = sirv(dir, { extensions: ['html'], etag: true, dotfiles: false, gzip: true });

http
  .createServer((request, response) => {
    const notFound = () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      fs.createReadStream(notFoundPage).pipe(response);
    };
    const url = request.url ?? '/';
    if (base && url !== base && !url.startsWith(`${base}/`)) {
      notFound();
      return;
    }
    request.url = url.slice(base.length) || '/';
    serve(request, response, notFound);
  })
  .listen(port, '127.0.0.1', () => {
    console.log(`Deep Learning Topics is running at http://localhost:${port}${base}/`);
  });
