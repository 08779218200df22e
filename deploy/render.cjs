#!/usr/bin/env node
// Renders a Kustomize directory offline (no kubectl here): the subset of Kustomize these manifests use, with the same
// meaning, so `kubectl kustomize deploy/overlays/production` gives the same objects. A field outside that subset
// stops the render instead of being ignored.
//
//   node deploy/render.cjs deploy/overlays/production > production.yaml
//
// resources: files, or directories with a kustomization.yaml · namespace: set on every object · images: name →
// newName/newTag/digest in every pod template's containers · patches: `path:` strategic-merge patches, matched by
// kind and metadata.name; maps merge, `null` deletes, the lists containers, initContainers, env and volumes merge by
// `name`, every other list is replaced (as Kubernetes' strategic merge does for lists without a merge key).
const { existsSync, readFileSync, statSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const YAML = require('yaml');

const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'patches']);
const MERGE_BY_NAME = new Set(['containers', 'initContainers', 'env', 'volumes']);

function readDocuments(file) {
  return YAML.parseAllDocuments(readFileSync(file, 'utf8'))
    .map((doc) => {
      if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0].message}`);
      return doc.toJS();
    })
    .filter((object) => object !== null && object !== undefined);
}

const isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

function mergeList(key, base, patch) {
  const named = (list) =>
    Array.isArray(list) && list.every((item) => isMap(item) && typeof item.name === 'string');
  if (!MERGE_BY_NAME.has(key) || !named(base) || !named(patch)) return patch;
  const merged = base.map((item) => {
    const change = patch.find((p) => p.name === item.name);
    return change ? strategicMerge(item, change) : item;
  });
  return [...merged, ...patch.filter((p) => !base.some((item) => item.name === p.name))];
}

/** Kubernetes' strategic merge patch, for the shapes described at the top. */
function strategicMerge(base, patch) {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (isMap(value) && isMap(out[key])) out[key] = strategicMerge(out[key], value);
    else if (Array.isArray(value) && Array.isArray(out[key])) out[key] = mergeList(key, out[key], value);
    else out[key] = value;
  }
  return out;
}

function podSpecs(object) {
  const spec = object.spec?.template?.spec ?? object.spec?.jobTemplate?.spec?.template?.spec;
  return spec ? [spec] : [];
}

function setImages(objects, images) {
  for (const image of images) {
    for (const key of Object.keys(image)) {
      if (!['name', 'newName', 'newTag', 'digest'].includes(key))
        throw new Error(`images: unsupported field ${key}`);
    }
    for (const spec of objects.flatMap(podSpecs)) {
      for (const container of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
        const name = container.image.split('@')[0].replace(/:[^:/]+$/, '');
        if (name !== image.name) continue;
        const reference = image.newName ?? name;
        container.image = image.digest
          ? `${reference}@${image.digest}`
          : `${reference}${image.newTag ? `:${image.newTag}` : ''}`;
      }
    }
  }
}

/** The objects a kustomization directory renders to, in the order of its resources. */
function render(directory) {
  const dir = resolve(directory);
  const file = join(dir, 'kustomization.yaml');
  if (!existsSync(file)) throw new Error(`${dir}: no kustomization.yaml`);
  const [k] = readDocuments(file);
  if (k.apiVersion !== 'kustomize.config.k8s.io/v1beta1' || k.kind !== 'Kustomization') {
    throw new Error(`${file}: not a kustomize.config.k8s.io/v1beta1 Kustomization`);
  }
  for (const key of Object.keys(k)) {
    if (!SUPPORTED.has(key)) throw new Error(`${file}: ${key} is outside the subset render.cjs supports`);
  }
  let objects = [];
  for (const entry of k.resources ?? []) {
    const path = join(dir, entry);
    objects.push(...(statSync(path).isDirectory() ? render(path) : readDocuments(path)));
  }
  for (const patch of k.patches ?? []) {
    if (Object.keys(patch).some((key) => key !== 'path')) throw new Error(`${file}: only \`path:\` patches`);
    for (const change of readDocuments(join(dir, patch.path))) {
      const at = objects.findIndex(
        (o) => o.kind === change.kind && o.metadata?.name === change.metadata?.name,
      );
      if (at < 0) throw new Error(`${patch.path}: no ${change.kind} ${change.metadata?.name} to patch`);
      objects[at] = strategicMerge(objects[at], change);
    }
  }
  if (k.images) setImages(objects, k.images);
  if (k.namespace) {
    objects = objects.map((o) => ({ ...o, metadata: { ...o.metadata, namespace: k.namespace } }));
  }
  return objects;
}

module.exports = { render, strategicMerge };

if (require.main === module) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: node deploy/render.cjs <kustomization directory>');
    process.exit(2);
  }
  process.stdout.write(
    render(target)
      .map((o) => YAML.stringify(o))
      .join('---\n'),
  );
}
