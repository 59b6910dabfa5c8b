import { canonicalJson } from '../canonical';

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`, using Web Crypto (browsers and Node 20). */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The content digest every party's signer signs: SHA-256 of the canonical JSON of the agreement
 * data (validate it with AgreementSchema first, so that it holds no floats, Dates or undefined).
 */
export async function agreementDigest(agreement: unknown): Promise<string> {
  return sha256Hex(canonicalJson(agreement));
}
