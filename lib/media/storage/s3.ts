import 'server-only';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3Config } from '@/lib/env';
import { assertStorageKey, MEDIA_CACHE_CONTROL, type MediaStore } from './keys';

/** S3 answers a missing key with NoSuchKey (404); some compatible stores send a bare 404 or NotFound. */
function isMissing(err: unknown): boolean {
  return err instanceof S3ServiceException && (err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata?.httpStatusCode === 404);
}

/**
 * Photos as objects in an S3-compatible bucket, one per key. Each object carries its type and the
 * same immutable cache lifetime the /media route sends, so a CDN pointed straight at the bucket
 * serves them the same way.
 */
export function s3Store(config: S3Config, client = s3Client(config)): MediaStore {
  const Bucket = config.bucket;
  return {
    kind: 's3',
    async put(key, bytes, contentType) {
      assertStorageKey(key);
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentType: contentType, CacheControl: MEDIA_CACHE_CONTROL }));
    },
    async open(key) {
      assertStorageKey(key);
      try {
        const res = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!res.Body) return null;
        return { body: res.Body.transformToWebStream() as ReadableStream<Uint8Array> };
      } catch (err) {
        if (isMissing(err)) return null;
        throw err;
      }
    },
    async delete(key) {
      assertStorageKey(key);
      try {
        await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
      } catch (err) {
        if (!isMissing(err)) throw err;
      }
    },
  };
}

export function s3Client(config: S3Config): S3Client {
  return new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    // Since 3.729 the SDK adds a CRC32 checksum header to every upload by default, which several
    // S3-compatible stores refuse (R2 answered 501, aws/aws-sdk-js-v3#6810; Ceph-based and older
    // MinIO stores likewise): checksums only where the API demands one.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // An unreachable store fails a request within seconds rather than holding a reader's connection.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
    maxAttempts: 3,
  });
}
