// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * problem+json errors (RFC 9457): every error a route throws, and every client error Fastify raises
 * itself (bad JSON, 413, 415, schema validation), leaves as one problem document; a server fault
 * is logged without internals and answered with a generic 500.
 */
import type {
  FastifyError,
  FastifyPluginAsync,
  FastifyReply,
  FastifyRequest,
  FastifyServerOptions,
} from 'fastify';
import fp from 'fastify-plugin';
import { fieldOf, Problem, problem, titleFor, type ValidationDetail } from '../problem.js';
import { API_VERSION } from '../version.js';

/** The body of a problem answer. */
export function problemBody(p: Problem, requestId: string) {
  return {
    type: `https://zorghub.nl/problemen/${p.status}`,
    title: p.title || titleFor(p.status),
    status: p.status,
    detail: p.detail,
    instance: `urn:uuid:${requestId}`,
    ...p.extra,
  };
}

export function sendProblem(req: FastifyRequest, reply: FastifyReply, p: Problem) {
  return reply.code(p.status).type('application/problem+json').send(problemBody(p, req.id));
}

/** Any error as the problem to answer with. */
export function toProblem(error: FastifyError | Problem, req: FastifyRequest): Problem {
  if (error instanceof Problem) return error;
  const e = error as FastifyError & {
    validation?: ValidationDetail[];
    validationContext?: string;
  };
  if (e.validation) {
    const where = e.validationContext ?? 'body';
    const invalidParams = e.validation.map((v) => ({
      name: fieldOf(v) || where,
      code: v.keyword,
      reason: v.message ?? 'ongeldig / invalid',
    }));
    const first = invalidParams[0];
    return problem(
      400,
      `Ongeldige ${where}: ${first ? `${first.name} ${first.reason}` : 'onbekend'} / Invalid ${where}`,
      { invalidParams },
    );
  }
  const status = e.statusCode ?? 500;
  if (status === 415) {
    return problem(
      415,
      `Content-Type ${req.headers['content-type'] ?? '(geen)'} wordt niet ondersteund; gebruik application/json / use application/json`,
    );
  }
  if (status === 413)
    return problem(413, 'Bericht is groter dan toegestaan / Request body too large');
  if (status === 429) return problem(429, e.message);
  if (e.code === 'FST_ERR_HANDLER_TIMEOUT')
    return problem(503, 'Verzoek duurde te lang / Request timed out');
  const sqlState = databaseProblem(e);
  if (sqlState) return sqlState;
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (bad JSON, empty body …): one line, no internals.
    return problem(status, `${e.message.split('\n')[0]}`);
  }
  req.log.error(
    { err: { type: e.name, code: e.code, message: e.message.slice(0, 200) } },
    'request failed',
  );
  return problem(500, 'Er ging iets mis aan onze kant / Something went wrong on our side');
}

/**
 * A database error that a request caused, as a client error rather than a 500: a data exception
 * (SQLSTATE class 22: text the database cannot store, a value out of range) is a 400, a unique
 * violation a 409, a serialisation failure or deadlock a 503 to retry. Nothing of the database's
 * own message (which may quote the value) is passed on.
 */
export function databaseProblem(e: { code?: unknown }): Problem | undefined {
  const code = typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : undefined;
  if (!code) return undefined;
  if (code.startsWith('22'))
    return problem(
      400,
      `Een waarde in het verzoek kan niet worden opgeslagen of vergeleken (SQLSTATE ${code}); controleer tekens en lengte / A value in the request cannot be stored or compared`,
    );
  if (code === '23505') return problem(409, 'Dit record bestaat al / This record already exists');
  if (code === '40001' || code === '40P01' || code === '55P03')
    return problem(503, 'Tijdelijk conflict in de database; probeer opnieuw / Retry');
  return undefined;
}

/**
 * For Fastify's `frameworkErrors` option (malformed URLs, over-long parameters), which answers before
 * any hook runs: the problem with the headers the hooks would have set.
 */
export const frameworkErrors: NonNullable<FastifyServerOptions['frameworkErrors']> = (
  error,
  req,
  res,
) => {
  const reply = res as unknown as FastifyReply;
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  reply
    .header('api-version', API_VERSION)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff');
  sendProblem(
    req,
    reply,
    tooLong
      ? new Problem(
          414,
          'URI te lang / URI too long',
          'Een padparameter is te lang / A path parameter is too long',
        )
      : problem(400, 'Ongeldige URL / Malformed URL'),
  );
};

const problemPlugin: FastifyPluginAsync = async (app) => {
  app.setErrorHandler((error: FastifyError | Problem, req, reply) =>
    sendProblem(req, reply, toProblem(error, req)),
  );
};

export default fp(problemPlugin, { name: 'zorghub-problem', fastify: '5.x' });
