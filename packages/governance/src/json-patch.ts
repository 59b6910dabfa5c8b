import type { JsonPatchOp } from '@huahe/contracts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The result of applying a patch: the new document, or why it could not be applied. */
export type PatchResult = { ok: true; value: unknown } | { ok: false; error: string };

function tokens(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isContainer(v: unknown): v is Json[] | Record<string, Json> {
  return typeof v === 'object' && v !== null;
}

/** Applies RFC 6902 add / replace / remove operations to a copy of a JSON document. */
export function applyJsonPatch(doc: unknown, ops: readonly JsonPatchOp[]): PatchResult {
  let root: unknown = structuredClone(doc);
  for (const [i, op] of ops.entries()) {
    const path = tokens(op.path);
    if (path === undefined) return { ok: false, error: `op ${i}: invalid JSON pointer ${op.path}` };
    // These keys would reach the prototype chain instead of the data.
    if (path.some((t) => t === '__proto__' || t === 'constructor' || t === 'prototype'))
      return { ok: false, error: `op ${i}: forbidden key in ${op.path}` };
    const last = path.at(-1);
    if (last === undefined) {
      if (op.op === 'remove') return { ok: false, error: `op ${i}: cannot remove the whole document` };
      root = structuredClone(op.value);
      continue;
    }
    let parent: unknown = root;
    for (const t of path.slice(0, -1)) {
      parent = isContainer(parent) ? (Array.isArray(parent) ? parent[Number(t)] : parent[t]) : undefined;
    }
    if (!isContainer(parent)) return { ok: false, error: `op ${i}: ${op.path} has no parent` };
    if (Array.isArray(parent)) {
      const n =
        last === '-' && op.op === 'add' ? parent.length : /^(0|[1-9]\d*)$/.test(last) ? Number(last) : -1;
      const max = op.op === 'add' ? parent.length : parent.length - 1;
      if (n < 0 || n > max) return { ok: false, error: `op ${i}: index ${last} out of range at ${op.path}` };
      if (op.op === 'add') parent.splice(n, 0, structuredClone(op.value));
      else if (op.op === 'replace') parent[n] = structuredClone(op.value);
      else parent.splice(n, 1);
      continue;
    }
    if (op.op !== 'add' && !Object.hasOwn(parent, last))
      return { ok: false, error: `op ${i}: nothing at ${op.path}` };
    if (op.op === 'remove') delete parent[last];
    else parent[last] = structuredClone(op.value);
  }
  return { ok: true, value: root };
}
