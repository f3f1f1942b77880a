// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configSchema, defineConfig } from '../config/schema.ts';
import config from '../zorghub.config.ts';

describe('zorghub.config.ts', () => {
  it('is a valid configuration', () => {
    const result = configSchema.safeParse(config);
    assert.equal(result.success, true, result.success ? '' : result.error.message);
  });

  it('names the field when a value is wrong', () => {
    const broken = {
      ...config,
      region: { ...config.region, municipalityCode: 'GM12' },
      tariffs: { ...config.tariffs, hourly: -5 },
    };
    assert.throws(
      () => defineConfig(broken),
      (error: Error) =>
        error.message.includes('region.municipalityCode') &&
        error.message.includes('"GM12"') &&
        error.message.includes('tariffs.hourly'),
    );
  });

  it('refuses fields it does not know', () => {
    assert.throws(() => defineConfig({ ...config, extra: true }), /extra|Unrecognized/);
  });
});
