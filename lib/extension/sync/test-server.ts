import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Test helpers: pouchdb-server in memory on 127.0.0.1, set up as a team would set up CouchDB (a
 * server admin, a user per recruiter, one database whose `_security` names its members); a proxy in
 * front of it that can go down and come back; and a stub that answers as CouchDB 3 does where
 * pouchdb-server answers otherwise.
 */

export const ADMIN = { username: 'admin', password: 'admin-secret' };

export interface TestCouch {
  url: string;
  /** Adds a recruiter's user (in `_users`). */
  createUser(name: string, password: string): Promise<void>;
  /** Creates a database readable by these members only. */
  createDb(name: string, members: string[]): Promise<void>;
  /** As the server admin: any request. */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function waitUntilAnswers(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited: ${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`pouchdb-server did not answer at ${url}: ${output()}`);
}

/** The password the test servers give a recruiter's user: their name and "-pw". */
export const passwordOf = (user: string) => `${user}-pw`;

/** A CouchDB-compatible server in memory on 127.0.0.1, with these recruiters' users (passwordOf). */
export async function startCouch(options: { users?: string[] } = {}): Promise<TestCouch> {
  const port = await freePort();
  // pouchdb-server writes its config.json and log.txt where it runs.
  const dir = mkdtempSync(join(tmpdir(), 'skillmark-couch-'));
  const bin = join(dirname(createRequire(import.meta.url).resolve('pouchdb-server/package.json')), 'bin', 'pouchdb-server');
  const child = spawn(process.execPath, [bin, '--in-memory', '--host', '127.0.0.1', '--port', String(port), '--no-stdout-logs'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-2000)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswers(url, child, () => output);
    // Out of "admin party": from here on, only the admin may create users and databases.
    const made = await fetch(`${url}/_config/admins/${ADMIN.username}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
    if (!made.ok) throw new Error(`could not create the server admin: ${made.status}`);
  } catch (error) {
    await stop();
    throw error;
  }
  const authorization = `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}`;
  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { Authorization: authorization, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as unknown };
  };
  const must = async (method: string, path: string, body?: unknown) => {
    const answer = await admin(method, path, body);
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.json)}`);
  };
  const couch: TestCouch = {
    url,
    admin,
    createUser: (name, password) => must('PUT', `/_users/org.couchdb.user:${name}`, { name, password, roles: [], type: 'user' }),
    createDb: async (name, members) => {
      await must('PUT', `/${name}`);
      await must('PUT', `/${name}/_security`, { admins: { names: [], roles: [] }, members: { names: members, roles: [] } });
    },
    stop,
  };
  try {
    for (const user of options.users ?? []) await couch.createUser(user, passwordOf(user));
  } catch (err) {
    await stop();
    throw err;
  }
  return couch;
}

/** A pass-through to `target` on a port of its own, which can go down (connections refused and cut) and come back. */
export interface Proxy {
  url: string;
  /** Requests passed on so far. */
  readonly requests: number;
  /** Goes down once this many more requests have been passed on (0: now). */
  downAfter(count: number): void;
  up(): Promise<void>;
  stop(): Promise<void>;
}

export async function startProxy(target: string): Promise<Proxy> {
  const port = await freePort();
  const to = new URL(target);
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let closing: Promise<void> = Promise.resolve();
  let passed = 0;
  let budget = Infinity;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (budget <= 0) {
      req.socket.destroy();
      return;
    }
    budget--;
    passed++;
    const upstream = httpRequest({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
    if (budget <= 0) closing = down();
  };
  const listen = async () => {
    server = createServer(handler);
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    const listening = server;
    await new Promise<void>((resolve) => listening.listen(port, '127.0.0.1', resolve));
  };
  const down = async () => {
    const open = server;
    server = null;
    if (!open) return;
    // Let the request that used the last of the budget finish, then refuse everything.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise<void>((resolve) => {
      open.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  };
  await listen();
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return passed;
    },
    downAfter(count) {
      budget = count;
      if (count <= 0) closing = down();
    },
    async up() {
      await closing;
      budget = Infinity;
      if (!server) await listen();
    },
    async stop() {
      await closing;
      await down();
    },
  };
}

/** A server that answers every request with `answer(method, path)`: status, headers and body as given. */
export async function startStub(answer: (method: string, path: string) => { status: number; body: string; headers?: Record<string, string> }): Promise<{ url: string; seen: Array<{ method: string; path: string; authorization: string | undefined }>; stop(): Promise<void> }> {
  const seen: Array<{ method: string; path: string; authorization: string | undefined }> = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization });
    req.resume();
    const { status, body, headers } = answer(req.method ?? 'GET', req.url ?? '/');
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    seen,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
