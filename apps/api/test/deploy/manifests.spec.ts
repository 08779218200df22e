import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';

import { validateEnvironment } from '../../src/config/env.validation';
// deploy/ is no Nx project: its renderer is a plain script, run by CI and people alike, that this test drives.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { KubernetesObject, render, strategicMerge } from '../../../../deploy/render.cjs';

const DEPLOY = join(__dirname, '../../../../deploy');
const OVERLAYS = ['staging', 'production'];

/** The schema of each kind the manifests may hold (kubernetes-models: the Kubernetes OpenAPI schemas). */
const MODELS: Record<string, { validate(o: KubernetesObject): void }> = Object.fromEntries(
  Object.entries({
    'apps/v1 Deployment': Deployment,
    'autoscaling/v2 HorizontalPodAutoscaler': HorizontalPodAutoscaler,
    'batch/v1 Job': Job,
    'networking.k8s.io/v1 Ingress': Ingress,
    'networking.k8s.io/v1 NetworkPolicy': NetworkPolicy,
    'policy/v1 PodDisruptionBudget': PodDisruptionBudget,
    'v1 ConfigMap': ConfigMap,
    'v1 PersistentVolumeClaim': PersistentVolumeClaim,
    'v1 Service': Service,
    'v1 ServiceAccount': ServiceAccount,
  }).map(([key, Model]) => [key, { validate: (o: KubernetesObject) => new Model(o as never).validate() }]),
);

/** The Secret's keys the operator provides (README "Running in production"), as placeholders of the right shape. */
const SECRET_PLACEHOLDERS = {
  DATABASE_URL: 'postgres://keino:pw@db.example.fi:5432/keino?sslmode=require',
  REDIS_URL: 'rediss://:pw@redis.example.fi:6380',
  JWT_SECRET: 'x'.repeat(48),
  SECRETS_KEY: 'a'.repeat(64),
  METRICS_TOKEN: 'm'.repeat(32),
  SMTP_URL: 'smtps://user:pw@smtp.example.fi:465',
};

interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  readinessProbe?: { httpGet: { path: string; port: string } };
  livenessProbe?: { httpGet: { path: string; port: string } };
  startupProbe?: { httpGet: { path: string; port: string } };
}
interface PodSpec {
  containers: Container[];
  serviceAccountName?: string;
  terminationGracePeriodSeconds?: number;
  volumes?: { persistentVolumeClaim?: { claimName: string } }[];
}
type Labels = Record<string, string>;
interface Named {
  metadata: { name: string };
}
interface DeploymentObject extends Named {
  spec: {
    selector: { matchLabels: Labels };
    strategy: { rollingUpdate: { maxUnavailable: number } };
    template: { metadata: { labels: Labels }; spec: PodSpec };
  };
}
interface ServiceObject extends Named {
  spec: { selector: Labels; ports: { name: string; targetPort: string }[] };
}
interface IngressObject {
  spec: { rules: { host: string; http: { paths: { backend: { service: unknown } }[] } }[] };
}
type Selecting = { spec: { selector?: { matchLabels: Labels }; podSelector?: { matchLabels: Labels } } };

/** The one object of `kind`, read as the shape `T` the test looks at (the schema check covers the rest). */
function one<T = Named>(objects: KubernetesObject[], kind: string): T {
  const found = objects.filter((o) => o.kind === kind);
  expect(found).toHaveLength(1);
  return found[0] as unknown as T;
}
// An empty selector would select every pod of the namespace: a selector here must name something.
const selects = (selector: Labels, labels: Labels) =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

describe.each(OVERLAYS)('deploy/overlays/%s', (overlay) => {
  const objects = render(join(DEPLOY, 'overlays', overlay));
  const deployment = one<DeploymentObject>(objects, 'Deployment');
  const pod = deployment.spec.template;
  const api = pod.spec.containers[0];
  const config = one<{ data: Record<string, string> }>(objects, 'ConfigMap').data;

  it('renders only kinds it knows, each valid against the Kubernetes schema, all in one namespace', () => {
    expect(objects.map((o) => o.kind).sort()).toEqual(
      [
        'ConfigMap',
        'Deployment',
        'HorizontalPodAutoscaler',
        'Ingress',
        'Job',
        'NetworkPolicy',
        'PersistentVolumeClaim',
        'PodDisruptionBudget',
        'Service',
        'ServiceAccount',
      ].sort(),
    );
    for (const o of objects) {
      const model = MODELS[`${o.apiVersion} ${o.kind}`];
      expect(model).toBeDefined();
      expect(() => model.validate(o)).not.toThrow();
    }
    expect(new Set(objects.map((o) => o.metadata.namespace)).size).toBe(1);
    expect(objects[0].metadata.namespace).toMatch(/^keino-/);
  });

  it('probes the readiness and liveness routes on the container port that PORT names', () => {
    expect(api.readinessProbe?.httpGet).toEqual({ path: '/api/health/ready', port: 'http' });
    expect(api.livenessProbe?.httpGet).toEqual({ path: '/api/health/live', port: 'http' });
    expect(api.startupProbe?.httpGet).toEqual({ path: '/api/health/live', port: 'http' });
    expect(api.ports).toEqual([
      expect.objectContaining({ name: 'http', containerPort: Number(config['PORT']) }),
    ]);
    // The drain (SHUTDOWN_DELAY_MS) and the longest request fit in the grace period before SIGKILL.
    const grace = pod.spec.terminationGracePeriodSeconds ?? 30;
    expect(Number(config['SHUTDOWN_DELAY_MS']) / 1000 + 30).toBeLessThanOrEqual(grace);
    expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
  });

  it('migrates in the Job with the same image and settings; the instances skip it', () => {
    const job = one<{ spec: { template: { spec: PodSpec & { restartPolicy: string } } } }>(objects, 'Job')
      .spec.template.spec;
    expect(job.containers[0].command).toEqual(['node', 'main.js', 'migrate']);
    expect(job.containers[0].image).toBe(api.image);
    expect(job.containers[0].envFrom).toEqual(api.envFrom);
    expect(job.restartPolicy).toBe('Never');
    expect(config['MIGRATIONS']).toBe('skip');
    expect(api.image).toMatch(/^registry\.example\.fi\/keino\/academy:/);
  });

  it("settings: the ConfigMap with the Secret's keys passes the app's own validation", () => {
    const refs = api.envFrom ?? [];
    expect(refs.map((r) => r.configMapRef?.name).filter(Boolean)).toEqual([
      one(objects, 'ConfigMap').metadata.name,
    ]);
    expect(refs.map((r) => r.secretRef?.name).filter(Boolean)).toEqual(['keino-academy-secrets']);
    const settings = validateEnvironment({ ...config, ...SECRET_PLACEHOLDERS });
    expect(settings.NODE_ENV).toBe('production');
    // Nothing secret sits in the ConfigMap.
    for (const key of Object.keys(SECRET_PLACEHOLDERS)) expect(config).not.toHaveProperty(key);
  });

  it('joins up: Service, PodDisruptionBudget and NetworkPolicy select the pods; Ingress, HPA, volume and account exist', () => {
    const labels = pod.metadata.labels;
    expect(deployment.spec.selector.matchLabels).toEqual(labels);
    const service = one<ServiceObject>(objects, 'Service');
    expect(selects(service.spec.selector, labels)).toBe(true);
    expect(service.spec.ports[0].targetPort).toBe('http');
    const pdb = one<Selecting>(objects, 'PodDisruptionBudget').spec.selector?.matchLabels ?? {};
    expect(selects(pdb, labels)).toBe(true);
    const policy = one<Selecting>(objects, 'NetworkPolicy').spec.podSelector?.matchLabels ?? {};
    expect(selects(policy, labels)).toBe(true);
    const ingress = one<IngressObject>(objects, 'Ingress');
    const backend = ingress.spec.rules[0].http.paths[0].backend.service;
    expect(backend).toEqual({ name: service.metadata.name, port: { name: service.spec.ports[0].name } });
    const hpa = one<{ spec: { scaleTargetRef: unknown; minReplicas: number } }>(
      objects,
      'HorizontalPodAutoscaler',
    ).spec;
    expect(hpa.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: deployment.metadata.name,
    });
    expect(hpa.minReplicas).toBeGreaterThanOrEqual(2);
    const claims = (pod.spec.volumes ?? []).map((v) => v.persistentVolumeClaim?.claimName).filter(Boolean);
    expect(claims).toEqual([one(objects, 'PersistentVolumeClaim').metadata.name]);
    expect(pod.spec.serviceAccountName).toBe(one(objects, 'ServiceAccount').metadata.name);
    const host = ingress.spec.rules[0].host;
    expect(config['PUBLIC_URL']).toBe(`https://${host}`);
  });
});

describe('the validator and the renderer', () => {
  it('refuses an object the schema refuses (a port given as text)', () => {
    const [deployment] = render(join(DEPLOY, 'overlays', 'production')).filter(
      (o) => o.kind === 'Deployment',
    );
    const broken = strategicMerge(deployment, {
      spec: {
        template: {
          spec: { containers: [{ name: 'api', ports: [{ name: 'http', containerPort: '3000' }] }] },
        },
      },
    });
    expect(() => MODELS['apps/v1 Deployment'].validate(broken)).toThrow(/containerPort must be integer/);
  });

  it('merges containers and env by name, replaces other lists, and deletes a key patched to null', () => {
    const base = {
      spec: {
        containers: [{ name: 'a', image: 'x', env: [{ name: 'A', value: '1' }], args: ['1', '2'] }],
        keep: 1,
        drop: 2,
      },
    };
    const patched = strategicMerge(base, {
      spec: { containers: [{ name: 'a', env: [{ name: 'B', value: '2' }], args: ['3'] }], drop: null },
    });
    expect(patched).toEqual({
      spec: {
        containers: [
          {
            name: 'a',
            image: 'x',
            env: [
              { name: 'A', value: '1' },
              { name: 'B', value: '2' },
            ],
            args: ['3'],
          },
        ],
        keep: 1,
      },
    });
  });

  it('stops on a kustomization field outside its subset, and on a patch that matches nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keino-kustomize-'));
    try {
      const kustomization = (extra: string) =>
        writeFileSync(
          join(dir, 'kustomization.yaml'),
          `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [${JSON.stringify(relative(dir, join(DEPLOY, 'base')))}]\n${extra}`,
        );
      kustomization('commonLabels: {team: x}\n');
      expect(() => render(dir)).toThrow(/commonLabels is outside the subset/);
      writeFileSync(
        join(dir, 'p.yaml'),
        'apiVersion: v1\nkind: Service\nmetadata: {name: nobody}\nspec: {}\n',
      );
      kustomization('patches: [{path: p.yaml}]\n');
      expect(() => render(dir)).toThrow(/no Service nobody to patch/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
