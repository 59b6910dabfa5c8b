import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  agreementViewSchema,
  canonicalJson,
  createAgreementRequestSchema,
  idParamsSchema,
  renderedAgreementSchema,
  renderQuerySchema,
  saveDraftRequestSchema,
  signingKeySchema,
  signRequestSchema,
  verificationBundleSchema,
  versionParamsSchema,
  votingPowerSchema,
} from '@huahe/contracts';
import { ctxOf, route, sendDownload } from '../../lib/http';
import * as agreements from './agreements.service';
import * as signing from './signing.service';
import { votingPower } from './voting.service';

const tags = ['agreements'];

/** The consortium agreement: template, draft, versions, signatures, text, PDF, bundle, voting power. */
export function agreementsRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'GET',
    url: '/api/consortia/:id/agreement',
    operationId: 'getAgreement',
    access: 'user',
    schema: {
      summary: "A consortium's agreement: draft, completeness, versions and signatures",
      tags,
      params: idParamsSchema,
      response: { 200: agreementViewSchema },
    },
    handler: async (req) => agreements.agreementView(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/consortia/:id/agreement',
    operationId: 'createAgreement',
    access: 'user',
    schema: {
      summary: 'Start the agreement from a template (Xiamen-style or DESCA-style)',
      tags,
      params: idParamsSchema,
      body: createAgreementRequestSchema,
      response: { 201: agreementViewSchema },
    },
    handler: async (req, reply) => {
      reply.status(201);
      return agreements.createAgreement(ctxOf(req), req.params.id, req.body.template);
    },
  });
  route(app, {
    method: 'PUT',
    url: '/api/agreements/:id/draft',
    operationId: 'saveAgreementDraft',
    access: 'user',
    bodyLimit: 4 * 1024 * 1024,
    schema: {
      summary: 'Save the draft (409 when someone else saved first)',
      tags,
      params: idParamsSchema,
      body: saveDraftRequestSchema,
      response: { 200: agreementViewSchema },
    },
    handler: async (req) =>
      agreements.saveDraft(ctxOf(req), req.params.id, req.body.draft, req.body.draftVersion),
  });
  route(app, {
    method: 'GET',
    url: '/api/agreements/:id/text',
    operationId: 'agreementText',
    access: 'user',
    schema: {
      summary: 'The legal text of the draft or a version, rendered from its data',
      tags,
      params: idParamsSchema,
      querystring: renderQuerySchema,
      response: { 200: renderedAgreementSchema },
    },
    handler: async (req) =>
      agreements.renderText(ctxOf(req), req.params.id, req.query.lang ?? req.lang, req.query.version),
  });
  route(app, {
    method: 'GET',
    url: '/api/agreements/:id/pdf',
    operationId: 'agreementPdf',
    access: 'user',
    download: 'application/pdf',
    schema: {
      summary: 'The agreement as a PDF with the Chinese (or English) text',
      tags,
      params: idParamsSchema,
      querystring: renderQuerySchema,
      response: {},
    },
    handler: async (req, reply) => {
      const { pdf, fileName } = await agreements.agreementPdf(
        ctxOf(req),
        req.params.id,
        req.query.lang ?? req.lang,
        req.query.version,
      );
      return sendDownload(reply, pdf, fileName, 'application/pdf');
    },
  });
  route(app, {
    method: 'POST',
    url: '/api/agreements/:id/versions',
    operationId: 'freezeAgreementVersion',
    access: 'user',
    schema: {
      summary: 'Freeze the complete draft into a new version for every party to sign',
      tags,
      params: idParamsSchema,
      response: { 200: agreementViewSchema },
    },
    handler: async (req) => agreements.freezeVersion(ctxOf(req), req.params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/agreements/:id/versions/:versionId/signatures',
    operationId: 'signAgreementVersion',
    access: ['member_admin'],
    schema: {
      summary: "Sign a version's digest for your organisation (password re-entered)",
      tags,
      params: versionParamsSchema,
      body: signRequestSchema,
      response: { 200: agreementViewSchema },
    },
    handler: async (req) => signing.signVersion(ctxOf(req), req.params.id, req.params.versionId, req.body),
  });
  route(app, {
    method: 'GET',
    url: '/api/agreements/:id/versions/:versionId/bundle',
    operationId: 'agreementBundle',
    access: 'user',
    schema: {
      summary:
        'The verification bundle (version + sealed signatures), checked offline by `huahe agreement verify`',
      tags,
      params: versionParamsSchema,
      response: { 200: verificationBundleSchema },
    },
    handler: async (req, reply) => {
      const bundle = await signing.verificationBundle(ctxOf(req), req.params.id, req.params.versionId);
      reply.header(
        'content-disposition',
        `attachment; filename="agreement-v${bundle.version.number}.bundle.json"`,
      );
      // The file must be the canonical JSON the seal covers, byte for byte: the schema's serialiser
      // would reorder the keys, and `huahe agreement verify` rejects anything but the canonical form.
      reply.serializer((payload) => canonicalJson(payload));
      return bundle;
    },
  });
  route(app, {
    method: 'GET',
    url: '/api/agreements/:id/voting-power',
    operationId: 'agreementVotingPower',
    access: 'user',
    schema: {
      summary: "Each party's Shapley–Shubik and Banzhaf index under every decision rule (话语权)",
      tags,
      params: idParamsSchema,
      querystring: z.strictObject({ source: z.enum(['draft', 'effective']).default('draft') }),
      response: { 200: votingPowerSchema },
    },
    handler: async (req) => votingPower(ctxOf(req), req.params.id, req.query.source),
  });
  route(app, {
    method: 'GET',
    url: '/api/agreements/keys',
    operationId: 'agreementSigningKeys',
    access: 'public',
    schema: {
      summary: "The platform's public keys that seal signatures (pin their fingerprints when verifying)",
      tags,
      response: { 200: z.array(signingKeySchema) },
    },
    handler: async (req) => signing.publicKeys(ctxOf(req).db),
  });
}
