// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { interop, runtime } from './runtime.js';

describe('runtime of the precompiled validators', () => {
  it('unwraps a CommonJS module the way Node imports it (default = module.exports)', () => {
    const fn = () => 1;
    const exportsObject = { __esModule: true, default: fn, other: 2 };
    expect(interop({ default: exportsObject, other: 2 })).toBe(exportsObject);
  });

  it('keeps the namespace the way bundlers import it (default = exports.default)', () => {
    const fn = () => 1;
    const ns = { default: fn, fullFormats: {} };
    expect(interop(ns)).toBe(ns);
    expect(interop(ns).default).toBe(fn);
  });

  it('gives the standalone code working ajv helpers', () => {
    expect(runtime['ajv/dist/runtime/ucs2length'].default('a😀')).toBe(2);
    expect(runtime['ajv/dist/runtime/equal'].default({ a: [1] }, { a: [1] })).toBe(true);
    expect(runtime['ajv-formats/dist/formats'].fullFormats.date.validate('2021-02-29')).toBe(false);
    expect(runtime['ajv-formats/dist/formats'].fullFormats.date.validate('2024-02-29')).toBe(true);
    expect(typeof runtime['ajv/dist/runtime/uri'].default.parse).toBe('function');
  });
});
