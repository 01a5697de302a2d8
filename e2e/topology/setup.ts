// The two-instance suite's world (playwright.topology.config.ts): a throw-away PostgreSQL database,
// a Redis of its own (a spec stops it mid-run), an S3-compatible store (s3rver), and
// scripts/topology.mjs — two `next start` instances of the one build behind an nginx built from
// deploy/toasoan.nginx.conf. Everything listens on loopback and is gone after the run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Topology } from '../../scripts/topology.mjs';
import type { TopologyWorld } from './world';


/** The PostgreSQL server to make the database on: TOPOLOGY_DATABASE_URL's, TEST_DATABASE_URL's, or this machine's. */
function serverUrl() {
  const given = process.env.TOPOLOGY_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const url = new URL(given);
  url.pathname = '/postgres';
  return url;
}

async function startRedis(port: number) {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode} (is port ${port} taken?)`);
    const up = await new Promise<boolean>((resolve) => {
      const probe = spawn('redis-cli', ['-p', String(port), 'ping'], { stdio: 'ignore' });
      probe.on('exit', (code) => resolve(code === 0));
    });
    if (up) return child;
    await sleep(100);
  }
  throw new Error(`redis-server on ${port} did not answer`);
}

/** s3rver (npm, loopback only) with the photo bucket; the instances get its settings as a sysadmin would set them. */
async function startS3() {
  const { default: Server } = await import('s3rver');
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-s3rver-'));
  const bucket = 'toasoan-anh';
  const server = new Server({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  return {
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: '1',
    },
    async close() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

export default async function setup() {
  const portBase = Number(process.env.TOPOLOGY_PORT_BASE ?? 3160);
  const database = `toasoan_topology_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl().toString() });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(`Bộ kiểm thử hai máy chủ cần PostgreSQL (${serverUrl().host}): ${(err as Error).message}`);
  }
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const databaseUrl = Object.assign(serverUrl(), { pathname: `/${database}` }).toString();

  const redisPort = portBase + 7;
  const redis = await startRedis(redisPort);
  const s3 = await startS3();
  let topology: Topology | undefined;
  const teardown = async () => {
    await topology?.stop();
    if (redis.exitCode === null) redis.kill('SIGTERM');
    await s3.close();
    const client = new pg.Client({ connectionString: serverUrl().toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await client.end();
  };
  try {
    const { startTopology } = await import('../../scripts/topology.mjs');
    topology = await startTopology({ databaseUrl, redisUrl: `redis://127.0.0.1:${redisPort}`, portBase, extraEnv: s3.env });
  } catch (err) {
    await teardown();
    throw err;
  }
  const world: TopologyWorld = { nginx: topology.url, a: topology.a, b: topology.b, databaseUrl, redisPid: redis.pid!, redisPort };
  // Workers read the world from their environment (set here, inherited by every worker).
  process.env.TOPOLOGY_WORLD = JSON.stringify(world);
  return teardown;
}
