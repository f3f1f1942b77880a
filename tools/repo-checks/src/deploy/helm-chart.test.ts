// SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
// SPDX-License-Identifier: EUPL-1.2
// The Helm chart a region gets (templates/region/api/deploy/helm), rendered the way `helm template`
// would (helm-render.ts: helm itself cannot be installed here) with the project values create-zorghub
// fills in, and every manifest validated against the Kubernetes JSON schemas of kubernetes-models.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { root } from '../public-code/project.js';
import { type ChartContext, renderTemplate } from './helm-render.js';

const chartDir = join(root, 'templates', 'region', 'api', 'deploy', 'helm');
const models: Record<string, new (data: object) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'networking.k8s.io/v1/Ingress': Ingress,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'v1/Secret': Secret,
  'v1/Service': Service,
};

/** What create-zorghub writes for a project called "regio-delft" (the {{…}} of the .tmpl files). */
function projectFile(name: string): string {
  return readFileSync(join(chartDir, `${name}.tmpl`), 'utf8')
    .replaceAll('{{slug}}', 'regio-delft')
    .replaceAll('{{hubName}}', 'Zorghub Delft')
    .replaceAll('{{version}}', '1.2.3');
}

function render(overrides: (values: Record<string, any>) => void = () => {}) {
  const chart = parseYaml(projectFile('Chart.yaml')) as {
    name: string;
    version: string;
    appVersion: string;
  };
  const values = parseYaml(projectFile('values.yaml')) as Record<string, any>;
  overrides(values);
  const context: ChartContext = {
    Values: values,
    Release: { Name: 'zorghub', Namespace: 'zorghub' },
    Chart: { Name: chart.name, AppVersion: chart.appVersion, Version: chart.version },
  };
  const manifests: Array<Record<string, any>> = [];
  for (const file of readdirSync(join(chartDir, 'templates'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const text = renderTemplate(readFileSync(join(chartDir, 'templates', file), 'utf8'), context);
    for (const doc of parseAllDocuments(text)) {
      expect(doc.errors, `${file}: ${doc.errors.join('; ')}\n${text}`).toEqual([]);
      const manifest = doc.toJS() as Record<string, any> | null;
      if (manifest) manifests.push({ ...manifest, __file: file });
    }
  }
  return manifests;
}

function validateAll(manifests: Array<Record<string, any>>) {
  for (const { __file, ...manifest } of manifests) {
    const Model = models[`${manifest.apiVersion}/${manifest.kind}`];
    expect(Model, `${__file}: no schema for ${manifest.apiVersion} ${manifest.kind}`).toBeDefined();
    expect(() => new Model!(manifest).validate(), `${__file} (${manifest.kind})`).not.toThrow();
  }
}

describe('the Helm chart', () => {
  it('renders with the default values into manifests that the Kubernetes schemas accept', () => {
    const manifests = render();
    expect(manifests.map((m) => m.kind).sort()).toEqual(
      ['Deployment', 'Ingress', 'Job', 'PodDisruptionBudget', 'Secret', 'Service'].sort(),
    );
    validateAll(manifests);
  });

  it('the Deployment runs as non-root with a read-only root, probes on /health and /ready, and resources', () => {
    const deployment = render().find((m) => m.kind === 'Deployment')!;
    const pod = deployment.spec.template.spec;
    const container = pod.containers[0];
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
    expect(container.readinessProbe.httpGet.path).toBe('/api/v1/ready');
    expect(container.livenessProbe.httpGet.path).toBe('/api/v1/health');
    expect(container.resources.requests).toEqual({ cpu: '100m', memory: '256Mi' });
    expect(container.image).toBe('registry.example.org/regio-delft-api:1.2.3');
    expect(container.envFrom[0].secretRef.name).toBe('zorghub-api');
    expect(container.env).toContainEqual({ name: 'ZORGHUB_LOG_LEVEL', value: 'info' });
    expect(container.env).toContainEqual({ name: 'ZORGHUB_TRUST_PROXY', value: '' });
  });

  it('migrates in a Job that Helm runs before the new version starts', () => {
    const job = render().find((m) => m.kind === 'Job')!;
    expect(job.metadata.annotations['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    expect(job.spec.template.spec.containers[0].args).toEqual(['db', 'migrate']);
    expect(job.spec.template.spec.restartPolicy).toBe('Never');
  });

  it('keeps DATABASE_URL, OIDC, the metrics token and the audit key in a Secret, or uses an existing one', () => {
    const secret = render().find((m) => m.kind === 'Secret')!;
    expect(Object.keys(secret.stringData).sort()).toEqual([
      'DATABASE_URL',
      'ZORGHUB_AUDIT_KEY',
      'ZORGHUB_METRICS_TOKEN',
      'ZORGHUB_OIDC_AUDIENCE',
      'ZORGHUB_OIDC_ISSUER',
    ]);
    const existing = render((v) => {
      v.secret.create = false;
      v.secret.existingName = 'zorghub-from-vault';
      v.ingress.enabled = false;
    });
    expect(existing.map((m) => m.kind)).not.toContain('Secret');
    expect(existing.map((m) => m.kind)).not.toContain('Ingress');
    const deployment = existing.find((m) => m.kind === 'Deployment')!;
    expect(deployment.spec.template.spec.containers[0].envFrom[0].secretRef.name).toBe(
      'zorghub-from-vault',
    );
    validateAll(existing);
  });

  it('the validation can fail: a wrong value is refused by the schema', () => {
    const broken = render((v) => {
      v.replicaCount = 'two';
    });
    const deployment = broken.find((m) => m.kind === 'Deployment')!;
    const { __file, ...manifest } = deployment;
    expect(() => new Deployment(manifest as object).validate()).toThrow(/replicas/);
  });

  it('every value in values.yaml is documented by a comment', () => {
    const lines = projectFile('values.yaml').split('\n');
    for (const [i, line] of lines.entries()) {
      if (!/^[A-Za-z][\w-]*:/.test(line)) continue; // top-level keys only
      const before = lines.slice(Math.max(0, i - 3), i).join('\n');
      expect(before, `values.yaml: ${line.trim()} has no comment above it`).toMatch(/#/);
    }
  });
});
