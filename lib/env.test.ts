import { describe, expect, it } from 'vitest';
import { envMessages, parseEnv } from './env';

const s3 = { S3_BUCKET: 'toasoan-anh', S3_ENDPOINT: 'https://s3.example.vn', S3_ACCESS_KEY_ID: 'AKID', S3_SECRET_ACCESS_KEY: 'bi-mat' };

function refusal(source: Record<string, string>): string {
  try {
    parseEnv(source);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('accepted');
}

describe('where photos are stored', () => {
  it('is the local disk when no S3 variable is set', () => {
    expect(parseEnv({}).s3).toBeNull();
    expect(parseEnv({ S3_BUCKET: '', S3_ENDPOINT: '' }).s3).toBeNull();
  });

  it('is the S3 bucket when S3_BUCKET and both keys are set; path-style by default with an endpoint', () => {
    expect(parseEnv(s3).s3).toEqual({ bucket: 'toasoan-anh', endpoint: 'https://s3.example.vn', region: 'us-east-1', accessKeyId: 'AKID', secretAccessKey: 'bi-mat', forcePathStyle: true });
    expect(parseEnv({ ...s3, S3_REGION: 'hn-1', S3_FORCE_PATH_STYLE: '0' }).s3).toMatchObject({ region: 'hn-1', forcePathStyle: false });
    const aws = { S3_BUCKET: 'toasoan-anh', S3_ACCESS_KEY_ID: 'AKID', S3_SECRET_ACCESS_KEY: 'x', S3_REGION: 'ap-southeast-1' };
    expect(parseEnv(aws).s3).toMatchObject({ endpoint: undefined, region: 'ap-southeast-1', forcePathStyle: false });
  });

  it('stops the start with a message naming what is missing when half configured', () => {
    expect(refusal({ S3_ENDPOINT: 'https://s3.example.vn', S3_ACCESS_KEY_ID: 'AKID' })).toContain(`S3_BUCKET: ${envMessages.s3WithoutBucket(['S3_ENDPOINT', 'S3_ACCESS_KEY_ID'])}`);
    expect(refusal({ S3_REGION: 'hn-1' })).toContain(envMessages.s3WithoutBucket(['S3_REGION']));
    expect(refusal({ ...s3, S3_SECRET_ACCESS_KEY: '' })).toContain(`S3_SECRET_ACCESS_KEY: ${envMessages.s3MissingKey}`);
    const both = refusal({ S3_BUCKET: 'toasoan-anh' });
    expect(both).toContain(`S3_ACCESS_KEY_ID: ${envMessages.s3MissingKey}`);
    expect(both).toContain(`S3_SECRET_ACCESS_KEY: ${envMessages.s3MissingKey}`);
    expect(both).toMatch(/^Cấu hình môi trường không hợp lệ:/);
  });

  it('refuses a bucket name or endpoint a store would not take', () => {
    expect(refusal({ ...s3, S3_BUCKET: 'Ảnh_Báo' })).toContain('S3_BUCKET phải là tên bucket hợp lệ');
    expect(refusal({ ...s3, S3_ENDPOINT: 's3.example.vn' })).toContain('S3_ENDPOINT phải là một địa chỉ đầy đủ');
    expect(refusal({ ...s3, S3_ENDPOINT: 'ftp://s3.example.vn' })).toContain('S3_ENDPOINT phải bắt đầu bằng http:// hoặc https://');
    expect(refusal({ ...s3, S3_FORCE_PATH_STYLE: 'yes' })).toContain('S3_FORCE_PATH_STYLE phải là 1 hoặc 0');
  });
});
