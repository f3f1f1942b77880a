// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
/**
 * One transaction per changing request (`config.transaction`): opened before the handler, committed
 * just before the answer is sent — so nothing is acknowledged that is not durable — and rolled back
 * on any error. Other concerns that must be part of the same commit (the stored idempotent
 * answer) add a task with `request.transaction.beforeCommit()`; the access-log entry, which takes
 * the chain's one lock, comes last with `commitWith()`, so that the lock is held as briefly as
 * possible: its insert goes to the database in the same round trip as the COMMIT.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db, Queryable, Transaction } from '../db.js';
import { onRoutesWhere } from './route-hooks.js';

/** Runs inside the transaction just before it commits, with the answer as it will be sent. */
export type CommitTask = (reply: FastifyReply, payload: unknown) => Promise<void>;
/** The last task: returns statements (no parameters) to run in one round trip with the COMMIT. */
export type FinalCommitTask = (reply: FastifyReply, payload: unknown) => Promise<string>;

export interface RequestTransaction {
  /** The transaction's connection. */
  readonly q: Queryable;
  beforeCommit(task: CommitTask): void;
  /**
   * Runs `task` after every `beforeCommit` task; what it returns is sent with the COMMIT (if it
   * fails, nothing commits). One per request.
   */
  commitWith(task: FinalCommitTask): void;
  /** True once the commit went through. */
  readonly committed: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's transaction on routes with `config.transaction`, from preHandler on. */
    transaction?: RequestTransaction;
  }
  interface FastifyContextConfig {
    /** Run the handler in a transaction of its own (every route that changes data). */
    transaction?: boolean;
  }
}

interface State extends RequestTransaction {
  tx: Transaction;
  tasks: CommitTask[];
  final?: FinalCommitTask;
  committed: boolean;
}

const transactions = new WeakMap<FastifyRequest, State>();

export interface TransactionOptions {
  db: Db;
}

const transactionPlugin: FastifyPluginAsync<TransactionOptions> = async (app, { db }) => {
  app.decorateRequest('transaction', undefined);

  onRoutesWhere(app, (route) => !!route.config?.transaction, {
    preHandler: async (req: FastifyRequest) => {
      const tx = await db.begin();
      const state: State = {
        tx,
        q: tx,
        tasks: [],
        committed: false,
        beforeCommit(task) {
          state.tasks.push(task);
        },
        commitWith(task) {
          if (state.final) throw new Error('commitWith: one final task per transaction');
          state.final = task;
        },
      };
      transactions.set(req, state);
      req.transaction = state;
    },
    onSend: async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      const state = transactions.get(req);
      if (!state || state.tx.done) return payload;
      if (reply.statusCode >= 400) {
        await state.tx.rollback();
        return payload;
      }
      for (const task of state.tasks) await task(reply, payload);
      if (state.final) await state.tx.commitWith(await state.final(reply, payload));
      else await state.tx.commit();
      state.committed = true;
      return payload;
    },
    // Before the error handler answers: undo the work (and free the connection for what follows).
    onError: async (req: FastifyRequest) => {
      const state = transactions.get(req);
      if (state && !state.tx.done) await state.tx.rollback();
    },
    // A request that ends without its answer going through onSend (aborted) keeps no connection.
    onResponse: async (req: FastifyRequest) => {
      const state = transactions.get(req);
      if (state && !state.tx.done) await state.tx.rollback();
    },
  });
};

export default fp(transactionPlugin, { name: 'zorghub-transaction', fastify: '5.x' });
