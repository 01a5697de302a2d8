import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { paginateListObjectsV2 } from '@aws-sdk/client-s3';
import type { S3Config } from '@/lib/env';
import { s3Client } from '@/lib/media/storage/s3';

type S3rver = { run(): Promise<AddressInfo>; close(): Promise<void> };
type S3rverClass = new (options: {
  address: string;
  port: number;
  directory: string;
  silent: boolean;
  configureBuckets: { name: string }[];
}) => S3rver;

const require = createRequire(import.meta.url);

/**
 * A real S3-compatible server for a test file: s3rver (npm, no network beyond loopback) on a free
 * port, its objects in a temporary folder of its own, one bucket made. Its only key is S3RVER/S3RVER:
 * another key id is refused (InvalidAccessKeyId), but s3rver 3.7 does not verify SigV4 signatures, so
 * a wrong secret passes here where a real store would refuse it.
 */
export async function startS3Server(bucket = 'toasoan-anh') {
  const Server = require('s3rver') as S3rverClass;
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'toasoan-s3rver-'));
  const server = new Server({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const config: S3Config = {
    bucket,
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  };
  let closed = false;
  return {
    config,
    /** Every key in the bucket, read with a client of its own (not through the app's store). */
    async keys() {
      const keys: string[] = [];
      for await (const page of paginateListObjectsV2({ client: s3Client(config) }, { Bucket: bucket })) keys.push(...(page.Contents ?? []).map((o) => o.Key!));
      return keys;
    },
    /** The settings as the app reads them from its environment. */
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: config.endpoint!,
      S3_ACCESS_KEY_ID: config.accessKeyId,
      S3_SECRET_ACCESS_KEY: config.secretAccessKey,
      S3_REGION: config.region,
      S3_FORCE_PATH_STYLE: '1',
    },
    async close() {
      if (!closed) await server.close();
      closed = true;
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
