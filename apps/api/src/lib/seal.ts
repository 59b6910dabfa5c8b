import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { canonicalJson } from '@huahe/contracts';
import { sha256Hex } from './digest';

/** An Ed25519 key pair of the platform, DER in base64 (SPKI public, PKCS#8 private). */
export interface SigningKey {
  id: string;
  publicKey: string;
  privateKey: string;
}

/** A fresh Ed25519 key; its id is the first 16 hex digits of the SHA-256 of its public key. */
export function generateSigningKey(): SigningKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pub = publicKey.export({ type: 'spki', format: 'der' });
  return {
    id: keyFingerprint(pub.toString('base64')).slice(0, 16),
    publicKey: pub.toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
  };
}

/** SHA-256 (hex) of a public key's DER bytes: what operators compare when they pin the key. */
export const keyFingerprint = (publicKeyB64: string) => sha256Hex(Buffer.from(publicKeyB64, 'base64'));

/** Ed25519 signature (base64) over the canonical JSON of a value. */
export function sealValue(key: Pick<SigningKey, 'privateKey'>, value: unknown): string {
  const pk = createPrivateKey({ key: Buffer.from(key.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return sign(null, Buffer.from(canonicalJson(value)), pk).toString('base64');
}

// Base64 has spare bits in its last character: accept only the one canonical spelling, so that no
// altered byte of a bundle can decode to the same key or signature.
const canonicalBase64 = (s: string) => Buffer.from(s, 'base64').toString('base64') === s;

/** Whether `seal` is the key's signature over the canonical JSON of the value. */
export function checkSeal(publicKeyB64: string, value: unknown, seal: string): boolean {
  if (!canonicalBase64(publicKeyB64) || !canonicalBase64(seal)) return false;
  try {
    const pk = createPublicKey({ key: Buffer.from(publicKeyB64, 'base64'), format: 'der', type: 'spki' });
    return verify(null, Buffer.from(canonicalJson(value)), pk, Buffer.from(seal, 'base64'));
  } catch {
    return false;
  }
}
