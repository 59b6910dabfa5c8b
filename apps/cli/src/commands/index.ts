import type { Command } from '../io';

const load = (p: Promise<{ default: Command }>) => p.then((m) => m.default);

/** Every `huahe` subcommand, loaded lazily so a quick command does not load the server. */
export const commands: Record<string, () => Promise<Command>> = {
  serve: () => load(import('./serve')),
  migrate: () => load(import('./migrate')),
  seed: () => load(import('./seed')),
  import: () => load(import('./import')),
  export: () => load(import('./export')),
  backup: () => load(import('./backup')),
  restore: () => load(import('./restore')),
  audit: () => load(import('./audit')),
  openapi: () => load(import('./openapi')),
  validate: () => load(import('./validate')),
  allocate: () => load(import('./allocate')),
  match: () => load(import('./match')),
  agreement: () => load(import('./agreement')),
};
