// The Helm chart (deploy/helm/expertnet): `helm lint --strict`, and every manifest it renders
// validated against the Kubernetes schemas (kubernetes-validate, strict: no unknown fields), for
// the default values and each file in the chart's ci/ folder; then what the manifests promise:
// gRPC readiness, limits, non-root, secrets only by reference, HPAs, PDBs, NetworkPolicies, and
// on each service only the variables it reads. deploy/scripts/install-helm-tools.sh brings helm
// and kubernetes-validate into .tools/ (the first time a few minutes: helm is built with Go).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readKitVariables, readServiceConfigs, ROOT } from './config-reference.ts';

const CHART = path.join(ROOT, 'deploy', 'helm', 'expertnet');
const KUBERNETES_VERSION = '1.37.0';
const VALUE_SETS: Record<string, string[]> = {
  default: [],
  ...Object.fromEntries(
    fs
      .readdirSync(path.join(CHART, 'ci'))
      .filter((file) => file.endsWith('-values.yaml'))
      .map((file) => [file.replace(/-values\.yaml$/, ''), ['-f', path.join(CHART, 'ci', file)]]),
  ),
};

interface Container {
  name: string;
  env?: { name: string; value?: string; valueFrom?: unknown }[];
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  readinessProbe?: { grpc?: { port: number; service?: string }; httpGet?: { path: string } };
  livenessProbe?: unknown;
}
interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: {
    template?: { spec: { containers: Container[]; securityContext?: { runAsNonRoot?: boolean } } };
    scaleTargetRef?: { name: string };
    podSelector?: { matchLabels?: Record<string, string> };
    policyTypes?: string[];
  };
}

let helm = '';
let kubernetesValidate = '';
let yamlToJson = '';
const rendered = new Map<string, { file: string; manifests: Manifest[] }>();

function run(file: string, args: string[], input?: string) {
  const result = spawnSync(file, args, { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  return {
    status: result.status,
    output: `${result.stdout}${result.stderr}`,
    stdout: result.stdout,
  };
}

beforeAll(() => {
  const started = Date.now();
  const paths = execFileSync(
    'bash',
    [path.join(ROOT, 'deploy', 'scripts', 'install-helm-tools.sh')],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
    .trim()
    .split('\n');
  [helm = '', kubernetesValidate = '', yamlToJson = ''] = paths;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'expertnet-helm-'));
  for (const [name, args] of Object.entries(VALUE_SETS)) {
    const template = run(helm, [
      'template',
      'expertnet',
      CHART,
      '--namespace',
      'expertnet',
      ...args,
    ]);
    if (template.status !== 0)
      throw new Error(`helm template (${name} values) failed:\n${template.output}`);
    const file = path.join(dir, `${name}.yaml`);
    fs.writeFileSync(file, template.stdout);
    const json = run(yamlToJson, [], template.stdout);
    if (json.status !== 0)
      throw new Error(`reading the rendered manifests failed:\n${json.output}`);
    rendered.set(name, { file, manifests: JSON.parse(json.stdout) as Manifest[] });
  }
  process.stdout.write(
    `[helm] tools ready and ${String(rendered.size)} value sets rendered in ${String(Math.round((Date.now() - started) / 1000))} s\n`,
  );
}, 20 * 60_000);

describe.each(Object.keys(VALUE_SETS))('the Helm chart with %s values', (name) => {
  it('passes helm lint --strict', () => {
    const lint = run(helm, ['lint', '--strict', CHART, ...(VALUE_SETS[name] ?? [])]);
    expect(lint.status, lint.output).toBe(0);
  });

  it(`renders manifests that are valid against the Kubernetes ${KUBERNETES_VERSION} schemas`, () => {
    const { file, manifests } = rendered.get(name) ?? { file: '', manifests: [] };
    const validation = run(kubernetesValidate, [
      '--kubernetes-version',
      KUBERNETES_VERSION,
      '--strict',
      '--quiet',
      file,
    ]);
    // Each invalid manifest is named with the reason; the run fails on any.
    expect(validation.status, `kubernetes-validate:\n${validation.output}`).toBe(0);
    expect(validation.output.trim()).toBe('');
    process.stdout.write(`[helm] ${name} values: ${String(manifests.length)} manifests valid\n`);
  });
});

describe('what the rendered chart promises (default values)', () => {
  const manifests = () => rendered.get('default')?.manifests ?? [];
  const ofKind = (kind: string) => manifests().filter((manifest) => manifest.kind === kind);
  const configs = () => readServiceConfigs();
  const deployment = (component: string) =>
    ofKind('Deployment').find(
      (manifest) => manifest.metadata.labels?.['app.kubernetes.io/component'] === component,
    );

  it('creates no Secret: every credential is a reference to an existing one', () => {
    expect(ofKind('Secret')).toEqual([]);
    for (const workload of [...ofKind('Deployment'), ...ofKind('StatefulSet')]) {
      for (const container of workload.spec?.template?.spec.containers ?? []) {
        for (const variable of container.env ?? []) {
          expect(
            /PASSWORD|SECRET|_KEY$|MONGO_URL|NATS_URL/.test(variable.name) &&
              variable.value !== undefined,
            `${workload.metadata.name}: ${variable.name} is written into the manifest`,
          ).toBe(false);
        }
      }
    }
  });

  it('gives every container resource requests and limits and runs every pod as non-root', () => {
    for (const workload of [...ofKind('Deployment'), ...ofKind('StatefulSet')]) {
      expect(
        workload.spec?.template?.spec.securityContext?.runAsNonRoot,
        workload.metadata.name,
      ).toBe(true);
      for (const container of workload.spec?.template?.spec.containers ?? []) {
        expect(container.resources?.requests, workload.metadata.name).toBeDefined();
        expect(container.resources?.limits, workload.metadata.name).toBeDefined();
        expect(container.livenessProbe, workload.metadata.name).toBeDefined();
      }
    }
  });

  it('runs each service with gRPC health readiness, an HPA, a PDB and a NetworkPolicy', () => {
    const enabled = ['nominations', 'cohorts', 'directory', 'mentoring', 'coordination'];
    for (const service of [...enabled, 'gateway']) {
      const workload = deployment(service);
      expect(workload, service).toBeDefined();
      const name = workload?.metadata.name;
      const probe = workload?.spec?.template?.spec.containers[0]?.readinessProbe;
      if (service === 'gateway') expect(probe?.httpGet?.path).toBe('/healthz');
      else expect(probe?.grpc, service).toMatchObject({ service: '' });
      expect(
        ofKind('HorizontalPodAutoscaler').some((hpa) => hpa.spec?.scaleTargetRef?.name === name),
        service,
      ).toBe(true);
      expect(
        ofKind('PodDisruptionBudget').some((pdb) => pdb.metadata.name === name),
        service,
      ).toBe(true);
      const policy = ofKind('NetworkPolicy').find((item) => item.metadata.name === name);
      expect(policy?.spec?.policyTypes, service).toEqual(['Ingress', 'Egress']);
    }
    expect(
      ofKind('NetworkPolicy').some((policy) => policy.metadata.name.endsWith('-default-deny')),
    ).toBe(true);
  });

  it('sets on each ExpertNet container only variables that service reads', () => {
    const kit = [...readKitVariables().keys()];
    for (const { service, variables } of configs()) {
      const workload = deployment(service);
      if (workload === undefined) continue; // a service the chart does not deploy
      const known = new Set([...variables.map((variable) => variable.name), ...kit]);
      const unknown = (workload.spec?.template?.spec.containers[0]?.env ?? [])
        .map((variable) => variable.name)
        .filter((variable) => !known.has(variable) && !variable.startsWith('OTEL_'));
      expect(unknown, `${service} is given variables it never reads`).toEqual([]);
    }
  });
});
