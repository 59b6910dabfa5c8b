import { createHash } from 'node:crypto';
import { canonicalJson } from '@huahe/contracts';

/** SHA-256 of a string, hex. */
export const sha256Hex = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** SHA-256 over the canonical JSON of a value: the digest of a record's state. */
export const digestOf = (value: unknown) => sha256Hex(canonicalJson(value));
