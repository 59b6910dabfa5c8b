// The wire shapes of Huahe: one Zod schema per request/response, shared by api, web and cli.
export * from './agreement-api';
export * from './auth';
export * from './canonical';
export * from './common';
export * from './consortia';
export * from './errors';
export * from './messages';
export * from './organisations';
export * from './roles';
export * from './system';
export * from './identifiers/index';
export * from './reference/index';
export * from './agreements/index';
export * from './results';
export * from './commercialisation';
export * from './matching';
